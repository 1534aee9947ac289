"""Proof that the person objected, and when: plain text and JSON (the PDF is made in ui/).

Every time is given in the person's time zone with its UTC offset, so the record stays
unambiguous when read elsewhere; the JSON keeps the stored UTC times.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from optout_gui import APP_NAME, __version__
from optout_gui.core.progress import from_iso, to_iso, utc_now
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.status import Status

PROOF_FORMAT = 1

# English wording; the UI may pass translated labels with the same keys.
LABELS = {
    "title": "Objection to Meta using personal information for AI training",
    "made_by": "Record made by {app} {version} on {when}.",
    "zone": "Times are shown in the time zone {zone}, with their offset from UTC.",
    "account": "Account",
    "label": "Name given",
    "email": "Email address",
    "country": "Country of residence",
    "status": "Status",
    "link": "Form link used",
    "history": "History",
    "reason": "Reason sent (exactly as copied)",
    "no_reason": "(no reason text was recorded)",
    "answer": "Meta's answer",
    "no_answer": "(no answer recorded yet)",
    "answered_on": "{outcome} on {date} (recorded {recorded})",
    "email_text": "Text of Meta's email, as pasted",
    "unknown": "(not recorded)",
}

STATUS_NAMES = {
    Status.DRAFT: "not yet sent (draft)",
    Status.FORM_OPENED: "form opened",
    Status.SUBMITTED: "submitted",
    Status.CODE_CONFIRMED: "code confirmed",
    Status.WAITING: "waiting for Meta's answer",
    Status.HONOURED: "honoured by Meta",
    Status.REFUSED: "refused by Meta",
    Status.OVERDUE: "no answer within one month (overdue)",
}

EVENT_NAMES = {
    "created": "objection started",
    "status": "status: {status}",
    "reason_copied": "reason text copied for the form",
    "form_link": "form link opened",
    "started_over": "answers cleared to start over",
}

ACCOUNT_NAMES = {"facebook": "Facebook", "instagram": "Instagram"}


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


def record_text(record: ObjectionRecord, zone: dt.tzinfo, labels: dict | None = None) -> str:
    lab = wording(labels)
    unknown = lab["unknown"]
    lines = [
        f"{lab['account']}: {ACCOUNT_NAMES.get(record.answers.account or '', unknown)}",
    ]
    if record.label:
        lines.append(f"{lab['label']}: {record.label}")
    lines += [
        f"{lab['email']}: {record.answers.email or unknown}",
        f"{lab['country']}: {record.answers.country or unknown}",
        f"{lab['status']}: {status_name(record.status, lab)}",
        f"{lab['link']}: {record.form_url or unknown}",
        "",
        f"{lab['history']}:",
    ]
    for entry in record.history:
        lines.append(f"  {format_time(entry.at, zone)}  {describe_event(entry, lab)}")
    lines += ["", f"{lab['reason']}:"]
    reason = record.reason_sent
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
) -> str:
    lab = wording(labels)
    when = format_time(to_iso(now or utc_now()), zone)
    parts = [
        lab["title"],
        "=" * len(lab["title"]),
        lab["made_by"].format(app=APP_NAME, version=__version__, when=when),
        lab["zone"].format(zone=zone_name(zone)),
    ]
    for number, record in enumerate(records, 1):
        heading = f"{number}. {ACCOUNT_NAMES.get(record.answers.account or '', '')} "
        heading += record.display_name
        parts += ["", heading.strip(), "-" * len(heading.strip()), record_text(record, zone, lab)]
    return "\n".join(parts) + "\n"


def proof_json(records: Sequence[ObjectionRecord], zone: dt.tzinfo, now=None) -> str:
    document = {
        "format": PROOF_FORMAT,
        "made_by": f"{APP_NAME} {__version__}",
        "made_at": to_iso(now or utc_now()),
        "time_zone": zone_name(zone),
        "objections": [record.to_json() for record in records],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
