"""The checklist of AI-training opt-outs beyond Meta: one row per service, and a short
guided flow for the chosen one, all from resources/services/ (core/other_services.py).

The flow reuses the wizard's pieces: the link opens through the one opener
(ui/common/urlopen.py) and shows as a QR code for the phone (ui/wizard/qr_view.py); the
email address or a reason can be copied where a form asks; "done" is recorded with its
time in other_optouts.json (core/other_optouts.py); a calendar file reminds the person to
look again later (core/other_ics.py).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.other_optouts import DONE, NOT_APPLICABLE, NOT_DONE, OtherOptOuts
from optout_gui.core.other_services import Service, applicability
from optout_gui.core.progress import from_iso, utc_now
from optout_gui.core.urls import OTHER_SERVICE_DOMAINS, UrlRefused
from optout_gui.ui.common.dates import date_time_text
from optout_gui.ui.common.urlopen import open_external_url
from optout_gui.ui.common.widgets import (
    StatusLine,
    copy_to_clipboard,
    paste_reminder,
    wrapped_label,
)
from optout_gui.ui.wizard.qr_view import QrCodeView

translate = QCoreApplication.translate


def state_text(state: str, at: str | None, zone: dt.tzinfo) -> str:
    """A service's state in words, with the time it was recorded."""
    when = date_time_text(from_iso(at), zone) if at else ""
    if state == DONE:
        return translate("other_optouts", "Done on %1").replace("%1", when)
    if state == NOT_APPLICABLE:
        return translate("other_optouts", "Does not apply to me (noted %1)").replace("%1", when)
    return translate("other_optouts", "Not done")


def kind_text(service: Service) -> str:
    return {
        "setting": translate("other_optouts", "A setting to switch off"),
        "form": translate("other_optouts", "A form to send"),
        "signal": translate("other_optouts", "A signal to AI companies (they may ignore it)"),
        "no_opt_out": translate("other_optouts", "No way to opt out found"),
    }[service.kind]


def applies_text(service: Service, country: str | None, country_name: str) -> str:
    found = applicability(service, country)
    if found.state == "unknown":
        return translate("other_optouts", "Choose where you live above")
    if found.state == "not_listed":
        return translate("other_optouts", "Our sources don't name %1").replace("%1", country_name)
    if found.since is not None:
        return (
            translate("other_optouts", "Applies in %1 since %2")
            .replace("%1", country_name)
            .replace("%2", found.since.isoformat())
        )
    return translate("other_optouts", "Applies in %1").replace("%1", country_name)


def summary_line(record: OtherOptOuts, services: list[Service]) -> str:
    """ "Other AI opt-outs: 2 of 5 done" (services with nothing to do are not counted)."""
    done, counted = record.done_count([s.id for s in services if s.is_task])
    return (
        translate("other_optouts", "Other AI opt-outs: %1 of %2 done")
        .replace("%1", str(done))
        .replace("%2", str(counted))
    )


class ServiceFlow(QWidget):
    """The chosen service: what it does, what the opt-out covers, and the steps."""

    changed = Signal(str)  # a service's state changed (its id)

    def __init__(self, dialog: OtherOptOutsDialog):
        super().__init__()
        self.dialog = dialog
        self.service: Service | None = None
        self.setObjectName("service_flow")
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setObjectName("service_title")
        self.kind = wrapped_label()
        self.what = wrapped_label(selectable=True)
        self.what.setObjectName("service_what")
        self.covers = wrapped_label(selectable=True)
        self.covers.setObjectName("service_covers")
        self.applies = wrapped_label()
        self.applies.setObjectName("service_applies")
        self.unconfirmed = StatusLine()
        self.unconfirmed.setObjectName("service_unconfirmed")
        self.names = wrapped_label(selectable=True)
        self.names.setObjectName("service_names")
        self.path = wrapped_label(selectable=True)
        self.path.setObjectName("service_path")
        self.steps = wrapped_label(selectable=True)
        self.steps.setObjectName("service_steps")

        self.link = QLineEdit()
        self.link.setReadOnly(True)
        self.link.setObjectName("service_link")
        self.link.setAccessibleName(translate("other_optouts", "Link to the setting or form"))
        self.open_button = self._button(
            "open_service_link",
            translate("other_optouts", "&Open in the browser"),
            translate("other_optouts", "Opens the link in your web browser"),
            self.open_link,
        )
        self.copy_link_button = self._button(
            "copy_service_link",
            translate("other_optouts", "Copy &link"),
            translate("other_optouts", "Puts the link on the clipboard"),
            lambda: self._copy(self.link.text(), None),
        )
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.open_button)
        link_row.addWidget(self.copy_link_button)
        self.code = QrCodeView()
        self.code.setObjectName("service_qr")
        self.code_hint = wrapped_label(
            translate(
                "other_optouts",
                "On your phone? Scan this code with its camera to open the same link.",
            )
        )

        self.email = QLineEdit()
        self.email.setReadOnly(True)
        self.email.setObjectName("service_email")
        self.email.setAccessibleName(translate("other_optouts", "Your email address"))
        self.email_button = self._button(
            "copy_service_email",
            translate("other_optouts", "Copy &email address"),
            translate("other_optouts", "For the form's email field"),
            lambda: self._copy(self.email.text(), "email_copied"),
        )
        self.email_row = QWidget()
        email_layout = QHBoxLayout(self.email_row)
        email_layout.setContentsMargins(0, 0, 0, 0)
        email_layout.addWidget(self.email, 1)
        email_layout.addWidget(self.email_button)
        self.reason = wrapped_label(selectable=True)
        self.reason.setObjectName("service_reason")
        self.reason_button = self._button(
            "copy_service_reason",
            translate("other_optouts", "Copy the &reason"),
            translate("other_optouts", "For the form's field where you say what you object to"),
            lambda: self._copy(self.reason.text(), "reason_copied"),
        )

        self.state = wrapped_label()
        self.state.setObjectName("service_state")
        self.done_button = self._button(
            "mark_done",
            translate("other_optouts", "I've &done it"),
            translate(
                "other_optouts", "Records that you switched it off or sent the form, with the time"
            ),
            lambda: self.set_state(DONE),
        )
        self.not_applicable_button = self._button(
            "mark_not_applicable",
            translate("other_optouts", "Doesn't &apply to me"),
            translate("other_optouts", "For example, you have no account there"),
            lambda: self.set_state(NOT_APPLICABLE),
        )
        self.undo_button = self._button(
            "mark_not_done",
            translate("other_optouts", "&Not done yet"),
            translate("other_optouts", "Records that this is still to do"),
            lambda: self.set_state(NOT_DONE),
        )
        self.reminder_button = self._button(
            "save_look_again",
            translate("other_optouts", "Calendar &reminder to look again…"),
            translate("other_optouts", "A calendar file that reminds you in three months"),
            self.save_reminder,
        )
        state_row = QHBoxLayout()
        for button in (
            self.done_button,
            self.not_applicable_button,
            self.undo_button,
            self.reminder_button,
        ):
            state_row.addWidget(button)
        state_row.addStretch(1)
        self.status = StatusLine()
        self.status.setObjectName("service_status")
        self.sources = wrapped_label(selectable=True)
        self.sources.setObjectName("service_sources")
        self.sources.setTextFormat(Qt.TextFormat.PlainText)

        # Texts and fields on the left, the phone's code on the right (reading order:
        # the code comes after the link it holds).
        texts = QVBoxLayout()
        for widget in (
            self.kind,
            self.what,
            self.covers,
            self.applies,
            self.unconfirmed,
            self.steps,
            self.names,
            self.path,
        ):
            texts.addWidget(widget)
        texts.addLayout(link_row)
        texts.addWidget(self.email_row)
        texts.addWidget(self.reason)
        texts.addWidget(self.reason_button, 0, Qt.AlignmentFlag.AlignLeft)
        texts.addStretch(1)
        phone = QVBoxLayout()
        phone.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        phone.addWidget(self.code_hint)
        phone.addStretch(1)
        self.code_hint.setMaximumWidth(240)
        columns = QHBoxLayout()
        columns.addLayout(texts, 1)
        columns.addLayout(phone)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(columns)
        layout.addWidget(self.state)
        layout.addLayout(state_row)
        layout.addWidget(self.status)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self.link_widgets = (self.link, self.open_button, self.copy_link_button, self.code_hint)
        self.task_widgets = (
            self.state,
            self.done_button,
            self.not_applicable_button,
            self.undo_button,
            self.reminder_button,
        )

    def _button(self, name: str, text: str, description: str, action) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setAccessibleDescription(description)
        button.clicked.connect(action)
        return button

    # --- showing one service ------------------------------------------------------------
    def show_service(self, service: Service) -> None:
        self.service = service
        dialog = self.dialog
        language = service.language
        self.title.setText(service.name)
        self.kind.setText(kind_text(service))
        self.what.setText(service.what.text)
        covers = service.covers.text
        if service.future_only:
            covers += " " + translate("other_optouts", "It covers future use only.")
        self.covers.setText(covers)
        self.applies.setText(applies_text(service, dialog.country(), dialog.country_name()))
        path = service.path_in(language)
        if path is not None and not path.confirmed:
            self.unconfirmed.show_message(
                translate(
                    "other_optouts",
                    "Unconfirmed: the way to this setting comes from press reports of %1, not "
                    "from %2 itself. It may have changed since.",
                )
                .replace("%1", path.as_of.isoformat())
                .replace("%2", service.name),
                "warning",
            )
        else:
            self.unconfirmed.clear_message()
        if service.steps:
            header = translate("other_optouts", "What to do:")
            lines = [f"{n}. {step.text}" for n, step in enumerate(service.steps, 1)]
            self.steps.setText("\n".join([header, *lines]))
        self.steps.setVisible(bool(service.steps))
        names = service.names_in(language)
        if names:
            quoted = "\n".join(f"“{name.text}”" for name in names)
            if names[0].language != language:
                label = translate("other_optouts", "As the service names it (in English):")
            else:
                label = translate("other_optouts", "As the service names it:")
            self.names.setText(f"{label}\n{quoted}")
        self.names.setVisible(bool(names))
        if path is not None:
            label = translate("other_optouts", "Where to find it:")
            self.path.setText(f"{label} {' › '.join(path.steps)}")
        self.path.setVisible(path is not None)

        has_link = service.link is not None
        for widget in self.link_widgets:
            widget.setVisible(has_link)
        if has_link:
            self.link.setText(service.link.url)
            self.link.setCursorPosition(0)
            self.code.set_code(
                service.link.url,
                translate("other_optouts", "QR code of the link to %1").replace("%1", service.name),
                service.link.url,
            )
        else:
            self.link.clear()
            self.code.clear()
        self.email.setText(dialog.email)
        self.email_row.setVisible(service.asks_email and bool(dialog.email))
        self.reason.setText(service.reason.text if service.reason else "")
        self.reason.setVisible(service.reason is not None)
        self.reason_button.setVisible(service.reason is not None)
        for widget in self.task_widgets:
            widget.setVisible(service.is_task)
        self.status.clear_message()
        self.show_state()
        lines = [translate("other_optouts", "Sources (as read on the date given):")]
        for source in service.all_sources():
            lines.append(f"• {source.title} ({source.seen.isoformat()}): {source.url}")
        self.sources.setText("\n".join(lines))

    def show_state(self) -> None:
        service = self.service
        if service is None:
            return
        if not service.is_task:
            return
        state = self.dialog.record.state(service.id)
        self.state.setText(state_text(state.state, state.at, self.dialog.zone))
        self.state.setAccessibleName(self.state.text())
        self.done_button.setEnabled(state.state != DONE)
        self.not_applicable_button.setEnabled(state.state != NOT_APPLICABLE)
        self.undo_button.setEnabled(state.state != NOT_DONE)

    # --- actions --------------------------------------------------------------------
    def open_link(self) -> bool:
        service = self.service
        if service is None or service.link is None:
            return False
        try:
            opened = open_external_url(service.link.url, OTHER_SERVICE_DOMAINS)
        except UrlRefused:
            self.status.show_message(
                translate("other_optouts", "This link is not one the app opens."), "error"
            )
            return False
        self._save(self.dialog.record.note(service.id, "link_opened", url=service.link.url))
        if opened:
            self.status.show_message(
                translate("other_optouts", "The link was passed to your browser."), "ok"
            )
        else:
            self.status.show_message(
                translate(
                    "other_optouts",
                    "No browser opened. Copy the link and paste it into your browser, or scan "
                    "the code with your phone.",
                ),
                "error",
            )
        return opened

    def _copy(self, text: str, event: str | None) -> bool:
        if not text or not copy_to_clipboard(text):
            self.status.show_message(
                translate(
                    "other_optouts", "Copying didn't work. Select the text and copy it yourself."
                ),
                "error",
            )
            return False
        if event is not None and self.service is not None:
            self._save(self.dialog.record.note(self.service.id, event, text=text))
        message = translate("other_optouts", "Copied. Paste it where the page asks for it.")
        self.status.show_message(f"{message} {paste_reminder()}".strip(), "ok")
        return True

    def set_state(self, state: str) -> None:
        service = self.service
        if service is None:
            return
        saved = self.dialog.record.set_state(service.id, state)
        self._save(saved)
        self.show_state()
        if saved:
            self.status.show_message(self.state.text(), "ok")
        self.changed.emit(service.id)

    def _save(self, saved: bool) -> None:
        if not saved:
            self.status.show_message(
                translate(
                    "other_optouts",
                    "This could not be saved on this computer. Check that the disk has room "
                    "and try again.",
                ),
                "error",
            )

    def save_reminder(self) -> str | None:
        from optout_gui.core.other_ics import LOOK_AGAIN_TEXTS, look_again_ics
        from optout_gui.ui.tracker.history import safe_file_stem

        service = self.service
        if service is None:
            return None
        path = self.dialog.ask_path(
            self,
            translate("other_optouts", "Save a calendar reminder"),
            safe_file_stem(f"look-again-{service.id}") + ".ics",
            translate("export", "Calendar file (*.ics)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".ics"):
            path += ".ics"
        texts = {key: translate("calendar", text) for key, text in LOOK_AGAIN_TEXTS.items()}
        try:
            Path(path).write_bytes(
                look_again_ics(
                    service.id, service.name, self.dialog.zone, self.dialog.clock(), texts
                )
            )
            if os.name == "posix":
                os.chmod(path, 0o600)
        except OSError as exc:
            self.status.show_message(
                translate("export", "Saving didn't work (%1). Try another folder.").replace(
                    "%1", exc.strerror or str(exc)
                ),
                "error",
            )
            return None
        self._save(self.dialog.record.note(service.id, "reminder_saved"))
        self.status.show_message(
            translate(
                "other_optouts", "Saved. Open the file to add the reminder to your calendar."
            ),
            "ok",
        )
        return path


class OtherOptOutsDialog(QDialog):
    """The checklist: a table of services, and the flow of the chosen one beside it."""

    changed = Signal()  # a state changed: the overview's line is redrawn

    COLUMNS = 4

    def __init__(
        self,
        record: OtherOptOuts,
        services: list[Service],
        *,
        countries: dict[str, str],
        country: str | None = None,
        email: str = "",
        zone: dt.tzinfo | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        from optout_gui.core.reminders import local_zone
        from optout_gui.ui.tracker.history import ask_save_path

        self.ask_path = ask_save_path  # (parent, title, suggested, filter) -> path; tests swap
        self.record = record
        self.services = services
        self.email = email
        self.zone = zone or local_zone()
        self.clock = clock
        self.setObjectName("other_optouts")
        self.setWindowTitle(translate("other_optouts", "Other AI opt-outs"))
        self.heading = QLabel(translate("other_optouts", "Your AI opt-outs beyond Meta"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = wrapped_label(
            translate(
                "other_optouts",
                "Other services train AI on what people post too. Choose a service to see what "
                "it does and how to stop it; the app notes what you did and when. Services "
                "with no way to opt out are listed so you know.",
            )
        )
        self.country_box = QComboBox()
        self.country_box.setObjectName("other_country")
        for code, name in countries.items():
            self.country_box.addItem(name, code)
        country_label = QLabel(translate("other_optouts", "&Where you live:"))
        country_label.setBuddy(self.country_box)
        self.country_box.setAccessibleName(translate("other_optouts", "Where you live"))
        chosen = record.country or country
        index = self.country_box.findData(chosen) if chosen else -1
        self.country_box.setCurrentIndex(index)
        self.country_box.currentIndexChanged.connect(self._country_changed)
        country_row = QHBoxLayout()
        country_row.addWidget(country_label)
        country_row.addWidget(self.country_box)
        country_row.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("other_summary")

        self.table = QTableWidget(len(services), self.COLUMNS)
        self.table.setObjectName("other_optouts_table")
        self.table.setAccessibleName(translate("other_optouts", "Services"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("other_optouts", "Service"),
                translate("other_optouts", "What it is"),
                translate("other_optouts", "Where you live"),
                translate("other_optouts", "State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.flow = ServiceFlow(self)
        self.flow.changed.connect(self._state_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.flow)
        scroll.setObjectName("service_flow_scroll")
        self.detail = QGroupBox(translate("other_optouts", "The chosen service"))
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(scroll)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(country_row)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 720)

        self.fill_rows()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        if services:
            self.table.selectRow(0)
            self._show_row(0)
        self.table.setFocus()

    # --- country ------------------------------------------------------------------------
    def country(self) -> str | None:
        return self.country_box.currentData()

    def country_name(self) -> str:
        return self.country_box.currentText()

    def _country_changed(self) -> None:
        self.record.set_country(self.country())
        self.fill_rows()
        if self.flow.service is not None:
            self.flow.show_service(self.flow.service)

    # --- rows ---------------------------------------------------------------------------
    def fill_rows(self) -> None:
        for row, service in enumerate(self.services):
            if service.is_task:
                state = self.record.state(service.id)
                state_words = state_text(state.state, state.at, self.zone)
            else:
                state_words = translate("other_optouts", "Nothing to do")
            texts = (
                service.name,
                kind_text(service),
                applies_text(service, self.country(), self.country_name()),
                state_words,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, service.id)
                self.table.setItem(row, column, item)
        self.summary.setText(summary_line(self.record, self.services))

    def row_of(self, service_id: str) -> int:
        return next(n for n, s in enumerate(self.services) if s.id == service_id)

    def choose(self, service_id: str) -> ServiceFlow:
        row = self.row_of(service_id)
        self.table.selectRow(row)
        self._show_row(row)
        return self.flow

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.services) and self.flow.service is not self.services[row]:
            self.flow.show_service(self.services[row])

    def _state_changed(self, service_id: str) -> None:
        current = self.table.currentRow()
        self.fill_rows()
        self.table.selectRow(current)
        self.changed.emit()
