"""Where the app's window opens and how large.

The wizard and the overview share one place on the screen: the overview opens where the
wizard was, and the next start opens where the last window closed (kept in the settings).
Without a saved place the window opens centred, large enough that no step needs scrolling
on a 1366×768 laptop screen at the usual font size, and never larger than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

# In lines of the application font: measured on the tallest step (the form page, about
# 45 lines at 9 pt in English and German) with a little room to spare.
WIDTH_LINES = 80
HEIGHT_LINES = 49
# A window's title bar and borders, which the available area must also hold.
FRAME_ALLOWANCE = QSize(16, 40)


def wanted_size(metrics: QFontMetrics | None = None) -> QSize:
    line = (metrics or QFontMetrics(QGuiApplication.font())).lineSpacing()
    return QSize(WIDTH_LINES * line, HEIGHT_LINES * line)


def centred(wanted: QSize, available: QRect, minimum: QSize | None = None) -> QRect:
    """``wanted`` shrunk to fit ``available`` (with room for the window frame), centred."""
    room = available.size() - FRAME_ALLOWANCE
    size = wanted.boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum.boundedTo(room))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top() + FRAME_ALLOWANCE.height() - 8, rect.top()))
    return rect


def usable_saved(saved: list[int] | None, screens: list[QRect]) -> QRect | None:
    """The saved place if it still fits on a screen (screens change: a laptop undocked)."""
    if not saved or len(saved) != 4:
        return None
    rect = QRect(*saved)
    if rect.width() < 200 or rect.height() < 150:
        return None
    for screen in screens:
        if (
            screen.contains(rect.center())
            and rect.width() <= screen.width()
            and (rect.height() <= screen.height())
        ):
            return rect
    return None


def place_first(window: QWidget, saved: list[int] | None = None) -> None:
    """Put a window that opens for the first time in this run where it belongs."""
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    rect = usable_saved(saved, screens)
    if rect is None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
        rect = centred(wanted_size(), available, window.minimumSize())
    window.setGeometry(rect)


def as_list(window: QWidget) -> list[int]:
    rect = window.geometry()
    return [rect.x(), rect.y(), rect.width(), rect.height()]
