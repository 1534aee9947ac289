"""Issue #27 item 4: "Meta asked for more time" (GDPR / UK GDPR Art. 12(3)), recorded with
the day of Meta's email, moves the deadline; nothing is called overdue before it. Per
jurisdiction, from resources/jurisdictions.toml."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import icalendar
import pytest

import optout_gui.core.ics
import optout_gui.core.proof
import optout_gui.core.reminders
from optout_gui.core.dates import add_months
from optout_gui.core.ics import reminder_ics
from optout_gui.core.jurisdictions import jurisdiction_for, load_legal_data
from optout_gui.core.proof import proof_json, proof_text
from optout_gui.core.record import HistoryEntry, ObjectionRecord
from optout_gui.core.reminders import (
    ExtensionRefused,
    extension_applies,
    mark_overdue,
    record_deadline,
    record_extension,
)
from optout_gui.core.status import Status
from tests.helpers import send_objection

BERLIN = ZoneInfo("Europe/Berlin")
SENT = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
# The app's date labels (ui/common/dates.date_labels) for English, without Qt.
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DATE_LABELS = {"date_pattern": "{day} {month} {year}"} | {
    f"month:{n}": name for n, name in enumerate(MONTHS, 1)
}


def countries_with_a_deadline() -> list[str]:
    """One country per jurisdiction whose law gives Meta a deadline (and an extension)."""
    data = load_legal_data()
    found = {}
    for country in data.countries():
        law = data.jurisdiction_for(country)
        if law.has_deadline and law.id not in found:
            found[law.id] = country
    return sorted(found.values())


def countries_without_an_extension() -> list[str]:
    data = load_legal_data()
    found = {}
    for country in data.countries():
        law = data.jurisdiction_for(country)
        if law.months_until_next_step and not law.extension_months and law.id not in found:
            found[law.id] = country
    return sorted(found.values())


def test_the_data_gives_gdpr_and_uk_gdpr_an_extension_and_no_one_else():
    assert {jurisdiction_for(c).id for c in countries_with_a_deadline()} == {"gdpr", "uk_gdpr"}
    for country in countries_with_a_deadline():
        law = jurisdiction_for(country)
        assert law.extension_months == 2 and law.deadline_months == 1
        assert any("12(3)" in article for article in law.deadline_articles)
        assert law.sources  # every fact names where it comes from
    assert {jurisdiction_for(c).id for c in countries_without_an_extension()} == {"fadp", "lgpd"}


def sent_in(store, country: str):
    return send_objection(store, country=country, finished_at=SENT.isoformat())


@pytest.mark.parametrize("country", countries_with_a_deadline())
def test_a_recorded_extension_moves_the_deadline_and_nothing_is_overdue_before(store, country):
    record = sent_in(store, country)
    law = jurisdiction_for(country)
    first = add_months(SENT.astimezone(BERLIN), law.deadline_months)
    extended = add_months(SENT.astimezone(BERLIN), law.deadline_months + law.extension_months)
    assert record_deadline(record, BERLIN) == first
    email_on = dt.date(2025, 6, 20)  # within the first month
    assert record_extension(store, record.id, email_on, SENT + 20 * DAY, BERLIN)
    record = store.get(record.id)
    assert record.extension_email_on == "2025-06-20"
    assert record_deadline(record, BERLIN) == extended
    # No "overdue" at any day before the extended deadline ...
    day = first - DAY
    while day < extended:
        assert mark_overdue(store, day, BERLIN) == [], day
        day += 7 * DAY
    assert mark_overdue(store, extended - dt.timedelta(minutes=1), BERLIN) == []
    assert store.get(record.id).status == Status.WAITING
    # ... and at it, overdue.
    assert mark_overdue(store, extended, BERLIN) == [record.id]
    # The reminders and the proof follow it.
    calendar = icalendar.Calendar.from_ical(reminder_ics(store.get(record.id), BERLIN))
    starts = sorted(event.decoded("dtstart") for event in calendar.walk("VEVENT"))
    assert starts[-1] == extended
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert any("extra time" in summary for summary in summaries)
    text = proof_text([store.get(record.id)], BERLIN)
    assert "Meta asked for more time to answer, in its email of 2025-06-20" in text
    assert "longer: Meta asked for more time" in text
    # With the app's date labels, the day of Meta's email is written like every other day,
    # in the facts, the history and the calendar alike: never "2025-06-20" beside "1 Jun".
    shown = proof_text([store.get(record.id)], BERLIN, labels=DATE_LABELS)
    assert "Meta asked for more time to answer, in its email of 20 Jun 2025" in shown
    assert "longer: Meta asked for more time in its email of 20 Jun 2025)" in shown
    assert "2025-06-20" not in shown
    calendar = icalendar.Calendar.from_ical(
        reminder_ics(store.get(record.id), BERLIN, texts=DATE_LABELS)
    )
    described = " ".join(str(event["description"]) for event in calendar.walk("VEVENT"))
    assert "In its email of 20 Jun 2025 Meta said" in described
    assert "2025-06-20" not in described
    history = json.loads(proof_json([store.get(record.id)], BERLIN))["objections"][0]["history"]
    extension = [entry for entry in history if entry["event"] == "extension"]
    assert [entry["email_on"] for entry in extension] == ["2025-06-20"]


@pytest.mark.parametrize("country", countries_with_a_deadline())
def test_an_objection_marked_overdue_waits_again_when_meta_had_asked_in_time(store, country):
    record = sent_in(store, country)
    law = jurisdiction_for(country)
    first = add_months(SENT.astimezone(BERLIN), law.deadline_months)
    assert mark_overdue(store, first + DAY, BERLIN) == [record.id]
    record_extension(store, record.id, dt.date(2025, 6, 25), first + 2 * DAY, BERLIN)
    assert store.get(record.id).status == Status.WAITING
    assert mark_overdue(store, first + 10 * DAY, BERLIN) == []


@pytest.mark.parametrize("country", countries_with_a_deadline())
def test_an_email_after_the_first_period_moves_nothing(store, country):
    record = sent_in(store, country)
    with pytest.raises(ExtensionRefused) as refused:
        record_extension(store, record.id, dt.date(2025, 7, 5), SENT + 40 * DAY, BERLIN)
    assert refused.value.kind == "too_late"
    with pytest.raises(ExtensionRefused) as refused:
        record_extension(store, record.id, dt.date(2025, 5, 30), SENT + 4 * DAY, BERLIN)
    assert refused.value.kind == "before_sending"
    assert store.get(record.id).extension_email_on is None


@pytest.mark.parametrize("country", countries_without_an_extension())
def test_where_the_law_has_no_extension_none_is_recorded(store, country):
    record = sent_in(store, country)
    with pytest.raises(ExtensionRefused) as refused:
        record_extension(store, record.id, dt.date(2025, 6, 10), SENT + 10 * DAY, BERLIN)
    assert refused.value.kind == "no_such_rule"


def test_the_history_dialog_records_the_extension(qtbot, store):
    from PySide6.QtCore import QDate

    from optout_gui.ui.tracker.history import HistoryDialog

    # Sent two days ago: today's email lies after sending in Berlin too, whatever the hour
    # (sent "now" failed between 23:00 and 24:00 UTC, when Berlin is already on the next day).
    sent = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    record = send_objection(store, country="DE", finished_at=sent.isoformat())
    dialog = HistoryDialog(store, record.id, zone=BERLIN)
    qtbot.addWidget(dialog)
    box = dialog.extension_box
    assert not box.isHidden() and box.panel.isHidden()  # one button until it's needed
    box.toggle.click()
    assert not box.panel.isHidden() and box.save_button.isEnabled()
    box.email_date.setDate(QDate.currentDate())
    box.save_button.click()
    assert store.get(record.id).extension_email_on == dt.date.today().isoformat()
    assert "Saved" in box.status.text()
    assert box.toggle.isHidden() and box.panel.isHidden()
    assert "Recorded: Meta asked for more time" in box.recorded_line.text()
    swiss = send_objection(store, country="CH")
    other = HistoryDialog(store, swiss.id, zone=BERLIN)
    qtbot.addWidget(other)
    assert other.extension_box.isHidden()


def test_the_json_export_with_sent_time_and_extension_follows_its_schema(store):
    from pathlib import Path

    import jsonschema

    record = sent_in(store, "DE")
    record.answers.sent_at = "2025-06-01T07:58:00+00:00"
    store.touch(record)
    record_extension(store, record.id, dt.date(2025, 6, 20), SENT + 20 * DAY, BERLIN)
    schema_path = Path(__file__).parents[1] / "docs" / "proof.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    document = json.loads(proof_json([store.get(record.id)], BERLIN))
    validator = jsonschema.Draft202012Validator(schema)
    assert [error.message for error in validator.iter_errors(document)] == []
    exported = document["objections"][0]
    assert exported["answers"]["sent_at"] == "2025-06-01T07:58:00+00:00"
    broken = json.loads(json.dumps(document))
    broken["objections"][0]["history"][-1]["email_on"] = "20 June"
    assert list(validator.iter_errors(broken))


def extended_in(store, country: str):
    """An objection sent in ``country``, Meta's request for more time recorded."""
    record = sent_in(store, country)
    record_extension(store, record.id, dt.date(2025, 6, 20), SENT + 20 * DAY, BERLIN)
    return store.get(record.id)


@pytest.mark.parametrize("country", countries_without_an_extension())
def test_an_extension_recorded_before_the_country_changed_gives_no_longer_time(store, country):
    record = extended_in(store, "DE")
    record.answers.country = country  # corrected after recording: that law has no extension
    law = jurisdiction_for(country)
    assert not extension_applies(record, law)
    assert record_deadline(record, BERLIN) == add_months(
        SENT.astimezone(BERLIN), law.months_until_next_step
    )
    text = proof_text([record], BERLIN)
    assert "longer: Meta asked for more time" not in text
    events = icalendar.Calendar.from_ical(reminder_ics(record, BERLIN)).walk("VEVENT")
    assert not any("extra time" in str(event["summary"]) for event in events)


def test_the_proof_and_calendar_claim_longer_time_only_where_the_law_gives_it(store, monkeypatch):
    """A law with a deadline but no extension: the proof's deadline is the first one and
    says nothing of more time (it said "longer" whenever an extension was recorded)."""
    record = extended_in(store, "DE")
    strict = jurisdiction_for("DE")._replace(extension_months=0)
    for module in (optout_gui.core.proof, optout_gui.core.reminders, optout_gui.core.ics):
        monkeypatch.setattr(module, "jurisdiction_for", lambda country: strict)
    assert not extension_applies(record, strict)
    text = proof_text([record], BERLIN)
    first = add_months(SENT.astimezone(BERLIN), strict.deadline_months)
    assert f"Meta's time to answer ends: {first:%Y-%m-%d %H:%M:%S} CEST (UTC+02:00)" in text
    assert "longer: Meta asked for more time" not in text
    events = icalendar.Calendar.from_ical(reminder_ics(record, BERLIN)).walk("VEVENT")
    assert sorted(event.decoded("dtstart") for event in events)[-1] == first
    assert not any("extra time" in str(event["summary"]) for event in events)


@pytest.mark.parametrize("stored", ["2025-02-30", "20 June", 20250620, ["2025-06-20"]])
def test_a_day_of_metas_email_edited_by_hand_is_shown_as_stored(store, stored):
    """A file edited by hand may hold anything there: the proof and the calendar show it
    as it is stored instead of failing (a day that does not exist raised ValueError, a
    number TypeError)."""
    record = sent_in(store, "DE")
    record.history.append(
        HistoryEntry(
            at=(SENT + 20 * DAY).isoformat(), event="extension", extra={"email_on": stored}
        )
    )
    record.history.append(
        HistoryEntry(at=(SENT + 21 * DAY).isoformat(), event="form_link", note="on 2025-02-30")
    )
    record = ObjectionRecord.from_json(json.loads(json.dumps(record.to_json())))  # read back
    for labels in (None, DATE_LABELS):
        text = proof_text([record], BERLIN, labels=labels)
        assert f"Meta asked for more time to answer, in its email of {stored}" in text
        assert f"longer: Meta asked for more time in its email of {stored})" in text
        assert "on 2025-02-30" in text  # a note's day that does not exist, as written
        ics = reminder_ics(record, BERLIN, texts=labels)
        events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
        described = " ".join(str(event["description"]) for event in events)
        assert f"In its email of {stored} Meta said" in described
