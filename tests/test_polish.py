"""Issue 19: the wizard seen, heard and never lost (expired code, start over, dates, window,
scrolling, step list, last pages, countdown for screen readers, history layout)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWizard

from optout_gui.core.code_state import arrival_changes
from optout_gui.core.guide import load_guide
from optout_gui.core.session import ObjectionSession
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.controller import AppController
from optout_gui.ui.tracker.objection_table import ObjectionTableModel
from optout_gui.ui.wizard.window import PageId
from tests.helpers import start_code


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
    assert model.data(status) == "Sent, code not entered yet"  # the hour is still running

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
    history = controller.open_history(record_id)  # its history says the same
    assert history.next_hint.text().startswith("Sent, but the code expired. Get a new code")
    history.close()

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


def test_dates_name_their_month_and_have_a_four_digit_year(qtbot, store, sent_record):
    from PySide6.QtCore import QLocale

    from optout_gui.ui.common.dates import date_format, date_text
    from optout_gui.ui.tracker.history import HistoryDialog

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert date_text(dt.date(2026, 11, 30), us) == "30 Nov 2026"  # not 11/30 nor 30/11
    assert date_text(dt.date(2026, 11, 30), de) == "30. Nov. 2026"
    old = QLocale()
    QLocale.setDefault(us)
    try:
        assert date_format() == "d MMM yyyy"
        dialog = HistoryDialog(store, sent_record.id, zone=dt.UTC)
        qtbot.addWidget(dialog)
        dialog.answer_date.setDate(dt.date(2026, 11, 30))
        assert dialog.answer_date.text() == "30 Nov 2026"
        model = ObjectionTableModel(store, zone=dt.UTC)
        last = model.data(model.index(0, model.COLUMNS.index("last_step")))
        assert "2025" in last and "/" not in last and "2025-" not in last
        # the history names the country, not only its code
        assert "Germany (DE)" in dialog.history_view.toPlainText()
    finally:
        QLocale.setDefault(old)


# --- 1. window size and place --------------------------------------------------------------
LAPTOP = (0, 0, 1366, 768 - 32)  # a 1366×768 screen with a 32-pixel panel


def test_first_window_fits_a_laptop_screen_centred_and_keeps_a_small_screen():
    from PySide6.QtCore import QRect, QSize

    from optout_gui.ui.common.geometry import centred, usable_saved, wanted_size

    wanted = wanted_size()
    rect = centred(wanted, QRect(*LAPTOP))
    assert rect.size() == wanted  # the laptop has room for the whole size
    assert abs(rect.center().x() - 683) <= 1
    assert rect.bottom() <= 736 - 8 and rect.top() >= 20  # the title bar stays on screen
    small = centred(wanted, QRect(0, 0, 800, 560), QSize(640, 480))
    assert small.width() <= 800 - 16 and small.height() <= 560 - 40
    # a saved place is used only while it is still on a screen
    assert usable_saved([100, 80, 900, 600], [QRect(*LAPTOP)]) == QRect(100, 80, 900, 600)
    assert usable_saved([3000, 80, 900, 600], [QRect(*LAPTOP)]) is None
    assert usable_saved([0, 0, 5, 5], [QRect(*LAPTOP)]) is None


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_step_needs_scrolling_at_the_first_size_on_a_laptop(qtbot, tmp_path, language):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QScrollArea

    from optout_gui.core.guide import guide_for
    from optout_gui.ui.common import i18n
    from optout_gui.ui.common.geometry import centred, wanted_size
    from optout_gui.ui.wizard.window import ObjectionWizard
    from tests.helpers import open_session
    from tests.test_wizard import walk_to

    i18n.install_language(QApplication.instance(), language)
    wizard = ObjectionWizard(guide_for(language), open_session(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.resume()
    wizard.setGeometry(centred(wanted_size(), QRect(*LAPTOP), wizard.minimumSize()))
    seen = []
    for page_id in PageId:
        walk_to(qtbot, wizard, page_id)
        if page_id == PageId.CODE:
            start_code(wizard.currentPage())  # the countdown running: the page at its tallest
        qtbot.wait(1)
        bar = wizard.currentPage().findChild(QScrollArea).verticalScrollBar()
        seen.append((page_id.name, bar.maximum()))
        if page_id == PageId.CODE:
            wizard.currentPage().code_entered()
    wizard.code_timer.stop_ticking()
    i18n.install_language(QApplication.instance(), "en")
    assert all(maximum == 0 for _, maximum in seen), seen


def test_overview_opens_where_the_wizard_was_and_the_place_is_kept(qtbot, store, clocks):
    from PySide6.QtCore import QRect

    saved = []
    controller = AppController(
        load_guide(), store, clock=clocks.wall, on_all_closed=lambda: None,
        save_window_place=saved.append,
    )  # fmt: skip
    wizard = controller.start()  # closed (and deleted) below
    # The window with its frame (title bar included) is centred: the content sits a little
    # lower than the middle (ui/common/geometry.py).
    middle = wizard.screen().availableGeometry().center()
    centre = wizard.geometry().center()
    assert (abs(centre.x() - middle.x()) <= 1 and abs(centre.y() - middle.y()) <= 13) or (
        wizard.height() < 600
    )
    wizard.currentPage().account_buttons["facebook"].click()  # something to keep
    wizard.setGeometry(QRect(30, 40, 700, 500))
    wizard.close()
    overview = controller.overview
    qtbot.addWidget(overview)
    assert overview.isVisible()
    assert overview.geometry() == QRect(30, 40, 700, 500)
    assert saved[-1] == [30, 40, 700, 500]
    overview.setGeometry(QRect(50, 60, 720, 520))
    overview.close()
    assert saved[-1] == [50, 60, 720, 520]

    again = AppController(
        load_guide(), store, clock=clocks.wall, on_all_closed=lambda: None,
        window_place=saved[-1],
    )  # fmt: skip
    window = again.start()
    qtbot.addWidget(window)
    assert window.geometry() == QRect(50, 60, 720, 520)


def test_window_place_round_trips_through_the_settings(tmp_path):
    from optout_gui.core.settings import Settings, load_settings, save_settings

    path = tmp_path / "settings.json"
    assert save_settings(path, Settings(language="de", window=[1, 2, 900, 700]))
    assert load_settings(path) == Settings(language="de", window=[1, 2, 900, 700])
    path.write_text('{"format": 1, "window": [1, "x", 3, 4]}', encoding="utf-8")
    assert load_settings(path).window is None


# --- 2. what gets the focus or was just produced is in view -----------------------------------
def _in_view(widget, area) -> bool:
    from PySide6.QtCore import QPoint

    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + min(widget.height(), 40) <= area.viewport().height()


def test_composed_text_and_focused_controls_scroll_into_view(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    from tests.helpers import make_wizard
    from tests.test_wizard import walk_to

    wizard = make_wizard(qtbot, tmp_path)
    wizard.resize(700, 460)  # a small window: the form page must scroll
    walk_to(qtbot, wizard, PageId.FILL_FORM)
    page = wizard.currentPage()
    area = page.findChild(QScrollArea)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    editor = page.reason_editor
    bar.setValue(0)
    assert not _in_view(editor.edit, area)
    editor.point_boxes["photos"].setChecked(True)
    editor.compose_into_editor()  # "Write the text"
    qtbot.waitUntil(lambda: _in_view(editor.edit, area))
    assert "Facebook" in editor.edit.toPlainText()

    bar.setValue(0)
    assert not _in_view(editor.edit, area)
    editor.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)  # what Alt+R does
    qtbot.waitUntil(lambda: _in_view(editor.edit, area))

    bar.setValue(bar.maximum())
    page.email_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _in_view(page.email_edit, area))


# --- 3. the step list ---------------------------------------------------------------------
def test_step_list_shows_done_current_and_coming_through_the_accessibility_interface(
    qtbot, tmp_path
):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    from tests.helpers import make_wizard
    from tests.test_wizard import walk_to

    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.FILL_FORM)
    steps = wizard.step_list
    assert steps.isVisible()
    interface = QAccessible.queryAccessibleInterface(steps)
    assert interface.role() == QAccessible.Role.List
    assert interface.text(QAccessible.Text.Name) == "Steps"
    assert interface.childCount() == 8
    items = [interface.child(n) for n in range(8)]
    names = [item.text(QAccessible.Text.Name) for item in items]
    assert names[0].startswith("Step 1 of 8: ") and names[0].endswith(", done")
    assert names[4] == "Step 5 of 8: Fill in the form, current step"
    assert names[5].endswith(", to come")
    selected = [n for n, item in enumerate(items) if item.state().selected]
    assert selected == [4]
    # more than colour: a mark and the weight differ
    texts = [steps.item(n).text() for n in range(8)]
    assert texts[0].startswith("✓") and texts[4].startswith("▸") and texts[6][0] not in "✓▸"
    assert steps.item(4).font().bold() and not steps.item(0).font().bold()

    # a done step can be clicked; one to come cannot
    rect = steps.visualItemRect(steps.item(6))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentId() == PageId.FILL_FORM
    rect = steps.visualItemRect(steps.item(1))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.currentId() == PageId.NOTICE
    assert steps.item(1).text().startswith("▸")
    assert "current step" in interface.child(1).text(QAccessible.Text.Name)
    # by keyboard: walk on, then choose a done step in the list and press Return
    walk_to(qtbot, wizard, PageId.FILL_FORM)
    steps.setFocus()
    steps.setCurrentRow(2)
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.OBJECT_LINK


# --- 4. the last two pages have things to do ----------------------------------------------------
def test_last_pages_offer_reminders_answer_proof_then_finish(qtbot, store, clocks, tmp_path):
    import icalendar
    from pypdf import PdfReader

    from optout_gui.core.status import Status
    from tests.test_wizard import walk_to

    controller = AppController(load_guide(), store, clock=clocks.wall, on_all_closed=lambda: None)
    wizard = controller.start()
    walk_to(qtbot, wizard, PageId.REVIEW)
    for page_id in (PageId.REVIEW, PageId.CONFIRMATION):
        walk_to(qtbot, wizard, page_id)
        actions = wizard.currentPage().next_actions
        buttons = [
            actions.calendar_button,
            actions.answer_button,
            actions.proof_button,
        ]
        assert all(button.isVisible() and button.isEnabled() for button in buttons)

    ics = tmp_path / "reminders.ics"
    actions.ask_path = lambda *args: str(ics)
    assert actions.save("ics") == str(ics)
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    assert len([c for c in calendar.walk("VEVENT")]) == 2
    assert str(ics) in actions.status.text()

    pdf = tmp_path / "proof.pdf"
    actions.ask_path = lambda *args: str(pdf)
    actions.proof_button.click()
    text = "".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "jane@example.com" in text

    actions.answer_button.click()  # the history dialog opens over the wizard, for the answer
    dialog = controller.dialogs[-1]
    assert dialog.isVisible() and dialog.parent() is wizard
    assert dialog.answer_box.isEnabled()
    dialog.honoured.setChecked(True)
    assert dialog.record_answer()  # Meta answered within minutes
    dialog.close()

    record_id = wizard.session.record_id
    wizard.button(QWizard.WizardButton.FinishButton).click()  # the overview opens
    overview = controller.overview
    qtbot.addWidget(overview)
    assert overview.isVisible() and controller.wizard is None
    assert store.summary(record_id).status == Status.HONOURED  # finishing keeps the answer


# --- 9. screen readers: the countdown in minutes, no nameless focus stops, a real window -------
def test_countdown_time_left_is_exposed_in_minutes_without_per_second_changes(
    qtbot, tmp_path, clocks
):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication

    from optout_gui.ui.common import i18n
    from tests.helpers import make_wizard
    from tests.test_wizard import walk_to

    i18n.install_language(QApplication.instance(), "en")  # English plural forms
    wizard = make_wizard(qtbot, tmp_path, clock=clocks.wall, monotonic=clocks.monotonic)
    walk_to(qtbot, wizard, PageId.CODE)
    page = wizard.currentPage()
    start_code(page)
    label = QAccessible.queryAccessibleInterface(page.time_label)
    assert label.text(QAccessible.Text.Name) == "Time left for Meta's code"
    assert label.text(QAccessible.Text.Description).startswith(
        "60 minutes left to type in Meta's code, until "
    )
    line = wizard.code_status  # the line shown on the other pages (hidden here)
    names, descriptions, digits = set(), set(), set()
    for _ in range(150):  # two and a half minutes, tick by tick
        clocks.advance(dt.timedelta(seconds=1))
        wizard.code_timer.tick()
        names.add((line.accessibleName(), line.text.accessibleName()))
        descriptions.add(label.text(QAccessible.Text.Description))
        digits.add(page.time_label.text())
    assert len(digits) == 150  # the eyes see every second
    assert len(descriptions) == 3  # screen readers: 60, 59, 58 minutes, nothing between
    assert len(names) == 3
    assert any("58 minutes left" in d for d in descriptions)
    # the bar says the same in words
    bar = QAccessible.queryAccessibleInterface(page.bar)
    assert "minutes left" in bar.text(QAccessible.Text.Description)
    # the warnings are still announced: 10 minutes before the end
    warned = []
    wizard.code_timer.warned.connect(warned.append)
    clocks.advance(dt.timedelta(minutes=47, seconds=31))
    wizard.code_timer.tick()
    assert warned == [dt.timedelta(minutes=10)]
    assert "10 minutes left" in label.text(QAccessible.Text.Description)
    wizard.code_timer.stop_ticking()


def test_page_frames_take_no_focus_and_the_overview_is_a_window(qtbot, tmp_path, store, clocks):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QScrollArea

    from optout_gui.ui.tracker.overview import OverviewWidget
    from tests.helpers import make_wizard, send_objection

    wizard = make_wizard(qtbot, tmp_path)
    area = wizard.currentPage().findChild(QScrollArea)
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert area.accessibleName() == wizard.currentPage().title()
    send_objection(store)
    overview = OverviewWidget(store, clock=clocks.wall)
    qtbot.addWidget(overview)
    overview.show()
    interface = QAccessible.queryAccessibleInterface(overview)
    assert interface.role() == QAccessible.Role.Window
    assert "your objections" in interface.text(QAccessible.Text.Name)


# --- 11. the history dialog laid out for reading ------------------------------------------------
def test_history_dialog_shows_facts_a_timeline_table_and_the_reason(
    qtbot, store, sent_record, tmp_path
):
    from PySide6.QtWidgets import QFormLayout, QLabel

    from optout_gui.core.proof import record_text
    from optout_gui.ui.tracker.history import HistoryDialog

    dialog = HistoryDialog(store, sent_record.id, zone=dt.UTC)
    qtbot.addWidget(dialog)
    view = dialog.history_view
    forms = view.content.findChildren(QFormLayout)
    facts = {
        forms[0].itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text(): forms[0]
        .itemAt(row, QFormLayout.ItemRole.FieldRole)
        .widget()
        .text()
        for row in range(forms[0].rowCount())
    }
    assert facts["Email address:"] == "ann@example.org"
    assert facts["Country of residence:"] == "Germany (DE)"
    table = view.timeline
    assert table.rowCount() == len(sent_record.history)
    assert table.horizontalHeaderItem(0).text() == "Date and time"
    events = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert "reason text copied for the form" in events
    when = table.item(events.index("reason text copied for the form"), 0).text()
    assert "2025" in when and "8:01" in when  # 08:01 UTC, in the locale's words
    reason = view.content.findChild(QLabel, "reason_sent")
    assert reason.text() == "Please don't."
    # the plain text stays: for the text export, the same words as before
    from optout_gui.ui.tracker.proof_wording import proof_labels

    assert view.toPlainText() == record_text(sent_record, dt.UTC, proof_labels())
    txt = tmp_path / "proof.txt"
    dialog.ask_path = lambda *args: str(txt)
    assert dialog.export("txt") == str(txt)
    exported = txt.read_text(encoding="utf-8")
    for line in ("Email address: ann@example.org", "Country of residence: Germany (DE)"):
        assert line in exported and line in view.toPlainText()
    assert "  Please don't." in exported


def test_history_reading_area_has_a_name_and_scrolls_by_keyboard(qtbot, store, sent_record):
    from PySide6.QtCore import Qt

    from optout_gui.ui.tracker.history import HistoryDialog
    from tests.a11y import accessible_name

    dialog = HistoryDialog(store, sent_record.id, zone=dt.UTC)
    qtbot.addWidget(dialog)
    dialog.resize(600, 420)  # small: the reading area must scroll
    dialog.show()
    view = dialog.history_view
    assert accessible_name(view) == "History of this objection"
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    view.setFocus()
    for _ in range(10):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert bar.value() == bar.maximum()  # down to the answer, by keyboard alone


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_overview_columns_fit_their_texts_at_large_fonts(qtbot, store, clocks, scale):
    from PySide6.QtWidgets import QApplication

    from optout_gui.ui.tracker.overview import OverviewWidget
    from tests.helpers import send_objection

    send_objection(store)
    app = QApplication.instance()
    old = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    try:
        big = OverviewWidget(store, clock=clocks.wall)
        qtbot.addWidget(big)
        metrics = big.table.fontMetrics()
        model = big.model
        for column in range(4):  # the last column stretches
            text = model.data(model.index(0, column))
            assert metrics.horizontalAdvance(text) < big.table.columnWidth(column), text
    finally:
        app.setFont(old)
