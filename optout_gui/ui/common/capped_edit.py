"""A plain-text editor with a cap on length that cuts a paste *before* inserting it.

Laying out and checking a pasted megabyte costs seconds (a million characters took 47 s in
the reason editor): the text beyond the cap is dropped from what is inserted, so the layout
and checks done for a paste never depend on how much was on the clipboard (only taking the
text from Qt does: about 10 ms for ten million characters, benchmarks/paste.py). Drag and
drop goes the same way. The owner says what was left out (``pasteCut``).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit


def room_left(cap: int, length: int, selected: int) -> int:
    """How many characters still fit when ``selected`` of ``length`` are replaced."""
    return max(0, cap - (length - selected))


class CappedPlainTextEdit(QPlainTextEdit):
    """``cap`` characters at most (0: no cap); ``pasteCut`` is emitted when a paste or a
    drop was cut to fit. Typing past the cap is its owner's to handle (one key is cheap)."""

    pasteCut = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, cap: int = 0, parent=None):
        super().__init__(parent)
        self.cap = cap

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt naming)
        if not self.cap or not source.hasText():
            super().insertFromMimeData(source)
            return
        cursor = self.textCursor()
        # Qt counts UTF-16 units; the cut is made in characters, never inside one.
        length = max(0, self.document().characterCount() - 1)
        selected = len(cursor.selectedText())
        room = room_left(self.cap, length, selected)
        text, cut = start_of_text(source, room)
        if not cut:
            super().insertFromMimeData(source)
            return
        cursor.insertText(text)
        self.ensureCursorVisible()
        self.pasteCut.emit()


def start_of_text(source: QMimeData, room: int) -> tuple[str, bool]:
    """The first ``room`` characters of the text in ``source``, and whether there was more."""
    text = source.text()
    return text[:room], len(text) > room
