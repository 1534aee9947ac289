"""The code countdown while the app runs: one coarse 1 Hz tick, the warnings, the texts.

``CodeTimer`` is owned by the wizard and shared with the code page, so the countdown
keeps running on every page. What the code's state is and how the saved attempts change
is decided in ``core/countdown.py``; this only ticks, saves those changes through the
session, and gets the person's attention. The widgets that show it are in
``ui/wizard/countdown.py``, built only once there is a code.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from optout_gui.core.code_state import (
    CodeCountdown,
    CodeState,
    MonotonicClock,
    Phase,
    WallClock,
    arrival_changes,
    attempt_entered_at,
    attempt_expires_at,
    code_state,
    countdown_for,
    entered_changes,
    expiry_changes,
    format_mm_ss,
    last_attempt,
    open_attempt,
)
from optout_gui.core.progress import utc_now
from optout_gui.core.session import Session
from optout_gui.ui.common.dates import date_time_text

TICK_MS = 1000


def local_time_text(moment: dt.datetime) -> str:
    """A time of day in the person's time zone and locale, e.g. "15:05" or "3:05 PM"."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def is_same_day(moment: dt.datetime, now: dt.datetime) -> bool:
    """``moment`` fell on ``now``'s day, in the person's time zone."""
    return moment.astimezone().date() == now.astimezone().date()


def moment_text(moment: dt.datetime, now: dt.datetime) -> str:
    """The time of day, with the date in front when that was not today: "15:05", or
    "5 Dec 2026 15:05" for a step recorded on an earlier day."""
    if is_same_day(moment, now):
        return local_time_text(moment)
    local = moment.astimezone()
    return date_time_text(local, local.tzinfo)


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have screen readers read ``text`` out once (Qt 6.8+)."""

    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class CodeTimer(QObject):
    """The countdown for the code Meta emailed, shared by the wizard and the code page."""

    # "Changed" (once a second while running) is a plain callback list, not a Qt signal:
    # PySide6 6.12.0 leaked a reference on every Signal.emit() from Python, which a
    # once-a-second emit would turn into a crash within minutes.
    warned = Signal(object)  # a threshold (timedelta) was reached; see warning_text
    expired = Signal()

    def __init__(
        self,
        session: Session,
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
        self._tray = None  # a QSystemTrayIcon once a warning needs it
        self._quiet = False
        self._listeners: list[Callable[[], None]] = []
        self.warning_text = ""
        self.warning_threshold: dt.timedelta | None = None
        self._ticker: QTimer | None = None  # made when a code first counts down
        self.reload()

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the state or the remaining time changes."""
        self._listeners.append(callback)

    def _notify_changed(self) -> None:
        for callback in list(self._listeners):
            callback()

    # --- the code's state (decided in core/countdown.py) ----------------------------
    def attempts(self) -> list[dict]:
        return self.session.progress.code_attempts

    def last_attempt(self) -> dict | None:
        return last_attempt(self.session.progress)

    def open_attempt(self) -> dict | None:
        return open_attempt(self.session.progress)

    def state(self) -> CodeState:
        return code_state(self.session.progress)

    def remaining(self) -> dt.timedelta | None:
        return None if self._countdown is None else self._countdown.remaining()

    def phase(self) -> Phase | None:
        state = self.state()
        if state == CodeState.EXPIRED:
            return Phase.EXPIRED
        if state != CodeState.RUNNING or self._countdown is None:
            return None
        return self._countdown.phase()

    def clock_behind(self) -> bool:
        """The computer's clock shows a time before the code arrived: no countdown."""
        return self._countdown is not None and self._countdown.clock_behind()

    def expires_at(self) -> dt.datetime | None:
        return attempt_expires_at(self.session.progress)

    def entered_at(self) -> dt.datetime | None:
        return attempt_entered_at(self.session.progress)

    def is_ticking(self) -> bool:
        return self._ticker is not None and self._ticker.isActive()

    # --- actions ------------------------------------------------------------------
    def reload(self) -> None:
        """Rebuild from the saved answers (at start-up and after "Start over")."""
        self._countdown = None
        self.warning_text = ""
        self.warning_threshold = None
        self._quiet = True  # an expiry found while loading needs no alarm
        self._countdown = countdown_for(
            self.session.progress, wall=self.clock, monotonic=self._monotonic
        )
        try:
            self._sync()
        finally:
            self._quiet = False

    def start(self, received_at: dt.datetime | None = None) -> None:
        """A code arrived (now, or at ``received_at``): count down its lifetime from then
        (``CODE_LIFETIME``, guide data: what older forms allowed)."""
        self.session.update(**arrival_changes(self.session.progress, self.clock(), received_at))
        self.reload()

    def mark_entered(self) -> None:
        changes = entered_changes(self.session.progress, self.clock())
        if changes is None:
            return
        self.session.update(**changes)
        self.reload()

    def set_skipped(self, skipped: bool) -> None:
        if skipped != self.session.progress.code_skipped:
            self.session.update(code_skipped=skipped)
        self._sync()

    def stop_ticking(self) -> None:
        """Stop the tick (tests' teardown; the wizard closing)."""
        if self._ticker is not None:
            self._ticker.stop()
        self._hide_tray()

    # --- the tick -----------------------------------------------------------------
    def _sync(self) -> None:
        if self.state() == CodeState.RUNNING and self._countdown is not None:
            if not self.is_ticking():
                self._make_ticker().start()
            self.tick()
        else:
            self.stop_ticking()
            self._notify_changed()

    def _make_ticker(self) -> QTimer:
        if self._ticker is None:
            self._ticker = QTimer(self)
            self._ticker.setTimerType(Qt.TimerType.CoarseTimer)
            self._ticker.setInterval(TICK_MS)
            self._ticker.timeout.connect(self.tick)
        return self._ticker

    def tick(self) -> None:
        countdown = self._countdown
        if countdown is None or self.state() != CodeState.RUNNING:
            self.stop_ticking()
            return
        if countdown.expired():
            self._record_expiry()
            return
        for threshold in countdown.due_warnings():
            self._warn(threshold)
        self._notify_changed()

    def _record_expiry(self) -> None:
        self.session.update(**expiry_changes(self.session.progress))
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
        if state == CodeState.EXPIRED:
            return self.tr(
                "Meta's code expired at %1. The code step shows how to get a new one."
            ).replace("%1", local_time_text(self.expires_at()))
        if state != CodeState.RUNNING or self._countdown is None:
            return ""
        if self._countdown.clock_behind():
            return self.clock_behind_text()
        left = format_mm_ss(self._countdown.remaining())
        phase = self._countdown.phase()
        if phase is Phase.URGENT:
            return self.tr("Last minute: Meta's code expires in %1! Type it in now.").replace(
                "%1", left
            )
        if phase is Phase.HURRY:
            return self.tr("Hurry: Meta's code expires in %1. Type it in soon.").replace("%1", left)
        return self.tr("Meta's code expires in %1.").replace("%1", left)

    def spoken_text(self) -> str:
        """The time left for screen readers, in whole minutes: it changes at most once a
        minute (the 10/5/1-minute warnings are announced on their own)."""
        state = self.state()
        if state == CodeState.EXPIRED:
            return self.tr("Meta's code has expired.")
        if state != CodeState.RUNNING or self._countdown is None:
            return ""
        if self._countdown.clock_behind():
            return self.clock_behind_text()
        seconds = self._countdown.remaining().total_seconds()
        minutes = max(1, math.ceil(seconds / 60))
        return self.tr("%n minute(s) left to type in Meta's code, until %1.", "", minutes).replace(
            "%1", local_time_text(self.expires_at())
        )

    def title_suffix(self) -> str:
        """For the window's title, which screen readers read as the window's name: the
        clock time the code runs until, so the title doesn't change while the code runs
        (the seconds are on the page; the warnings are announced on their own)."""
        state = self.state()
        if state == CodeState.EXPIRED:
            return self.tr("code expired")
        if state != CodeState.RUNNING or self._countdown is None or self.clock_behind():
            return ""
        return self.tr("code valid until %1").replace("%1", local_time_text(self.expires_at()))

    def clock_behind_text(self) -> str:
        return (
            self.tr(
                "This computer's clock shows a time before Meta's code arrived (at %1), so "
                "the time left can't be counted. The code works until %2: check the time "
                "on your phone."
            )
            .replace("%1", local_time_text(self._countdown.received_at))
            .replace("%2", local_time_text(self.expires_at()))
        )
