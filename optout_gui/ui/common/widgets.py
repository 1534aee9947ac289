"""Small reusable widgets: wrapped paragraphs, a copy-to-clipboard field, status lines."""

from __future__ import annotations

import sys
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optout_gui import APP_NAME
from optout_gui.core.languages import available_languages, language_name

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def paste_shortcut() -> str:
    return QKeySequence(QKeySequence.StandardKey.Paste).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def copy_to_clipboard(text: str) -> bool:
    """Put ``text`` on the system clipboard; False if the clipboard refused it."""
    try:
        clipboard = QGuiApplication.clipboard()
        if clipboard is None:
            return False
        clipboard.setText(text)
        return clipboard.text() == text
    except Exception:
        return False


def paste_reminder() -> str:
    """Extra advice after copying, where the clipboard empties when the app quits."""
    if sys.platform.startswith("linux"):
        return translate(
            "widgets", "Paste it before you close this app: on Linux the copy is lost then."
        )
    return ""


def show_as_plain_text(label: QLabel) -> None:
    """Never read a label's text as HTML."""
    label.setTextFormat(Qt.TextFormat.PlainText)


def plain_message_box(parent: QWidget | None, icon, title: str, text: str, buttons=None):
    """A QMessageBox whose text is never read as HTML.

    QMessageBox guesses (Qt.AutoText): a name like ``<h1>x</h1>`` from the data file would
    be shown as a heading, and a link as a link. Every box that shows text from the person
    or from a file is made here."""

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_yes_cancel(parent: QWidget, title: str, question: str) -> bool:
    """A yes/cancel question with Cancel as the default; True for Yes. Plain text."""

    buttons = QMessageBox.StandardButton
    box = plain_message_box(
        parent, QMessageBox.Icon.Question, title, question, buttons.Yes | buttons.Cancel
    )
    box.setDefaultButton(buttons.Cancel)
    return box.exec() == buttons.Yes


def ask_two_ways(text: str, accept: str, reject: str, *, default_accept: bool) -> bool:
    """A warning with only two buttons, ``accept`` and ``reject`` (also Escape), before any
    window shows; True if ``accept`` was pressed. Plain text."""

    box = plain_message_box(
        None, QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.NoButton
    )
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_accept else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def wrapped_label(text: str = "", *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    show_as_plain_text(label)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Restyler(QObject):
    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._applied = self._key()
        widget.installEventFilter(self)

    @staticmethod
    def _key() -> tuple:
        palette = QGuiApplication.palette()
        roles = (QPalette.ColorRole.Text, QPalette.ColorRole.Highlight, QPalette.ColorRole.Window)
        return tuple(palette.color(role).rgba() for role in roles)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ThemeChange):
            key = self._key()
            if key != self._applied and watched.styleSheet():
                self._applied = key
                sheet = watched.styleSheet()
                watched.setStyleSheet("")
                watched.setStyleSheet(sheet)
        return False


def follow_palette(widget: QWidget) -> None:
    """Re-resolve ``palette(...)`` in the widget's style sheet when the colour scheme
    changes (light ↔ dark while the app runs); Qt keeps the old colours otherwise."""
    _Restyler(widget)


def set_accessible_text(widget: QWidget, name: str | None = None, description=None) -> None:
    """Change a widget's accessible name or description only when the words change: each
    change is an event a screen reader may read out."""
    if name is not None and widget.accessibleName() != name:
        widget.setAccessibleName(name)
    if description is not None and widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


# The scroll areas that :func:`reveal` scrolls (each QScrollArea the app makes is put here
# by :func:`scrolls_to_reveal`); weak, so a closed dialog's area goes with it.
_SCROLL_AREAS: weakref.WeakSet = weakref.WeakSet()


def scrolls_to_reveal(area: QWidget) -> QWidget:
    """Let :func:`reveal` scroll ``area`` (a QScrollArea) for the widgets inside it."""
    _SCROLL_AREAS.add(area)
    return area


def reveal(widget: QWidget, margin: int = 12) -> None:
    """Scroll ``widget`` into view in the scroll areas around it, once the layout has made
    room for it (it may have just appeared or grown).

    The areas are the ones known to :func:`scrolls_to_reveal`, asked whether they hold the
    widget (``isAncestorOf``); walking ``parentWidget()`` up instead would meet widgets Qt
    made itself (a scroll area's viewport, the wizard's frames).
    """

    def scroll() -> None:
        try:
            widget.isVisible()
        except RuntimeError:  # the widget is gone in the meantime
            return
        areas = []
        for area in list(_SCROLL_AREAS):
            try:
                if area.isAncestorOf(widget):
                    areas.append(area)
            except RuntimeError:  # Qt deleted the area (a closed dialog's)
                _SCROLL_AREAS.discard(area)
        # The innermost area first, as an upward walk would meet them.
        areas.sort(key=lambda area: sum(other.isAncestorOf(area) for other in areas))
        for area in reversed(areas):
            area.ensureWidgetVisible(widget, margin, margin)

    scroll()  # where it is now, and again once the layout has settled
    QTimer.singleShot(0, scroll)


class StatusLine(QLabel):
    """A one-line message under a field: information, success or a problem.

    The kind is shown with a word prefix, not only colour, so it reads in any theme.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        show_as_plain_text(self)
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        appears = bool(text) and (self.isHidden() or kind != self.property("kind"))
        self.setProperty("kind", kind)
        self.setText(text)
        self.setAccessibleName(text)
        # Weight, not colour: it reads the same in light and dark schemes, and follows a
        # live change of scheme (a style sheet would keep the old palette's colours).
        font = self.font()
        font.setBold(kind == "error")
        self.setFont(font)
        self.setVisible(bool(text))
        if appears:
            reveal(self)  # a message nobody sees is no message (once, not on every update)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class CopyableField(QWidget):
    """A read-only line of text with a Copy button and a confirmation under it.

    ``copied_message``: what to do with the copy (default: paste it into Meta's form)."""

    copied = Signal(str)

    def __init__(
        self,
        text: str = "",
        *,
        button_text: str | None = None,
        what: str = "",
        copied_message: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.what = what
        self.copied_message = copied_message
        self.line = QLineEdit(text)
        self.line.setReadOnly(True)
        self.line.setCursorPosition(0)
        self.button = QPushButton(button_text or self.tr("&Copy"))
        self.button.setAutoDefault(False)
        self.status = StatusLine()
        if what:
            self.line.setAccessibleName(what)
            self.button.setAccessibleName(self.tr("Copy %1").replace("%1", what))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        outer.addWidget(self.status)
        self.button.clicked.connect(self.copy)
        self.button.setEnabled(bool(text))  # nothing to copy yet

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.line.setText(text)
        self.line.setCursorPosition(0)
        self.status.clear_message()
        self.button.setEnabled(bool(text))

    def copy(self) -> bool:
        return copy_with_feedback(
            self.text(), self.status, self.line, self.copied, message=self.copied_message
        )


def browser_paste_message() -> str:
    """What to do with a copied web address: paste it into the browser, not into a form."""
    return translate("widgets", "Copied. Paste it (%1) into your browser's address bar.").replace(
        "%1", paste_shortcut()
    )


def copy_with_feedback(
    text: str, status: StatusLine, source: QWidget, signal=None, *, message: str | None = None
) -> bool:
    """Copy and tell the person what happened next to the field: ``message`` (what to do
    with the copy; by default, paste it into Meta's form) or why copying failed."""
    if copy_to_clipboard(text):
        if message is None:
            message = translate("widgets", "Copied. Now paste it into Meta's form (%1).").replace(
                "%1", paste_shortcut()
            )
        reminder = paste_reminder()
        status.show_message(f"{message} {reminder}".strip(), "ok")
        if signal is not None:
            signal.emit(text)
        return True
    status.show_message(
        translate("widgets", "Copying didn't work. Select the text by hand and copy it yourself."),
        "error",
    )
    if isinstance(source, QLineEdit):
        source.setFocus()
        QTimer.singleShot(0, source, source.selectAll)
    return False


class LanguageChooser(QWidget):
    """ "Language: [Deutsch ▾]" — every language the app speaks, each in its own name.

    Emits ``chosen(code)`` when the person picks another language; the controller installs
    it and rebuilds the window.
    """

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None):
        super().__init__(parent)

        self.setObjectName("language_chooser")
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        for code in available_languages():
            self.combo.addItem(language_name(code), code)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        self.label = QLabel(translate("widgets", "&Language:"))
        self.label.setBuddy(self.combo)
        self.combo.setAccessibleName(translate("widgets", "Language of the app"))
        self.combo.setAccessibleDescription(
            translate("widgets", "Changes the language of every window at once.")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.label)
        row.addWidget(self.combo)
        self.combo.activated.connect(self._activated)

    def current(self) -> str:
        return self.combo.currentData()

    def take_focus(self) -> None:
        """Put the keyboard on the list (after a language change rebuilt the window)."""
        self.combo.setFocus()

    def _activated(self, index: int) -> None:
        self.chosen.emit(self.combo.itemData(index))


class ReflowGrid(QWidget):
    """Groups of widgets (a check box; a label with its field) in as many columns as fit,
    up to ``max_columns``: two side by side in a wide window, one under the other in a
    narrow one or with large fonts. Filled column by column, so reading order and the
    keyboard's order stay the same."""

    def __init__(self, groups: list[list[QWidget]], max_columns: int = 2, parent=None):
        super().__init__(parent)

        self.groups = groups
        self.max_columns = max_columns
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # The layout must not hold the window at the two-column width: see minimumSizeHint.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._arrange(1)

    def _group_width(self) -> int:
        widest = 0
        for group in self.groups:
            width = sum(w.sizeHint().width() for w in group)
            widest = max(widest, width + self.grid.horizontalSpacing() * (len(group) - 1))
        return widest

    def _fitting_columns(self, width: int) -> int:
        gap = 3 * max(self.grid.horizontalSpacing(), 6)
        for columns in range(self.max_columns, 1, -1):
            if columns * self._group_width() + (columns - 1) * gap <= width:
                return columns
        return 1

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for group in self.groups:
            for widget in group:
                self.grid.removeWidget(widget)
        per_column = -(-len(self.groups) // columns)
        span = max(len(group) for group in self.groups)
        for n, group in enumerate(self.groups):
            block, row = divmod(n, per_column)
            for k, widget in enumerate(group):
                self.grid.addWidget(widget, row, block * (span + 1) + k)
        for block in range(columns):
            self.grid.setColumnStretch(block * (span + 1) + span, 1)  # the gap between
        self.grid.invalidate()
        self.updateGeometry()

    def minimumSizeHint(self):  # noqa: N802 (Qt naming)

        # As narrow as one column; as tall as the columns in use now.
        return QSize(self._group_width(), self.grid.minimumSize().height())

    def sizeHint(self):  # noqa: N802 (Qt naming)
        return self.grid.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self._arrange(self._fitting_columns(event.size().width()))
        super().resizeEvent(event)
