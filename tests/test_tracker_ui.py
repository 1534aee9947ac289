import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from optout_gui.core.guide import load_guide
from optout_gui.core.session import ObjectionSession
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common.dates import date_time_text
from optout_gui.ui.tracker.complaint import ComplaintDialog
from optout_gui.ui.tracker.history import HistoryDialog
from optout_gui.ui.tracker.overview import OverviewWidget
from tests.a11y import accessible_name
from tests.clocks import FakeClocks
from tests.helpers import send_objection

BERLIN = ZoneInfo("Europe/Berlin")
GUIDE = load_guide()
NOW = dt.datetime(2025, 6, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def clocks():
    return FakeClocks(NOW)


def add(store, *, email, finished=None, account="facebook", country="DE", opened=None):
    """A sent objection (``finished``) or one whose form was opened (``opened``)."""
    if finished:
        return send_objection(
            store, account=account, country=country, email=email, finished_at=finished
        )
    session = ObjectionSession(store, store.new().id)
    session.update(account=account, country=country, email=email)
    if opened:
        session.update(form_opened_at=opened)
    return session.record


def test_overview_rows_and_buttons(qtbot, store, clocks):
    add(store, email="draft@example.org", opened="2025-06-09T08:00:00+00:00")
    sent = add(store, email="sent@example.org", finished="2025-06-01T08:00:00+00:00")
    widget = OverviewWidget(store, zone=BERLIN, clock=clocks.wall)
    qtbot.addWidget(widget)
    model = widget.model
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert cells[0][:3] == ["Facebook", "draft@example.org", "Form opened"]
    assert cells[0][4] == "Carry on where you stopped"
    assert cells[1][2] == "Sent, waiting for Meta"
    # Berlin time, in the locale's order with the year in full (the tests run in C/en_US)
    assert cells[1][3] == date_time_text(dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.UTC), BERLIN)
    assert "2025" in cells[1][3] and "10:00" in cells[1][3]
    assert cells[1][4] == "Check your email for Meta's reply"  # 9 days waiting

    resumed, opened = [], []
    widget.resume_requested.connect(resumed.append)
    widget.open_requested.connect(opened.append)
    widget.table.selectRow(0)
    assert widget.resume_button.isEnabled()
    widget.resume_button.click()
    widget.table.selectRow(1)
    assert not widget.resume_button.isEnabled()
    widget.open_button.click()
    assert resumed == [store.ids()[0]] and opened == [sent.id]
    with qtbot.waitSignal(widget.new_requested):
        widget.new_button.click()


def test_keyboard_enter_activates_row(qtbot, store, clocks):
    add(store, email="draft@example.org")
    widget = OverviewWidget(store, zone=BERLIN, clock=clocks.wall)
    qtbot.addWidget(widget)
    widget.show()
    widget.table.setFocus()
    widget.table.selectRow(0)
    with qtbot.waitSignal(widget.resume_requested) as blocker:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert blocker.args == [store.ids()[0]]
    assert widget.table.accessibleName()
    # Spoken as shown ("New objection…", WCAG 2.5.3); what it does is its description.
    assert accessible_name(widget.new_button) == "New objection…"
    assert widget.new_button.accessibleDescription() == "Start a new objection"


def test_the_table_names_its_columns_to_screen_readers_and_follows_the_store(qtbot, store, clocks):
    """Screen readers hear the column titles; the table follows the store's changes."""
    from PySide6.QtGui import QAccessible

    add(store, email="first@example.org")
    widget = OverviewWidget(store, zone=BERLIN, clock=clocks.wall)
    qtbot.addWidget(widget)
    widget.show()
    table = QAccessible.queryAccessibleInterface(widget.table)
    assert table.role() == QAccessible.Role.Table
    children = [table.child(n) for n in range(table.childCount())]
    titles = [
        c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.ColumnHeader
    ]
    assert titles == ["Account", "Email or name", "Status", "Last step", "What next"]
    cells = [c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.Cell]
    assert "first@example.org" in cells
    shown = widget.table.model()
    assert shown.headerData(0, Qt.Orientation.Horizontal) == "Account"
    assert shown.index(0, 1).data(widget.model.ID_ROLE) == store.ids()[0]
    # New, changed and forgotten objections reach the table.
    second = add(store, email="second@example.org")
    assert shown.rowCount() == 2 and shown.index(1, 1).data() == "second@example.org"
    store.get(second.id).label = "renamed"
    store.touch(store.get(second.id))
    assert shown.index(1, 1).data() == "renamed"
    store.remove(store.ids()[0])
    assert shown.rowCount() == 1 and shown.index(0, 1).data() == "renamed"
    assert widget.current_id() in (None, second.id)


def test_reminders_on_launch(qtbot, store, clocks):
    old = add(store, email="old@example.org", finished="2025-05-01T08:00:00+00:00")
    week = add(store, email="week@example.org", finished="2025-06-02T08:00:00+00:00")
    widget = OverviewWidget(store, zone=BERLIN, clock=clocks.wall)
    qtbot.addWidget(widget)
    overdue, nudged = widget.check_reminders()
    assert overdue == [old.id] and nudged == [week.id]
    assert store.summary(old.id).status == Status.OVERDUE
    text = widget.reminders.text()
    # "1 objection(s)" from the source text, "one objection" once English plurals are loaded
    assert ("1 objection" in text or "one objection" in text) and "%n" not in text
    assert "next step" in text and "needs longer" in text
    assert widget.model.index(0, 2).data() == "No answer in time"
    # the nudge is not repeated on the next launch
    assert widget.check_reminders() == ([], [])


def test_forget_everything_leaves_nothing(qtbot, store, clocks, monkeypatch):
    add(store, email="a@example.org")
    (store.path.parent / "progress.json").write_text("{}", encoding="utf-8")
    widget = OverviewWidget(store, zone=BERLIN, clock=clocks.wall)
    qtbot.addWidget(widget)
    text = widget.forget_everything_text()
    assert "objections.json" in text and "progress.json" in text
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.exec",
        lambda *a, **k: QMessageBox.StandardButton.Yes,
    )
    assert widget.ask_forget_everything()
    assert list(store.path.parent.iterdir()) == []
    assert widget.model.rowCount() == 0


@pytest.mark.slow
def test_overview_with_10000_rows_opens_fast(qtbot, store, clocks, record_property):
    import time

    from tools.bench_objections import build

    big = build(store.path.parent, 10_000)
    fresh = ObjectionStore(big.path)
    start = time.perf_counter()
    fresh.load()
    widget = OverviewWidget(fresh, zone=BERLIN, clock=clocks.wall)
    widget.show()
    widget.table.viewport().repaint()
    elapsed = time.perf_counter() - start
    qtbot.addWidget(widget)
    record_property("overview_10000_ms", round(elapsed * 1000, 1))
    print(f"\nload + open overview with 10,000 rows: {elapsed * 1000:.1f} ms")
    assert widget.model.rowCount() == 10_000
    assert widget.table.model().index(9_999, 1).data() == "Account 9999"


def answered_store(store):
    record = add(store, email="kim@example.org", finished="2025-06-01T08:00:00+00:00")
    return record


def test_history_records_answer_and_exports(qtbot, store, tmp_path):
    record = answered_store(store)
    saved = []

    def ask(parent, title, suggested, name_filter):
        path = str(tmp_path / suggested)
        saved.append(path)
        return path

    dialog = HistoryDialog(store, record.id, zone=BERLIN, ask_path=ask)
    qtbot.addWidget(dialog)
    assert "kim@example.org" in dialog.history_view.toPlainText()
    assert not dialog.complaint_button.isVisibleTo(dialog)

    assert dialog.record_answer() is False  # nothing chosen yet
    assert "Choose first" in dialog.answer_status.text()
    dialog.refused.setChecked(True)
    dialog.answer_date.setDate(dt.date(2025, 6, 5))
    dialog.email_text.setPlainText("We decline.")
    assert dialog.record_answer()
    assert store.get(record.id).status == Status.REFUSED
    assert dialog.complaint_button.isVisibleTo(dialog)

    for kind in ("pdf", "txt", "json", "ics"):
        assert dialog.export(kind)
    pdf, txt, js, ics = saved
    text = "".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert "kim@example.org" in text and "Wedecline." in text
    assert "Please don't." in Path(txt).read_text(encoding="utf-8")
    exported = json.loads(Path(js).read_text(encoding="utf-8"))
    assert exported["objections"][0]["status"] == "refused"
    assert exported["document_type"] == "ai-optout-assistant/objection-proof"
    assert exported["language"] == "en"
    assert pypdf.PdfReader(pdf).trailer["/Root"]["/Lang"] == "en"  # the app's language
    events = icalendar.Calendar.from_ical(Path(ics).read_bytes()).walk("VEVENT")
    assert len(events) == 2

    dialog.label_edit.setText("Kim's Facebook")
    dialog.label_edit.editingFinished.emit()
    assert store.summary(record.id).label == "Kim's Facebook"


def test_history_export_error_is_shown(qtbot, store, tmp_path):
    record = answered_store(store)
    dialog = HistoryDialog(
        store, record.id, zone=BERLIN, ask_path=lambda *a: str(tmp_path / "no" / "such" / "x")
    )
    qtbot.addWidget(dialog)
    assert dialog.export("txt") is None
    assert dialog.export_status.property("kind") == "error"


def test_history_delete_one(qtbot, store, monkeypatch):
    keep = add(store, email="keep@example.org")
    gone = answered_store(store)
    dialog = HistoryDialog(store, gone.id, zone=BERLIN)
    qtbot.addWidget(dialog)
    assert "kim@example.org" in dialog.delete_text()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.exec",
        lambda *a, **k: QMessageBox.StandardButton.Yes,
    )
    assert dialog.ask_delete()
    assert store.ids() == [keep.id]
    assert "kim@example.org" not in store.path.read_text(encoding="utf-8")


def test_complaint_dialog(qtbot, store, opened_urls):
    record = add(store, email="kim@example.org", finished="2025-04-01T08:00:00+00:00")
    store.change_status(record.id, Status.OVERDUE)
    dialog = ComplaintDialog(store.get(record.id), zone=BERLIN)
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "DE"
    assert dialog.language.currentData() == "de"
    # Germany: no letter until the person picks a federal state; then it goes to that state.
    assert dialog.current is None and dialog.state.isVisibleTo(dialog)
    assert dialog.state.count() == 17  # "choose…" and the 16 states
    dialog.state.setCurrentIndex(dialog.state.findData("DE-HH"))
    assert "Sehr geehrte" in dialog.text.toPlainText()
    assert "Hamburgische" in dialog.text.toPlainText()
    dialog.country.setCurrentIndex(dialog.country.findData("FR"))
    assert dialog.language.currentData() == "fr"  # the authority's language by default
    assert "Madame, Monsieur" in dialog.text.toPlainText()
    assert dialog.authority_link.text() == "https://www.cnil.fr/fr/adresser-une-plainte"
    dialog.open_button.click()
    assert opened_urls == ["https://www.cnil.fr/fr/adresser-une-plainte"]
    assert not dialog.company_note.isVisibleTo(dialog)
    # Brazil: a petition, and the company's name is flagged as unconfirmed.
    dialog.country.setCurrentIndex(dialog.country.findData("BR"))
    assert dialog.language.currentData() == "pt_BR"
    assert "Petição" in dialog.text.toPlainText()
    assert dialog.company_note.isVisibleTo(dialog)
    assert "Facebook Serviços Online do Brasil" in dialog.company_note.text()
    # The UK: two letters, Meta first.
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    assert dialog.letter.count() == 2 and dialog.letter.isVisibleTo(dialog)
    assert "To: Meta Platforms, Inc." in dialog.text.toPlainText()
    dialog.letter.setCurrentIndex(1)
    assert "Information Commissioner's Office" in dialog.text.toPlainText()
    # Belgium: English is refused, with a warning; Dutch is fine.
    dialog.country.setCurrentIndex(dialog.country.findData("BE"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_warning.isVisibleTo(dialog)
    assert "Nederlands" in dialog.language_warning.text()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert not dialog.language_warning.isVisibleTo(dialog)
    assert "Gegevensbeschermingsautoriteit" in dialog.text.toPlainText()
    dialog.copy_button.click()
    assert "kim@example.org" in qtbot_clipboard()


def qtbot_clipboard():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.clipboard().text()


def test_the_export_menu_asks_the_controller_for_each_kind(qtbot, store, clocks, monkeypatch):
    import optout_gui.ui.tracker.history as history_module
    from optout_gui.ui.controller import AppController

    add(store, email="kim@example.org", finished="2025-06-01T08:00:00+00:00")
    exported = []
    monkeypatch.setattr(
        history_module, "export_file", lambda parent, line, kind, *rest: exported.append(kind)
    )
    controller = AppController(
        GUIDE, store, zone=BERLIN, clock=clocks.wall, on_all_closed=lambda: None
    )
    overview = controller.start()
    qtbot.addWidget(overview)
    actions = overview.export_button.menu().actions()
    assert [a.text() for a in actions] == [
        "As a PDF receipt…",
        "As plain text…",
        "As JSON (for programs)…",
    ]
    for action in actions:
        action.trigger()
    assert exported == ["pdf", "txt", "json"]


def test_no_fact_in_the_history_is_cut_off_in_a_narrow_german_window(
    qtbot, qapp, store, app_language_restored
):
    """German names such as "Abgeschickt (auf Metas Formular auf „Senden“ gedrückt)" once
    left their values too little room on a small screen at 150 %: an email address or a
    date was cut off at the right edge. A value now goes under its name when the row is
    too narrow."""
    from PySide6.QtWidgets import QApplication, QLabel

    from optout_gui.ui.common import i18n
    from optout_gui.ui.tracker.proof_wording import proof_labels
    from optout_gui.ui.tracker.record_view import RecordView

    record = send_objection(store)
    i18n.install_language(qapp, "de")
    view = RecordView()
    qtbot.addWidget(view)
    view.show_record(record, dt.UTC, proof_labels(), "de")
    view.resize(420, 500)  # as wide as it gets in the dialog on a 1366×768 screen at 150 %
    with qtbot.waitExposed(view):
        view.show()
    QApplication.processEvents()
    viewport = view.viewport()
    values = [
        label
        for label in view.widget().findChildren(QLabel)
        if label.wordWrap() and label.isVisible() and label.text()
    ]
    assert any("@" in label.text() for label in values)
    for label in values:
        metrics = label.fontMetrics()
        longest = max(label.text().split(), key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(longest) <= label.contentsRect().width(), label.text()
        right = label.mapTo(viewport, label.rect().topRight()).x()
        assert right < viewport.width(), label.text()  # nothing beyond the right edge
