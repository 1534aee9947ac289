"""Shared helpers for the Qt tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

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
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def click_next(qtbot, wizard) -> None:
    button = next_button(wizard)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    click(qtbot, button)


def click_back(qtbot, wizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
