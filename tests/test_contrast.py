"""WCAG 2.2 AA contrast, measured on rendered pixels of every wizard page and dialog in the
light and the dark scheme (issue 19, item 8): text at least 4.5:1 against what it is drawn
on (SC 1.4.3); the edges of check boxes, radio buttons, text fields, combo boxes and push
buttons, and focus indicators, at least 3:1 against what surrounds them (SC 1.4.11).

Inactive (disabled) controls are exempt, as in WCAG. The app's Fusion look runs under the
contrast style (ui/theme.py), as the app itself and the screenshot tool set it up.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from optout_gui.ui.common.contrast_style import use_contrast_style
from optout_gui.ui.common.theme import force_scheme
from optout_gui.ui.wizard.window import PageId
from tests.contrast import Shot, changed_contrast
from tests.helpers import start_code

TEXT = 4.5
EDGE = 3.0


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    use_contrast_style(qapp)
    force_scheme(qapp, request.param == "dark")
    yield request.param
    force_scheme(qapp, False)


def _indicator(button: QAbstractButton):
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return button.style().subElementRect(element, option, button)


def _shown(root: QWidget, kind) -> list:
    """Visible, enabled widgets of ``kind`` in the same window as ``root``, without the
    parts Qt builds inside other controls (a date edit's line edit), nor those scrolled out
    of sight (their rectangle in a grab shows whatever lies on top: not their contrast)."""
    return [
        w
        for w in root.findChildren(kind)
        if w.isVisible()
        and not w.visibleRegion().isEmpty()
        and w.isEnabled()
        and w.window() is root.window()
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]


def problems_in(window: QWidget, root: QWidget | None = None) -> list[str]:
    """Every text under 4.5:1 and every control edge under 3:1 in ``root`` (default: the
    whole window), measured on one grab of the window."""
    root = root or window
    QApplication.processEvents()
    shot = Shot(window)
    found = []
    for label in _shown(root, QLabel):
        if label.text().strip() and label.pixmap().isNull():
            value = shot.text_contrast(label)
            if value < TEXT:
                found.append(f"text {value:.2f}: {label.text()[:40]!r}")
    for button in _shown(root, QAbstractButton):
        if button.text().strip():
            value = shot.text_contrast(button)
            if value < TEXT:
                found.append(f"text {value:.2f}: {type(button).__name__} {button.text()!r}")
    for box in _shown(root, QCheckBox) + _shown(root, QRadioButton):
        if isinstance(box, QRadioButton):
            share = shot.ring_fraction(box, _indicator(box), EDGE)
        else:
            share = shot.edge_fraction(box, _indicator(box), EDGE)
        if share < 0.6:
            found.append(f"edge {share:.0%} at 3:1: {type(box).__name__} {box.text()!r}")
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QPushButton):
        for control in _shown(root, kind):
            if isinstance(control, QPushButton) and control.isFlat():
                continue
            share = shot.edge_fraction(control, None, EDGE)
            if share < 0.6:
                name = control.objectName() or getattr(control, "text", lambda: "")()
                found.append(f"edge {share:.0%} at 3:1: {type(control).__name__} {name!r}")
    return found


def focus_problems(window: QWidget, controls: list[QWidget]) -> list[str]:
    """Each control's focus indicator: the pixels that change when it takes the focus must
    change by at least 3:1."""
    from PySide6.QtCore import Qt

    found = []
    # Styles draw some focus marks only once the keyboard moved the focus, as Tab does.
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    window.activateWindow()
    QApplication.processEvents()
    for control in controls:
        window.setFocus()
        QApplication.processEvents()
        before = Shot(window)
        control.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert control.hasFocus(), control
        after = Shot(window)
        value = changed_contrast(before, after, control)
        if value < EDGE:
            found.append(f"focus {value:.2f}: {type(control).__name__} {control.objectName()}")
    return found


def _walk(qtbot, wizard, target):
    from tests.test_wizard import walk_to

    walk_to(qtbot, wizard, target)
    page = wizard.currentPage()
    if target == PageId.CODE and wizard.code_timer.state() == "idle":
        start_code(page)
    return page


@pytest.mark.slow
def test_every_wizard_page_meets_contrast(qtbot, tmp_path, scheme):
    from tests.helpers import make_wizard

    wizard = make_wizard(qtbot, tmp_path)
    wizard.resize(1120, 700)
    found = {}
    for page_id in PageId:
        page = _walk(qtbot, wizard, page_id)
        problems = problems_in(wizard)
        if page_id == PageId.FILL_FORM:
            editor = page.reason_editor
            controls = [page.email_edit, editor.edit, editor.point_boxes["photos"]]
            controls += [editor.tone_combo, editor.compose_button]
            problems += focus_problems(wizard, controls)
        if problems:
            found[page_id.name] = problems
        if page_id == PageId.CODE:
            page.code_entered()
    wizard.code_timer.stop_ticking()
    assert found == {}


def test_overview_history_complaint_and_phone_codes_meet_contrast(qtbot, store, clocks, scheme):
    from optout_gui.ui.tracker.complaint import ComplaintDialog
    from optout_gui.ui.tracker.history import HistoryDialog
    from optout_gui.ui.tracker.overview import OverviewWidget
    from tests.helpers import send_objection

    record = send_objection(store)
    found = {}
    overview = OverviewWidget(store, clock=clocks.wall)
    qtbot.addWidget(overview)
    overview.resize(1000, 600)
    overview.show()
    found["overview"] = problems_in(overview)
    history = HistoryDialog(store, record.id, zone=dt.UTC)
    qtbot.addWidget(history)
    history.show()
    history.resize(900, 1100)  # all of it in view (the test screen is small: it scrolls)
    found["history"] = problems_in(history)
    found["history"] += focus_problems(history, [history.label_edit, history.honoured])
    complaint = ComplaintDialog(store.get(record.id), zone=dt.UTC)
    qtbot.addWidget(complaint)
    complaint.show()
    found["complaint"] = problems_in(complaint)
    from optout_gui.ui.wizard.qr_code import PhoneCodesDialog

    phone = PhoneCodesDialog("ann@example.org", "Please don't use my posts.")
    qtbot.addWidget(phone)
    phone.show()
    found["phone codes"] = problems_in(phone)
    assert {name: p for name, p in found.items() if p} == {}


def test_the_measure_can_fail(qtbot, qapp):
    """The checks above report what they should: grey on grey fails, black on white passes."""
    from PySide6.QtWidgets import QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet("background: #ffffff;")
    layout = QVBoxLayout(window)
    faint = QLabel("faint text")
    faint.setStyleSheet("color: #bbbbbb;")
    clear = QLabel("clear text")
    clear.setStyleSheet("color: #000000;")
    edit = QLineEdit("x")
    edit.setStyleSheet("border: 1px solid #eeeeee; background: #ffffff;")
    for widget in (faint, clear, edit):
        layout.addWidget(widget)
    window.show()
    problems = problems_in(window)
    assert any("'faint text'" in p for p in problems)
    assert not any("'clear text'" in p for p in problems)
    assert any(p.startswith("edge") and "QLineEdit" in p for p in problems)


def test_the_app_starts_with_the_contrast_style(tmp_path):
    from tests.test_startup_path import first_start

    probe = first_start(tmp_path)
    assert probe["status"] == 0
    assert "optout_gui.ui.common.contrast_style" in probe["modules"]


@pytest.mark.parametrize("left", [dt.timedelta(minutes=8), dt.timedelta(seconds=30)])
def test_the_countdown_in_a_hurry_meets_contrast(qtbot, tmp_path, clocks, scheme, left):
    """The countdown's warning looks (bold, framed; the last minute on the highlight colour),
    on the code page and in the line at the foot of the other pages."""
    from optout_gui.core.code_state import CODE_LIFETIME
    from tests.helpers import make_wizard

    wizard = make_wizard(qtbot, tmp_path, clock=clocks.wall, monotonic=clocks.monotonic)
    wizard.resize(1120, 700)
    page = _walk(qtbot, wizard, PageId.CODE)
    clocks.advance(CODE_LIFETIME - left)
    wizard.code_timer.tick()
    found = {"code page": problems_in(wizard, page.display)}
    wizard.next()  # the countdown line now shows at the foot of the next page
    wizard.code_timer.tick()
    assert wizard.code_status.isVisible()
    found["status line"] = problems_in(wizard, wizard.code_status)
    wizard.code_timer.stop_ticking()
    assert {name: p for name, p in found.items() if p} == {}


def test_questions_meet_contrast(qtbot, scheme):
    """The yes/cancel questions (start over, forget everything, close without saving) are
    Qt's message boxes, under the same style."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Start over?",
        "This clears every answer you gave (account, country, email and reason) and goes "
        "back to the first page.",
        buttons.Yes | buttons.Cancel,
    )
    box.setDefaultButton(buttons.Cancel)
    qtbot.addWidget(box)
    box.show()
    assert problems_in(box) == []
    assert focus_problems(box, [box.button(buttons.Yes)]) == []
    box.close()
