"""The data folder can't be used (it belongs to another user account): say so plainly and
offer to choose another folder. Going on without one starts the app with nothing saved."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from optout_gui.core.paths import AppPaths, folder_access_problem
from optout_gui.ui.common.widgets import ask_two_ways

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def folder_problem_text(problem: OSError) -> str:
    folder = str(problem.filename or "?")
    if problem.strerror == "it belongs to another user account":
        why = translate("startup", "it belongs to another user account")
    else:
        why = problem.strerror or type(problem).__name__
    return (
        translate(
            "startup",
            "The data folder %1 can't be used: %2. Your answers can't be read from it or "
            "saved in it.\n\nChoose another folder for your answers (a new empty one is "
            "fine), or go on without: then nothing you type is saved.",
        )
        .replace("%1", folder)
        .replace("%2", why)
    )


def ask_other_folder(problem: OSError) -> Path | None:
    """The folder the person chose instead, or None to go on without saving."""
    if not ask_two_ways(
        folder_problem_text(problem),
        translate("startup", "Choose another folder…"),
        translate("startup", "Go on without saving"),
        default_accept=True,
    ):
        return None
    chosen = QFileDialog.getExistingDirectory(
        None, translate("startup", "Choose a folder for your answers"), str(Path.home())
    )
    return Path(chosen) if chosen else None


def other_folder_if_chosen(paths: AppPaths, problem: OSError, ask: bool) -> AppPaths:
    """The data folder can't be used (another user's): say so, and offer another one."""
    if sys.stderr is not None:
        print(folder_problem_text(problem), file=sys.stderr)
    while ask and (chosen := ask_other_folder(problem)) is not None:
        problem = folder_access_problem(chosen)
        if problem is None:
            return AppPaths.for_user(chosen)
    return paths  # it starts; the store says the file can't be opened, and nothing is saved
