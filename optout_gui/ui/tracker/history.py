"""One objection: its history, Meta's answer, proof exports, and deleting it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.atomic import export_target
from optout_gui.core.code_state import code_expired_at
from optout_gui.core.complaint import needs_complaint
from optout_gui.core.ics import reminder_ics
from optout_gui.core.jurisdictions import jurisdiction_for
from optout_gui.core.limits import ANSWER_TEXT_MAX, NAME_MAX, SHOWN_IN_LINE, shortened
from optout_gui.core.progress import utc_now
from optout_gui.core.proof import file_stem, proof_json, proof_text
from optout_gui.core.reminders import local_zone
from optout_gui.core.status import ANSWERABLE, RESUMABLE, IllegalTransition, Status
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common.capped_edit import CappedPlainTextEdit
from optout_gui.ui.common.dates import date_format
from optout_gui.ui.common.geometry import fit_dialog, keep_on_screen, scrolling_body
from optout_gui.ui.common.i18n import current_language
from optout_gui.ui.common.notices import not_deleted_text
from optout_gui.ui.common.roles import mark_heading, name_as_shown
from optout_gui.ui.common.widgets import (
    StatusLine,
    ask_yes_cancel,
    show_as_plain_text,
    wrapped_label,
)
from optout_gui.ui.tracker.extension_box import ExtensionBox
from optout_gui.ui.tracker.objection_table import (
    account_text,
    code_expired_next_text,
    code_expired_text,
    status_text,
)
from optout_gui.ui.tracker.proof_pdf import write_proof_pdf
from optout_gui.ui.tracker.proof_wording import calendar_texts, proof_labels
from optout_gui.ui.tracker.record_view import RecordView

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

WANTED_SIZE = QSize(820, 720)  # where the screen has room; less where it hasn't

# (parent, title, suggested file name, filter) -> chosen path or None. Tests replace it.
AskPath = Callable[[QWidget, str, str, str], str | None]


def ask_save_path(parent: QWidget, title: str, suggested: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), name_filter)
    return path or None


def export_file(
    parent: QWidget,
    status: StatusLine,
    kind: str,
    records,
    zone: dt.tzinfo,
    stem: str,
    ask: AskPath,
    other_optouts=None,
) -> str | None:
    """Ask where to save and write one of the proof formats; reports next to the buttons.

    ``other_optouts`` (core.other_optouts.proof_entries) adds the other services' opt-outs
    to the PDF, text and JSON."""
    suffix, name_filter, title = {
        "pdf": (
            ".pdf",
            translate("export", "PDF document (*.pdf)"),
            translate("export", "Save proof as PDF"),
        ),
        "txt": (
            ".txt",
            translate("export", "Text file (*.txt)"),
            translate("export", "Save proof as text"),
        ),
        "json": (
            ".json",
            translate("export", "JSON file (*.json)"),
            translate("export", "Save proof as JSON"),
        ),
        "ics": (
            ".ics",
            translate("export", "Calendar file (*.ics)"),
            translate("export", "Save calendar reminders"),
        ),
    }[kind]
    path = ask(parent, title, stem + suffix, name_filter)
    if not path:
        return None
    if not path.lower().endswith(suffix):
        path += suffix
    language = current_language()

    def write(target: Path) -> None:
        if kind == "pdf":
            write_proof_pdf(
                records, target, zone, labels=proof_labels(), language=language,
                other_optouts=other_optouts,
            )  # fmt: skip
        elif kind == "txt":
            text = proof_text(
                records, zone, labels=proof_labels(), language=language,
                other_optouts=other_optouts,
            )  # fmt: skip
            target.write_text(text, encoding="utf-8")
        elif kind == "json":
            target.write_text(
                proof_json(records, zone, language=language, other_optouts=other_optouts),
                encoding="utf-8",
            )
        else:
            target.write_bytes(reminder_ics(records[0], zone, texts=calendar_texts()))

    if not write_chosen_file(path, write, status):
        return None
    status.show_message(translate("export", "Saved: %1").replace("%1", path), "ok")
    return path


def write_chosen_file(path: str, write: Callable[[Path], None], status: StatusLine) -> bool:
    """Write the file the person chose through ``write(target)``: private (0600), and
    whole or not there at all (core.atomic.export_target). A failure is reported on
    ``status``; False then."""
    try:
        with export_target(path) as target:
            write(target)
    except UnicodeError:  # a broken character in a text: no folder would help
        status.show_message(
            translate(
                "export",
                "Saving didn't work: a text in this objection holds a broken character. "
                "Nothing was saved.",
            ),
            "error",
        )
        return False
    except (OSError, ValueError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        status.show_message(
            translate("export", "Saving didn't work (%1). Try another folder.").replace(
                "%1", detail
            ),
            "error",
        )
        return False
    return True


class HistoryDialog(QDialog):
    """Everything about one objection, with the actions that belong to it."""

    complaint_requested = Signal(str)
    resume_requested = Signal(str)

    def __init__(
        self,
        store: ObjectionStore,
        record_id: str,
        *,
        zone: dt.tzinfo | None = None,
        ask_path: AskPath = ask_save_path,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.record_id = record_id
        self.zone = zone or local_zone()
        self.ask_path = ask_path
        self.setObjectName("history_dialog")

        self.heading = mark_heading(QLabel())
        show_as_plain_text(self.heading)  # the name and email come from the person
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)

        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("label_edit")
        self.label_edit.setMaxLength(NAME_MAX)
        self._label_shown = ""  # the name as put in the field (shortened if very long)
        self.label_edit.setAccessibleName(self.tr("Name for this objection"))
        self.label_edit.setPlaceholderText(self.tr("e.g. “My Instagram” or “Alex's Facebook”"))
        self.label_edit.editingFinished.connect(self._save_label)
        label_row = QFormLayout()
        label_row.addRow(self.tr("&Name:"), self.label_edit)

        # Facts, a table of what happened when, the reason, the answer (tracker/record_view.py)
        self.history_view = RecordView()
        self.history_view.setAccessibleName(self.tr("History of this objection"))
        # On a small screen the dialog's content scrolls instead of squeezing this one.
        self.history_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)

        # --- Meta's answer ---
        self.answer_box = QGroupBox(self.tr("Meta's answer"))
        self.honoured = QRadioButton(self.tr("Meta &accepted my objection"))
        self.refused = QRadioButton(self.tr("Meta &refused it"))
        self.outcome_group = QButtonGroup(self)
        self.outcome_group.addButton(self.honoured)
        self.outcome_group.addButton(self.refused)
        self.answer_date = QDateEdit(QDate.currentDate())
        self.answer_date.setCalendarPopup(True)
        self.answer_date.setDisplayFormat(date_format())  # the year in full, not "26"
        self.answer_date.setMaximumDate(QDate.currentDate().addDays(1))
        self.answer_date.setAccessibleName(self.tr("Day Meta answered"))
        self.email_text = CappedPlainTextEdit(ANSWER_TEXT_MAX)  # a longer paste is cut
        self.email_text.pasteCut.connect(self._email_text_cut)
        self.email_text.setObjectName("answer_email")
        self.email_text.setTabChangesFocus(True)
        self.email_text.setAccessibleName(self.tr("Text of Meta's email (optional)"))
        self.email_text.setPlaceholderText(self.tr("Paste Meta's email here if you like."))
        self.email_text.setMaximumHeight(self.email_text.fontMetrics().lineSpacing() * 3 + 14)
        self.save_answer = QPushButton(self.tr("Sa&ve the answer"))
        self.save_answer.setObjectName("save_answer")
        self.save_answer.setAutoDefault(False)
        self.save_answer.clicked.connect(self.record_answer)
        self.answer_status = StatusLine()
        form = QFormLayout(self.answer_box)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.honoured)
        outcome_row.addWidget(self.refused)
        outcome_row.addStretch(1)
        form.addRow(outcome_row)
        form.addRow(self.tr("Date of the ans&wer:"), self.answer_date)
        form.addRow(self.tr("Meta's &email:"), self.email_text)
        form.addRow(self.save_answer)
        form.addRow(self.answer_status)
        form.labelForField(self.answer_date).setBuddy(self.answer_date)
        form.labelForField(self.email_text).setBuddy(self.email_text)
        name_as_shown(self.answer_date, form.labelForField(self.answer_date))
        name_as_shown(self.email_text, form.labelForField(self.email_text))

        # --- Meta asked for more time (where the law allows it) ---
        self.extension_box = ExtensionBox(store, record_id, self.zone)
        self.extension_box.recorded.connect(self.refresh)

        # --- next step, exports, delete ---
        self.next_hint = wrapped_label()
        self.resume_button = QPushButton(self.tr("&Carry on in the guide"))
        self.complaint_button = QPushButton(self.tr("What now? C&omplain…"))
        self.complaint_button.setObjectName("complaint")
        self.pdf_button = QPushButton(self.tr("&PDF…"))
        self.text_button = QPushButton(self.tr("&Text…"))
        self.json_button = QPushButton(self.tr("&JSON…"))
        self.ics_button = QPushButton(self.tr("Calendar rem&inders…"))
        self.delete_button = QPushButton(self.tr("&Delete this objection…"))
        self.delete_button.setObjectName("delete_one")
        self.close_button = QPushButton(self.tr("Close"))
        for button, name in (
            (self.pdf_button, self.tr("Save proof as PDF")),
            (self.text_button, self.tr("Save proof as a text file")),
            (self.json_button, self.tr("Save proof as JSON")),
            (self.ics_button, self.tr("Save calendar reminders")),
        ):
            button.setAccessibleDescription(name)  # the name is the button's text
        for button in (
            self.resume_button,
            self.complaint_button,
            self.pdf_button,
            self.text_button,
            self.json_button,
            self.ics_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
        self.resume_button.clicked.connect(lambda: self.resume_requested.emit(self.record_id))
        self.complaint_button.clicked.connect(lambda: self.complaint_requested.emit(self.record_id))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.text_button.clicked.connect(lambda: self.export("txt"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.ics_button.clicked.connect(lambda: self.export("ics"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.close_button.clicked.connect(self.accept)
        self.export_status = StatusLine()

        next_row = QHBoxLayout()
        next_row.addWidget(self.resume_button)
        next_row.addWidget(self.complaint_button)
        next_row.addStretch(1)
        export_row = QHBoxLayout()
        export_row.addWidget(QLabel(self.tr("Save proof:")))
        for button in (self.pdf_button, self.text_button, self.json_button, self.ics_button):
            export_row.addWidget(button)
        export_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        # The content scrolls; the proof buttons and Close stay in view under it, however
        # small the screen (issue 28).
        layout = QVBoxLayout()
        layout.addWidget(self.heading)
        layout.addLayout(label_row)
        layout.addWidget(self.history_view, 1)  # all the height there is to spare
        layout.addWidget(self.next_hint)
        layout.addLayout(next_row)
        layout.addWidget(self.extension_box)
        layout.addWidget(self.answer_box)
        footer = QVBoxLayout()
        footer.addLayout(export_row)
        footer.addWidget(self.export_status)
        footer.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling_body(layout, footer))
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not event.spontaneous():
            fit_dialog(self, WANTED_SIZE)
        super().showEvent(event)
        keep_on_screen(self)

    @property
    def record(self):
        return self.store.get(self.record_id)

    def refresh(self) -> None:
        record = self.record
        name = shortened(record.display_name, SHOWN_IN_LINE)
        title = f"{account_text(record.answers.account)} – {name}".strip(" –")
        self.heading.setText(title)
        self.setWindowTitle(title)
        self._label_shown = shortened(record.label, NAME_MAX)
        self.label_edit.setText(self._label_shown)
        self.history_view.show_record(record, self.zone, proof_labels(), current_language())
        status = record.status
        self.resume_button.setVisible(status in RESUMABLE)
        self.complaint_button.setVisible(needs_complaint(record))
        self.answer_box.setEnabled(status in ANSWERABLE or status == Status.REFUSED)
        self.extension_box.refresh(record)
        self.ics_button.setEnabled(record.sent_at is not None)
        # How long Meta has depends on the law of the person's country (jurisdictions.toml).
        law = jurisdiction_for(record.answers.country)
        if law.has_deadline:
            waiting = self.tr(
                "By law Meta has %n month(s) to answer, or up to %1 more if it tells you "
                "within that time that it needs them. When its email arrives, record the "
                "answer below.",
                "",
                law.deadline_months,
            ).replace("%1", str(law.extension_months))
            overdue = self.tr(
                "Meta's time to answer is over, unless it told you it needs longer. You can "
                "take the next step; the assistant writes the letter for you."
            )
        else:
            waiting = self.tr(
                "The law that applies to you sets Meta no fixed time to answer. When its "
                "email arrives, record the answer below."
            )
            overdue = self.tr(
                "Meta hasn't answered for a while. You can take the next step; the "
                "assistant writes the letter for you."
            )
        hint = {
            Status.WAITING: waiting,
            Status.OVERDUE: overdue,
            Status.REFUSED: self.tr(
                "Meta said no. You can complain to your data-protection authority; the "
                "assistant writes the complaint for you."
            ),
            Status.HONOURED: self.tr(
                "Meta accepted your objection. Keep the proof somewhere safe."
            ),
            Status.SUBMITTED: self.sent_not_finished(),
            Status.CODE_CONFIRMED: self.sent_not_finished(),
        }.get(status, self.tr("This objection isn't sent yet. Carry on in the guide to finish it."))
        if status == Status.SUBMITTED and code_expired_at(record.answers, utc_now()):
            self.next_hint.setText(f"{code_expired_text()}. {code_expired_next_text()}.")
            return
        self.next_hint.setText(f"{status_text(status, record.answers)}. {hint}")

    def sent_not_finished(self) -> str:
        return self.tr(
            "The guide's last steps are still open: carry on to save the proof and reminders."
        )

    def _save_label(self) -> None:
        if self.record_id not in self.store.ids():  # deleted meanwhile ("forget everything")
            return
        text = self.label_edit.text().strip()
        if text == self._label_shown.strip():  # unchanged (a long name stays as it is)
            return
        if text != self.record.label:
            self.store.set_label(self.record_id, self.label_edit.text())
            self.refresh()

    def _email_text_cut(self) -> None:
        self.answer_status.show_message(
            self.tr(
                "Meta's email is longer than %1 characters, so only its start was pasted. "
                "Keep the part with Meta's answer."
            ).replace("%1", f"{ANSWER_TEXT_MAX:,}"),
            "error",
        )

    def record_answer(self) -> bool:
        if self.honoured.isChecked():
            outcome = Status.HONOURED
        elif self.refused.isChecked():
            outcome = Status.REFUSED
        else:
            self.answer_status.show_message(
                self.tr("Choose first whether Meta accepted or refused."), "error"
            )
            self.honoured.setFocus()
            return False
        email_text = self.email_text.toPlainText().strip()
        if len(email_text) > ANSWER_TEXT_MAX:
            self.answer_status.show_message(
                self.tr(
                    "Meta's email is longer than %1 characters. Keep the part with Meta's "
                    "answer and save again."
                ).replace("%1", f"{ANSWER_TEXT_MAX:,}"),
                "error",
            )
            self.email_text.setFocus()
            return False
        day = self.answer_date.date().toPython()
        if day > dt.date.today() + dt.timedelta(days=1):
            self.answer_status.show_message(self.tr("That date is in the future."), "error")
            return False
        try:
            ok = self.store.record_answer(self.record_id, outcome, day, email_text)
        except IllegalTransition:
            self.answer_status.show_message(
                self.tr("This answer can't be recorded for an objection in this state."), "error"
            )
            return False
        if not ok:
            self.answer_status.show_message(
                self.tr("The answer is noted but couldn't be saved to disk."), "error"
            )
        else:
            self.answer_status.show_message(self.tr("Answer saved."), "ok")
        self.refresh()
        return ok

    def export(self, kind: str) -> str | None:
        record = self.record
        stem = file_stem(record, "objection", self.zone)
        return export_file(self, self.export_status, kind, [record], self.zone, stem, self.ask_path)

    def delete_text(self) -> str:
        record = self.record
        return (
            self.tr(
                "This deletes the objection for %1 (%2) from this computer: its answers, reason "
                "text, history and Meta's answer. It is removed from %3. Files you saved "
                "yourself stay. This can't be undone, and your objection at Meta is not affected."
            )
            .replace("%1", account_text(record.answers.account))
            .replace("%2", shortened(record.display_name, SHOWN_IN_LINE) or "-")
            .replace("%3", str(self.store.path))
        )

    def ask_delete(self) -> bool:
        if not ask_yes_cancel(self, self.tr("Delete this objection?"), self.delete_text()):
            return False
        if not self.store.remove(self.record_id):  # it stays, in the list and in the file
            self.export_status.show_message(not_deleted_text(self.store.save_error), "error")
            return False
        self.accept()
        return True
