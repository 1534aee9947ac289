"""The widgets that show the code countdown: a status line for every page and the bar.

The timer itself is ``ui/wizard/code_timer.py``; this module is imported only once a code is
counting (or has expired), so a start without one doesn't pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QStyle, QWidget

from optout_gui.core.code_state import Phase
from optout_gui.ui.common.widgets import follow_palette, set_accessible_text

if TYPE_CHECKING:
    from optout_gui.ui.wizard.code_ticker import CodeTimer


def phase_icon(widget: QWidget, phase: Phase | None):
    pixmap = {
        Phase.HURRY: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Phase.URGENT: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Phase.EXPIRED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    }.get(phase, QStyle.StandardPixmap.SP_MessageBoxInformation)
    return widget.style().standardIcon(pixmap)


# Colours come from the palette, so they read in light and dark themes; the words and
# the icon carry the meaning too. (frame style, text style)
PHASE_STYLE = {
    Phase.CALM: ("", ""),
    Phase.HURRY: ("border: 2px solid palette(highlight);", "font-weight: bold;"),
    # The last minute in reverse (window colour on text colour): as loud as it gets, and
    # above 4.5:1 in both schemes (white on the highlight colour was not: 3.7:1).
    Phase.URGENT: (
        "background: palette(window-text); border: 2px solid palette(highlight);",
        "font-weight: bold; color: palette(window);",
    ),
    Phase.EXPIRED: ("border: 2px solid palette(text);", "font-weight: bold;"),
}


def phase_style_sheet(name: str, phase: Phase | None) -> str:
    frame, text = PHASE_STYLE.get(phase, ("", ""))
    return f"#{name} {{ {frame} }} #{name} QLabel {{ {text} }}"


class CountdownStatusLine(QFrame):
    """ "Meta's code expires in 12:34." — shown by the wizard on the other pages."""

    def __init__(self, timer: CodeTimer, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("code_status")
        self.timer = timer
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("code_status_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        self._phase: Phase | None | str = "unset"
        self._suppressed = False
        follow_palette(self)
        timer.on_change(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = self.timer.status_text()
        self.text.setText(text)
        # The seconds are for the eyes; screen readers get whole minutes (a fixed name
        # on the label stops Qt from reporting its every change of text).
        spoken = self.timer.spoken_text() or text
        set_accessible_text(self.text, name=spoken)
        set_accessible_text(self, name=spoken)
        phase = self.timer.phase()
        if phase != self._phase:
            self._phase = phase
            size = self.fontMetrics().height()
            self.icon.setPixmap(phase_icon(self, phase).pixmap(size, size))
            self.setStyleSheet(phase_style_sheet(self.objectName(), phase))
        self.setVisible(bool(text) and not self._suppressed)

    def set_suppressed(self, suppressed: bool) -> None:
        """Hide on the code page, which shows the countdown in full."""
        self._suppressed = suppressed
        self.refresh()


class TimeLeftBar(QWidget):
    """A thin bar showing the part of the code's time that is left.

    Painted by hand: a styled QProgressBar woke two of Qt's worker threads on every change,
    which a countdown left open for an hour would pay for all the time.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._maximum = 1
        self._value = 0
        self.setMinimumHeight(max(8, self.fontMetrics().height() // 2))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def setRange(self, minimum: int, maximum: int) -> None:  # noqa: N802 (Qt naming)
        self._maximum = max(1, maximum - minimum)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802
        value = max(0, min(self._maximum, value))
        if value != self._value:
            self._value = value
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.minimumHeight())

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        frame = self.rect().adjusted(0, 0, -1, -1)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(frame)
        width = round((frame.width() - 1) * self._value / self._maximum)
        if width > 0:
            painter.fillRect(
                frame.x() + 1, frame.y() + 1, width, frame.height() - 1,
                palette.color(QPalette.ColorRole.Highlight),
            )  # fmt: skip
        painter.end()
