"""Issue 19: the wizard seen, heard and never lost (expired code, start over, dates, window,
scrolling, step list, last pages, countdown for screen readers, history layout)."""

from __future__ import annotations

import datetime as dt

from optout_gui.core.countdown import arrival_changes
from optout_gui.core.guide import load_guide
from optout_gui.core.session import ObjectionSession
from optout_gui.core.store import ObjectionStore
from optout_gui.ui.controller import AppController
from optout_gui.ui.overview import ObjectionTableModel
from optout_gui.ui.wizard import PageId


def _code_started(store, clocks):
    """An objection whose code countdown began on the code page (the person then left)."""
    session = ObjectionSession(store, store.new().id)
    session.update(account="facebook", country="DE", email="ann@example.org")
    session.update(form_opened_at="2026-03-10T12:50:00+00:00")
    session.update(page="code", **arrival_changes(session.progress, clocks.wall(), None))
    return session.record.id


def test_expired_code_shows_in_overview_after_restart_and_carry_on_opens_it(
    qtbot, tmp_path, clocks
):
    first = ObjectionStore.in_folder(tmp_path / "data", clock=clocks.wall)
    first.load()
    record_id = _code_started(first, clocks)
    model = ObjectionTableModel(first, clock=clocks.wall)
    status = model.index(0, model.COLUMNS.index("status"))
    assert model.data(status) == "Sent, code awaited"  # the hour is still running

    clocks.suspend(dt.timedelta(hours=1, minutes=5))  # the app was closed past the hour
    clocks.new_process()
    store = ObjectionStore.in_folder(tmp_path / "data", clock=clocks.wall)
    store.load()
    controller = AppController(load_guide(), store, clock=clocks.wall, on_all_closed=lambda: None)
    window = controller.start()
    qtbot.addWidget(window)
    assert window is controller.overview  # not the wizard: no code is running
    model = controller.overview.model
    row = {model.COLUMNS[c]: model.data(model.index(0, c)) for c in range(model.columnCount())}
    assert row["status"] == "Sent, but the code expired"
    assert "Submit" in row["next"] and "new code" in row["next"]
    assert controller.overview.resume_button.isEnabled()

    controller.overview.resume_button.click()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    assert wizard.session.record_id == record_id
    assert wizard.currentId() == PageId.CODE
    assert wizard.code_timer.state() == "expired"
    page = wizard.currentPage()
    assert page.received_button.isVisible()  # asking for a new code is offered
    assert "expired" in wizard.windowTitle()
    wizard.code_timer.stop_ticking()


def test_start_over_is_not_offered_on_a_fresh_first_page(qtbot, tmp_path):
    from PySide6.QtWidgets import QWizard

    from tests.helpers import make_wizard

    wizard = make_wizard(qtbot, tmp_path)
    start_over = wizard.button(QWizard.WizardButton.CustomButton1)
    assert wizard.currentId() == PageId.WELCOME
    assert not start_over.isVisible()
    wizard.currentPage().account_buttons["facebook"].click()  # now there is an answer
    assert start_over.isVisible()
    wizard.next()
    assert start_over.isVisible()
    wizard.start_over()  # back on a fresh first page
    assert wizard.currentId() == PageId.WELCOME
    assert not start_over.isVisible()


def test_dates_have_a_four_digit_year_in_the_locale_order(qtbot, store, sent_record):
    from PySide6.QtCore import QLocale

    from optout_gui.ui.dates import date_format, date_text
    from optout_gui.ui.history import HistoryDialog

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert date_text(dt.date(2026, 11, 30), us) == "11/30/2026"
    assert date_text(dt.date(2026, 11, 30), de) == "30.11.2026"
    old = QLocale()
    QLocale.setDefault(us)
    try:
        assert date_format() == "M/d/yyyy"
        dialog = HistoryDialog(store, sent_record.id, zone=dt.UTC)
        qtbot.addWidget(dialog)
        dialog.answer_date.setDate(dt.date(2026, 11, 30))
        assert dialog.answer_date.text() == "11/30/2026"
        model = ObjectionTableModel(store, zone=dt.UTC)
        last = model.data(model.index(0, model.COLUMNS.index("last_step")))
        assert "2025" in last and "/" in last and "2025-" not in last
        # the history names the country, not only its code
        assert "Germany (DE)" in dialog.history_view.toPlainText()
    finally:
        QLocale.setDefault(old)
