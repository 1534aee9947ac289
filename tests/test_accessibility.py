"""Keyboard and screen-reader checks over every page and dialog (issue 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWizard,
)

from optout_gui.core.guide import load_guide
from optout_gui.core.session import ObjectionSession
from optout_gui.ui.tracker.complaint import ComplaintDialog
from optout_gui.ui.tracker.history import HistoryDialog
from optout_gui.ui.tracker.overview import OverviewWidget
from optout_gui.ui.wizard.window import ObjectionWizard, PageId
from tests.a11y import accessible_name, describe, interactive_widgets
from tests.helpers import go_to, send_objection

GUIDE = load_guide()
# Buttons that Escape already presses, or that Qt names itself.
NO_MNEMONIC_NEEDED = {"qt_wizard_cancel", "close"}


@pytest.fixture
def wizard(wizard):
    """The shared wizard (conftest.py), with the first answers given, from its start."""
    wizard.session.update(account="facebook", country="DE", email="ann@example.org", reason="No.")
    wizard.restart()
    return wizard


def windows(qtbot, store, wizard):
    """(name, top-level widget) for every wizard page, the overview and both dialogs."""
    for page_id in PageId:
        go_to(wizard, page_id)
        yield f"wizard page {page_id.name}", wizard
    record = send_objection(store)
    overview = OverviewWidget(store)
    qtbot.addWidget(overview)
    overview.show()
    yield "overview", overview
    history = HistoryDialog(store, record.id)
    qtbot.addWidget(history)
    history.show()
    yield "history", history
    complaint = ComplaintDialog(record, country_names={"DE": "Germany"})
    qtbot.addWidget(complaint)
    complaint.show()
    yield "complaint", complaint


def has_buddy_label(widget, root) -> QLabel | None:
    for label in root.findChildren(QLabel):
        if label.buddy() is widget and label.isVisibleTo(root):
            return label
    return None


def test_every_control_has_an_accessible_name(qtbot, store, wizard):
    missing = []
    for where, root in windows(qtbot, store, wizard):
        for widget in interactive_widgets(root):
            name = accessible_name(widget)
            if isinstance(widget, QComboBox) and not (
                widget.accessibleName() or has_buddy_label(widget, root)
            ):
                name = ""  # a combo's default "name" is only its current entry
            if not name:
                missing.append(f"{where}: {describe(widget)}")
    assert missing == [], "\n".join(missing)


def test_every_button_and_field_has_a_mnemonic(qtbot, store, wizard):
    missing = []
    for where, root in windows(qtbot, store, wizard):
        for widget in interactive_widgets(root):
            if not widget.isEnabled():
                continue
            if isinstance(widget, QAbstractButton):
                key = widget.objectName() or widget.text().lower()
                if "&" not in widget.text() and key not in NO_MNEMONIC_NEEDED:
                    missing.append(f"{where}: {describe(widget)}")
            elif isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox):
                if getattr(widget, "isReadOnly", lambda: False)():
                    continue  # shown text with its own Copy button
                label = has_buddy_label(widget, root)
                if label is None or "&" not in label.text():
                    missing.append(f"{where}: {describe(widget)} has no label with a mnemonic")
    assert missing == [], "\n".join(missing)


def test_each_page_focuses_its_main_control_on_entry(wizard):
    for page_id in PageId:
        go_to(wizard, page_id)
        page = wizard.currentPage()
        expected = page.main_control() or wizard.button(QWizard.WizardButton.NextButton)
        if page_id == PageId.CONFIRMATION:
            expected = page.main_control() or wizard.button(QWizard.WizardButton.FinishButton)
        assert wizard.focusWidget() is expected, page_id.name


def tab_chain(qtbot, window, start, steps: int = 80) -> list:
    """Press Tab from ``start`` and collect every widget that gets the focus."""
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def test_tab_reaches_every_enabled_control(qtbot, store, wizard):
    unreachable = []
    for where, root in windows(qtbot, store, wizard):
        controls = [
            w
            for w in interactive_widgets(root)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        with qtbot.waitActive(root):
            root.activateWindow()
        reached = set(tab_chain(qtbot, root, controls[0], steps=2 * len(controls) + 10))
        for widget in controls:
            if widget in reached:
                continue
            # In a group of radio buttons Tab stops on one; the arrow keys move inside.
            if isinstance(widget, QRadioButton) and any(
                isinstance(r, QRadioButton) and r.parentWidget() is widget.parentWidget()
                for r in reached
            ):
                continue
            unreachable.append(f"{where}: {describe(widget)}")
    assert unreachable == [], "\n".join(unreachable)


def test_shift_tab_goes_back(qtbot, wizard):
    go_to(wizard, PageId.FILL_FORM)
    page = wizard.currentPage()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    page.email_copy.setEnabled(True)
    page.email_edit.setFocus()
    qtbot.keyClick(page.email_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.email_copy
    qtbot.keyClick(page.email_copy, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.email_edit


def test_page_changes_are_announced(qtbot, wizard, monkeypatch):
    said = []
    monkeypatch.setattr(
        "optout_gui.ui.wizard.window.announce", lambda widget, text, urgent=False: said.append(text)
    )
    wizard.next()
    assert said == [f"Step 2 of 8: {GUIDE.steps['notice']['title']}"]


def test_status_lines_say_their_kind_in_words_not_only_colour(qtbot, wizard):
    go_to(wizard, PageId.FILL_FORM)
    page = wizard.currentPage()
    page.email_edit.setText("ann@")
    page.email_edit.editingFinished.emit()  # judged on leaving the field
    status = page.email_status
    assert status.isVisible()
    assert status.text()  # the problem is said, not only shown in red
    assert status.accessibleName() == status.text()
    assert QAccessible.queryAccessibleInterface(status) is not None


def test_resuming_before_the_window_shows_announces_nothing(qtbot, store, monkeypatch):
    """Walking to the saved page happens before the window is shown: no burst of stale
    announcements; the window's title names the step once it appears."""
    said = []
    monkeypatch.setattr(
        "optout_gui.ui.wizard.window.announce", lambda widget, text, urgent=False: said.append(text)
    )
    session = ObjectionSession(store, store.new().id)
    session.update(account="facebook", country="DE", page="object_link")
    wizard = ObjectionWizard(GUIDE, session)
    qtbot.addWidget(wizard)
    wizard.resume()
    wizard.show()
    assert wizard.currentId() == PageId.OBJECT_LINK and said == []
    assert "step 3 of 8" in wizard.windowTitle()
    wizard.next()
    assert said == [f"Step 4 of 8: {GUIDE.steps['open_form']['title']}"]
    wizard.code_timer.stop_ticking()
