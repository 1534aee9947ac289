"""The code page's first question: when the person pressed the send button on Meta's form.

"Sent" is a fact of its own, with its own time: *just now*, or a time earlier today that the
person types. A typed time can't be earlier than a step already recorded for the objection,
nor later than a code's arrival; the message says so next to the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
)

from optout_gui.core.code_state import CODE_LIFETIME, ArrivalError, not_before, parse_earlier_today
from optout_gui.core.progress import from_iso, to_iso
from optout_gui.core.session import Session
from optout_gui.ui.common.roles import name_as_shown
from optout_gui.ui.common.widgets import StatusLine, wrapped_label
from optout_gui.ui.wizard.code_ticker import is_same_day, local_time_text, moment_text

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def time_problem_text(kind: str, sending: bool = False) -> str:
    """What is wrong with a typed time (an ArrivalError's kind), in words."""
    if kind == "future":
        return translate(
            "CodePage",
            "That time hasn't come yet. Check the time, or leave the box empty if it was just now.",
        )
    if kind == "too_old" and sending:
        return translate(
            "CodePage", "That is before today. Type a time from today, or choose “Just now”."
        )
    if kind == "too_old":
        return translate(
            "CodePage",
            "Codes from older versions of Meta's form worked for about %1 minutes, "
            "and that was longer ago, so this code has most likely run out. Send "
            "Meta's form again to get a new code, then come back here.",
        ).replace("%1", str(int(CODE_LIFETIME.total_seconds() // 60)))
    return translate(
        "CodePage",
        "This time isn't clear to me. Type it like 14:05 or 2:05 pm, or type how "
        "many minutes ago it was, like 10.",
    )


def before_step_text(last_step: str | None, now: dt.datetime) -> str:
    return translate(
        "CodePage",
        "That is earlier than a step already recorded for this objection (%1). Check "
        "the time, or leave it as “just now”.",
    ).replace("%1", moment_text(from_iso(last_step), now) if last_step else "")


class SentQuestion(QGroupBox):
    """ "When did you press the send button on Meta's form?" Just now / earlier today."""

    recorded = Signal()  # the time of sending was saved

    def __init__(
        self,
        session: Session,
        clock: Callable[[], dt.datetime],
        last_step: Callable[[], str | None],
        first_code: Callable[[], dt.datetime | None],
        parent=None,
    ):
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.last_step = last_step  # the latest step recorded before sending
        self.first_code = first_code  # the first code's arrival, if any
        self.setTitle(translate("CodePage", "When did you press the send button on Meta's form?"))
        self.setObjectName("sent_question")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        self.now = QRadioButton(translate("CodePage", "&Just now"))
        self.now.setObjectName("sent_now")
        self.earlier = QRadioButton(translate("CodePage", "Earlier &today"))
        self.earlier.setObjectName("sent_earlier")
        self.edit = QLineEdit()
        self.edit.setObjectName("sent_time")
        self.edit.setPlaceholderText(translate("CodePage", "e.g. 14:05"))
        self.edit.setAccessibleName(translate("CodePage", "Time you pressed the send button"))
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 10))
        self.answer = QButtonGroup(self)
        self.answer.addButton(self.now)
        self.answer.addButton(self.earlier)
        self.field_label = QLabel(translate("CodePage", "at ti&me:"))
        self.field_label.setBuddy(self.edit)
        name_as_shown(self.edit, self.field_label)
        row = QHBoxLayout()
        row.addWidget(self.earlier)
        row.addWidget(self.field_label)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.error = StatusLine()
        self.error.setObjectName("sent_error")
        self.recorded_line = wrapped_label()
        self.recorded_line.setObjectName("sent_recorded")
        layout.addWidget(self.now)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.recorded_line)
        self.now.toggled.connect(self._now_toggled)
        self.earlier.toggled.connect(self._earlier_toggled)
        self.edit.editingFinished.connect(self._time_typed)
        self.edit.textEdited.connect(lambda _text: self.error.clear_message())

    def sent_at(self) -> dt.datetime | None:
        return from_iso(self.session.progress.sent_at)

    def load(self) -> None:
        """Show the saved answer: a time today as "earlier today at" that time; a time on
        an earlier day only in the line below, with its date (neither answer fits it)."""
        sent = self.sent_at()
        today = sent is not None and is_same_day(sent, self.clock())
        self.error.clear_message()
        for button in (self.now, self.earlier):
            button.blockSignals(True)
        self.answer.setExclusive(False)
        self.now.setChecked(False)
        self.earlier.setChecked(today)
        self.answer.setExclusive(True)
        for button in (self.now, self.earlier):
            button.blockSignals(False)
        self.edit.setText(local_time_text(sent) if today else "")
        self._show_recorded()

    def _show_recorded(self) -> None:
        sent = self.sent_at()
        text = ""
        if sent is not None and is_same_day(sent, self.clock()):
            text = translate("CodePage", "Recorded: you sent the form at %1.").replace(
                "%1", local_time_text(sent)
            )
        elif sent is not None:
            text = translate("CodePage", "Recorded: you sent the form on %1.").replace(
                "%1", moment_text(sent, self.clock())
            )
        self.recorded_line.setText(text)
        self.recorded_line.setVisible(sent is not None)

    def _now_toggled(self, checked: bool) -> None:
        if checked:
            self.error.clear_message()
            # "Just now" is after every step recorded so far, whatever the clock says.
            now = self.clock()
            last_step = from_iso(self.last_step())
            self.record(max(now, last_step) if last_step else now)

    def _earlier_toggled(self, checked: bool) -> None:
        if checked:
            self.edit.setFocus()
            if self.edit.text().strip():
                self._time_typed()

    def _time_typed(self) -> None:
        text = self.edit.text()
        if not text.strip():
            return
        if not self.earlier.isChecked():
            self.earlier.setChecked(True)  # typing a time answers "earlier today"
            return  # the toggle reads the time
        sent = self.sent_at()
        if (
            sent is not None
            and is_same_day(sent, self.clock())
            and text.strip() == local_time_text(sent)
        ):
            return  # the time shown is the one recorded (today's, not an earlier day's)
        try:
            moment = parse_earlier_today(text, self.clock())
        except ArrivalError as problem:
            self._refuse(time_problem_text(problem.kind, sending=True))
            return
        self.record(moment)

    def record(self, moment: dt.datetime) -> bool:
        """Save when the form was sent; False (and a message by the field) when that is
        earlier than a step already recorded, or later than a code's arrival."""
        last_step = self.last_step()
        checked = not_before(moment, last_step)
        if checked is None:
            self._refuse(before_step_text(last_step, self.clock()))
            return False
        first_code = self.first_code()
        if first_code is not None and checked > first_code:
            self._refuse(
                translate(
                    "CodePage",
                    "The code arrived at %1, so the form was sent before that. Type the "
                    "time you pressed the send button.",
                ).replace("%1", moment_text(first_code, self.clock()))
            )
            return False
        self.error.clear_message()
        self.session.update(sent_at=to_iso(checked))
        self._show_recorded()
        self.recorded.emit()
        return True

    def _refuse(self, message: str) -> None:
        self.error.show_message(message, "error")
        self.edit.setFocus()
