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

import calendar
import datetime as dt
import os
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from optout_gui.core.jurisdictions import jurisdiction_for
from optout_gui.core.progress import from_iso, to_iso
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore
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
    try:
        with open("/etc/localtime", "rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (OSError, ValueError):
        pass
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def add_months(moment: dt.datetime, months: int) -> dt.datetime:
    """Same day and wall-clock time ``months`` later; the day is clamped to the month's end."""
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


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
            record = store.get(summary.id)
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
        record = store.get(record_id)
        record.nudged_at = to_iso(now)
        store.touch(record)
    if ids:
        store.save()
