import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from optout_gui.core.dates import add_months
from optout_gui.core.ics import reminder_ics
from optout_gui.core.reminders import (
    answer_deadline,
    is_overdue,
    mark_nudged,
    mark_overdue,
    nudge_at,
    objections_to_nudge,
)
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore
from tests.clocks import FakeClocks
from tests.helpers import send_objection

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")


def utc(*args):
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_add_months_clamps_to_month_end():
    assert add_months(dt.datetime(2025, 1, 31, 9), 1) == dt.datetime(2025, 2, 28, 9)
    assert add_months(dt.datetime(2024, 1, 31, 9), 1) == dt.datetime(2024, 2, 29, 9)
    assert add_months(dt.datetime(2025, 12, 15, 9), 1) == dt.datetime(2026, 1, 15, 9)
    # Days too (the look-again reminder's): a date stays a date.
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 1, 31), 14) == dt.date(2027, 3, 31)


def test_nudge_keeps_local_time_across_spring_forward():
    sent = dt.datetime(2025, 3, 27, 10, 0, tzinfo=BERLIN)  # CET, UTC+1
    due = nudge_at(sent.astimezone(dt.UTC), BERLIN)
    assert due.astimezone(BERLIN) == dt.datetime(2025, 4, 3, 10, 0, tzinfo=BERLIN)  # CEST
    assert due == utc(2025, 4, 3, 8, 0)  # one hour less than 7 x 24 h later
    assert due - sent.astimezone(dt.UTC) == dt.timedelta(days=7, hours=-1)


def test_deadline_keeps_local_time_across_fall_back():
    sent = dt.datetime(2025, 10, 10, 18, 30, tzinfo=NEW_YORK)  # EDT
    deadline = answer_deadline(sent.astimezone(dt.UTC), NEW_YORK)
    assert deadline.astimezone(NEW_YORK).replace(tzinfo=None) == dt.datetime(2025, 11, 10, 18, 30)
    assert deadline == utc(2025, 11, 10, 23, 30)  # EST, UTC-5


def test_deadline_depends_on_the_local_date():
    sent = utc(2025, 1, 31, 23, 30)  # 1 February in Berlin, 31 January in New York
    assert answer_deadline(sent, BERLIN).astimezone(BERLIN).date() == dt.date(2025, 3, 1)
    assert answer_deadline(sent, NEW_YORK).astimezone(NEW_YORK).date() == dt.date(2025, 2, 28)


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, SYDNEY, dt.UTC])
def test_overdue_exactly_at_the_deadline(zone):
    sent = utc(2025, 3, 29, 12, 0)
    deadline = answer_deadline(sent, zone)
    assert not is_overdue(sent, deadline - dt.timedelta(seconds=1), zone)
    assert is_overdue(sent, deadline, zone)


@pytest.fixture
def clocks():
    return FakeClocks(utc(2025, 6, 1, 8, 0))


def waiting(store, finished_at, country="DE"):
    return send_objection(store, country=country, email="a@example.org", finished_at=finished_at)


def test_nudge_after_seven_days_once(store):
    early = waiting(store, "2025-06-01T08:00:00+00:00")
    late = waiting(store, "2025-06-05T08:00:00+00:00")
    now = utc(2025, 6, 8, 9, 0)
    assert [s.id for s in objections_to_nudge(store.summaries(), now, BERLIN)] == [early.id]
    mark_nudged(store, [early.id], now)
    assert objections_to_nudge(store.summaries(), now, BERLIN) == []
    later = utc(2025, 6, 13, 9, 0)
    assert [s.id for s in objections_to_nudge(store.summaries(), later, BERLIN)] == [late.id]


def test_mark_overdue_after_one_month(store):
    record = waiting(store, "2025-06-01T08:00:00+00:00")
    assert mark_overdue(store, utc(2025, 7, 1, 7, 59), BERLIN) == []
    assert mark_overdue(store, utc(2025, 7, 1, 8, 0), BERLIN) == [record.id]
    fresh = ObjectionStore(store.path)
    fresh.load()
    assert fresh.summary(record.id).status == Status.OVERDUE
    assert fresh.get(record.id).history[-1].status == "overdue"
    assert mark_overdue(store, utc(2025, 8, 1), BERLIN) == []  # only once


def test_ics_has_two_reminders_parsed_back(store):
    record = waiting(store, "2025-03-27T09:00:00+00:00")  # 10:00 in Berlin
    data = reminder_ics(record, BERLIN, now=utc(2025, 3, 27, 9, 5))
    cal = icalendar.Calendar.from_ical(data)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 2
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts == [utc(2025, 4, 3, 8, 0), utc(2025, 4, 27, 8, 0)]
    assert all(e.decoded("dtstart").astimezone(BERLIN).hour == 10 for e in events)
    uids = {str(e["uid"]) for e in events}
    assert uids == {f"{record.id}-nudge@optout-assistant", f"{record.id}-deadline@optout-assistant"}
    for event in events:
        alarms = [c for c in event.walk() if c.name == "VALARM"]
        assert len(alarms) == 1 and str(alarms[0]["action"]) == "DISPLAY"
        assert "Facebook" in str(event["summary"])
    assert cal["version"] == "2.0"


def _events_by_kind(data):
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]).split("@")[0].rsplit("-", 1)[1]: e for e in cal.walk("VEVENT")}


@pytest.mark.parametrize("country", ["CH", "BR"])
def test_ics_without_a_legal_deadline_never_calls_it_one(store, country):
    """Swiss and Brazilian law set Meta no time to answer: the second reminder is a plain
    "look at it" after the practical wait, with no word about a month Meta "had"."""
    record = waiting(store, "2025-03-27T09:00:00+00:00", country=country)
    events = _events_by_kind(reminder_ics(record, BERLIN, now=utc(2025, 3, 27, 9, 5)))
    assert set(events) == {"nudge", "check"}
    check = events["check"]
    assert check.decoded("dtstart") == utc(2025, 4, 27, 8, 0)  # one month, local 10:00
    text = f"{check['summary']} {check['description']}".lower()
    assert "no fixed time" in text
    for claim in ("deadline", "had one month", "month to answer", "up ("):
        assert claim not in text


def test_ics_without_a_right_to_object_has_only_the_week_reminder(store):
    record = waiting(store, "2025-03-27T09:00:00+00:00", country="US")
    assert set(_events_by_kind(reminder_ics(record, BERLIN))) == {"nudge"}


def test_ics_deadline_words_match_the_law_data():
    """The deadline text says "one month" and "two months longer": true only while every
    law with a deadline in resources/jurisdictions.toml says exactly that."""
    from optout_gui.core.ics import CALENDAR_TEXTS
    from optout_gui.core.jurisdictions import load_legal_data

    with_deadline = [j for j in load_legal_data().jurisdictions.values() if j.has_deadline]
    assert with_deadline  # GDPR and UK GDPR
    for law in with_deadline:
        assert (law.deadline_months, law.extension_months) == (1, 2), law.id
    assert "one month" in CALENDAR_TEXTS["deadline_description"]
    assert "two months longer" in CALENDAR_TEXTS["deadline_description"]


def test_ics_refuses_unsent_objection(store):
    record = store.new()
    with pytest.raises(ValueError):
        reminder_ics(record, BERLIN)


def test_ics_sent_date_is_the_persons_day(store):
    # 22:30 UTC on 1 June is 00:30 on 2 June in Berlin: the reminder must say 2 June.
    record = waiting(store, "2025-06-01T22:30:00+00:00")
    cal = icalendar.Calendar.from_ical(reminder_ics(record, BERLIN, now=utc(2025, 6, 2)))
    deadline = next(
        e for e in cal.walk("VEVENT") if str(e["uid"]).endswith("-deadline@optout-assistant")
    )
    description = str(deadline["description"])
    assert "sent on 2025-06-02" in description
    assert "2025-06-01" not in description
    # ... and in New York the same moment is still 1 June.
    cal = icalendar.Calendar.from_ical(reminder_ics(record, NEW_YORK, now=utc(2025, 6, 2)))
    deadline = next(
        e for e in cal.walk("VEVENT") if str(e["uid"]).endswith("-deadline@optout-assistant")
    )
    assert "sent on 2025-06-01" in str(deadline["description"])


def test_ics_is_valid_for_an_independent_parser(store):
    """vobject (a second, independent iCalendar implementation) reads the file; it is a
    plain calendar, not an iTIP message: no METHOD, which would need an ORGANIZER."""
    vobject = pytest.importorskip("vobject", reason="vobject is in the test extra")
    record = waiting(store, "2025-06-01T22:30:00+00:00")
    data = reminder_ics(record, BERLIN, now=utc(2025, 6, 2))
    lines = data.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b""  # CRLF throughout
    assert all(len(line) <= 75 for line in lines)  # RFC 5545 3.1: folded at 75 octets
    assert not any(line.startswith(b"METHOD") for line in lines)
    parsed = vobject.readOne(data.decode("utf-8"), validate=True)
    events = parsed.contents["vevent"]
    assert len(events) == 2
    starts = sorted(event.dtstart.value.astimezone(dt.UTC) for event in events)
    assert starts == [utc(2025, 6, 8, 22, 30), utc(2025, 7, 1, 22, 30)]
    for event in events:
        assert event.summary.value and event.uid.value and event.dtstamp.value
        assert "method" not in parsed.contents or "organizer" in event.contents


def test_the_look_again_reminder_writes_its_day_as_the_app_does():
    """Like the objection's reminders: "On 1 Dec 2026 …" with the app's date labels (the
    person's day, not UTC's), ISO 8601 without them; the file reads back with vobject."""
    from optout_gui.core.other_ics import look_again_ics

    now = utc(2026, 11, 30, 23, 30)  # already 1 December in Berlin
    labels = {"date_pattern": "{day} {month} {year}", "month:11": "Nov", "month:12": "Dec"}
    data = look_again_ics("linkedin", "LinkedIn", BERLIN, now, texts=labels)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(event["description"]).startswith("On 1 Dec 2026 you recorded")
    assert "2026-12-01" not in str(event["description"])
    assert event.decoded("dtstart") == dt.datetime(2027, 3, 1, 10, tzinfo=BERLIN)
    plain = icalendar.Calendar.from_ical(look_again_ics("linkedin", "LinkedIn", BERLIN, now))
    assert str(plain.walk("VEVENT")[0]["description"]).startswith("On 2026-12-01 you recorded")
    vobject = pytest.importorskip("vobject", reason="vobject is in the test extra")
    parsed = vobject.readOne(data.decode("utf-8"), validate=True)
    assert parsed.contents["vevent"][0].valarm.action.value == "DISPLAY"
