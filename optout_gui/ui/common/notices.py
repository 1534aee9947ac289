"""Plain-language messages about the saved file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from optout_gui.core.progress import LoadProblem

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def load_problem_text(problem: LoadProblem) -> str:
    where = str(problem.moved_to) if problem.moved_to else ""
    if problem.kind == "damaged":
        text = translate(
            "notices", "Your saved answers could not be read, so the assistant starts afresh."
        )
        if where:
            text += " " + translate("notices", "The damaged file was kept here: %1").replace(
                "%1", where
            )
        return text
    if problem.kind == "partly_damaged":
        text = translate(
            "notices", "Part of your saved answers could not be read; the rest was kept."
        )
        if where:
            text += " " + translate("notices", "A copy of the original file is here: %1").replace(
                "%1", where
            )
        return text
    if problem.kind == "newer_version":
        return translate(
            "notices",
            "Your answers were saved by a newer version of this assistant. They are shown, "
            "but nothing will be saved, so that the newer version's file stays intact.",
        )
    return translate(
        "notices", "Your saved answers could not be opened (%1). Nothing was changed."
    ).replace("%1", problem.detail or "?")


def show_load_problem(parent: QWidget, problem: LoadProblem | None) -> QMessageBox | None:
    if problem is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        parent.windowTitle(),
        load_problem_text(problem),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("load_problem")
    box.open()
    return box
