"""Measuring what a page shows without a click: its words and its longest line."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from optout_gui.ui.common.roles import without_mnemonic

_WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*")


def visible_texts(page: QWidget) -> list[str]:
    """The page's title and every text on it that shows without a click (labels, group
    titles, buttons), in the order of the widget tree."""
    texts = [page.title()] if hasattr(page, "title") and page.title() else []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLabel) and not widget.pixmap().isNull():
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            continue
        text = without_mnemonic(text).strip()
        if text:
            texts.append(text)
    return texts


def word_count(texts: list[str]) -> int:
    return sum(len(_WORD_RE.findall(text)) for text in texts)


def longest_line(page: QWidget) -> tuple[int, str]:
    """The most characters on one laid-out line of any visible word-wrapped label."""
    longest = (0, "")
    for label in page.findChildren(QLabel):
        if not (label.isVisibleTo(page) and label.wordWrap() and label.text()):
            continue
        width = label.contentsRect().width()
        for paragraph in label.text().split("\n"):
            layout = QTextLayout(paragraph, label.font())
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start, length = line.textStart(), line.textLength()
                piece = paragraph[start : start + length].rstrip()
                if len(piece) > longest[0]:
                    longest = (len(piece), piece)
            layout.endLayout()
    return longest
