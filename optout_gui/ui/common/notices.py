"""Plain-language messages about the saved file."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from optout_gui.core.limits import SHOWN_IN_LINE, shortened
from optout_gui.core.progress import LoadProblem
from optout_gui.core.settings import SettingsProblem
from optout_gui.ui.common.widgets import plain_message_box

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def set_aside_text(note) -> str:
    """One objection (or some of its answers) that could not be read: which, why, where."""

    name = shortened(note.name, SHOWN_IN_LINE) or translate("notices", "without a name")
    which = translate("notices", "“%1”, started %2").replace("%1", name)
    which = which.replace("%2", note.created_at[:10] or "?")
    if note.fields:
        text = (
            translate(
                "notices",
                "In the objection %1 some answers could not be read (%2) and were left out; "
                "the rest of it is here.",
            )
            .replace("%1", which)
            .replace("%2", ", ".join(note.fields))
        )
    elif note.waiting:
        return (
            translate(
                "notices",
                "The objection %1 could not be read (%2). No copy of it could be kept yet "
                "(the disk may be full), so the file is left as it is; the copy is made, and "
                "your answers saved, as soon as there is room.",
            )
            .replace("%1", which)
            .replace("%2", note.problem)
        )
    elif note.kept_in is None:
        return (
            translate(
                "notices",
                "The objection %1 uses something this version doesn't know (%2), so it "
                "isn't shown. It stays in the file for the newer version.",
            )
            .replace("%1", which)
            .replace("%2", note.problem)
        )
    else:
        text = (
            translate(
                "notices",
                "The objection %1 could not be read (%2), so it was set aside; your other "
                "objections are all here.",
            )
            .replace("%1", which)
            .replace("%2", note.problem)
        )
    if note.kept_in is not None:
        text += " " + translate("notices", "Its saved text is kept in %1").replace(
            "%1", str(note.kept_in)
        )
    return text


def data_file_problem_text(lead: str, exc) -> str:
    """``lead``, then which of the app's own files could not be used and why (``exc``: a
    core.datafile.DataFileError, with its ``path`` and ``problem``)."""
    return (
        lead
        + "\n\n"
        + translate("notices", "File: %1").replace("%1", str(exc.path))
        + "\n"
        + translate("notices", "Problem: %1").replace("%1", exc.problem)
    )


def _naming_place(text: str, sentence: str, path: object) -> str:
    """``text``, then ``sentence`` with ``%1`` naming ``path`` if there is one."""
    return f"{text} {sentence.replace('%1', str(path))}" if path else text


def load_problem_text(problem: LoadProblem) -> str:
    if problem.kind == "damaged":
        text = translate(
            "notices", "Your saved answers could not be read, so the assistant starts afresh."
        )
        return _naming_place(
            text, translate("notices", "The damaged file was kept here: %1"), problem.moved_to
        )
    if problem.kind == "partly_damaged" and problem.set_aside:
        return "\n".join(set_aside_text(note) for note in problem.set_aside)
    if problem.kind == "partly_damaged":
        text = translate(
            "notices", "Part of your saved answers could not be read; the rest was kept."
        )
        return _naming_place(
            text, translate("notices", "A copy of the original file is here: %1"), problem.moved_to
        )
    if problem.kind == "newer_version":
        text = translate(
            "notices",
            "Your answers were saved by a newer version of this assistant. They are shown, "
            "but nothing will be saved, so that the newer version's file stays intact.",
        )
        return "\n".join([text, *(set_aside_text(note) for note in problem.set_aside)])
    if problem.kind == "unknown_version":
        return translate(
            "notices",
            "Your answers file (%1) was written by a newer version of this assistant, in a "
            "form this version can't read. It was left exactly as it is, and nothing will be "
            "saved to it. Open it with the newer version, or choose another folder with "
            "--data-dir.",
        ).replace("%1", problem.detail or "?")
    return translate(
        "notices", "Your saved answers could not be opened (%1). Nothing was changed."
    ).replace("%1", problem.detail or "?")


def settings_problem_text(problem: SettingsProblem) -> str:
    text = (
        translate(
            "notices",
            "Your settings could not be read (%1: %2), so the usual ones are used: the "
            "language follows your system until you choose one.",
        )
        .replace("%1", str(problem.path))
        .replace("%2", problem.problem)
    )
    return _naming_place(
        text, translate("notices", "The damaged file was kept here: %1"), problem.moved_to
    )


def not_deleted_text(error: OSError | None) -> str:
    """An objection could not be deleted (its file can't be written): why, and that it stays."""
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC:
        why = translate("notices", "the disk is full")
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM) or error is None:
        why = translate("notices", "the folder can't be written to")
    else:
        why = translate("notices", "the system refused (%1)").replace(
            "%1", getattr(error, "strerror", None) or "?"
        )
    return translate(
        "notices",
        "This objection could not be deleted: %1. It stays in your list and in the file, "
        "as before.",
    ).replace("%1", why)


def folder_problem_text(error: OSError) -> str:
    """The data folder could not be made: which path, why, and what that means."""

    where = str(error.filename or "?")
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        why = translate("notices", "%1 is a file, where a folder should be.").replace("%1", where)
    else:
        why = (
            translate("notices", "The folder %1 can't be made (%2).")
            .replace("%1", where)
            .replace("%2", error.strerror or "?")
        )
    return (
        why
        + " "
        + translate(
            "notices",
            "Nothing can be saved for now: your answers stay in memory while the assistant "
            "is open. Choose another folder with --data-dir, or move the file away.",
        )
    )


def show_load_problem(
    parent: QWidget,
    problem: LoadProblem | None,
    settings: SettingsProblem | None = None,
    folder_error: OSError | None = None,
) -> QMessageBox | None:
    """One message box for what went wrong reading the saved files (None if nothing did).

    Plain text: paths and file names are shown as they are, never read as markup."""
    texts = []
    if folder_error is not None:
        texts.append(folder_problem_text(folder_error))
    if problem is not None and not (folder_error and problem.kind == "unreadable"):
        texts.append(load_problem_text(problem))  # (no folder: the file can't be read either)
    if settings is not None:
        texts.append(settings_problem_text(settings))
    if not texts:
        return None
    box = plain_message_box(
        parent, QMessageBox.Icon.Warning, parent.windowTitle(), "\n\n".join(texts)
    )
    box.setObjectName("load_problem")
    box.open()
    return box
