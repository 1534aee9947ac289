"""Step 6: submit the form, then type in the emailed code before it expires."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QTime, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton

from optout_gui.core import countdown
from optout_gui.core.progress import from_iso, to_iso, utc_now
from optout_gui.ui.pages.base import StepPage
from optout_gui.ui.widgets import StatusLine

Clock = Callable[[], dt.datetime]


class CodePage(StepPage):
    step_id = "code"

    def __init__(self, guide, session, clock: Clock = utc_now, parent=None):
        super().__init__(guide, session, parent)
        self._clock = clock

        self.received_button = QPushButton(self.tr("I've &received the code"))
        self.received_button.setObjectName("code_received")
        self.entered_button = QPushButton(self.tr("I've &entered the code"))
        self.entered_button.setObjectName("code_entered")
        for button in (self.received_button, self.entered_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.received_button)
        row.addWidget(self.entered_button)
        row.addStretch(1)
        self.body.addLayout(row)

        self.timer_label = QLabel()
        self.timer_label.setObjectName("countdown")
        font = self.timer_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.timer_label.setWordWrap(True)
        self.body.addWidget(self.timer_label)

        self.skip_box = QCheckBox(self.tr("I &wasn't asked for a code"))
        self.skip_box.setObjectName("code_skipped")
        self.body.addWidget(self.skip_box)
        self.missing = StatusLine()
        self.missing.setObjectName("missing")
        self.body.addWidget(self.missing)
        self.finish_layout()

        # A coarse 1 Hz tick; the remaining time is always recomputed from the stored time.
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)

        self.received_button.clicked.connect(self.code_received)
        self.entered_button.clicked.connect(self.code_entered)
        self.skip_box.toggled.connect(self._skip_toggled)
        self.load_answers()

    def load_answers(self) -> None:
        self.skip_box.setChecked(self.session.progress.code_skipped)
        self._update_state()

    def received_at(self) -> dt.datetime | None:
        return from_iso(self.session.progress.code_received_at)

    def code_received(self) -> None:
        self.session.update(code_received_at=to_iso(self._clock()), code_entered_at=None)
        self._update_state()

    def code_entered(self) -> None:
        self.session.update(code_entered_at=to_iso(self._clock()))
        self._update_state()

    def _skip_toggled(self, checked: bool) -> None:
        self.session.update(code_skipped=checked)
        self._update_state()

    def _update_state(self) -> None:
        progress = self.session.progress
        running = self.received_at() is not None and progress.code_entered_at is None
        self.entered_button.setEnabled(self.received_at() is not None)
        if running and not progress.code_skipped:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.tick()
        if self.isComplete():
            self.missing.clear_message()
        else:
            self.missing.show_message(
                self.tr(
                    "To go on, press “I've entered the code” once you have typed it in, "
                    "or tick “I wasn't asked for a code”."
                ),
                "info",
            )
        self.completeChanged.emit()

    def tick(self) -> None:
        progress = self.session.progress
        received = self.received_at()
        if progress.code_skipped:
            self.timer_label.setText(self.tr("No code needed."))
        elif received is None:
            self.timer_label.setText(self.tr("Timer not started."))
        elif progress.code_entered_at is not None:
            self.timer_label.setText(self.tr("Code entered. Well done."))
        else:
            left = countdown.remaining(received, self._clock())
            expiry = countdown.code_expiry(received).astimezone()
            at = QLocale().toString(
                QTime(expiry.hour, expiry.minute), QLocale.FormatType.ShortFormat
            )
            if left.total_seconds() > 0:
                self.timer_label.setText(
                    self.tr("Code expires in %1 (at %2).")
                    .replace("%1", countdown.format_mm_ss(left))
                    .replace("%2", at)
                )
            else:
                self._ticker.stop()
                self.timer_label.setText(
                    self.tr(
                        "The code expired at %1. Submit Meta's form again to get a new code, "
                        "then press “I've received the code”."
                    ).replace("%1", at)
                )

    def isComplete(self) -> bool:
        progress = self.session.progress
        return progress.code_skipped or progress.code_entered_at is not None

    def main_control(self):
        return self.received_button
