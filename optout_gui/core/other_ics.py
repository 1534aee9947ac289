"""A calendar reminder to look at another service's AI setting again (.ics, ``icalendar``).

Services have switched such settings on again or renamed them before, so the checklist
offers one event, a few months on, with an alarm. Like core/ics.py: no METHOD, UTC stamps.
"""

from __future__ import annotations

import datetime as dt

import icalendar

from optout_gui import APP_ID, APP_NAME, __version__
from optout_gui.core.progress import utc_now
from optout_gui.core.wording import QT_TRANSLATE_NOOP

LOOK_AGAIN_MONTHS = 3
REMINDER_HOUR = 10  # in the person's time zone

# English wording, marked for lupdate (context "calendar"); the UI passes them translated.
LOOK_AGAIN_TEXTS = {
    "summary": QT_TRANSLATE_NOOP("calendar", "Look again at your AI setting ({service})"),
    "description": QT_TRANSLATE_NOOP(
        "calendar",
        "On {day} you recorded your AI-training opt-out at {service} in the {app}. Services "
        "have changed such settings before: open the {app}, choose “Other AI opt-outs” and "
        "check that it is still as you left it.",
    ),
}


def look_again_day(now: dt.datetime, zone: dt.tzinfo, months: int = LOOK_AGAIN_MONTHS):
    """``months`` calendar months after today in ``zone`` (the last day of a shorter
    month), at REMINDER_HOUR there."""
    today = now.astimezone(zone).date()
    month0 = today.month - 1 + months
    year, month = today.year + month0 // 12, month0 % 12 + 1
    day = today.day
    while True:
        try:
            target = dt.date(year, month, day)
            break
        except ValueError:
            day -= 1
    return dt.datetime.combine(target, dt.time(REMINDER_HOUR), tzinfo=zone)


def look_again_ics(
    service_id: str,
    service_name: str,
    zone: dt.tzinfo,
    now: dt.datetime | None = None,
    texts: dict[str, str] | None = None,
) -> bytes:
    words = {**LOOK_AGAIN_TEXTS, **(texts or {})}
    now = now or utc_now()
    start = look_again_day(now, zone)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    summary = words["summary"].format(service=service_name)
    event = icalendar.Event()
    event.add("uid", f"{service_id}-look-again-{now:%Y%m%d}@{APP_ID}")
    event.add("dtstamp", now.astimezone(dt.UTC))
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=30))
    event.add("summary", summary)
    event.add(
        "description",
        words["description"].format(
            service=service_name, app=APP_NAME, day=now.astimezone(zone).date().isoformat()
        ),
    )
    event.add("transp", "TRANSPARENT")
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", dt.timedelta(0))
    event.add_component(alarm)
    cal.add_component(event)
    return cal.to_ical()
