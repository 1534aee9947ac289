"""Text that is easy to read: short lines, and the rest behind a "More" disclosure.

GOV.UK's design system and GNOME's human interface guidelines both advise lines of no
more than about 75–90 characters, and one thing per page with the details a click away.
:func:`limit_line_length` caps a label's width to about :data:`LINE_CHARS` characters of
its own font; :class:`Disclosure` is a collapsed "More"/"Why?" section.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optout_gui.ui.common.roles import mark_disclosure, without_mnemonic
from optout_gui.ui.common.widgets import show_as_plain_text

# The width a text line may take, in average characters of the label's font. Prose has
# narrower letters than the average (spaces, i, l), so lines hold a few more: tests check
# that no line shown on a wizard page is longer than 90 characters.
LINE_CHARS = 80


def line_width(widget: QWidget) -> int:
    """Pixels for about LINE_CHARS characters in ``widget``'s font."""
    return widget.fontMetrics().averageCharWidth() * LINE_CHARS


def limit_line_length(layout: QLayout) -> None:
    """Every word-wrapped label placed directly in ``layout`` gets at most about LINE_CHARS
    characters a line.

    Only direct items: a layout asks a label for its height at the width the layout has,
    and a capped label nested in a row or a frame then wraps into more lines than that
    height holds (cut off). Texts nested deeper use :class:`CappedLabel`, which answers for
    its capped width. It walks the layout rather than ``findChildren``, which would also
    meet the widgets Qt makes inside a combo box or a scroll area."""
    for index in range(layout.count()):
        widget = layout.itemAt(index).widget()
        if isinstance(widget, QLabel) and widget.wordWrap():
            widget.setMaximumWidth(line_width(widget))


class CappedLabel(QLabel):
    """A word-wrapped label whose height follows its capped width.

    A layout asks a label for its height at the layout's full width; a label held to
    fewer characters a line (limit_line_length) then wraps into more lines than that
    height holds, and nested layouts cut them off. This label answers for the width it
    will really have: about LINE_CHARS characters of its font."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        show_as_plain_text(self)
        self.setMaximumWidth(line_width(self))

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return super().heightForWidth(min(width, self.maximumWidth()))


class Disclosure(QWidget):
    """A toggle (“▸ About this assistant”) and the texts it shows; collapsed at first.

    The toggle is a flat, checkable push button whose text starts with a triangle; a screen
    reader hears it as a button that is expanded or collapsed (ui/common/roles.py)."""

    CLOSED, OPEN = "▸", "▾"

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.setFlat(True)
        self.toggle.setAutoDefault(False)  # Return keeps going to the wizard's Next
        self.toggle.setAccessibleName(without_mnemonic(title))
        mark_disclosure(self.toggle)
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(20, 0, 0, 0)  # set apart under its toggle
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.content)
        self.toggle.toggled.connect(self.set_expanded)
        self.set_expanded(False)

    def add_text(self, text: str = "", name: str = "") -> QLabel:
        label = CappedLabel(text)
        if name:
            label.setObjectName(name)
        self.content_layout.addWidget(label)
        return label

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.toggle.setText(f"{self.OPEN if expanded else self.CLOSED} {self.title}")
        self.content.setVisible(expanded)
