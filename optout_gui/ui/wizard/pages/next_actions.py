"""What the person can do on the last two pages, once the objection is on its way:
calendar reminders, Meta's answer, the proof. (Finishing is the wizard's one Finish button:
it records the objection as sent and shows the overview of all objections.)"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from optout_gui.core.progress import to_iso, utc_now
from optout_gui.core.proof import file_stem
from optout_gui.core.reminders import local_zone
from optout_gui.core.session import Session
from optout_gui.ui.common.widgets import StatusLine


class NextActions(QGroupBox):
    answer_requested = Signal(str)  # record id: open its history, where the answer goes
    other_optouts_requested = Signal()  # the checklist of AI opt-outs beyond Meta

    def __init__(self, session: Session, parent: QWidget | None = None, *, clock=utc_now):
        super().__init__(self.tr("What you can do now"), parent)
        self.setObjectName("next_actions")
        self.session = session
        self.clock = clock
        from optout_gui.ui.tracker.history import ask_save_path  # noqa: PLC0415 - seam: PDF, calendar

        self.ask_path = ask_save_path  # (parent, title, suggested, filter) -> path; tests swap
        self.zone: dt.tzinfo | None = None
        self.calendar_button = self._button(
            "save_reminders",
            self.tr("Save calendar &reminders…"),
            self.tr("A calendar file that reminds you to look for Meta's answer"),
            lambda: self.save("ics"),
        )
        self.answer_button = self._button(
            "record_answer",
            self.tr("Record Meta's &answer…"),
            self.tr("Note whether Meta accepted or refused your objection"),
            lambda: self.answer_requested.emit(self.session.record_id),
        )
        self.proof_button = self._button(
            "save_proof",
            self.tr("Save the &proof now…"),
            self.tr("A PDF with the dates, the link and the reason you sent"),
            lambda: self.save("pdf"),
        )
        self.other_optouts_button = self._button(
            "open_other_optouts",
            self.tr("O&ther AI opt-outs…"),
            self.tr(
                "A checklist of other services that train AI on your data, and how to stop them"
            ),
            self.other_optouts_requested.emit,
        )
        self.status = StatusLine()
        self.status.setObjectName("next_actions_status")
        layout = QVBoxLayout(self)
        for button in (
            self.calendar_button,
            self.answer_button,
            self.proof_button,
            self.other_optouts_button,
        ):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

    def _button(self, name: str, text: str, description: str, action) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setAccessibleDescription(description)
        button.clicked.connect(action)
        return button

    def record_as_sent(self):
        """The record as it will be once finished: reaching these pages means it was sent."""
        record = self.session.record
        if record.sent_at:
            return record
        record = copy.deepcopy(record)
        record.answers.finished_at = to_iso(self.clock())
        return record

    def save(self, kind: str) -> str | None:
        from optout_gui.ui.tracker.history import export_file  # noqa: PLC0415 - seam: PDF, calendar

        zone = self.zone or local_zone()
        record = self.record_as_sent()
        what = "reminders" if kind == "ics" else "objection"
        stem = file_stem(record, what, zone)
        return export_file(self, self.status, kind, [record], zone, stem, self.ask_path)
