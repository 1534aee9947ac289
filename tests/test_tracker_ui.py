import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from optout_gui.core.objections import ObjectionSession, ObjectionStore, Status
from optout_gui.ui.complaint import ComplaintDialog
from optout_gui.ui.history import HistoryDialog
from optout_gui.ui.overview import OverviewWidget

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2025, 6, 10, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path):
    store = ObjectionStore(tmp_path / "data" / "objections.json", clock=lambda: NOW)
    return store


def add(store, *, email, finished=None, account="facebook", country="DE", opened=None):
    session = ObjectionSession(store, store.new().id)
    session.update(account=account, country=country, email=email)
    if opened:
        session.update(form_opened_at=opened)
    if finished:
        session.record_copied_reason("Please don't.", "2025-05-01T08:01:00+00:00")
        session.update(finished_at=finished)
    return session.record


def test_overview_rows_and_buttons(qtbot, store):
    add(store, email="draft@example.org", opened="2025-06-09T08:00:00+00:00")
    sent = add(store, email="sent@example.org", finished="2025-06-01T08:00:00+00:00")
    widget = OverviewWidget(store, zone=BERLIN, clock=lambda: NOW)
    qtbot.addWidget(widget)
    model = widget.model
    assert model.rowCount() == 2
    cells = [[model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert cells[0][:3] == ["Facebook", "draft@example.org", "Form opened"]
    assert cells[0][4] == "Carry on where you stopped"
    assert cells[1][2] == "Waiting for Meta"
    assert cells[1][3] == "2025-06-01 10:00"  # Berlin time
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


def test_keyboard_enter_activates_row(qtbot, store):
    add(store, email="draft@example.org")
    widget = OverviewWidget(store, zone=BERLIN, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    widget.table.setFocus()
    widget.table.selectRow(0)
    with qtbot.waitSignal(widget.resume_requested) as blocker:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert blocker.args == [store.ids()[0]]
    assert widget.table.accessibleName()
    assert widget.new_button.accessibleName()


def test_reminders_on_launch(qtbot, store):
    old = add(store, email="old@example.org", finished="2025-05-01T08:00:00+00:00")
    week = add(store, email="week@example.org", finished="2025-06-02T08:00:00+00:00")
    widget = OverviewWidget(store, zone=BERLIN, clock=lambda: NOW)
    qtbot.addWidget(widget)
    overdue, nudged = widget.check_reminders()
    assert overdue == [old.id] and nudged == [week.id]
    assert store.summary(old.id).status == Status.OVERDUE
    text = widget.reminders.text()
    # "1 objection(s)" from the source text, "one objection" once English plurals are loaded
    assert ("1 objection" in text or "one objection" in text) and "%n" not in text
    assert "data-protection authority" in text
    assert widget.model.index(0, 2).data() == "No answer in time"
    # the nudge is not repeated on the next launch
    assert widget.check_reminders() == ([], [])


def test_forget_everything_leaves_nothing(qtbot, store, monkeypatch):
    add(store, email="a@example.org")
    (store.path.parent / "progress.json").write_text("{}")
    widget = OverviewWidget(store, zone=BERLIN, clock=lambda: NOW)
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


def test_overview_with_10000_rows_opens_fast(qtbot, store, record_property):
    import time

    from tools.bench_objections import build

    big = build(store.path.parent, 10_000)
    fresh = ObjectionStore(big.path)
    start = time.perf_counter()
    fresh.load()
    widget = OverviewWidget(fresh, zone=BERLIN, clock=lambda: NOW)
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
    assert json.loads(Path(js).read_text(encoding="utf-8"))["objections"][0]["status"] == "refused"
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
    assert "kim@example.org" not in store.path.read_text()


def test_complaint_dialog(qtbot, store, opened_urls):
    record = add(store, email="kim@example.org", finished="2025-04-01T08:00:00+00:00")
    store.change_status(record.id, Status.OVERDUE)
    dialog = ComplaintDialog(store.get(record.id), zone=BERLIN)
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "DE"
    assert dialog.language.currentData() == "de"
    assert "Sehr geehrte" in dialog.text.toPlainText()
    dialog.country.setCurrentIndex(dialog.country.findData("FR"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert "Madame, Monsieur" in dialog.text.toPlainText()
    assert dialog.authority_link.text() == "https://www.cnil.fr/fr/plaintes"
    dialog.open_button.click()
    assert opened_urls == ["https://www.cnil.fr/fr/plaintes"]
    dialog.copy_button.click()
    assert "kim@example.org" in qtbot_clipboard()


def qtbot_clipboard():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.clipboard().text()
