"""Calendar reminders for one objection, as an iCalendar (.ics) file made with ``icalendar``."""

from __future__ import annotations

import datetime as dt

import icalendar

from optout_gui import APP_ID, APP_NAME, __version__
from optout_gui.core.dates import day_text, stored_day_text
from optout_gui.core.guide import ACCOUNT_NAMES
from optout_gui.core.jurisdictions import jurisdiction_for
from optout_gui.core.limits import SHOWN_IN_LINE, shortened
from optout_gui.core.progress import from_iso, utc_now
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.reminders import extension_applies, nudge_at, record_deadline
from optout_gui.core.wording import QT_TRANSLATE_NOOP

# English wording, marked for lupdate; the UI passes the same texts translated
# (ui/tracker/proof_wording.py), with the same keys.
CALENDAR_TEXTS = {
    "nudge_summary": QT_TRANSLATE_NOOP("calendar", "Check your email for Meta's answer ({what})"),
    "nudge_description": QT_TRANSLATE_NOOP(
        "calendar",
        "A week ago you sent Meta your objection to AI training for {what}. Look in that "
        "mailbox (and its spam folder) for Meta's reply, then record the answer in the "
        "{app}.",
    ),
    # Only where the law sets Meta a deadline (one month, two more if Meta says so in time;
    # tests/test_reminders.py ties these words to resources/jurisdictions.toml).
    "deadline_summary": QT_TRANSLATE_NOOP("calendar", "Meta's month to answer is up ({what})"),
    "deadline_description": QT_TRANSLATE_NOOP(
        "calendar",
        "The law gave Meta one month to answer your objection for {what}, sent on {sent}. "
        "It may take up to two months longer only if it told you so within that month. No "
        "answer, or a refusal? Open the {app}: it helps you write a complaint to your "
        "data-protection authority.",
    ),
    # Meta said in time that it needs longer (the extension the law allows, recorded with
    # the day of Meta's email).
    "extended_summary": QT_TRANSLATE_NOOP("calendar", "Meta's extra time to answer is up ({what})"),
    "extended_description": QT_TRANSLATE_NOOP(
        "calendar",
        "You sent your objection for {what} on {sent}. In its email of {email_on} Meta said "
        "it needs more time; the longer time the law allows is now over. No answer, or a "
        "refusal? Open the {app}: it helps you write a complaint to your data-protection "
        "authority.",
    ),
    # Where the law sets no deadline (Switzerland, Brazil): a practical pause, never
    # called a deadline.
    "check_summary": QT_TRANSLATE_NOOP("calendar", "Time to look at your objection ({what})"),
    "check_description": QT_TRANSLATE_NOOP(
        "calendar",
        "You sent your objection for {what} on {sent}. The law where you live sets Meta no "
        "fixed time to answer, but if nothing has come by now, open the {app}: it shows "
        "what you can do next.",
    ),
    "your_account": QT_TRANSLATE_NOOP("calendar", "your account"),
}


def _what(record: ObjectionRecord, your_account: str = "your account") -> str:
    """The account, and the name the person gave it if any: never the email address
    (calendars are shared and synced)."""
    account = ACCOUNT_NAMES.get(record.answers.account or "", your_account)
    name = shortened(record.label or "", SHOWN_IN_LINE)  # a file may hold megabytes
    return f"{account}, {name}" if name else account


def new_calendar() -> icalendar.Calendar:
    """An empty calendar file to import, named as this app's.

    No METHOD: "METHOD:PUBLISH" makes the file an iTIP message (RFC 5546), which needs an
    ORGANIZER; a plain calendar file to import needs neither."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    return cal


def reminder_event(
    uid: str, stamp: dt.datetime, start: dt.datetime, summary: str, description: str
) -> icalendar.Event:
    """Half an hour from ``start`` that leaves the time free, with an alarm (``summary``)
    at its start; ``stamp`` is when the file was made (written in UTC)."""
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=30))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", dt.timedelta(0))
    event.add_component(alarm)
    return event


def reminder_calendar(
    record: ObjectionRecord,
    zone: dt.tzinfo,
    now: dt.datetime | None = None,
    texts: dict[str, str] | None = None,
) -> icalendar.Calendar:
    """Events with an alarm: a week after sending, and when Meta's time to answer runs out
    (where the law of the person's country sets one) or the practical wait the data gives
    is over (where it doesn't); ``texts`` (keys of CALENDAR_TEXTS) gives them in the
    person's language."""
    words = {**CALENDAR_TEXTS, **(texts or {})}
    sent_text = record.sent_at
    if not sent_text:
        raise ValueError("this objection has not been sent yet")
    sent = from_iso(sent_text)
    stamp = now or utc_now()
    what = _what(record, words["your_account"])
    # The person's day, not UTC's, written as the app writes days ("6 Dec 2026").
    sent_day = day_text(sent.astimezone(zone).date(), words)
    email_day = stored_day_text(record.extension_email_on, words)  # the same way
    cal = new_calendar()
    plan = [("nudge", nudge_at(sent, zone))]
    law = jurisdiction_for(record.answers.country)
    # None: no right to object, nothing to wait for. Longer when Meta asked for more time.
    if (deadline := record_deadline(record, zone)) is not None:
        kind = "deadline" if law.has_deadline else "check"
        if extension_applies(record, law):
            kind = "extended"
        plan.append((kind, deadline))
    for kind, start in plan:
        summary, description = words[f"{kind}_summary"], words[f"{kind}_description"]
        # The extended deadline replaces the first one in a calendar that imports it again.
        uid_kind = "deadline" if kind == "extended" else kind
        event = reminder_event(
            f"{record.id}-{uid_kind}@{APP_ID}",
            stamp,
            start,
            summary.format(what=what),
            description.format(what=what, app=APP_NAME, sent=sent_day, email_on=email_day),
        )
        cal.add_component(event)
    return cal


def reminder_ics(
    record: ObjectionRecord,
    zone: dt.tzinfo,
    now: dt.datetime | None = None,
    texts: dict[str, str] | None = None,
) -> bytes:
    return reminder_calendar(record, zone, now, texts).to_ical()
