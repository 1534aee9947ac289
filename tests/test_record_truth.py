"""Issue #27, the record: "sent" is its own event with its own time, the code a separate
fact, old files keep their meaning, typed times keep the order, every view in time order."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTableWidget

from optout_gui.core.progress import from_iso, to_iso
from optout_gui.core.proof import proof_json, proof_text
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common import i18n
from optout_gui.ui.tracker.objection_table import ObjectionTableModel
from optout_gui.ui.tracker.proof_wording import proof_labels
from optout_gui.ui.tracker.record_view import RecordView
from optout_gui.ui.wizard.window import PageId
from tests.helpers import go_to

FIXTURES = Path(__file__).parent / "fixtures"
NO_CODE_FIXTURE = FIXTURES / "objections_format1_no_code.json"
MIN = dt.timedelta(minutes=1)
LANGUAGES = ("en", "de", "es", "fr", "it", "nl", "pl", "pt_BR")


def walk_no(wizard, clocks) -> ObjectionRecord:
    """A walk answering "sent just now" and "No, Meta sent no code", then Finish."""
    wizard.session.update(account="facebook", country="PL", email="ola@example.pl")
    go_to(wizard, PageId.OPEN_FORM)
    clocks.advance(2 * MIN)
    wizard.session.update(form_opened_at=to_iso(clocks.wall()))
    go_to(wizard, PageId.CODE)
    clocks.advance(3 * MIN)
    page = wizard.currentPage()
    page.sent_now.click()
    page.code_no.click()
    go_to(wizard, PageId.CONFIRMATION)
    clocks.advance(MIN)
    wizard.accept()
    return wizard.session.record


def status_word(key: str, labels: dict) -> str:
    return labels[f"status:{key}"]


def test_a_no_walk_records_sent_and_no_code_confirmed_in_any_language(
    wizard, clocks, store, app_language_restored
):
    sent = clocks.wall() + 5 * MIN
    record = walk_no(wizard, clocks)
    assert record.answers.sent_at == to_iso(sent)
    assert record.status_reached_at(Status.SUBMITTED) == to_iso(sent)
    assert record.status_reached_at(Status.CODE_CONFIRMED) is None
    assert "code_confirmed" not in json.dumps(record.to_json())
    document = json.loads(proof_json([record], dt.UTC))
    assert document["objections"][0]["answers"]["sent_at"] == to_iso(sent)
    for language in LANGUAGES:
        i18n.install_language(QApplication.instance(), language)
        labels = proof_labels()
        confirmed = status_word("code_confirmed", labels)
        text = proof_text([record], dt.UTC, labels=labels, language=language)
        assert confirmed not in text, language
        assert status_word("submitted", labels) in text, language  # the "sent" step
        assert labels["code:not_asked"] in text, language
        view = RecordView()
        view.show_record(record, dt.UTC, labels, language)
        table = view.findChild(QTableWidget, "timeline")
        shown = [table.item(row, 1).text() for row in range(table.rowCount())]
        assert not any(confirmed in event for event in shown), language
        assert any(labels["event:code_not_asked"] in event for event in shown), language
        model = ObjectionTableModel(store, clock=clocks.wall)
        cell = model.data(model.index(model.store.row_of(record.id), 2))
        model.detach()
        assert cell not in {"Code confirmed", "Sent, code entered"}
        view.deleteLater()


def test_sent_no_code_is_named_so_before_finishing(wizard, clocks, store):
    go_to(wizard, PageId.CODE)
    page = wizard.currentPage()
    page.sent_now.click()
    page.code_no.click()
    model = ObjectionTableModel(store, clock=clocks.wall)
    assert model.data(model.index(0, 2)) == "Sent, no code asked"
    model.detach()


def opened_old(tmp_path) -> ObjectionStore:
    path = tmp_path / "objections.json"
    shutil.copyfile(NO_CODE_FIXTURE, path)
    store = ObjectionStore(path)
    assert store.load() is None
    return store


def test_old_no_code_files_open_with_the_same_meaning(tmp_path):
    """Earlier versions stored "code confirmed" for "No, Meta sent no code": it meant
    "sent, no code asked", and that is what the file says now."""
    store = opened_old(tmp_path)
    left_on_review, finished, code_then_no = store.summaries()
    assert left_on_review.status is Status.SUBMITTED  # the overview's row, from the index
    assert finished.status is Status.WAITING
    assert code_then_no.status is Status.SUBMITTED
    for record in store.records():
        statuses = [entry.status for entry in record.history]
        assert Status.CODE_CONFIRMED.value not in statuses
    first = store.get(left_on_review.id)
    assert first.status_reached_at(Status.SUBMITTED) == "2026-11-20T09:07:00+00:00"
    text = proof_text([first], dt.UTC)
    assert "sent, no code asked" in text and "code confirmed" not in text
    assert "Meta asked for no code" in text
    # "sent" once, even where a code had come before "No" was chosen
    third = store.get(code_then_no.id)
    sent = [e for e in third.history if e.status == Status.SUBMITTED.value]
    assert [e.at for e in sent] == ["2026-11-20T09:45:00+00:00"]
    # saved and opened again: the same
    assert store.save()
    again = ObjectionStore(store.path)
    again.load()
    assert [s.status for s in again.summaries()] == [
        Status.SUBMITTED,
        Status.WAITING,
        Status.SUBMITTED,
    ]


def test_an_arrival_time_before_sending_is_refused_next_to_its_field(wizard, clocks):
    go_to(wizard, PageId.CODE)
    page = wizard.currentPage()
    page.sent_now.click()
    sent = from_iso(wizard.session.progress.sent_at)
    clocks.advance(2 * MIN)
    page.arrival_edit.setText("10")  # ten minutes ago: before the form was sent
    page.code_yes.click()
    assert not page.code_yes.isChecked()
    assert wizard.code_timer.state() == "idle"
    assert page.arrival_error.isVisibleTo(page)
    assert "before you sent the form" in page.arrival_error.text()
    assert page.arrival_error.parent() is page.arrival_edit.parent()  # next to its field
    assert wizard.focusWidget() is page.arrival_edit
    page.arrival_edit.setText("1")  # one minute ago: after sending
    page.code_yes.click()
    attempt = wizard.session.progress.code_attempts[-1]
    assert from_iso(attempt["received_at"]) == sent + MIN


def test_a_sending_time_before_a_recorded_step_is_refused_next_to_its_field(wizard, clocks):
    wizard.session.update(account="facebook", country="DE", email="a@example.org")
    go_to(wizard, PageId.OPEN_FORM)
    clocks.advance(30 * MIN)
    wizard.session.update(form_opened_at=to_iso(clocks.wall()))
    go_to(wizard, PageId.CODE)
    clocks.advance(5 * MIN)
    page = wizard.currentPage()
    page.sent_earlier.click()
    page.sent_edit.setText("20")  # 20 minutes ago: before the form was opened
    page.sent_edit.editingFinished.emit()
    assert wizard.session.progress.sent_at is None
    assert page.sent_error.isVisibleTo(page)
    assert "earlier than a step already recorded" in page.sent_error.text()
    assert not page.question.isEnabled()
    page.sent_edit.setText("3")
    page.sent_edit.editingFinished.emit()
    assert from_iso(wizard.session.progress.sent_at) == clocks.wall() - 3 * MIN
    assert not page.sent_error.isVisibleTo(page)
    assert page.question.isEnabled()


def test_every_view_and_export_lists_events_in_time_order(tmp_path):
    """The first fixture's record has Meta's answer recorded before the finish it follows
    in the file; every view lists them by time."""
    store = ObjectionStore(tmp_path / "objections.json")
    shutil.copyfile(FIXTURES / "objections_format1.json", store.path)
    store.load()
    record = store.get(store.ids()[0])
    times = [from_iso(entry.at) for entry in record.history]
    assert times != sorted(times)  # the file's order is not the time order
    document = json.loads(proof_json([record], dt.UTC))
    exported = [from_iso(e["at"]) for e in document["objections"][0]["history"]]
    assert exported == sorted(exported) and len(exported) == len(times)
    text = proof_text([record], dt.UTC)
    block = text.split("History:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    stamps = [line.strip()[:19] for line in block]
    assert stamps == sorted(stamps) and len(stamps) == len(record.timeline())
    steps = text.split("Dates of each step:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    step_stamps = [line.strip()[:19] for line in steps]
    assert step_stamps == sorted(step_stamps)
    view = RecordView()
    view.show_record(record, dt.UTC, proof_labels(), "en")
    table = view.findChild(QTableWidget, "timeline")
    shown = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert len(shown) == len(record.timeline()) == len(times) + 1  # the code's arrival too
    view.deleteLater()


def test_export_names_and_calendar_titles_never_hold_the_email(store, clocks):
    """Issue #27 item 3: names from the account, the day and the label; never the email."""
    from optout_gui.core.ics import reminder_calendar
    from optout_gui.core.proof import file_stem
    from tests.helpers import send_objection

    record = send_objection(store, email="anna.schmidt@example.org")
    assert file_stem(record, "objection", dt.UTC) == "objection-facebook-2025-05-01"
    calendar = reminder_calendar(record, dt.UTC)
    titles = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert titles and all("anna" not in title and "@" not in title for title in titles)
    assert all("(Facebook)" in title for title in titles)
    record.label = "Zoë's Instagram"
    assert file_stem(record, "reminders", dt.UTC) == "reminders-facebook-2025-05-01-Zoë-s-Instagram"
    titles = [str(event["summary"]) for event in reminder_calendar(record, dt.UTC).walk("VEVENT")]
    assert all("Facebook, Zoë's Instagram" in title for title in titles)


def test_a_corrected_time_of_sending_is_the_one_every_view_shows(wizard, clocks):
    wizard.session.update(account="facebook", country="DE", email="a@example.org")
    go_to(wizard, PageId.CODE)
    clocks.advance(20 * MIN)
    page = wizard.currentPage()
    page.sent_now.click()  # "just now" ... then the person remembers: 12 minutes ago
    page.sent_edit.setText("12")
    page.sent_earlier.click()
    sent = to_iso(clocks.wall() - 12 * MIN)
    record = wizard.session.record
    assert record.answers.sent_at == sent
    assert record.status_reached_at(Status.SUBMITTED) == sent
    assert [e.at for e in record.history if e.status == Status.SUBMITTED.value] == [sent]


def test_the_history_of_a_sent_objection_never_says_it_isnt_sent(qtbot, wizard, store):
    from optout_gui.ui.tracker.history import HistoryDialog

    go_to(wizard, PageId.CODE)
    page = wizard.currentPage()
    page.sent_now.click()
    page.code_no.click()
    dialog = HistoryDialog(store, wizard.session.record_id, zone=dt.UTC)
    qtbot.addWidget(dialog)
    hint = dialog.next_hint.text()
    assert hint.startswith("Sent, no code asked.") and "isn't sent" not in hint


def test_a_no_code_progress_file_of_the_first_versions_becomes_sent_no_code(tmp_path):
    """The single progress.json of the first versions: "No code" meant sent, no code."""
    from optout_gui.core.progress import Progress
    from optout_gui.core.storage.migration import migrate_progress_file
    from tests.helpers import write_progress_file

    old = tmp_path / "progress.json"
    write_progress_file(
        old,
        Progress(
            account="facebook",
            country="DE",
            email="a@example.org",
            form_opened_at="2025-05-30T08:00:00+00:00",
            code_skipped=True,
            finished_at="2025-05-30T08:10:00+00:00",
            page="confirmation",
        ),
    )
    store = ObjectionStore.in_folder(tmp_path)
    store.load()
    record = migrate_progress_file(store, old)
    statuses = [(e.status, e.at) for e in record.history if e.event == "status"]
    assert statuses == [
        ("form_opened", "2025-05-30T08:00:00+00:00"),
        ("submitted", "2025-05-30T08:10:00+00:00"),
        ("waiting", "2025-05-30T08:10:00+00:00"),
    ]
    assert "code confirmed" not in proof_text([record], dt.UTC)


def test_a_sending_time_from_an_earlier_day_is_shown_with_its_date(qtbot, wizard, clocks):
    """Coming back the next day, the code page does not call yesterday's sending "earlier
    today": it names the day, and neither answer is ticked until the person gives one."""
    from optout_gui.ui.common.dates import date_text
    from optout_gui.ui.wizard.code_ticker import local_time_text
    from tests.helpers import reopen_wizard

    wizard.session.update(account="facebook", country="DE", email="a@example.org")
    go_to(wizard, PageId.CODE)
    page = wizard.currentPage()
    page.sent_now.click()
    sent = from_iso(wizard.session.progress.sent_at)
    clocks.advance(dt.timedelta(days=1))
    wizard = reopen_wizard(qtbot, wizard, clocks)  # the app is started again the next day
    assert wizard.currentId() == PageId.CODE
    page = wizard.currentPage()
    recorded = page.sent_group.recorded_line.text()
    assert date_text(sent.astimezone().date()) in recorded
    assert not page.sent_earlier.isChecked() and not page.sent_now.isChecked()
    assert page.sent_edit.text() == ""
    assert wizard.session.progress.sent_at == to_iso(sent)  # nothing changed by looking
    clocks.advance(MIN)
    page.sent_earlier.click()  # sent again today, at the time of day of yesterday's sending
    page.sent_edit.setText(local_time_text(sent))
    page.sent_edit.editingFinished.emit()
    assert from_iso(wizard.session.progress.sent_at) == sent + dt.timedelta(days=1)
    assert date_text(sent.astimezone().date()) not in page.sent_group.recorded_line.text()
