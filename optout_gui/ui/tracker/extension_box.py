"""In an objection's history: "Meta asked for more time", with the day of Meta's email.

Where the law lets Meta take longer if it says so within its first period (GDPR and UK
GDPR Art. 12(3): two more months; resources/jurisdictions.toml), the person records that
email here; the deadline, the overdue mark, the reminders and the proof follow it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.jurisdictions import jurisdiction_for
from optout_gui.core.progress import utc_now
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.reminders import ExtensionRefused, record_deadline, record_extension
from optout_gui.core.status import Status
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common.dates import date_format, date_text, date_time_text
from optout_gui.ui.common.roles import mark_disclosure
from optout_gui.ui.common.widgets import StatusLine, wrapped_label


class ExtensionBox(QWidget):
    """One button until it is needed: it opens the explanation, the date and Save (the
    history dialog has little room to spare); once recorded, one line says so."""

    recorded = Signal()

    def __init__(
        self,
        store: ObjectionStore,
        record_id: str,
        zone: dt.tzinfo,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("extension_box")
        self.toggle = QPushButton(self.tr("Meta as&ked for more time…"))
        self.toggle.setObjectName("extension_toggle")
        self.toggle.setCheckable(True)
        mark_disclosure(self.toggle)  # a button that opens the panel, not a check box
        self.toggle.setAutoDefault(False)
        self.recorded_line = wrapped_label()
        self.recorded_line.setObjectName("extension_recorded")
        self.store = store
        self.record_id = record_id
        self.zone = zone
        self.clock = clock
        self.explain = wrapped_label()
        self.email_date = QDateEdit(QDate.currentDate())
        self.email_date.setObjectName("extension_date")
        self.email_date.setCalendarPopup(True)
        self.email_date.setDisplayFormat(date_format())
        self.email_date.setAccessibleName(self.tr("Day of Meta's email asking for more time"))
        self.save_button = QPushButton(self.tr("Record that Meta asked for &more time"))
        self.save_button.setObjectName("save_extension")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.status = StatusLine()
        self.status.setObjectName("extension_status")
        # A plain column: a word-wrapped label in a form row can be given too little height.
        date_label = QLabel(self.tr("Date of Meta's emai&l:"))
        date_label.setBuddy(self.email_date)
        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.email_date)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.panel = QGroupBox(self.tr("Meta asked for more time"))
        panel = QVBoxLayout(self.panel)
        panel.addWidget(self.explain)
        panel.addLayout(row)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addWidget(self.recorded_line, 1)
        top.addStretch(0)  # the button keeps its own width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.panel)
        layout.addWidget(self.status)
        self.panel.setVisible(False)
        self.toggle.toggled.connect(self._open)

    def _open(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        if shown:
            self.email_date.setFocus()

    def refresh(self, record: ObjectionRecord) -> None:
        """Shown where the law allows an extension and the objection awaits Meta's answer."""
        law = jurisdiction_for(record.answers.country)
        allowed = law.has_deadline and law.extension_months > 0
        self.setVisible(allowed and record.status in (Status.WAITING, Status.OVERDUE))
        deadline = record_deadline(record, self.zone)
        when = date_time_text(deadline, self.zone) if deadline else ""
        recorded = record.extension_email_on
        if recorded:
            self.recorded_line.setText(
                self.tr(
                    "Recorded: Meta asked for more time in its email of %1. It now has until %2."
                )
                .replace("%1", _day_text(recorded))
                .replace("%2", when)
            )
        text = self.tr(
            "If Meta wrote within its first %n month(s) that it needs more time, it may "
            "take up to %1 more months. Record the day of that email.",
            "",
            law.deadline_months,
        )
        self.explain.setText(text.replace("%1", str(law.extension_months)))
        self.recorded_line.setVisible(bool(recorded))
        self.toggle.setVisible(not recorded)
        if recorded:
            self.toggle.setChecked(False)
        self.email_date.setMaximumDate(QDate.currentDate())

    def save(self) -> bool:
        day = self.email_date.date()
        email_on = dt.date(day.year(), day.month(), day.day())
        try:
            saved = record_extension(self.store, self.record_id, email_on, self.clock(), self.zone)
        except ExtensionRefused as refused:
            self.status.show_message(self._refusal(refused.kind), "error")
            self.email_date.setFocus()
            return False
        if saved:
            self.status.show_message(self.tr("Saved: the deadline has moved."), "ok")
        else:
            self.status.show_message(
                self.tr("The extension is noted but couldn't be saved to disk."), "error"
            )
        self.recorded.emit()
        return saved

    def _refusal(self, kind: str) -> str:
        return {
            "too_late": self.tr(
                "That email came after Meta's first period had ended. The law lets Meta take "
                "longer only if it says so within that period, so the deadline stays."
            ),
            "before_sending": self.tr("That day is before you sent the objection."),
            "future": self.tr("That day hasn't come yet."),
            "not_sent": self.tr("This objection isn't sent yet."),
        }.get(kind, self.tr("The law that applies to you doesn't provide for more time."))


def _day_text(iso_day: str) -> str:
    """A recorded day ("2026-01-05") as every date is shown ("5 Jan 2026"); as it is
    saved if it is not a day."""
    try:
        return date_text(dt.date.fromisoformat(iso_day))
    except (TypeError, ValueError):
        return iso_day
