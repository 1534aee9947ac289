"""The code countdown while the app runs: one coarse 1 Hz tick, warnings, a status line.

``CodeTimer`` is owned by the wizard and shared with the code page, so the countdown
keeps running (and stays visible) on every page. All times come from the saved
attempts in ``Progress.code_attempts`` and the injected clocks; the tick only decides
when to look again.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from optout_gui.core.countdown import (
    CodeCountdown,
    MonotonicClock,
    Phase,
    WallClock,
    format_mm_ss,
    utc_now,
)
from optout_gui.core.progress import ProgressSession, from_iso, to_iso
from optout_gui.ui.widgets import follow_palette

log = logging.getLogger(__name__)

TICK_MS = 1000


def local_time_text(moment: dt.datetime) -> str:
    """A time of day in the person's time zone and locale, e.g. "15:05" or "3:05 PM"."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have screen readers read ``text`` out once (Qt 6.8+)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


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
    Phase.URGENT: (
        "background: palette(highlight); border: 2px solid palette(text);",
        "font-weight: bold; color: palette(highlighted-text);",
    ),
    Phase.EXPIRED: ("border: 2px solid palette(text);", "font-weight: bold;"),
}


def phase_style_sheet(name: str, phase: Phase | None) -> str:
    frame, text = PHASE_STYLE.get(phase, ("", ""))
    return f"#{name} {{ {frame} }} #{name} QLabel {{ {text} }}"


class CodeTimer(QObject):
    """The countdown for the code Meta emailed, shared by the wizard and the code page."""

    # "Changed" (once a second while running) is a plain callback list, not a Qt signal:
    # PySide6 6.12.0 leaked a reference on every Signal.emit() from Python, which a
    # once-a-second emit would turn into a crash within minutes.
    warned = Signal(object)  # a threshold (timedelta) was reached; see warning_text
    expired = Signal()

    def __init__(
        self,
        session: ProgressSession,
        *,
        clock: WallClock = utc_now,
        monotonic: MonotonicClock = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self._monotonic = monotonic
        self._countdown: CodeCountdown | None = None
        self._tray: QSystemTrayIcon | None = None
        self._quiet = False
        self._listeners: list[Callable[[], None]] = []
        self.warning_text = ""
        self.warning_threshold: dt.timedelta | None = None
        self._ticker = QTimer(self)
        self._ticker.setTimerType(Qt.TimerType.CoarseTimer)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self.reload()

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the state or the remaining time changes."""
        self._listeners.append(callback)

    def _notify_changed(self) -> None:
        for callback in list(self._listeners):
            callback()

    # --- saved attempts -----------------------------------------------------------
    def attempts(self) -> list[dict]:
        return self.session.progress.code_attempts

    def last_attempt(self) -> dict | None:
        attempts = self.attempts()
        return attempts[-1] if attempts else None

    def open_attempt(self) -> dict | None:
        last = self.last_attempt()
        if last is None or "entered_at" in last or "expired_at" in last:
            return None
        return last

    def _save_attempts(self, attempts: list[dict], **more) -> None:
        last = attempts[-1] if attempts else {}
        self.session.update(
            code_attempts=attempts,
            code_received_at=last.get("received_at"),
            code_entered_at=last.get("entered_at"),
            **more,
        )

    # --- state --------------------------------------------------------------------
    def state(self) -> str:
        """ "skipped" | "idle" | "running" | "expired" | "entered"."""
        if self.session.progress.code_skipped:
            return "skipped"
        last = self.last_attempt()
        if last is None:
            return "idle"
        if "entered_at" in last:
            return "entered"
        if "expired_at" in last:
            return "expired"
        return "running"

    def remaining(self) -> dt.timedelta | None:
        return None if self._countdown is None else self._countdown.remaining()

    def phase(self) -> Phase | None:
        state = self.state()
        if state == "expired":
            return Phase.EXPIRED
        if state != "running" or self._countdown is None:
            return None
        return self._countdown.phase()

    def expires_at(self) -> dt.datetime | None:
        last = self.last_attempt()
        return None if last is None else from_iso(last["expires_at"])

    def is_ticking(self) -> bool:
        return self._ticker.isActive()

    # --- actions ------------------------------------------------------------------
    def reload(self) -> None:
        """Rebuild from the saved answers (at start-up and after "Start over")."""
        self._countdown = None
        self.warning_text = ""
        self.warning_threshold = None
        self._quiet = True  # an expiry found while loading needs no alarm
        attempt = self.open_attempt()
        if attempt is not None:
            self._countdown = CodeCountdown(
                from_iso(attempt["received_at"]),
                expires_at=from_iso(attempt["expires_at"]),
                wall=self.clock,
                monotonic=self._monotonic,
            )
        try:
            self._sync()
        finally:
            self._quiet = False

    def start(self, received_at: dt.datetime | None = None) -> None:
        """A code arrived (now, or at ``received_at``): count down one hour from then."""
        now = self.clock()
        received_at = now if received_at is None else min(received_at, now)
        attempts = [dict(a) for a in self.attempts()]
        if attempts and self.open_attempt() is not None:
            # A newer code replaces one still running; keep when the old one was dropped.
            attempts[-1]["expired_at"] = to_iso(min(now, from_iso(attempts[-1]["expires_at"])))
        countdown = CodeCountdown(received_at, wall=self.clock, monotonic=self._monotonic)
        attempts.append(
            {"received_at": to_iso(received_at), "expires_at": to_iso(countdown.expires_at)}
        )
        self._save_attempts(attempts, code_skipped=False)
        self.reload()

    def mark_entered(self) -> None:
        if self.open_attempt() is None:
            return
        attempts = [dict(a) for a in self.attempts()]
        attempts[-1]["entered_at"] = to_iso(self.clock())
        self._save_attempts(attempts)
        self.reload()

    def set_skipped(self, skipped: bool) -> None:
        if skipped != self.session.progress.code_skipped:
            self.session.update(code_skipped=skipped)
        self._sync()

    def stop_ticking(self) -> None:
        """Stop the tick (tests' teardown; the wizard closing)."""
        self._ticker.stop()
        self._hide_tray()

    # --- the tick -----------------------------------------------------------------
    def _sync(self) -> None:
        if self.state() == "running" and self._countdown is not None:
            if not self._ticker.isActive():
                self._ticker.start()
            self.tick()
        else:
            self.stop_ticking()
            self._notify_changed()

    def tick(self) -> None:
        countdown = self._countdown
        if countdown is None or self.state() != "running":
            self.stop_ticking()
            return
        if countdown.expired():
            self._record_expiry()
            return
        for threshold in countdown.due_warnings():
            self._warn(threshold)
        self._notify_changed()

    def _record_expiry(self) -> None:
        attempts = [dict(a) for a in self.attempts()]
        attempts[-1]["expired_at"] = attempts[-1]["expires_at"]
        self._save_attempts(attempts)
        self._countdown = None
        self.warning_text = ""
        self.warning_threshold = None
        self.stop_ticking()
        if not self._quiet:
            text = self.tr("Meta's code has expired. You can ask for a new one.")
            self._attention(text, urgent=True)
        self.expired.emit()
        self._notify_changed()

    def _warn(self, threshold: dt.timedelta) -> None:
        minutes = round(threshold.total_seconds() / 60)
        if minutes == 1:
            text = self.tr("Only 1 minute left! Type Meta's code in now.")
        else:
            text = self.tr("%1 minutes left to type in Meta's code.").replace("%1", str(minutes))
        self.warning_text = text
        self.warning_threshold = threshold
        self._attention(text, urgent=minutes <= 1)
        self.warned.emit(threshold)

    # --- getting the person's attention, once per warning ---------------------------
    def window(self) -> QWidget | None:
        parent = self.parent()
        if isinstance(parent, QWidget):
            return parent.window()
        return QApplication.activeWindow()

    def _attention(self, text: str, urgent: bool) -> None:
        window = self.window()
        if window is not None:
            QApplication.alert(window, 0)  # taskbar entry asks for attention
            announce(window, text, urgent)
        self._notify(text)

    def _notify(self, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            window = self.window()
            icon = QApplication.windowIcon()
            if icon.isNull() and window is not None:
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._tray = QSystemTrayIcon(icon, self)
        self._tray.show()
        self._tray.showMessage(
            self.tr("Meta's code"), text, QSystemTrayIcon.MessageIcon.Warning, 15000
        )

    def _hide_tray(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    # --- texts --------------------------------------------------------------------
    def status_text(self) -> str:
        """One line for every page, or "" when there is nothing to count."""
        state = self.state()
        if state == "expired":
            return self.tr(
                "Meta's code expired at %1. The code step shows how to get a new one."
            ).replace("%1", local_time_text(self.expires_at()))
        if state != "running" or self._countdown is None:
            return ""
        left = format_mm_ss(self._countdown.remaining())
        phase = self._countdown.phase()
        if phase is Phase.URGENT:
            return self.tr("Last minute: Meta's code expires in %1! Type it in now.").replace(
                "%1", left
            )
        if phase is Phase.HURRY:
            return self.tr("Hurry: Meta's code expires in %1. Type it in soon.").replace("%1", left)
        return self.tr("Meta's code expires in %1.").replace("%1", left)

    def title_suffix(self) -> str:
        state = self.state()
        if state == "expired":
            return self.tr("code expired")
        if state != "running" or self._countdown is None:
            return ""
        return self.tr("code %1").replace("%1", format_mm_ss(self._countdown.remaining()))


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
        self.setAccessibleName(text)
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
    """A thin bar showing the part of the hour that is left.

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
