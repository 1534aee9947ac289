"""Proof that the person objected, and when: plain text and JSON (the PDF is made in ui/).

Every time is given in the person's time zone with its UTC offset, so the record stays
unambiguous when read elsewhere; the JSON keeps the stored UTC times.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from optout_gui import APP_NAME, __version__
from optout_gui.core.guide import ACCOUNT_NAMES
from optout_gui.core.languages import country_names
from optout_gui.core.progress import from_iso, to_iso, utc_now
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.status import Status
from optout_gui.core.wording import QT_TRANSLATE_NOOP

# What the JSON export says it is; the version goes up when its shape changes.
DOCUMENT_TYPE = "ai-optout-assistant/objection-proof"
PROOF_VERSION = 2

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
}

STATUS_NAMES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("proof", "not yet sent (draft)"),
    Status.FORM_OPENED: QT_TRANSLATE_NOOP("proof", "form opened"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("proof", "submitted"),
    Status.CODE_CONFIRMED: QT_TRANSLATE_NOOP("proof", "code confirmed"),
    Status.WAITING: QT_TRANSLATE_NOOP("proof", "waiting for Meta's answer"),
    Status.HONOURED: QT_TRANSLATE_NOOP("proof", "honoured by Meta"),
    Status.REFUSED: QT_TRANSLATE_NOOP("proof", "refused by Meta"),
    Status.OVERDUE: QT_TRANSLATE_NOOP("proof", "no answer within one month of sending"),
}

EVENT_NAMES = {
    "created": QT_TRANSLATE_NOOP("proof", "objection started"),
    "status": QT_TRANSLATE_NOOP("proof", "status: {status}"),
    "reason_copied": QT_TRANSLATE_NOOP("proof", "reason text copied for the form"),
    "form_link": QT_TRANSLATE_NOOP("proof", "form link opened"),
    "started_over": QT_TRANSLATE_NOOP("proof", "answers cleared to start over"),
}


def format_time(iso: str | None, zone: dt.tzinfo) -> str:
    """``2025-06-01 14:05:09 CEST (UTC+02:00)``."""
    if not iso:
        return ""
    local = from_iso(iso).astimezone(zone)
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    name = local.tzname() or ""
    name = f" {name}" if name and not name.startswith(("+", "-", "UTC")) else ""
    return f"{local:%Y-%m-%d %H:%M:%S}{name} ({offset})"


def zone_name(zone: dt.tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)


def wording(labels: dict | None = None) -> dict:
    """English wording, overridden by translated ``labels`` with the same keys: LABELS keys,
    ``status:<value>`` for STATUS_NAMES and ``event:<name>`` for EVENT_NAMES."""
    words = dict(LABELS)
    words.update({f"status:{status.value}": name for status, name in STATUS_NAMES.items()})
    words.update({f"event:{event}": name for event, name in EVENT_NAMES.items()})
    words.update(labels or {})
    return words


def status_name(status: Status | str, lab: dict) -> str:
    return lab[f"status:{Status(status).value}"]


def describe_event(entry, labels: dict | None = None) -> str:
    lab = labels if labels is not None and "event:created" in labels else wording(labels)
    if entry.event == "status" and entry.status:
        text = lab["event:status"].format(status=status_name(entry.status, lab))
    else:
        text = lab.get(f"event:{entry.event}", entry.event)
    extras = []
    if entry.form_url:
        extras.append(entry.form_url)
    if entry.note:
        extras.append(entry.note)
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


def objection_proof(
    record: ObjectionRecord,
    zone: dt.tzinfo,
    labels: dict | None = None,
    language: str = "en",
    number: int | None = None,
) -> ObjectionProof:
    lab = wording(labels)
    unknown = lab["unknown"]
    account = ACCOUNT_NAMES.get(record.answers.account or "", "")
    heading = f"{account} {record.display_name}".strip() or unknown
    if number is not None:
        heading = f"{number}. {heading}"
    facts = [(lab["account"], account or unknown)]
    if record.label:
        facts.append((lab["label"], record.label))
    facts += [
        (lab["email"], record.answers.email or unknown),
        (lab["country"], country_text(record.answers.country, language, unknown)),
        (lab["status"], status_name(record.status, lab)),
        (lab["link"], record.form_url or unknown),
    ]
    steps = [(lab["event:created"], format_time(record.created_at, zone))]
    for status in STEP_STATUSES:
        reached = record.status_reached_at(status)
        if reached:
            steps.append((status_name(status, lab), format_time(reached, zone)))
    timeline = [
        (format_time(entry.at, zone), describe_event(entry, lab)) for entry in record.history
    ]
    answer: list[tuple[str, str]] = []
    email_text = ""
    if record.answer is not None:
        answer = [
            (lab["outcome"], status_name(record.answer.outcome, lab)),
            (lab["answer_date"], record.answer.answered_on),
            (lab["answer_recorded"], format_time(record.answer.recorded_at, zone)),
        ]
        email_text = record.answer.email_text
    return ObjectionProof(
        heading, facts, steps, record.reason_sent or "", timeline, answer, email_text
    )


def proof_document(
    records: Sequence[ObjectionRecord],
    zone: dt.tzinfo,
    now: dt.datetime | None = None,
    labels: dict | None = None,
    language: str = "en",
) -> ProofDocument:
    lab = wording(labels)
    when = format_time(to_iso(now or utc_now()), zone)
    return ProofDocument(
        title=lab["title"],
        made_line=lab["made_by"].format(app=APP_NAME, version=__version__, when=when),
        zone_line=lab["zone"].format(zone=zone_name(zone)),
        language=language,
        objections=[
            objection_proof(record, zone, lab, language, number)
            for number, record in enumerate(records, 1)
        ],
    )


def record_text(
    record: ObjectionRecord, zone: dt.tzinfo, labels: dict | None = None, language: str = "en"
) -> str:
    lab = wording(labels)
    proof = objection_proof(record, zone, lab, language)
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
                date=record.answer.answered_on,
                recorded=format_time(record.answer.recorded_at, zone),
            )
        )
        if record.answer.email_text:
            lines.append(f"  {lab['email_text']}:")
            lines += [f"    {line}" for line in record.answer.email_text.splitlines()]
    return "\n".join(lines)


def proof_text(
    records: Sequence[ObjectionRecord],
    zone: dt.tzinfo,
    now: dt.datetime | None = None,
    labels: dict | None = None,
    language: str = "en",
) -> str:
    lab = wording(labels)
    document = proof_document(records, zone, now, lab, language)
    parts = [document.title, "=" * len(document.title), document.made_line, document.zone_line]
    for record, proof in zip(records, document.objections, strict=True):
        parts += ["", proof.heading, "-" * len(proof.heading)]
        parts.append(record_text(record, zone, lab, language))
    return "\n".join(parts) + "\n"


def proof_json(
    records: Sequence[ObjectionRecord], zone: dt.tzinfo, now=None, language: str = "en"
) -> str:
    """The records as stored (UTC times), wrapped in a self-describing document; its JSON
    Schema is docs/proof.schema.json."""
    document = {
        "document_type": DOCUMENT_TYPE,
        "version": PROOF_VERSION,
        "made_by": f"{APP_NAME} {__version__}",
        "made_at": to_iso(now or utc_now()),
        "time_zone": zone_name(zone),
        "language": language,
        "objections": [record.to_json() for record in records],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
