"""A calendar reminder to look at another service's AI setting again (.ics, ``icalendar``).

Services have switched such settings on again or renamed them before, so the checklist
offers one event, a few months on, with an alarm. Like core/ics.py: no METHOD, UTC stamps.
"""

from __future__ import annotations

import datetime as dt

from optout_gui import APP_ID, APP_NAME
from optout_gui.core.dates import add_months, day_text
from optout_gui.core.ics import new_calendar, reminder_event
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
    target = add_months(now.astimezone(zone).date(), months)
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
    # The person's day, written as the app writes days ("6 Dec 2026"; ISO without labels).
    day = day_text(now.astimezone(zone).date(), words)
    cal = new_calendar()
    cal.add_component(
        reminder_event(
            f"{service_id}-look-again-{now:%Y%m%d}@{APP_ID}",
            now,
            look_again_day(now, zone),
            words["summary"].format(service=service_name),
            words["description"].format(service=service_name, app=APP_NAME, day=day),
        )
    )
    return cal.to_ical()
