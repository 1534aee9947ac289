"""Proof that the person objected, and when: plain text and JSON (the PDF is made in ui/).

Every time is given in the person's time zone with its UTC offset, so the record stays
unambiguous when read elsewhere; the JSON keeps the stored UTC times.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from optout_gui import APP_NAME, __version__
from optout_gui.core.dates import day_text, stored_day_text
from optout_gui.core.guide import ACCOUNT_NAMES
from optout_gui.core.jurisdictions import jurisdiction_for
from optout_gui.core.languages import country_names
from optout_gui.core.limits import (
    EXPORT_LINE_MAX,
    SHOWN_IN_HISTORY,
    SHOWN_IN_LINE,
    is_shortened,
    shortened,
)
from optout_gui.core.progress import from_iso, to_iso, utc_now
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.reminders import extension_applies, record_deadline
from optout_gui.core.status import (
    CODE_ENTERED,
    CODE_EXPIRED,
    CODE_NOT_ASKED,
    CODE_RECEIVED,
    Status,
    code_fact,
    status_key,
)
from optout_gui.core.wording import QT_TRANSLATE_NOOP

# What the JSON export says it is; the version goes up when its shape changes.
DOCUMENT_TYPE = "ai-optout-assistant/objection-proof"
# 3: "submitted" means sent (the person's own answer, answers.sent_at), never a code;
# the history is in time order; "extension" entries (Meta asked for more time).
PROOF_VERSION = 3

# English wording, marked for lupdate; the UI passes the same texts translated
# (ui/tracker/proof_wording.py), with the same keys.
LABELS = {
    "title": QT_TRANSLATE_NOOP(
        "proof", "Objection to Meta using personal information for AI training"
    ),
    "made_by": QT_TRANSLATE_NOOP("proof", "Record made by {app} {version} on {when}."),
    "zone": QT_TRANSLATE_NOOP(
        "proof", "Times are shown in the time zone {zone}, with their offset from UTC."
    ),
    "account": QT_TRANSLATE_NOOP("proof", "Account"),
    "label": QT_TRANSLATE_NOOP("proof", "Name given"),
    "email": QT_TRANSLATE_NOOP("proof", "Email address"),
    "country": QT_TRANSLATE_NOOP("proof", "Country of residence"),
    "status": QT_TRANSLATE_NOOP("proof", "Status"),
    "link": QT_TRANSLATE_NOOP("proof", "Form link used"),
    "history": QT_TRANSLATE_NOOP("proof", "History"),
    "reason": QT_TRANSLATE_NOOP("proof", "Reason sent (exactly as copied)"),
    "no_reason": QT_TRANSLATE_NOOP("proof", "(no reason text was recorded)"),
    "answer": QT_TRANSLATE_NOOP("proof", "Meta's answer"),
    "no_answer": QT_TRANSLATE_NOOP("proof", "(no answer recorded yet)"),
    "answered_on": QT_TRANSLATE_NOOP("proof", "{outcome} on {date} (recorded {recorded})"),
    "email_text": QT_TRANSLATE_NOOP("proof", "Text of Meta's email, as pasted"),
    "unknown": QT_TRANSLATE_NOOP("proof", "(not recorded)"),
    "steps": QT_TRANSLATE_NOOP("proof", "Dates of each step"),
    "time_column": QT_TRANSLATE_NOOP("proof", "Date and time"),
    "event_column": QT_TRANSLATE_NOOP("proof", "What happened"),
    "outcome": QT_TRANSLATE_NOOP("proof", "Outcome"),
    "answer_date": QT_TRANSLATE_NOOP("proof", "Date of Meta's answer"),
    "answer_recorded": QT_TRANSLATE_NOOP("proof", "Answer recorded in the app"),
    "page": QT_TRANSLATE_NOOP("proof", "Page {page} of {pages}"),
    "facts": QT_TRANSLATE_NOOP("proof", "Facts"),
    "sent": QT_TRANSLATE_NOOP("proof", "Sent (send button pressed on Meta's form)"),
    "code": QT_TRANSLATE_NOOP("proof", "Code from Meta"),
    "code:not_asked": QT_TRANSLATE_NOOP("proof", "not asked for"),
    "code:received": QT_TRANSLATE_NOOP("proof", "received at {received}, not entered yet"),
    "code:entered": QT_TRANSLATE_NOOP("proof", "received at {received}, entered at {entered}"),
    "deadline": QT_TRANSLATE_NOOP("proof", "Meta's time to answer ends"),
    "deadline:extended": QT_TRANSLATE_NOOP(
        "proof", "{when} (longer: Meta asked for more time in its email of {date})"
    ),
    "code:expired": QT_TRANSLATE_NOOP(
        "proof", "received at {received}, expired unused at {expired}"
    ),
    # The other services' AI opt-outs (core/other_optouts.py), after the objections.
    "other_optouts": QT_TRANSLATE_NOOP("proof", "Other AI opt-outs"),
    "other_service": QT_TRANSLATE_NOOP("proof", "Service"),
    "other_state": QT_TRANSLATE_NOOP("proof", "State"),
    "other_state:not_done": QT_TRANSLATE_NOOP("proof", "not done"),
    "other_state:done": QT_TRANSLATE_NOOP("proof", "done on {when}"),
    "other_state:not_applicable": QT_TRANSLATE_NOOP("proof", "does not apply (noted {when})"),
    "shortened": QT_TRANSLATE_NOOP(
        "proof",
        "[Shortened here: the whole text has {count} characters. It is kept in full in the "
        "app's data file and in the JSON proof.]",
    ),
    "note": QT_TRANSLATE_NOOP("proof", "Note"),
    "shortened_values": QT_TRANSLATE_NOOP(
        "proof",
        "Values ending in “…” are shortened here; they are kept in full in the app's data "
        "file and in the JSON proof.",
    ),
}

STATUS_NAMES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("proof", "not yet sent (draft)"),
    Status.FORM_OPENED: QT_TRANSLATE_NOOP("proof", "form opened"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("proof", "sent"),
    Status.CODE_CONFIRMED: QT_TRANSLATE_NOOP("proof", "sent, code entered"),
    Status.WAITING: QT_TRANSLATE_NOOP("proof", "sent, waiting for Meta's answer"),
    Status.HONOURED: QT_TRANSLATE_NOOP("proof", "honoured by Meta"),
    Status.REFUSED: QT_TRANSLATE_NOOP("proof", "refused by Meta"),
    # Not "one month": Meta may have had longer (an extension), or the law sets no deadline.
    Status.OVERDUE: QT_TRANSLATE_NOOP("proof", "no answer from Meta in the time it had"),
}

# "sent", told apart by what the answers say about the code (core.status.status_key).
SENT_NAMES = {
    f"{Status.SUBMITTED.value}:{CODE_NOT_ASKED}": QT_TRANSLATE_NOOP("proof", "sent, no code asked"),
    f"{Status.SUBMITTED.value}:{CODE_RECEIVED}": QT_TRANSLATE_NOOP(
        "proof", "sent, code received, not entered yet"
    ),
    f"{Status.SUBMITTED.value}:{CODE_EXPIRED}": QT_TRANSLATE_NOOP(
        "proof", "sent, code expired unused"
    ),
}

EVENT_NAMES = {
    "created": QT_TRANSLATE_NOOP("proof", "objection started"),
    "status": QT_TRANSLATE_NOOP("proof", "status: {status}"),
    "reason_copied": QT_TRANSLATE_NOOP("proof", "reason text copied for the form"),
    "form_link": QT_TRANSLATE_NOOP("proof", "form link opened"),
    "started_over": QT_TRANSLATE_NOOP("proof", "answers cleared to start over"),
    "code_received": QT_TRANSLATE_NOOP("proof", "code from Meta received"),
    "code_expired": QT_TRANSLATE_NOOP("proof", "code from Meta expired unused"),
    "code_not_asked": QT_TRANSLATE_NOOP("proof", "Meta asked for no code"),
    "extension": QT_TRANSLATE_NOOP(
        "proof", "Meta asked for more time to answer, in its email of {date}"
    ),
}


def file_stem(record: ObjectionRecord, what: str, zone: dt.tzinfo) -> str:
    """A file name (without suffix) to suggest for an export: what it is, the account, the
    day (of sending, else of starting) and the name the person gave, if any; never the email
    address (files travel, and their names show in shared folders)."""
    account = record.answers.account or ""
    day = from_iso(record.pressed_send_at or record.sent_at or record.created_at)
    parts = [what, account, day.astimezone(zone).date().isoformat(), record.label]
    text = "-".join(part for part in parts if part)
    stem = re.sub(r"[^\w.-]+", "-", text).strip("-.")
    return stem[:60].rstrip("-.") or what


def format_time(iso: str | None, zone: dt.tzinfo, labels: dict | None = None) -> str:
    """``6 Dec 2026 14:05:09 CET (UTC+01:00)`` (``2026-12-06 …`` without date labels)."""
    if not iso:
        return ""
    local = from_iso(iso).astimezone(zone)
    offset = utc_offset(local)
    name = local.tzname() or ""
    name = f" {name}" if name and not name.startswith(("+", "-", "UTC")) else ""
    return f"{day_text(local.date(), labels)} {local:%H:%M:%S}{name} ({offset})"


def utc_offset(local: dt.datetime) -> str:
    offset = local.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


def zone_name(zone: dt.tzinfo, now: dt.datetime | None = None) -> str:
    """The zone's name ("Europe/Berlin"); where the computer's zone has no name (read
    from /etc/localtime), its abbreviation and offset from UTC now: "CET, UTC+01:00"."""
    key = getattr(zone, "key", None)
    if key and key != "localtime":
        return key
    local = (now or utc_now()).astimezone(zone)
    name = local.tzname() or ""
    offset = utc_offset(local)
    if name and not name.startswith(("+", "-", "UTC")):
        return f"{name}, {offset}"
    return offset


def _dates_in_note(note: str, labels: dict) -> str:
    """ISO days in a history note ("answered on 2026-12-06") written as the app shows them
    (a day that does not exist, typed into the file by hand, stays as it is)."""
    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b", lambda m: stored_day_text(m[0], labels), note)


def wording(labels: dict | None = None) -> dict:
    """English wording, overridden by translated ``labels`` with the same keys: LABELS keys,
    ``status:<value>`` for STATUS_NAMES and ``event:<name>`` for EVENT_NAMES."""
    words = dict(LABELS)
    words.update({f"status:{status.value}": name for status, name in STATUS_NAMES.items()})
    words.update({f"status:{key}": name for key, name in SENT_NAMES.items()})
    words.update({f"event:{event}": name for event, name in EVENT_NAMES.items()})
    words.update(labels or {})
    return words


def status_name(status: Status | str, lab: dict, answers=None) -> str:
    """The status in words; with ``answers``, "sent" also says what became of the code."""
    return lab[f"status:{status_key(Status(status), answers)}"]


def code_text(record: ObjectionRecord, zone: dt.tzinfo, lab: dict) -> str:
    """What the record says about Meta's code, in words with its times."""
    answers = record.answers
    fact = code_fact(answers)
    if fact is None:
        return lab["unknown"]
    if fact == CODE_NOT_ASKED:
        return lab["code:not_asked"]
    last = answers.code_attempts[-1] if answers.code_attempts else {}
    received = format_time(last.get("received_at") or answers.code_received_at, zone, lab)
    if fact == CODE_ENTERED:
        entered = format_time(last.get("entered_at") or answers.code_entered_at, zone, lab)
        return lab["code:entered"].format(received=received, entered=entered)
    if fact == CODE_EXPIRED:
        return lab["code:expired"].format(
            received=received, expired=format_time(last.get("expired_at"), zone, lab)
        )
    return lab["code:received"].format(received=received)


def describe_event(entry, labels: dict | None = None) -> str:
    lab = labels if labels is not None and "event:created" in labels else wording(labels)
    if entry.event == "status" and entry.status:
        text = lab["event:status"].format(status=status_name(entry.status, lab))
    elif entry.event == "extension":
        text = lab["event:extension"].format(date=stored_day_text(entry.extra.get("email_on"), lab))
    else:
        text = lab.get(f"event:{entry.event}", entry.event)
    extras = []
    if entry.form_url:
        extras.append(entry.form_url)
    if entry.note:
        extras.append(_dates_in_note(entry.note, lab))
    return text + (f" — {'; '.join(extras)}" if extras else "")


def country_text(code: str | None, language: str, unknown: str) -> str:
    """The country's name in ``language`` with its code ("Germany (DE)"); the code alone
    when no name is known."""
    if not code:
        return unknown

    name = country_names(language, [code]).get(code)
    return f"{name} ({code})" if name else code


# The steps whose dates the proof lists, in the order they happen.
STEP_STATUSES = (
    Status.FORM_OPENED,
    Status.SUBMITTED,
    Status.CODE_CONFIRMED,
    Status.WAITING,
    Status.OVERDUE,
    Status.REFUSED,
    Status.HONOURED,
)


@dataclass
class ObjectionProof:
    """One objection, ready to be laid out: every value already in words."""

    heading: str
    facts: list[tuple[str, str]]
    steps: list[tuple[str, str]]  # (step, local time)
    reason: str  # exactly as copied; "" when none was recorded
    timeline: list[tuple[str, str]]  # (local time, event in words)
    answer: list[tuple[str, str]]  # empty until Meta answered
    email_text: str  # Meta's email as pasted


@dataclass
class ProofDocument:
    title: str
    made_line: str
    zone_line: str
    language: str
    objections: list[ObjectionProof]
    # (service, state in words) for each other AI opt-out; empty when none were given
    other_optouts: list[tuple[str, str]] = field(default_factory=list)


def objection_proof(
    record: ObjectionRecord,
    zone: dt.tzinfo,
    labels: dict | None = None,
    language: str = "en",
    number: int | None = None,
    whole: bool = False,
) -> ObjectionProof:
    """One objection in words. Texts longer than an export shows are shortened, with a
    note, unless ``whole`` (copying the record from the history window)."""
    lab = wording(labels)
    line_max, text_max = (None, None) if whole else (EXPORT_LINE_MAX, SHOWN_IN_HISTORY)
    unknown = lab["unknown"]
    account = ACCOUNT_NAMES.get(record.answers.account or "", "")
    heading = f"{account} {shortened(record.display_name, SHOWN_IN_LINE)}".strip() or unknown
    if number is not None:
        heading = f"{number}. {heading}"
    facts = [(lab["account"], account or unknown)]
    if record.label:
        facts.append((lab["label"], record.label))
    facts += [
        (lab["email"], record.answers.email or unknown),
        (lab["country"], country_text(record.answers.country, language, unknown)),
        (lab["status"], status_name(record.status, lab, record.answers)),
        (lab["link"], record.form_url or unknown),
        (lab["sent"], format_time(record.pressed_send_at, zone, lab) or unknown),
        (lab["code"], code_text(record, zone, lab)),
    ]
    law = jurisdiction_for(record.answers.country)
    deadline = record_deadline(record, zone) if law.has_deadline else None
    if deadline is not None and record.status not in (Status.HONOURED, Status.REFUSED):
        when = format_time(to_iso(deadline), zone, lab)
        if extension_applies(record, law):
            when = lab["deadline:extended"].format(
                when=when, date=stored_day_text(record.extension_email_on, lab)
            )
        facts.append((lab["deadline"], when))
    # Texts loaded from a file may be megabytes long (a proof of them took minutes and
    # hundreds of pages): each is shortened, and the proof says so and where the rest is.
    long_values = any(is_shortened(value, line_max) for _, value in facts)
    facts = [(name, shortened(value, line_max)) for name, value in facts]
    reached_steps = [(record.created_at, lab["event:created"])]
    for status in STEP_STATUSES:
        reached = record.status_reached_at(status)
        if reached:
            reached_steps.append((reached, status_name(status, lab)))
    steps = [
        (name, format_time(at, zone, lab))
        for at, name in sorted(reached_steps, key=lambda step: from_iso(step[0]))
    ]
    events = [
        (format_time(entry.at, zone, lab), describe_event(entry, lab))
        for entry in record.timeline()
    ]
    long_values = long_values or any(is_shortened(event, line_max) for _, event in events)
    timeline = [(when, shortened(event, line_max)) for when, event in events]
    if long_values:
        facts.append((lab["note"], lab["shortened_values"]))
    answer: list[tuple[str, str]] = []
    email_text = ""
    if record.answer is not None:
        answer = [
            (lab["outcome"], status_name(record.answer.outcome, lab)),
            (lab["answer_date"], _dates_in_note(record.answer.answered_on, lab)),
            (lab["answer_recorded"], format_time(record.answer.recorded_at, zone, lab)),
        ]
        email_text = capped_text(record.answer.email_text, lab, text_max)
    reason = capped_text(record.reason_sent or "", lab, text_max)
    return ObjectionProof(heading, facts, steps, reason, timeline, answer, email_text)


def capped_text(text: str, lab: dict, limit: int | None = SHOWN_IN_HISTORY) -> str:
    """``text`` itself, or its start and a note saying it was shortened and where it is."""
    if not is_shortened(text, limit):
        return text
    return shortened(text, limit) + "\n" + lab["shortened"].format(count=len(text))


def other_optout_rows(
    entries: Sequence[dict] | None, zone: dt.tzinfo, labels: dict | None = None
) -> list[tuple[str, str]]:
    """(service, state in words) for the entries of core.other_optouts.proof_entries."""
    lab = wording(labels)
    rows = []
    for entry in entries or ():
        words = lab.get(f"other_state:{entry['state']}", entry["state"])
        rows.append(
            (entry["name"], words.format(when=format_time(entry["recorded_at"], zone, lab)))
        )
    return rows


def proof_document(
    records: Sequence[ObjectionRecord],
    zone: dt.tzinfo,
    now: dt.datetime | None = None,
    labels: dict | None = None,
    language: str = "en",
    other_optouts: Sequence[dict] | None = None,
) -> ProofDocument:
    lab = wording(labels)
    when = format_time(to_iso(now or utc_now()), zone, lab)
    return ProofDocument(
        other_optouts=other_optout_rows(other_optouts, zone, lab),
        title=lab["title"],
        made_line=lab["made_by"].format(app=APP_NAME, version=__version__, when=when),
        zone_line=lab["zone"].format(zone=zone_name(zone, now)),
        language=language,
        objections=[
            objection_proof(record, zone, lab, language, number)
            for number, record in enumerate(records, 1)
        ],
    )


def record_text(
    record: ObjectionRecord,
    zone: dt.tzinfo,
    labels: dict | None = None,
    language: str = "en",
    whole: bool = False,
) -> str:
    lab = wording(labels)
    proof = objection_proof(record, zone, lab, language, whole=whole)
    lines = [f"{label}: {value}" for label, value in proof.facts]
    lines += ["", f"{lab['steps']}:"]
    lines += [f"  {when}  {step}" for step, when in proof.steps]
    lines += ["", f"{lab['history']}:"]
    lines += [f"  {when}  {event}" for when, event in proof.timeline]
    lines += ["", f"{lab['reason']}:"]
    reason = proof.reason
    lines += [f"  {line}" for line in reason.splitlines()] if reason else [f"  {lab['no_reason']}"]
    lines += ["", f"{lab['answer']}:"]
    if record.answer is None:
        lines.append(f"  {lab['no_answer']}")
    else:
        lines.append(
            "  "
            + lab["answered_on"].format(
                outcome=status_name(record.answer.outcome, lab),
                date=_dates_in_note(record.answer.answered_on, lab),
                recorded=format_time(record.answer.recorded_at, zone, lab),
            )
        )
        if proof.email_text:
            lines.append(f"  {lab['email_text']}:")
            lines += [f"    {line}" for line in proof.email_text.splitlines()]
    return "\n".join(lines)


def proof_text(
    records: Sequence[ObjectionRecord],
    zone: dt.tzinfo,
    now: dt.datetime | None = None,
    labels: dict | None = None,
    language: str = "en",
    other_optouts: Sequence[dict] | None = None,
) -> str:
    lab = wording(labels)
    document = proof_document(records, zone, now, lab, language, other_optouts)
    parts = [document.title, "=" * len(document.title), document.made_line, document.zone_line]
    for record, proof in zip(records, document.objections, strict=True):
        parts += ["", proof.heading, "-" * len(proof.heading)]
        parts.append(record_text(record, zone, lab, language))
    if document.other_optouts:
        parts += ["", lab["other_optouts"], "-" * len(lab["other_optouts"])]
        parts += [f"{name}: {state}" for name, state in document.other_optouts]
    return "\n".join(parts) + "\n"


def _in_time_order(data: dict) -> dict:
    """The stored record with its history in time order (a time the person typed in may
    come after steps recorded later)."""
    history = sorted(data.get("history") or [], key=lambda entry: from_iso(entry["at"]))
    return {**data, "history": history}


def proof_json(
    records: Sequence[ObjectionRecord],
    zone: dt.tzinfo,
    now=None,
    language: str = "en",
    other_optouts: Sequence[dict] | None = None,
) -> str:
    """The records as stored (UTC times), wrapped in a self-describing document; its JSON
    Schema is docs/proof.schema.json. ``other_optouts`` (core.other_optouts.proof_entries)
    adds the other services' opt-outs, each with its events."""
    document = {
        "document_type": DOCUMENT_TYPE,
        "version": PROOF_VERSION,
        "made_by": f"{APP_NAME} {__version__}",
        "made_at": to_iso(now or utc_now()),
        "time_zone": zone_name(zone),
        "language": language,
        "objections": [_in_time_order(record.to_json()) for record in records],
    }
    if other_optouts is not None:
        document["other_optouts"] = list(other_optouts)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
