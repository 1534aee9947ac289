import datetime as dt
import json
from zoneinfo import ZoneInfo

from optout_gui.core.progress import Progress, from_iso
from optout_gui.core.proof import format_time, proof_json, proof_text
from optout_gui.core.record import HistoryEntry, MetaAnswer, ObjectionRecord
from optout_gui.core.status import Status

BERLIN = ZoneInfo("Europe/Berlin")


def sample():
    return ObjectionRecord(
        id="r1",
        created_at="2025-06-01T08:00:00+00:00",
        label="Sam's account",
        answers=Progress(account="facebook", country="DE", email="sam@example.org"),
        status=Status.HONOURED,
        history=[
            HistoryEntry("2025-06-01T08:00:00+00:00", "created", "draft"),
            HistoryEntry(
                "2025-06-01T08:01:00+00:00",
                "status",
                "form_opened",
                form_url="https://www.facebook.com/help/contact/712876720715583",
            ),
            HistoryEntry("2025-06-01T08:02:00+00:00", "reason_copied", text="Line one.\nLine two."),
            HistoryEntry("2025-06-01T08:05:00+00:00", "status", "waiting"),
            HistoryEntry("2025-06-02T09:00:00+00:00", "status", "honoured"),
        ],
        answer=MetaAnswer(
            "honoured", "2025-06-02", "2025-06-02T09:00:00+00:00", "We'll honour it."
        ),
    )


def test_format_time_names_zone_and_offset():
    summer = format_time("2025-06-01T08:01:00+00:00", BERLIN)
    winter = format_time("2025-01-01T08:01:00+00:00", BERLIN)
    assert summer == "2025-06-01 10:01:00 CEST (UTC+02:00)"
    assert winter == "2025-01-01 09:01:00 CET (UTC+01:00)"


def test_proof_text_has_every_fact():
    text = proof_text([sample()], BERLIN, now=dt.datetime(2025, 6, 3, tzinfo=dt.UTC))
    for expected in (
        "Facebook",
        "Sam's account",
        "sam@example.org",
        "https://www.facebook.com/help/contact/712876720715583",
        "  Line one.\n  Line two.",
        "2025-06-01 10:05:00 CEST (UTC+02:00)",
        "Europe/Berlin",
        "honoured by Meta on 2025-06-02",
        "We'll honour it.",
        "Country of residence: Germany (DE)",  # the name, not only the code
        "Dates of each step:\n  2025-06-01 10:00:00 CEST (UTC+02:00)  objection started",
    ):
        assert expected in text, expected


def test_proof_json_round_trips():
    document = json.loads(proof_json([sample()], BERLIN))
    assert document["time_zone"] == "Europe/Berlin"
    again = ObjectionRecord.from_json(document["objections"][0])
    assert again == sample()


def test_translatable_wording_covers_every_key(qapp):
    from optout_gui.core.proof import wording
    from optout_gui.ui.tracker.proof_wording import proof_labels

    labels = proof_labels()
    dates = {"date_pattern"} | {f"month:{month}" for month in range(1, 13)}
    assert set(labels) == set(wording()) | dates  # and the app's way of writing dates
    english = wording()
    for key, text in labels.items():  # untranslated, they equal the core's English
        if key not in dates:
            assert text == english[key], key


def test_exports_write_dates_as_the_app_shows_them(qapp):
    """One form per language in every view and export: "6 Dec 2026", never "12/6/2026"."""
    from PySide6.QtCore import QLocale

    from optout_gui.core.dates import day_text
    from optout_gui.core.proof import format_time, zone_name
    from optout_gui.ui.common.dates import date_labels, date_text

    day = dt.date(2026, 12, 6)
    for name, shown in (
        ("en_US", "6 Dec 2026"), ("en_GB", "6 Dec 2026"), ("de_DE", "6. Dez. 2026"),
        ("fr_FR", "6 déc. 2026"), ("pl_PL", "6 gru 2026"), ("pt_BR", "6 de dez. de 2026"),
    ):  # fmt: skip
        locale = QLocale(name)
        assert date_text(day, locale) == shown, name
        assert day_text(day, date_labels(locale)) == shown, name
    labels = date_labels(QLocale("en_US"))
    assert format_time("2026-12-06T18:22:09+00:00", BERLIN, labels) == (
        "6 Dec 2026 19:22:09 CET (UTC+01:00)"
    )
    assert format_time("2026-12-06T18:22:09+00:00", BERLIN) == (
        "2026-12-06 19:22:09 CET (UTC+01:00)"  # ISO 8601 without the app's labels
    )
    # The calendar file's reminders write the day the objection went out the same way.
    import icalendar

    from optout_gui.core.ics import reminder_ics

    record = sample()
    calendar = icalendar.Calendar.from_ical(reminder_ics(record, BERLIN, texts=labels))
    sent = from_iso(record.sent_at).astimezone(BERLIN).date()
    texts = "".join(str(e["description"]) for e in calendar.walk("VEVENT"))
    assert date_text(sent, QLocale("en_US")) in texts and sent.isoformat() not in texts
    # A zone read from /etc/localtime has no name: the header gives its offset instead.
    with open("/usr/share/zoneinfo/Europe/Berlin", "rb") as handle:
        nameless = ZoneInfo.from_file(handle, key="localtime")
    winter = dt.datetime(2026, 12, 6, tzinfo=dt.UTC)
    assert zone_name(nameless, winter) == "CET, UTC+01:00"
    assert zone_name(BERLIN, winter) == "Europe/Berlin"


def test_translatable_calendar_texts_cover_every_key(qapp):
    from optout_gui.core.ics import CALENDAR_TEXTS
    from optout_gui.ui.tracker.proof_wording import calendar_texts

    texts = calendar_texts()
    dates = {"date_pattern"} | {f"month:{month}" for month in range(1, 13)}
    assert set(texts) == set(CALENDAR_TEXTS) | dates  # days as the app writes them
    for key, text in texts.items():  # untranslated, they equal the core's English
        if key not in dates:
            assert " ".join(text.split()) == " ".join(CALENDAR_TEXTS[key].split()), key


def test_calendar_and_proof_use_the_given_language():
    import icalendar

    from optout_gui.core.ics import CALENDAR_TEXTS, reminder_ics
    from optout_gui.core.proof import wording

    german = {key: f"DE:{text}" for key, text in CALENDAR_TEXTS.items()}
    calendar = icalendar.Calendar.from_ical(reminder_ics(sample(), BERLIN, texts=german))
    summaries = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert summaries and all(s.startswith("DE:") for s in summaries)
    assert "{" not in "".join(str(e["description"]) for e in calendar.walk("VEVENT"))

    labels = {key: f"DE:{text}" for key, text in wording().items()}
    text = proof_text([sample()], BERLIN, labels=labels)
    assert "DE:History" in text and "DE:status: DE:" in text


def test_json_export_describes_itself_and_validates_against_its_schema():
    from pathlib import Path

    import jsonschema

    from optout_gui.core.proof import DOCUMENT_TYPE, PROOF_VERSION
    from tests.proof_samples import three_objections

    schema = json.loads(
        (Path(__file__).parents[1] / "docs" / "proof.schema.json").read_text(encoding="utf-8")
    )
    validator = jsonschema.Draft202012Validator(schema, format_checker=None)
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(proof_json(three_objections(), BERLIN, language="pt_BR"))
    assert document["document_type"] == DOCUMENT_TYPE
    assert document["version"] == PROOF_VERSION
    assert document["language"] == "pt_BR"
    assert [e.message for e in validator.iter_errors(document)] == []
    refused = document["objections"][1]
    assert refused["answer"]["outcome"] == "refused" and refused["answer"]["email_text"]
    # ... and the schema does reject what isn't such a document.
    for broken in (
        {**document, "document_type": "something else"},
        {**document, "version": 1},
        {key: value for key, value in document.items() if key != "objections"},
        {**document, "objections": [{**refused, "status": "maybe"}]},
        {**document, "objections": [{**refused, "created_at": "yesterday"}]},
    ):
        assert list(validator.iter_errors(broken)), broken


def test_a_hand_edited_history_field_of_the_wrong_type_is_kept_and_never_shown():
    """A history entry's note, text, status or link that is not a text ("note": 5 in a
    hand-edited file) neither stops the proof nor is shown; saving writes it back as it was."""
    data = sample().to_json()
    data["history"].append(
        {"at": "2025-06-02T10:00:00+00:00", "event": "note", "note": 5, "status": ["x"]}
    )
    record = ObjectionRecord.from_json(data)
    text = proof_text([record], BERLIN, now=dt.datetime(2025, 6, 3, tzinfo=dt.UTC))
    assert "2025-06-02 12:00:00" in text  # the entry is listed, by its time
    assert json.loads(proof_json([record], BERLIN))["objections"]
    assert record.to_json()["history"][-1] == data["history"][-1]
