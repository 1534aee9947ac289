"""Step 6: submit the form, then type in the emailed code before it expires."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.code_state import (
    CODE_LIFETIME,
    ArrivalError,
    Phase,
    format_mm_ss,
    not_before,
)
from optout_gui.core.code_state import parse_arrival as parse_arrival_text
from optout_gui.core.progress import from_iso
from optout_gui.ui.common.reading import CappedLabel
from optout_gui.ui.common.roles import name_as_shown
from optout_gui.ui.common.widgets import (
    StatusLine,
    follow_palette,
    set_accessible_text,
    wrapped_label,
)
from optout_gui.ui.wizard.code_ticker import CodeTimer, local_time_text, moment_text
from optout_gui.ui.wizard.pages.base import StepPage
from optout_gui.ui.wizard.sent_question import SentQuestion, before_step_text, time_problem_text

BAR_STEP_S = 10


class CodePage(StepPage):
    """Asks when the person pressed Meta's send button (its own fact, "sent"), then whether
    Meta emailed a code (most 2025 forms don't). "Yes" starts the countdown at once, from the
    arrival time typed beside it; "No" records that no code was asked for."""

    step_id = "code"

    def __init__(self, guide, session, timer: CodeTimer, parent=None):
        super().__init__(guide, session, parent)
        self.timer = timer
        self._shown_phase: object = "unset"
        self._was_complete: bool | None = None

    def build(self) -> None:
        # 1. When was the form sent? Just now, or a time earlier today.
        self.sent_group = SentQuestion(
            self.session, self.timer.clock, self._last_step, self._first_code
        )
        self.sent_now = self.sent_group.now
        self.sent_earlier = self.sent_group.earlier
        self.sent_edit = self.sent_group.edit
        self.sent_error = self.sent_group.error
        self.sent_group.recorded.connect(self._sent_recorded)
        self.body.addWidget(self.sent_group)

        # 2. Did a code come? "Yes" starts the countdown from the time typed beside it.
        self.question = QGroupBox(self.tr("Did Meta email you a code?"))
        self.question.setObjectName("code_question")
        question_layout = QVBoxLayout(self.question)
        self.code_yes = QRadioButton(self.tr("&Yes, Meta emailed me a code"))
        self.code_yes.setObjectName("code_yes")
        self.code_no = QRadioButton(self.tr("N&o, Meta didn't send me a code"))
        self.code_no.setObjectName("code_no")
        self.answer_group = QButtonGroup(self)
        self.answer_group.addButton(self.code_yes)
        self.answer_group.addButton(self.code_no)
        # People often notice the email late: they say when it came before the clock starts.
        self.arrival_edit = QLineEdit()
        self.arrival_edit.setObjectName("code_arrival")
        self.arrival_edit.setPlaceholderText(self.tr("e.g. 14:05 or 10"))
        self.arrival_edit.setMaxLength(64)  # a time or minutes: a long paste is cut at once
        self.arrival_edit.setAccessibleName(self.tr("When the email with the code arrived"))
        self.arrival_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 10))
        self.arrival_field_label = QLabel(self.tr("It &arrived at:"))
        self.arrival_field_label.setBuddy(self.arrival_edit)
        name_as_shown(self.arrival_edit, self.arrival_field_label)
        # Nested in the arrival row: a label that keeps to the line length by itself.
        self.arrival_label = CappedLabel(
            self.tr(
                "Leave it empty if the email has just arrived; else type the time on it, "
                "such as 14:05, or how many minutes ago it came, such as 10."
            )
        )
        self.received_button = QPushButton(self.tr("I've received a &new code"))
        self.received_button.setObjectName("code_received")
        self.received_button.setAutoDefault(False)
        self.arrival_error = StatusLine()
        self.arrival_error.setObjectName("arrival_error")
        # Under "Yes", indented: shown while a code's arrival can be given (before the
        # answer, and for a new code once one ran out).
        self.arrival_box = QWidget()
        self.arrival_box.setObjectName("arrival_box")
        arrival_layout = QVBoxLayout(self.arrival_box)
        arrival_layout.setContentsMargins(24, 0, 0, 0)
        arrival_row = QHBoxLayout()
        arrival_row.addWidget(self.arrival_field_label)
        arrival_row.addWidget(self.arrival_edit)
        arrival_row.addWidget(self.received_button)
        arrival_row.addStretch(1)
        arrival_layout.addLayout(arrival_row)
        arrival_layout.addWidget(self.arrival_label)
        arrival_layout.addWidget(self.arrival_error)
        question_layout.addWidget(self.code_yes)
        question_layout.addWidget(self.arrival_box)
        question_layout.addWidget(self.code_no)
        self.body.addWidget(self.question)
        # No empty room inside when rows hide.
        self.question.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Older callers and tests know "No" by its old name.
        self.skip_box = self.code_no

        page_body = self.body
        self.countdown_area = QWidget()
        self.countdown_area.setObjectName("countdown_area")
        self.body = QVBoxLayout(self.countdown_area)
        self.body.setContentsMargins(0, 0, 0, 0)
        self._build_countdown()
        self.body = page_body
        self.body.addWidget(self.countdown_area)
        self.missing = StatusLine()
        self.missing.setObjectName("missing")
        self.body.addWidget(self.missing)

        self.code_yes.toggled.connect(self._yes_toggled)
        self.code_no.toggled.connect(self._skip_toggled)
        self.received_button.clicked.connect(self.code_received)
        self.arrival_edit.returnPressed.connect(self._arrival_return)
        self.arrival_edit.textEdited.connect(lambda _text: self.arrival_error.clear_message())
        self.timer.on_change(self.show_state)
        self.timer.warned.connect(self._show_warning)

    def _build_countdown(self) -> None:
        from optout_gui.ui.wizard.code_display import TimeLeftBar  # noqa: PLC0415 - seam: once a code counts down

        # The countdown: a large mm:ss, a sentence saying what it means, a bar.
        self.display = QFrame()
        self.display.setObjectName("code_display")
        self.display.setFrameShape(QFrame.Shape.StyledPanel)
        follow_palette(self.display)
        display = QVBoxLayout(self.display)
        self.time_label = QLabel()
        self.time_label.setObjectName("countdown")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.time_label.font()
        font.setPointSizeF(font.pointSizeF() * 3)
        font.setBold(True)
        self.time_label.setFont(font)
        self.time_label.setAccessibleName(self.tr("Time left for Meta's code"))
        # A fixed size: the text changes every second, and a changing size hint would make
        # Qt lay out the whole page again each time (half the idle CPU of a countdown).
        metrics = self.time_label.fontMetrics()
        self.time_label.setFixedSize(
            metrics.horizontalAdvance("88:88") + metrics.averageCharWidth() * 2,
            metrics.height() + metrics.descent(),
        )
        display.addWidget(self.time_label, 0, Qt.AlignmentFlag.AlignHCenter)
        phase_row = QHBoxLayout()
        self.phase_icon = QLabel()
        self.phase_label = wrapped_label()
        self.phase_label.setObjectName("phase_text")
        phase_row.addWidget(self.phase_icon, 0, Qt.AlignmentFlag.AlignTop)
        phase_row.addWidget(self.phase_label, 1)
        display.addLayout(phase_row)
        self.bar = TimeLeftBar()
        # One step per BAR_STEP_S seconds: a repaint of the styled bar wakes Qt's worker
        # threads, so it changes only when a step is crossed, not on every tick.
        self.bar.setRange(0, int(CODE_LIFETIME.total_seconds()) // BAR_STEP_S)
        self.bar.setAccessibleName(self.tr("Part of the code's time that is left"))
        display.addWidget(self.bar)
        self.body.addWidget(self.display)

        # A warning banner: appears at 10, 5 and 1 minutes left.
        self.banner = StatusLine()
        self.banner.setObjectName("code_banner")
        self.body.addWidget(self.banner)

        self.entered_button = QPushButton(self.tr("I've &entered the code"))
        self.entered_button.setObjectName("code_entered")
        self.entered_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.entered_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.entered_button.clicked.connect(self.code_entered)

    # --- answers ------------------------------------------------------------------
    def load_answers(self) -> None:
        self.arrival_edit.clear()
        self.arrival_error.clear_message()
        self.sent_group.load()
        self.show_state()

    def _last_step(self) -> str | None:
        """The latest step recorded before sending: a typed time can't be earlier."""
        record = getattr(self.session, "record", None)
        if record is not None:
            return record.last_step_before_sending()
        return self.session.progress.form_opened_at

    def _first_code(self) -> dt.datetime | None:
        attempts = self.timer.attempts()
        return from_iso(attempts[0]["received_at"]) if attempts else None

    def _sent_recorded(self) -> None:
        self.show_state()
        if self.answer() is None:
            self.code_yes.setFocus()  # the next question
        else:
            self.focus_next()

    # the code
    def code_received(self) -> bool:
        """A code arrived (at the time typed beside "Yes", or now): the countdown starts."""
        arrival = self.parse_arrival()
        if arrival is False:
            return False
        self.arrival_edit.clear()
        self.banner.clear_message()
        self.timer.start(arrival)
        if self.entered_button.isVisible():
            self.entered_button.setFocus()
        return True

    def parse_arrival(self) -> dt.datetime | None | bool:
        """The typed arrival time, None for "now", or False after showing a problem: a time
        that can't be read, or one earlier than the form was sent."""
        text = self.arrival_edit.text()
        if not text.strip():
            return None  # just now: after everything recorded so far
        try:
            moment = parse_arrival_text(text, self.timer.clock())
        except ArrivalError as problem:
            self.arrival_error.show_message(time_problem_text(problem.kind), "error")
            self.arrival_edit.setFocus()
            return False
        sent_at = self.session.progress.sent_at
        checked = not_before(moment, sent_at or self._last_step())
        if checked is None:
            if sent_at:
                message = self.tr(
                    "The code can't have come before you sent the form (%1). Check the time "
                    "on the email."
                ).replace("%1", moment_text(from_iso(sent_at), self.timer.clock()))
            else:
                message = before_step_text(self._last_step(), self.timer.clock())
            self.arrival_error.show_message(message, "error")
            self.arrival_edit.setFocus()
            return False
        return checked

    def code_entered(self) -> None:
        self.timer.mark_entered()
        self.focus_next()

    def answer(self) -> str | None:
        """ "yes", "no" or None (not answered): "no" is a skipped code; any code
        received means "yes"."""
        if self.session.progress.code_skipped:
            return "no"
        if self.timer.attempts():
            return "yes"
        return None

    def _show_answer(self) -> None:
        answer = self.answer()
        self.answer_group.setExclusive(False)  # lets an unanswered question show as such
        for button, value in ((self.code_yes, "yes"), (self.code_no, "no")):
            button.blockSignals(True)
            button.setChecked(answer == value)
            button.blockSignals(False)
        self.answer_group.setExclusive(True)
        self.countdown_area.setVisible(answer == "yes")

    def _arrival_return(self) -> None:
        """Return in the arrival field: "yes, it came then" (or a new code, once the last
        one ran out)."""
        if self.timer.state() == "expired":
            self.code_received()
        elif self.answer() is None:
            self.code_yes.setChecked(True)

    def _yes_toggled(self, checked: bool) -> None:
        if not checked or self.timer.attempts() and not self.session.progress.code_skipped:
            return
        if not self.session.progress.sent_at:
            self._show_answer()
            return
        if self.session.progress.code_skipped:
            self.timer.set_skipped(False)
            if self.timer.attempts():  # a code counted before "No" was chosen
                self.show_state()
                return
        if not self.code_received():
            self._show_answer()  # the time beside "Yes" needs a look first
            self.show_state()

    def _skip_toggled(self, checked: bool) -> None:
        if not checked:  # "yes" was chosen instead: _yes_toggled takes it from here
            return
        if not self.session.progress.sent_at:
            self._show_answer()
            return
        self.timer.set_skipped(True)
        self.show_state()
        self.focus_next()

    def _show_warning(self, _threshold) -> None:
        self.banner.show_message(self.timer.warning_text, "error")

    # --- display ------------------------------------------------------------------
    def show_state(self) -> None:
        from optout_gui.ui.wizard.code_display import phase_icon, phase_style_sheet  # noqa: PLC0415 - seam: once a code counts down

        state = self.timer.state()
        running = state == "running"
        self.question.setEnabled(bool(self.session.progress.sent_at))  # sent comes first
        self._show_answer()
        self.display.setVisible(state in ("running", "expired", "entered"))
        self.time_label.setVisible(state in ("running", "expired"))
        self.bar.setVisible(running)
        self.entered_button.setVisible(running)
        self.entered_button.setEnabled(running)
        answered = self.answer() is not None
        asking = state == "expired" or (state == "idle" and not answered)
        self.received_button.setVisible(state == "expired")
        self.arrival_box.setVisible(asking)
        if not asking:
            self.arrival_error.clear_message()
        if not running or not self.timer.warning_text:
            self.banner.clear_message()
        elif self.banner.text() != self.timer.warning_text:
            self.banner.show_message(self.timer.warning_text, "error")

        phase = self.timer.phase()
        spoken = self.timer.spoken_text()
        set_accessible_text(self.time_label, description=spoken)
        set_accessible_text(self.bar, description=spoken)
        if state == "running" and self.timer.clock_behind():  # no made-up countdown
            self.time_label.setText("--:--")
            self.phase_label.setText(self.timer.clock_behind_text())
        elif state == "running":
            left = self.timer.remaining()
            self.time_label.setText(format_mm_ss(left))
            step = max(0, int(left.total_seconds())) // BAR_STEP_S
            if self.bar.value() != step:
                self.bar.setValue(step)
            self.phase_label.setText(self._phase_sentence(phase))
        elif state == "expired":
            self.time_label.setText(format_mm_ss(dt.timedelta(0)))
            self.bar.setValue(0)
            self.phase_label.setText(
                self.tr(
                    "The time older forms gave a code ran out at %1. If Meta's window no "
                    "longer takes the code, that's fine: go back to Meta's form and press "
                    "“Submit” again. Meta will email you a new code. When it arrives, type "
                    "when it came and press “I've received a new code” above."
                ).replace("%1", local_time_text(self.timer.expires_at()))
            )
        elif state == "entered":
            entered = self.timer.entered_at()
            self.phase_label.setText(
                self.tr("You typed in the code at %1. Well done! Press “Next” to go on.").replace(
                    "%1", local_time_text(entered)
                )
            )
        if phase != self._shown_phase:
            self._shown_phase = phase
            size = self.fontMetrics().height() * 2
            self.phase_icon.setPixmap(phase_icon(self, phase).pixmap(size, size))
            self.display.setStyleSheet(phase_style_sheet("code_display", phase))
            # The big numbers keep their own font; only colours follow the phase.

        complete = self.isComplete()
        if complete:
            self.missing.clear_message()
        else:
            self.missing.show_message(self._how_to_go_on(state), "info")
        if complete != self._was_complete:
            self._was_complete = complete
            self.completeChanged.emit()

    def _how_to_go_on(self, state: str) -> str:
        if not self.session.progress.sent_at:
            return self.tr("To go on, say when you pressed the send button on Meta's form.")
        if self.answer() is None:
            return self.tr("To go on, answer the question: did Meta email you a code?")
        if state == "running":
            return self.tr(
                "Once you have typed the code into Meta's window, press “I've entered the "
                "code” to go on."
            )
        if state == "expired":
            return self.tr(
                "To go on, ask for a new code and press “I've received a new code” when it "
                "arrives, or answer “No” above if Meta sends no code."
            )
        return self.tr("To go on, answer the question: did Meta email you a code?")

    def _phase_sentence(self, phase: Phase | None) -> str:
        until = local_time_text(self.timer.expires_at())
        if phase is Phase.URGENT:
            return self.tr(
                "Last minute of the time older forms allowed! Type the code into Meta's "
                "window right now, before about %1."
            ).replace("%1", until)
        if phase is Phase.HURRY:
            return self.tr(
                "Hurry: less than 10 minutes left of the time older forms allowed. Type "
                "the code into Meta's window now, before about %1."
            ).replace("%1", until)
        return (
            self.tr(
                "Time left to type the code into Meta's window. Older forms' codes worked for "
                "about %1 minutes, so until about %2. Once you have typed it in, press “I've "
                "entered the code”."
            )
            .replace("%1", str(int(CODE_LIFETIME.total_seconds() // 60)))
            .replace("%2", until)
        )

    def isComplete(self) -> bool:
        return bool(self.session.progress.sent_at) and self.timer.state() in (
            "skipped",
            "entered",
        )

    def main_control(self):
        if not self.session.progress.sent_at:
            return self.sent_now
        if self.answer() is None:
            return self.code_yes
        state = self.timer.state()
        if state == "running":
            return self.entered_button
        if state == "expired":
            return self.arrival_edit
        return None  # answered: Next continues
