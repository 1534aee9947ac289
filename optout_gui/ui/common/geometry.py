"""Where the app's window opens and how large.

The wizard and the overview share one place on the screen: the overview opens where the
wizard was, and the next start opens where the last window closed (kept in the settings).
Without a saved place the window opens centred, large enough that no step needs scrolling
on a 1366×768 laptop screen at the usual font size, and never larger than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from optout_gui.ui.common.widgets import scrolls_to_reveal

# In lines of the application font: measured on the tallest step (the form page, about
# 45 lines at 9 pt in English and German) with a little room to spare.
WIDTH_LINES = 80
HEIGHT_LINES = 49
# A window's title bar and borders, which the available area must also hold.
FRAME_ALLOWANCE = QSize(16, 40)


def wanted_size(metrics: QFontMetrics | None = None) -> QSize:
    line = (metrics or QFontMetrics(QGuiApplication.font())).lineSpacing()
    return QSize(WIDTH_LINES * line, HEIGHT_LINES * line)


# Of FRAME_ALLOWANCE: the title bar above the window's content (the rest is the borders).
TITLE_BAR = FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2


def room_on(available: QRect) -> QSize:
    """The largest content size whose window (frame included) fits in ``available``."""
    return available.size() - FRAME_ALLOWANCE


def centred(wanted: QSize, available: QRect, minimum: QSize | None = None) -> QRect:
    """``wanted`` shrunk to fit ``available`` (with room for the window frame), centred;
    the rectangle is the window's content, its frame (title bar included) lies inside
    ``available`` too."""
    room = room_on(available)
    size = wanted.boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum.boundedTo(room))
    frame = QRect(0, 0, size.width(), size.height()).adjusted(
        -FRAME_ALLOWANCE.width() // 2,
        -TITLE_BAR,
        FRAME_ALLOWANCE.width() // 2,
        FRAME_ALLOWANCE.height() - TITLE_BAR,
    )
    frame.moveCenter(available.center())
    frame.moveTop(max(available.top(), frame.top()))
    frame.moveLeft(max(available.left(), frame.left()))
    return QRect(
        frame.left() + FRAME_ALLOWANCE.width() // 2, frame.top() + TITLE_BAR, size.width(),
        size.height(),
    )  # fmt: skip


def available_for(window: QWidget) -> QRect:
    """The screen area ``window`` may use: its screen's, less panels and docks."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_dialog(dialog: QWidget, wanted: QSize) -> None:
    """Before a dialog shows: as large as ``wanted`` where the screen allows it, never
    larger than the screen's free area (with its frame). Qt then centres it over its
    parent and keeps it on the screen; :func:`keep_on_screen` checks after showing."""
    room = room_on(available_for(dialog))
    size = wanted.boundedTo(room).expandedTo(dialog.minimumSizeHint().boundedTo(room))
    dialog.resize(size)


def keep_on_screen(window: QWidget) -> None:
    """Move a shown window whose frame sticks out of the available area back inside it
    (shrinking it when it is larger than the area)."""
    available = available_for(window)
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    extra = frame.size() - window.size()
    room = available.size() - extra
    if window.width() > room.width() or window.height() > room.height():
        window.resize(window.size().boundedTo(room))
        frame = window.frameGeometry()
    x = min(max(frame.left(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.top(), available.top()), available.bottom() + 1 - frame.height())
    window.move(x, y)


def usable_saved(saved: list[int] | None, screens: list[QRect]) -> QRect | None:
    """The saved place if it still fits on a screen (screens change: a laptop undocked)."""
    if not saved or len(saved) != 4:
        return None
    rect = QRect(*saved)
    if rect.width() < 200 or rect.height() < 150:
        return None
    for screen in screens:
        # With its frame: a place saved on a larger screen (or at another scale) whose
        # title bar would now be off this one is not used.
        if (
            screen.contains(rect.center())
            and rect.width() + FRAME_ALLOWANCE.width() <= screen.width()
            and rect.height() + FRAME_ALLOWANCE.height() <= screen.height()
        ):
            return rect
    return None


def place_first(window: QWidget, saved: list[int] | None = None) -> None:
    """Put a window that opens for the first time in this run where it belongs."""
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    rect = usable_saved(saved, screens)
    if rect is None:
        rect = centred(wanted_size(), available_for(window), window.minimumSize())
    window.setGeometry(rect)


def as_list(window: QWidget) -> list[int]:
    rect = window.geometry()
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def scrolling_body(layout, footer=None) -> QWidget:
    """A scroll area holding ``layout`` (a dialog's content); with ``footer`` (a layout of
    the dialog's action buttons), a widget with the area and the footer under it, which
    stays in view however far the content scrolls."""
    content = QWidget()
    content.setObjectName("scrolling_content")
    content.setLayout(layout)
    area = scrolls_to_reveal(QScrollArea())
    area.setObjectName("scrolling_body")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame: Tab goes to the controls inside
    area.setWidget(content)
    if footer is None:
        return area
    outer = QWidget()
    column = QVBoxLayout(outer)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(area, 1)
    column.addLayout(footer)
    return outer


def long_list_combo(parent: QWidget | None = None, visible_items: int = 12):
    """A combo box for a long list (countries): its popup is a scrolling list of about
    ``visible_items`` rows, not a column the height of the screen (Fusion's default), and
    it opens with a row highlighted even when nothing is chosen yet, so the arrow keys
    and the eye start somewhere."""

    class LongListCombo(QComboBox):
        def showPopup(self) -> None:  # noqa: N802 (Qt naming)
            super().showPopup()
            if self.currentIndex() < 0 and self.count():
                self.view().setCurrentIndex(self.model().index(0, self.modelColumn()))

    combo = LongListCombo(parent)
    combo.setMaxVisibleItems(visible_items)
    combo.setStyleSheet("QComboBox { combobox-popup: 0; }")  # honour maxVisibleItems
    return combo
