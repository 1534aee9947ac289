"""When to nudge, and when Meta's answer is overdue.

Times are stored in UTC. "Seven days" and "one month" are counted on the person's own
calendar: the reminder keeps the wall-clock time even when daylight saving time starts or
ends in between, and "one month" is a calendar month (31 January + 1 month = 28/29 February).

How long Meta has to answer depends on the person's country and is read from
``resources/jurisdictions.toml``: where the law sets a deadline (EU/EEA, UK) the objection
becomes overdue when it runs out; where it sets none (Switzerland, Brazil) the same mark
only means the practical waiting time the data gives is over.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from optout_gui.core.dates import add_months
from optout_gui.core.jurisdictions import Jurisdiction, jurisdiction_for
from optout_gui.core.progress import from_iso, to_iso
from optout_gui.core.record import HistoryEntry, ObjectionRecord
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionDamaged, ObjectionStore
from optout_gui.core.storage.summary import Summary

NUDGE_AFTER_DAYS = 7
# Only a default for callers that know no country (the calendar file); the overdue logic
# reads each country's time from resources/jurisdictions.toml.
ANSWER_MONTHS = 1


def local_zone() -> dt.tzinfo:
    """The computer's time zone, with its daylight-saving rules when they can be found."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    # /etc/localtime is usually a link into the zone database: its name ("Europe/Berlin")
    # is what the proof's header can name.
    target = os.path.realpath("/etc/localtime")
    if "zoneinfo/" in target:
        try:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        with open("/etc/localtime", "rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (OSError, ValueError):
        pass
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def _in_zone(sent_utc: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    if sent_utc.tzinfo is None:
        raise ValueError("time without a time zone")
    return sent_utc.astimezone(zone)


def _back_to_utc(local_wall: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    # Re-attach the zone so the UTC offset of the *new* date (summer/winter) is used.
    return local_wall.replace(tzinfo=None).replace(tzinfo=zone).astimezone(dt.UTC)


def nudge_at(sent_utc: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """When to suggest checking the email: 7 calendar days later, same local time."""
    local = _in_zone(sent_utc, zone)
    return _back_to_utc(local + dt.timedelta(days=NUDGE_AFTER_DAYS), zone)


def answer_deadline(
    sent_utc: dt.datetime, zone: dt.tzinfo, months: int = ANSWER_MONTHS
) -> dt.datetime:
    """When Meta's time to answer runs out: same local time ``months`` calendar months later."""
    local = _in_zone(sent_utc, zone)
    return _back_to_utc(add_months(local, months), zone)


def months_to_answer(country: str | None) -> int:
    """How many months Meta has (or, without a legal deadline, is given) to answer a
    resident of ``country``; 0 when no next step follows (no right to object there)."""

    return jurisdiction_for(country).months_until_next_step


def record_deadline(record: ObjectionRecord, zone: dt.tzinfo) -> dt.datetime | None:
    """When the next step comes for this objection: Meta's time to answer under the law of
    the person's country, longer by the law's extension when Meta asked for more time
    (recorded with :func:`record_extension`); None before sending or without a next step."""
    if not record.sent_at:
        return None
    law = jurisdiction_for(record.answers.country)
    months = law.months_until_next_step
    if not months:
        return None
    if extension_applies(record, law):
        months += law.extension_months
    return answer_deadline(from_iso(record.sent_at), zone, months)


def extension_applies(record: ObjectionRecord, law: Jurisdiction) -> bool:
    """Meta has the longer time to answer: the person recorded its email asking for more
    time (:func:`record_extension`) and ``law``, that of the person's country now, allows
    it (a country changed after recording may not)."""
    return bool(law.has_deadline and law.extension_months and record.extension_email_on)


class ExtensionRefused(ValueError):
    """An extension that can't be recorded; ``kind`` picks the message."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind  # "no_such_rule" | "not_sent" | "before_sending" | "too_late" | "future"


def extension_problem(
    record: ObjectionRecord, email_on: dt.date, zone: dt.tzinfo, today: dt.date
) -> str | None:
    """Why Meta's email of ``email_on`` can't extend its time to answer, or None.

    The law of the person's country must allow an extension (jurisdictions.toml:
    ``extension_months``), and Meta must have said so within its first period: the email's
    day lies between the day of sending and the day that period ends.
    """
    law = jurisdiction_for(record.answers.country)
    if not (law.has_deadline and law.extension_months):
        return "no_such_rule"
    if not record.sent_at:
        return "not_sent"
    sent = from_iso(record.sent_at)
    if email_on > today:
        return "future"
    if email_on < sent.astimezone(zone).date():
        return "before_sending"
    first_period_ends = answer_deadline(sent, zone, law.deadline_months).astimezone(zone).date()
    if email_on > first_period_ends:
        return "too_late"
    return None


def record_extension(
    store: ObjectionStore, record_id: str, email_on: dt.date, now: dt.datetime, zone: dt.tzinfo
) -> bool:
    """Meta said (in its email of ``email_on``) that it needs more time: the deadline, the
    overdue mark, the reminders and the proof follow the longer time. An objection already
    marked overdue is waiting again if the longer time isn't over. Raises
    :class:`ExtensionRefused`; returns whether the save worked."""
    record = store.get(record_id)
    problem = extension_problem(record, email_on, zone, now.astimezone(zone).date())
    if problem:
        raise ExtensionRefused(problem)
    at = to_iso(now)
    record.history.append(
        HistoryEntry(at=at, event="extension", extra={"email_on": email_on.isoformat()})
    )
    deadline = record_deadline(record, zone)
    if record.status == Status.OVERDUE and deadline is not None and now < deadline:
        # Not a step of the process but a correction: Meta's time was not over after all.
        record.status = Status.WAITING
        record.history.append(HistoryEntry(at=at, event="status", status=Status.WAITING.value))
    store.touch(record)
    return store.save()


def is_overdue(sent_utc: dt.datetime, now: dt.datetime, zone: dt.tzinfo) -> bool:
    return now >= answer_deadline(sent_utc, zone)


def needs_nudge(summary: Summary, now: dt.datetime, zone: dt.tzinfo) -> bool:
    """Waiting for more than 7 days, and not nudged since that point."""
    if summary.status != Status.WAITING or not summary.sent_at:
        return False
    due = nudge_at(from_iso(summary.sent_at), zone)
    if now < due:
        return False
    return not (summary.nudged_at and from_iso(summary.nudged_at) >= due)


def objections_to_nudge(
    summaries: Iterable[Summary], now: dt.datetime, zone: dt.tzinfo
) -> list[Summary]:
    return [s for s in summaries if needs_nudge(s, now, zone)]


def mark_overdue(store: ObjectionStore, now: dt.datetime, zone: dt.tzinfo) -> list[str]:
    """Move every objection whose month ran out to "overdue"; returns their ids (saved)."""
    changed = []
    for summary in list(store.summaries(Status.WAITING)):
        months = months_to_answer(summary.country)  # 0 without a known country's law
        if not summary.sent_at or not months:
            continue
        deadline = answer_deadline(from_iso(summary.sent_at), zone, months)
        if now >= deadline:
            try:
                record = store.get(summary.id)
            except ObjectionDamaged:  # set aside just now (the overview says so); the rest go on
                continue
            deadline = record_deadline(record, zone) or deadline  # Meta may have more time
            if now < deadline:
                continue
            record.change_status(
                Status.OVERDUE, to_iso(now), note=f"no answer by {to_iso(deadline)}"
            )
            store.touch(record)
            changed.append(summary.id)
    if changed:
        store.save()
    return changed


def mark_nudged(store: ObjectionStore, ids: Iterable[str], now: dt.datetime) -> None:
    ids = list(ids)
    for record_id in ids:
        try:
            record = store.get(record_id)
        except ObjectionDamaged:
            continue
        record.nudged_at = to_iso(now)
        store.touch(record)
    if ids:
        store.save()
