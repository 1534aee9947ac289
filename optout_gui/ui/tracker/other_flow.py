"""One service's guided flow in the checklist of other AI opt-outs: what the service does,
what the opt-out covers, the steps, the link (opened through the one opener, and as a QR
code for the phone), what to copy where a form asks, and the state with its time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from optout_gui.core.other_optouts import DONE, NOT_APPLICABLE, NOT_DONE
from optout_gui.core.other_services import Service
from optout_gui.core.urls import OTHER_SERVICE_DOMAINS, UrlRefused
from optout_gui.ui.common.dates import date_labels, date_text
from optout_gui.ui.common.roles import mark_heading
from optout_gui.ui.common.urlopen import open_external_url
from optout_gui.ui.common.widgets import (
    StatusLine,
    copy_to_clipboard,
    paste_reminder,
    wrapped_label,
)
from optout_gui.ui.tracker.history import write_chosen_file
from optout_gui.ui.tracker.other_wording import applies_text, kind_text, state_text
from optout_gui.ui.wizard.qr_view import QrCodeView

translate = QCoreApplication.translate


class ServiceFlow(QWidget):
    """The chosen service: what it does, what the opt-out covers, and the steps."""

    changed = Signal(str)  # a service's state changed (its id)

    def __init__(self, dialog: QWidget):
        """``dialog``: the checklist (ui/tracker/other_optouts.py), which holds the record,
        the email address, the country, the time zone and the clock."""
        super().__init__()
        self.dialog = dialog
        self.service: Service | None = None
        self.setObjectName("service_flow")
        self.title = mark_heading(QLabel())
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
            translate("other_optouts", "Calendar reminder to look a&gain…"),
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
                .replace("%1", date_text(path.as_of))
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
        if path is not None and path.language != language:
            label = translate("other_optouts", "Where to find it (menus in English):")
            self.path.setText(f"{label} {' › '.join(path.steps)}")
        elif path is not None:
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
            lines.append(f"• {source.title} ({date_text(source.seen)}): {source.url}")
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
        if not saved and self.dialog.record.read_only:
            self.status.show_message(
                translate("other_optouts", "Not saved: the note at the top says why."), "error"
            )
        elif not saved:
            self.status.show_message(
                translate(
                    "other_optouts",
                    "This could not be saved on this computer. Check that the disk has room "
                    "and try again.",
                ),
                "error",
            )

    def save_reminder(self) -> str | None:
        # The calendar library is imported only when a reminder is saved.
        from optout_gui.core.other_ics import (  # noqa: PLC0415 - seam: calendar library
            LOOK_AGAIN_TEXTS,
            look_again_ics,
        )

        service = self.service
        if service is None:
            return None
        path = self.dialog.ask_path(
            self,
            translate("other_optouts", "Save a calendar reminder"),
            f"look-again-{service.id}.ics",  # ids are the data files' own names
            translate("export", "Calendar file (*.ics)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".ics"):
            path += ".ics"
        texts = {key: translate("calendar", text) for key, text in LOOK_AGAIN_TEXTS.items()}
        texts.update(date_labels())  # its day written as the app writes days ("6 Dec 2026")
        ics = look_again_ics(service.id, service.name, self.dialog.zone, self.dialog.clock(), texts)
        if not write_chosen_file(path, lambda target: target.write_bytes(ics), self.status):
            return None
        self._save(self.dialog.record.note(service.id, "reminder_saved"))
        self.status.show_message(
            translate(
                "other_optouts", "Saved. Open the file to add the reminder to your calendar."
            ),
            "ok",
        )
        return path
