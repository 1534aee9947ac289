"""What the lines under the reason editor say about its length: advice (very long) and
the cap (``core.limits.REASON_MAX``) where the person types. No minimum length is shown:
no source gives one, and in 2025 the reason is optional."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from optout_gui.core import reasons
from optout_gui.core.limits import REASON_MAX
from optout_gui.ui.common.widgets import StatusLine

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def show_length(status: StatusLine, text: str) -> None:
    """Advice on the length of the (normalised) text: "very long" or none."""
    if reasons.length_problem(text) == "long":
        status.show_message(
            translate(
                "ReasonEditor",
                "This is very long. A few clear paragraphs are easier for Meta's staff to "
                "read, and web forms sometimes cut off long texts.",
            ),
            "info",
        )
    else:
        status.clear_message()


def show_loaded_length(status: StatusLine, text: str) -> None:
    """A saved reason longer than the cap: only its start is in the editor; say so."""
    if len(text) <= REASON_MAX:
        status.clear_message()
        return
    status.show_message(
        translate(
            "ReasonEditor",
            "Your saved reason is longer than %1 characters, so only its start is "
            "shown. The whole text stays saved until you change it here.",
        ).replace("%1", f"{REASON_MAX:,}"),
        "info",
    )


def cut_to_limit(edit: QPlainTextEdit, status: StatusLine) -> bool:
    """Typing or pasting past REASON_MAX: keep the first REASON_MAX characters, say so.

    Qt counts UTF-16 units (an emoji is two), Python characters: the cut is made after
    REASON_MAX characters, never inside one. Undo brings the cut text back."""
    text = edit.toPlainText()
    if len(text) <= REASON_MAX:
        return False
    cursor = QTextCursor(edit.document())
    cursor.setPosition(len(text[:REASON_MAX].encode("utf-16-le")) // 2)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    show_cut(status)
    return True


def show_cut(status: StatusLine) -> None:
    """Say that text beyond REASON_MAX was left out (typed, or cut from a paste)."""
    status.show_message(
        translate(
            "ReasonEditor",
            "A reason can be at most %1 characters long, so the text after that was left "
            "out. A few clear paragraphs say enough.",
        ).replace("%1", f"{REASON_MAX:,}"),
        "error",
    )
