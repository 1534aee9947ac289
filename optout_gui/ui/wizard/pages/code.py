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
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.code_state import CODE_LIFETIME, ArrivalError, Phase, format_mm_ss
from optout_gui.core.code_state import parse_arrival as parse_arrival_text
from optout_gui.ui.common.widgets import (
    StatusLine,
    follow_palette,
    set_accessible_text,
    wrapped_label,
)
from optout_gui.ui.wizard.code_ticker import CodeTimer, local_time_text
from optout_gui.ui.wizard.pages.base import StepPage

BAR_STEP_S = 10


class CodePage(StepPage):
    """Asks first whether Meta emailed a code (most 2025 forms don't); only "yes" shows
    the countdown. "No" is the same as skipping the code: nothing ever counts down."""

    step_id = "code"

    def __init__(self, guide, session, timer: CodeTimer, parent=None):
        super().__init__(guide, session, parent)
        self.timer = timer
        self._shown_phase: object = "unset"
        self._was_complete: bool | None = None
        self._said_yes = False  # "yes" chosen, no code received yet (not saved)

    def build(self) -> None:
        # The question comes first, with two equal answers; the countdown below it is
        # only shown after "yes" (or once a code was received).
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
        question_layout.addWidget(self.code_yes)
        question_layout.addWidget(self.code_no)
        self.body.addWidget(self.question)
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

    def _build_countdown(self) -> None:
        # Not needed at start-up (the Qt namespace alone costs 12 ms; see ui/common/widgets.py).

        from optout_gui.ui.wizard.code_display import TimeLeftBar  # noqa: PLC0415 - seam: once a code counts down

        timer = self.timer
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
        self.bar.setAccessibleName(self.tr("Part of the hour that is left"))
        display.addWidget(self.bar)
        self.body.addWidget(self.display)

        # A warning banner: appears at 10, 5 and 1 minutes left.
        self.banner = StatusLine()
        self.banner.setObjectName("code_banner")
        self.body.addWidget(self.banner)

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

        # People often notice the email late: they can say when it came.
        self.arrival_label = wrapped_label(
            self.tr(
                "Did the email come a while ago? Type when it arrived — a time such as "
                "14:05 or 2:05 pm, or how many minutes ago, such as 10 — then press the "
                "button. Leave it empty if it has just arrived."
            )
        )
        self.arrival_edit = QLineEdit()
        self.arrival_edit.setObjectName("code_arrival")
        self.arrival_edit.setPlaceholderText(self.tr("e.g. 14:05 or 10"))
        self.arrival_edit.setAccessibleName(self.tr("When the email with the code arrived"))
        self.arrival_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 16))
        self.arrival_field_label = QLabel(self.tr("&Time it arrived:"))
        self.arrival_field_label.setBuddy(self.arrival_edit)
        self.arrival_error = StatusLine()
        self.arrival_error.setObjectName("arrival_error")
        arrival_row = QHBoxLayout()
        arrival_row.addWidget(self.arrival_field_label)
        arrival_row.addWidget(self.arrival_edit)
        arrival_row.addStretch(1)
        self.body.addWidget(self.arrival_label)
        self.body.addLayout(arrival_row)
        self.body.addWidget(self.arrival_error)

        self.received_button.clicked.connect(self.code_received)
        self.arrival_edit.returnPressed.connect(self.code_received)
        self.arrival_edit.textEdited.connect(lambda _text: self.arrival_error.clear_message())
        self.entered_button.clicked.connect(self.code_entered)
        timer.on_change(self.show_state)
        timer.warned.connect(self._show_warning)

    # --- answers ------------------------------------------------------------------
    def load_answers(self) -> None:
        self._said_yes = False
        self._show_answer()
        self.arrival_edit.clear()
        self.arrival_error.clear_message()
        self.show_state()

    def code_received(self) -> None:
        arrival = self.parse_arrival()
        if arrival is False:
            return
        self.arrival_edit.clear()
        self.banner.clear_message()
        self.timer.start(arrival)
        self.entered_button.setFocus()

    def parse_arrival(self) -> dt.datetime | None | bool:
        """The typed arrival time, None for "now", or False after showing a problem."""
        text = self.arrival_edit.text()
        if not text.strip():
            return None
        try:
            return parse_arrival_text(text, self.timer.clock())
        except ArrivalError as problem:
            message = {
                "future": self.tr(
                    "That time hasn't come yet. Check the time on the email, or leave the "
                    "box empty if it has only just arrived."
                ),
                "too_old": self.tr(
                    "That was an hour or more ago, so that code no longer works. Press "
                    "“Submit” on Meta's form again to get a new code, then come back here."
                ),
            }.get(
                problem.kind,
                self.tr(
                    "This time isn't clear to me. Type it like 14:05 or 2:05 pm, or type how "
                    "many minutes ago the email came, like 10."
                ),
            )
            self.arrival_error.show_message(message, "error")
            self.arrival_edit.setFocus()
            return False

    def code_entered(self) -> None:
        self.timer.mark_entered()

    def answer(self) -> str | None:
        """ "yes", "no" or None (not answered): "no" is a skipped code; any code
        received means "yes"."""
        if self.session.progress.code_skipped:
            return "no"
        if self._said_yes or self.timer.attempts():
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

    def _yes_toggled(self, checked: bool) -> None:
        if checked:
            self._said_yes = True
            self.timer.set_skipped(False)
            self.show_state()

    def _skip_toggled(self, checked: bool) -> None:
        if not checked:  # "yes" was chosen instead: _yes_toggled takes it from here
            return
        self._said_yes = False
        self.timer.set_skipped(True)
        self.show_state()

    def _show_warning(self, _threshold) -> None:
        self.banner.show_message(self.timer.warning_text, "error")

    # --- display ------------------------------------------------------------------
    def show_state(self) -> None:
        from optout_gui.ui.wizard.code_display import phase_icon, phase_style_sheet  # noqa: PLC0415 - seam: once a code counts down

        state = self.timer.state()
        running = state == "running"
        self._show_answer()
        self.display.setVisible(state in ("running", "expired", "entered"))
        self.time_label.setVisible(state in ("running", "expired"))
        self.bar.setVisible(running)
        self.entered_button.setVisible(running)
        self.entered_button.setEnabled(running)
        self.received_button.setVisible(state in ("idle", "expired"))
        self.received_button.setText(
            self.tr("I've received a &new code")
            if state == "expired"
            else self.tr("I've &received the code")
        )
        for widget in (self.arrival_label, self.arrival_field_label, self.arrival_edit):
            widget.setVisible(state in ("idle", "expired"))
        if state not in ("idle", "expired"):
            self.arrival_error.clear_message()
        if not running or not self.timer.warning_text:
            self.banner.clear_message()
        elif self.banner.text() != self.timer.warning_text:
            self.banner.show_message(self.timer.warning_text, "error")

        phase = self.timer.phase()
        spoken = self.timer.spoken_text()
        set_accessible_text(self.time_label, description=spoken)
        set_accessible_text(self.bar, description=spoken)
        if state == "running":
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
                    "The code stopped working at %1. That's fine: go back to Meta's form and "
                    "press “Submit” again. Meta will email you a new code. When it arrives, "
                    "press “I've received a new code” below."
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
        return self.tr(
            "To go on, press “I've received the code” when the email arrives, or answer "
            "“No” above if Meta sends no code."
        )

    def _phase_sentence(self, phase: Phase | None) -> str:
        until = local_time_text(self.timer.expires_at())
        if phase is Phase.URGENT:
            return self.tr(
                "Last minute! Type the code into Meta's window right now. It stops working at %1."
            ).replace("%1", until)
        if phase is Phase.HURRY:
            return self.tr(
                "Hurry: less than 10 minutes left. Type the code into Meta's window now. "
                "It stops working at %1."
            ).replace("%1", until)
        return self.tr(
            "Time left to type the code into Meta's window. It works until %1. Once you "
            "have typed it in, press “I've entered the code”."
        ).replace("%1", until)

    def isComplete(self) -> bool:
        return self.timer.state() in ("skipped", "entered")

    def main_control(self):
        if self.answer() is None:
            return self.code_yes
        if self.answer() == "no":
            return self.code_no
        if self.timer.state() == "running":
            return self.entered_button
        return self.received_button
