"""The whole app as a person meets it: overview, wizard per objection, history, proof."""

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWizard

from optout_gui.core.guide import load_guide
from optout_gui.core.progress import Progress
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.controller import AppController
from optout_gui.ui.wizard.window import PageId
from tests.helpers import click, click_next, write_progress_file

GUIDE = load_guide()


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def make_controller(qtbot, data_dir, closed=None):
    store = ObjectionStore.in_folder(data_dir)
    store.load()
    on_closed = (lambda: closed.append(True)) if closed is not None else (lambda: None)
    return AppController(GUIDE, store, zone=dt.UTC, on_all_closed=on_closed)


def finish_objection(qtbot, wizard, account: str, email: str) -> None:
    """Answer every page and press Finish, as in the walkthrough."""
    while wizard.currentId() != PageId.CONFIRMATION:
        page = wizard.currentPage()
        if wizard.currentId() == PageId.WELCOME:
            click(qtbot, page.account_buttons[account])
            page.country_combo.setCurrentIndex(page.country_combo.findData("FR"))
        elif wizard.currentId() == PageId.OPEN_FORM:
            click(qtbot, page.open_button)
        elif wizard.currentId() == PageId.FILL_FORM:
            page.email_edit.setText(email)
            page.reason_edit.setPlainText("Mes photos de famille ne sont pas pour l'IA.")
            click(qtbot, page.reason_copy)
        elif wizard.currentId() == PageId.CODE:
            click(qtbot, page.sent_now)
            click(qtbot, page.skip_box)
        click_next(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def test_first_launch_opens_the_wizard_and_an_untouched_one_leaves_nothing(qtbot, data_dir):
    closed = []
    controller = make_controller(qtbot, data_dir, closed)
    window = controller.start()
    qtbot.addWidget(window)
    assert window is controller.wizard
    assert window.currentId() == PageId.WELCOME
    assert len(controller.store) == 1
    window.reject()  # Cancel without answering anything
    assert len(controller.store) == 0
    assert closed == [True]


def test_two_accounts_resume_answer_proof_complaint_and_forget(
    qtbot, data_dir, tmp_path, monkeypatch, opened_urls
):
    controller = make_controller(qtbot, data_dir)
    wizard = controller.start()
    qtbot.addWidget(wizard)
    finish_objection(qtbot, wizard, "facebook", "fb@example.com")
    overview = controller.overview
    qtbot.addWidget(overview)
    assert overview.isVisible()
    assert overview.model.rowCount() == 1

    # A second objection, for Instagram, left half-way on the form page.
    click(qtbot, overview.new_button)
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    assert not overview.isVisible()
    while wizard.currentId() != PageId.FILL_FORM:
        if wizard.currentId() == PageId.WELCOME:
            page = wizard.currentPage()
            click(qtbot, page.account_buttons["instagram"])
            page.country_combo.setCurrentIndex(page.country_combo.findData("FR"))
        click_next(qtbot, wizard)
    wizard.currentPage().email_edit.setText("ig@example.com")
    wizard.reject()
    assert overview.isVisible()
    assert overview.model.rowCount() == 2
    rows = {s.account: s for s in controller.store.summaries()}
    assert set(rows) == {"facebook", "instagram"}
    assert rows["facebook"].status == Status.WAITING
    assert rows["instagram"].status == Status.DRAFT  # the form was not opened this time

    # Resume the Instagram one: the wizard reopens on the page where it stopped.
    overview.table.selectRow(overview.store.row_of(rows["instagram"].id))
    click(qtbot, overview.resume_button)
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    assert wizard.currentId() == PageId.FILL_FORM
    assert wizard.currentPage().email_edit.text() == "ig@example.com"
    wizard.reject()

    # Mark the Facebook one honoured and export a PDF receipt and calendar reminders.
    dialog = controller.open_history(rows["facebook"].id)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.honoured)
    dialog.email_text.setPlainText("We will honour your objection.")
    assert dialog.record_answer()
    assert controller.store.get(rows["facebook"].id).status == Status.HONOURED
    pdf = tmp_path / "receipt.pdf"
    dialog.ask_path = lambda *args: str(pdf)
    assert dialog.export("pdf") == str(pdf)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    flat = "".join(text.split())  # the extractor spreads words with tabs and stray spaces
    assert "fb@example.com" in flat
    assert GUIDE.accounts["facebook"].form_url in flat
    assert "Mesphotosdefamille" in flat
    record = controller.store.get(rows["facebook"].id)
    for entry in record.history:
        if entry.status:
            moment = dt.datetime.fromisoformat(entry.at)
            # The day as every view writes it ("6 Dec 2026"), then the time.
            month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[moment.month - 1]
            assert f"{moment.day}{month}{moment:%Y%H:%M}" in flat
    assert "UTC" in flat
    ics = tmp_path / "reminders.ics"
    dialog.ask_path = lambda *args: str(ics)
    assert dialog.export("ics") == str(ics)
    assert ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 2

    # The Instagram one is refused: a complaint text and the French authority's link.
    controller.store.change_status(rows["instagram"].id, Status.WAITING)
    controller.store.record_answer(rows["instagram"].id, Status.REFUSED, dt.date.today(), "")
    complaint = controller.open_complaint(rows["instagram"].id)
    qtbot.addWidget(complaint)
    assert "ig@example.com" in complaint.text.toPlainText()
    assert "cnil.fr" in complaint.authority_link.text()
    assert complaint.open_authority()
    assert opened_urls[-1].startswith("https://www.cnil.fr/")

    # Forget everything: nothing of theirs stays in the data folder.
    assert controller.store.forget_everything()
    overview.forget_all_requested.emit()
    leftovers = [p.name for p in data_dir.iterdir()]
    for name in leftovers:
        content = (data_dir / name).read_bytes() if (data_dir / name).is_file() else b""
        assert b"example.com" not in content and b"photos" not in content, name
    assert controller.wizard is not None  # back to a fresh start
    controller.wizard.reject()


def test_old_progress_file_becomes_the_first_objection(qtbot, data_dir):
    write_progress_file(
        data_dir / "progress.json",
        Progress(account="instagram", country="DE", email="old@example.com", page="fill_form"),
    )
    from optout_gui.core.storage.migration import migrate_progress_file

    store = ObjectionStore.in_folder(data_dir)
    store.load()
    record = migrate_progress_file(store, data_dir / "progress.json")
    assert record is not None
    assert not (data_dir / "progress.json").exists()
    controller = AppController(GUIDE, store, zone=dt.UTC, on_all_closed=lambda: None)
    overview = controller.start()
    qtbot.addWidget(overview)
    assert overview is controller.overview
    saved = json.loads((data_dir / "objections.json").read_text(encoding="utf-8"))
    assert "old@example.com" in json.dumps(saved)


def test_reopening_during_a_running_code_goes_straight_to_the_countdown(qtbot, data_dir):
    store = ObjectionStore.in_folder(data_dir)
    store.load()
    received = dt.datetime(2026, 11, 29, 10, 0, tzinfo=dt.UTC)
    done = store.new()
    store.get(done.id).answers.account = "facebook"
    store.touch(store.get(done.id))
    running = store.new()
    from optout_gui.core.session import ObjectionSession

    session = ObjectionSession(store, running.id)
    session.update(account="instagram", country="DE", email="run@example.com", page="code")
    expires = received + dt.timedelta(hours=1)
    session.update(
        code_received_at=received.isoformat(),
        code_attempts=[{"received_at": received.isoformat(), "expires_at": expires.isoformat()}],
    )
    assert store.summary(running.id).status == Status.SUBMITTED

    reopened = ObjectionStore.in_folder(data_dir)
    reopened.load()
    twenty_minutes_later = received + dt.timedelta(minutes=20)
    controller = AppController(
        GUIDE, reopened, zone=dt.UTC, clock=lambda: twenty_minutes_later,
        on_all_closed=lambda: None,
    )  # fmt: skip
    window = controller.start()
    qtbot.addWidget(window)
    assert window is controller.wizard
    assert window.currentId() == PageId.CODE
    assert window.currentPage().time_label.text() == "40:00"
    assert "code valid until" in window.windowTitle()

    an_hour_later = received + dt.timedelta(minutes=61)
    later = AppController(
        GUIDE, reopened, zone=dt.UTC, clock=lambda: an_hour_later, on_all_closed=lambda: None
    )
    assert later.record_with_running_code() is None


def test_start_over_then_close_keeps_the_objection_and_a_fresh_proof(qtbot, data_dir):
    controller = make_controller(qtbot, data_dir)
    wizard = controller.start()
    qtbot.addWidget(wizard)
    page = wizard.currentPage()
    click(qtbot, page.account_buttons["facebook"])
    page.country_combo.setCurrentIndex(page.country_combo.findData("DE"))
    record_id = controller.store.ids()[0]
    session = wizard.session
    session.update(reason="OLD REASON", reason_copied_text="OLD REASON")
    wizard.start_over()
    session.update(account="facebook", reason="new one")
    record = controller.store.get(record_id)
    assert record.reason_sent == "new one"  # not the text copied before starting over
    session.start_over()
    wizard.reject()
    assert record_id in controller.store.ids()  # its history is kept
    assert controller.overview is not None and controller.overview.isVisible()


def test_closing_an_untouched_new_objection_on_a_failing_disk_asks_nothing(
    qtbot, data_dir, monkeypatch
):
    """Nothing was answered, so there is nothing to lose and nothing to ask about."""
    from optout_gui.core.storage import store as objections_module

    controller = make_controller(qtbot, data_dir)
    wizard = controller.start()
    qtbot.addWidget(wizard)
    writes, asked = [], []

    def broken(path, parts):
        writes.append(path)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(objections_module, "atomic_write_parts", broken)
    monkeypatch.setattr(wizard, "confirm", lambda *question: asked.append(question) or True)
    wizard.reject()
    assert asked == [] and writes == [] and len(controller.store) == 0


def test_closing_the_overview_quits_when_no_other_window_is_open(qtbot, data_dir):
    store = ObjectionStore.in_folder(data_dir)
    store.new(label="kept")
    closed = []
    controller = make_controller(qtbot, data_dir, closed)
    overview = controller.start()
    qtbot.addWidget(overview)
    assert overview is controller.overview
    controller.set_language("de")  # the overview is rebuilt; the old one must not report
    new = controller.overview
    qtbot.addWidget(new)
    assert new is not overview
    new.close()
    qtbot.waitUntil(lambda: closed == [True])
    controller.set_language("en")


def test_a_recorded_extension_shows_its_day_as_every_date_and_its_toggle_discloses(qtbot, data_dir):
    from optout_gui.core.reminders import record_extension
    from optout_gui.ui.common.roles import DISCLOSURE_PROPERTY
    from tests.helpers import send_objection

    controller = make_controller(qtbot, data_dir)
    store = controller.store
    record = send_objection(store, country="DE", finished_at="2025-06-01T08:00:00+00:00")
    history = controller.open_history(record.id)
    qtbot.addWidget(history)
    box = history.extension_box
    assert box.toggle.property(DISCLOSURE_PROPERTY)  # a button that opens, not a check box
    sent = dt.datetime(2025, 6, 21, 12, tzinfo=dt.UTC)
    assert record_extension(store, record.id, dt.date(2025, 6, 20), sent, dt.UTC)
    box.refresh(store.get(record.id))
    line = box.recorded_line.text()
    assert "in its email of 20 Jun 2025." in line and "2025-06-20" not in line
