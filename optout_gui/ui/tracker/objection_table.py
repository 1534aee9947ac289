"""The overview's table model: one row per objection, straight from the store's index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from optout_gui.core.code_state import code_expired_at
from optout_gui.core.guide import ACCOUNT_NAMES
from optout_gui.core.limits import SHOWN_IN_LINE, shortened
from optout_gui.core.progress import Progress, from_iso, utc_now
from optout_gui.core.reminders import local_zone, needs_nudge
from optout_gui.core.status import (
    CODE_EXPIRED,
    CODE_NOT_ASKED,
    CODE_RECEIVED,
    NEEDS_COMPLAINT,
    RESUMABLE,
    Status,
    status_key,
)
from optout_gui.core.storage.store import ObjectionDamaged, ObjectionStore
from optout_gui.core.storage.summary import Summary
from optout_gui.ui.common.dates import date_time_text

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def status_text(status: Status, answers: Progress | None = None) -> str:
    """The status in words; with ``answers``, "sent" also says what became of the code."""
    key = status_key(status, answers)
    return {
        Status.DRAFT.value: translate("overview", "Not sent yet"),
        Status.FORM_OPENED.value: translate("overview", "Form opened"),
        Status.SUBMITTED.value: translate("overview", "Sent"),
        f"{Status.SUBMITTED.value}:{CODE_NOT_ASKED}": translate("overview", "Sent, no code asked"),
        f"{Status.SUBMITTED.value}:{CODE_RECEIVED}": translate(
            "overview", "Sent, code not entered yet"
        ),
        f"{Status.SUBMITTED.value}:{CODE_EXPIRED}": code_expired_text(),
        Status.CODE_CONFIRMED.value: translate("overview", "Sent, code entered"),
        Status.WAITING.value: translate("overview", "Sent, waiting for Meta"),
        Status.HONOURED.value: translate("overview", "Accepted by Meta"),
        Status.REFUSED.value: translate("overview", "Refused by Meta"),
        Status.OVERDUE.value: translate("overview", "No answer in time"),
    }[key]


def all_status_texts() -> list[str]:
    """Every text the status column may show (for its width)."""
    variants = [Progress(code_skipped=True), Progress(code_received_at="x")]
    return (
        [status_text(status) for status in Status]
        + [status_text(Status.SUBMITTED, answers) for answers in variants]
        + [code_expired_text()]
    )


def code_expired_text() -> str:
    return translate("overview", "Sent, but the code expired")


def code_expired_next_text() -> str:
    return translate("overview", "Get a new code: press Submit on Meta's form again, then carry on")


def next_step_text(summary: Summary, nudge: bool = False) -> str:
    status = summary.status
    if status in RESUMABLE:
        return translate("overview", "Carry on where you stopped")
    if status == Status.WAITING:
        return (
            translate("overview", "Check your email for Meta's reply")
            if nudge
            else translate("overview", "Wait for Meta's email")
        )
    if status in NEEDS_COMPLAINT:
        return translate("overview", "Complain to your data-protection authority")
    return translate("overview", "Nothing: you're done")


def account_text(account: str | None) -> str:
    return ACCOUNT_NAMES.get(account or "", translate("overview", "Not chosen"))


class ObjectionTableModel(QAbstractTableModel):
    """Rows come straight from the store's index; nothing is copied or parsed per row."""

    COLUMNS = ("account", "name", "status", "last_step", "next")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        store: ObjectionStore,
        *,
        zone: dt.tzinfo | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        parent=None,
    ):
        super().__init__(parent)
        self.store = store
        self.zone = zone or local_zone()
        self.clock = clock
        self.headers = (
            translate("overview", "Account"),
            translate("overview", "Email or name"),
            translate("overview", "Status"),
            translate("overview", "Last step"),
            translate("overview", "What next"),
        )
        # Sent objections whose code ran out, by id (None: not looked up yet). Only rows
        # "sent" are read in full, and each once until it changes.
        self._expired: dict[str, bool] = {}
        self._sent_answers: dict[str, Progress] = {}  # "sent" rows: what became of the code
        store.subscribe(self._store_changed)

    def detach(self) -> None:
        self.store.unsubscribe(self._store_changed)

    def _store_changed(self, kind: str, record_id: str | None) -> None:
        if kind == "changed" and record_id is not None:
            self._expired.pop(record_id, None)
            self._sent_answers.pop(record_id, None)
        else:
            self._expired.clear()
            self._sent_answers.clear()
        if kind == "changed" and record_id in self.store:
            row = self.store.row_of(record_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        else:
            self.beginResetModel()
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.store)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def record_id(self, row: int) -> str:
        return self.store.summary_at(row).id

    def code_expired(self, summary: Summary) -> bool:
        """A sent objection whose code from Meta ran out, even while the app was closed."""
        if summary.status != Status.SUBMITTED:
            return False
        expired = self._expired.get(summary.id)
        if expired is None:
            try:
                answers = self.store.get(summary.id).answers
            except (KeyError, ObjectionDamaged):
                return False
            expired = self._expired[summary.id] = code_expired_at(answers, self.clock())
        return expired

    def sent_answers(self, summary: Summary) -> Progress | None:
        """A "sent" row's answers (read once until it changes): they say whether Meta
        asked for a code."""
        if summary.status != Status.SUBMITTED:
            return None
        answers = self._sent_answers.get(summary.id)
        if answers is None:
            try:
                answers = self._sent_answers[summary.id] = self.store.get(summary.id).answers
            except (KeyError, ObjectionDamaged):
                return None
        return answers

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.headers[section]
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self.store.summary_at(index.row())
        if role == self.ID_ROLE:
            return summary.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "account":
            return account_text(summary.account)
        if column == "name":
            # A very long name from the file is shown by its start (the file keeps it).
            name = shortened(summary.display_name or "", SHOWN_IN_LINE)
            return name or translate("overview", "(no email yet)")
        if column == "status":
            if self.code_expired(summary):
                return code_expired_text()
            return status_text(summary.status, self.sent_answers(summary))
        if column == "last_step":
            when = from_iso(summary.last_step_at) if summary.last_step_at else None
            return date_time_text(when, self.zone) if when else ""
        if self.code_expired(summary):
            return code_expired_next_text()
        nudge = needs_nudge(summary, self.clock(), self.zone)
        return next_step_text(summary, nudge)
