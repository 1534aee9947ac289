"""Shared helpers for the Qt tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton, QWizard

from optout_gui.core.guide import load_guide
from optout_gui.core.progress import ProgressSession, ProgressStore
from optout_gui.ui.wizard import ObjectionWizard


def make_wizard(qtbot, data_dir: Path) -> ObjectionWizard:
    session = ProgressSession(ProgressStore(data_dir / "progress.json"))
    wizard = ObjectionWizard(load_guide(), session)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.resume()
    return wizard


def click(qtbot, widget) -> None:
    if isinstance(widget, QCheckBox | QRadioButton):
        # These react only on their indicator and text, not on the empty space to the right.
        point = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, wizard) -> None:
    button = next_button(wizard)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    click(qtbot, button)


def click_back(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
