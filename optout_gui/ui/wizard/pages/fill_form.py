"""Step 5: the email address and the reason (see ui/wizard/reason_editor.py), each with its own
Copy button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from optout_gui.core.emailcheck import check_email
from optout_gui.core.limits import EMAIL_MAX, is_shortened, shortened
from optout_gui.core.progress import to_iso, utc_now
from optout_gui.ui.common.roles import name_as_shown
from optout_gui.ui.common.widgets import StatusLine, copy_with_feedback, wrapped_label
from optout_gui.ui.wizard.pages.base import StepPage


class FillFormPage(StepPage):
    step_id = "fill_form"

    def __init__(self, guide, session, parent=None, library=None):
        super().__init__(guide, session, parent)
        self._library = library  # a ReasonLibrary; None: the one in resources/
        self._judged = False  # the address is judged once the person leaves the field

    def build(self) -> None:
        # Imported here: the reason editor and its texts are needed only on this page.
        from optout_gui.ui.wizard.reason_editor import ReasonEditor  # noqa: PLC0415 - seam: built with the page

        # At the top, where it is seen first: for someone filling in the form on the
        # phone, this is all the page has to offer.
        self.phone_button = QPushButton(self.tr("Show &on my phone…"))
        self.phone_button.setObjectName("show_on_phone")
        self.phone_button.setAutoDefault(False)
        self.phone_button.setAccessibleDescription(
            self.tr("QR codes of your email address and your reason, to scan with your phone")
        )
        self.phone_hint = wrapped_label(
            self.tr("Filling in the form on your phone? Scan the texts instead of typing them.")
        )
        self.phone_status = StatusLine()
        self.phone_status.setObjectName("phone_status")
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone_button)
        phone_row.addWidget(self.phone_hint, 1)
        self.body.addLayout(phone_row)
        self.phone_dialog = None

        self.email_label = QLabel()
        self.email_label.setWordWrap(True)
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email")
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.email_edit.setMaxLength(EMAIL_MAX)
        self._email_shown = ""  # as put in the field (shortened if the file's is longer)
        self.email_label.setBuddy(self.email_edit)
        self.email_copy = QPushButton(self.tr("Cop&y email"))
        self.email_copy.setObjectName("copy_email")
        self.email_copy.setAutoDefault(False)
        self.email_status = StatusLine()
        self.email_status.setObjectName("email_status")
        row = QHBoxLayout()
        row.addWidget(self.email_edit, 1)
        row.addWidget(self.email_copy)
        self.body.addWidget(self.email_label)
        self.body.addLayout(row)
        self.body.addWidget(self.email_status)

        self.country_line = wrapped_label()
        self.country_line.setObjectName("country_line")
        self.body.addWidget(self.country_line)

        self.reason_label = QLabel(
            self.tr("&Reason, for “Please tell us how this processing impacts you”:")
        )
        self.reason_label.setWordWrap(True)
        self.reason_hint = wrapped_label()
        self.reason_editor = ReasonEditor(self._library)
        self.reason_editor.setObjectName("reason_editor")
        self.reason_edit = self.reason_editor.edit
        self.reason_copy = self.reason_editor.copy_button
        self.reason_status = self.reason_editor.copy_status
        self.reason_label.setBuddy(self.reason_edit)
        name_as_shown(self.reason_edit, self.reason_label)
        self.body.addWidget(self.reason_label)
        self.body.addWidget(self.reason_hint)
        self.body.addWidget(self.reason_editor)
        self.body.addWidget(self.phone_status)  # how much to shorten, under the reason

        self.email_edit.textChanged.connect(self._email_changed)
        self.email_edit.editingFinished.connect(self._email_left)
        self.email_copy.clicked.connect(self.copy_email)
        self.reason_editor.textSettled.connect(self._reason_settled)
        self.reason_editor.choicesChanged.connect(self._reason_choices_changed)
        self.reason_editor.copied.connect(self._reason_copied)
        self.phone_button.clicked.connect(self.show_on_phone)

    def load_answers(self) -> None:
        progress = self.session.progress
        self._email_shown = shortened(progress.email, EMAIL_MAX)
        self.email_edit.setText(self._email_shown)
        self.reason_editor.load(
            progress.reason,
            progress.reason_points,
            progress.reason_tone,
            progress.reason_language,
        )
        self._judged = bool(progress.email)  # a saved address is judged at once
        self._show_email_state()

    def refresh(self) -> None:
        from optout_gui.core.reasons import language_for_country  # noqa: PLC0415 - seam: built with the page

        values = self.placeholders()
        self.email_label.setText(
            self.tr("&Email address you use for %1:").replace("%1", values.get("account", ""))
        )
        self.country_line.setText(
            self.tr("Country of residence: choose “%1” in Meta's list.").replace(
                "%1", values.get("country", "")
            )
        )
        self.reason_hint.setText(self.step_text("reason_hint"))
        progress = self.session.progress
        law = "none"
        if progress.country in self.guide.countries:
            law = self.guide.law_for(progress.country).law_id
        self.reason_editor.set_context(
            law, values.get("account", ""), language_for_country(progress.country)
        )

    # --- email --------------------------------------------------------------------
    def _email_changed(self, text: str) -> None:
        email = self.session.progress.email
        if not (text == self._email_shown and is_shortened(email, EMAIL_MAX)):
            self.session.update(email=text)  # a too-long saved address stays until changed
        self._show_email_state()
        self.completeChanged.emit()

    def _email_left(self) -> None:
        """Leaving the field (or Return in it): now the address is judged."""
        self._judged = True
        self._show_email_state()

    def _show_email_state(self) -> None:
        """While typing, no error: only once the person leaves the field or presses Next
        (from then on the message follows the typing, so it goes as soon as it's right)."""
        check = check_email(self.email_edit.text())
        self.email_copy.setEnabled(check.ok)
        if check.ok:
            self.email_status.clear_message()
        elif check.problem == "empty":
            self.email_status.show_message(
                self.tr("To go on, type the email address you use for your account."), "info"
            )
        elif not self._judged:
            self.email_status.clear_message()
        else:
            self.email_status.show_message(self._email_problem_text(check.problem), "error")

    def _email_problem_text(self, problem: str) -> str:
        texts = {
            "no_at": self.tr("An email address needs an @, as in name@example.com."),
            "many_at": self.tr("There is more than one @ in this address."),
            "no_local": self.tr("Something is missing before the @."),
            "no_domain": self.tr("Something is missing after the @, such as example.com."),
            "no_dot": self.tr(
                "The part after the @ looks incomplete; it usually has a dot, as in example.com."
            ),
            "too_long": self.tr("This is far too long to be an email address."),
        }
        return texts.get(
            problem, self.tr("This doesn't look like an email address. Please check it.")
        )

    def copy_email(self) -> bool:
        check = check_email(self.email_edit.text())
        if not check.ok:
            return False
        return copy_with_feedback(check.normalized, self.email_status, self.email_edit)

    # --- reason -------------------------------------------------------------------
    def _reason_settled(self, text: str) -> None:
        self.session.update(reason=text)

    def save_reason(self) -> None:
        if self.is_built:  # unbuilt, nothing can have been typed
            self.reason_editor.flush()

    def _reason_choices_changed(self) -> None:
        editor = self.reason_editor
        self.session.update(
            reason_points=editor.points(),
            reason_tone=editor.tone(),
            reason_language=editor.explicit_language(),
        )

    def _reason_copied(self, text: str) -> None:
        self.session.update(
            reason=self.reason_editor.text(),
            reason_copied_text=text,
            reason_copied_at=to_iso(utc_now()),
        )
        if self.email_to_copy():
            self.focus_next()  # both copied or typed: Next continues

    def reason_to_copy(self) -> str:
        return self.reason_editor.text_to_copy()

    def copy_reason(self) -> bool:
        return self.reason_editor.copy()

    # --- phone ------------------------------------------------------------------------
    def email_to_copy(self) -> str:
        """What "Copy email" puts on the clipboard; empty while the address isn't valid."""
        check = check_email(self.email_edit.text())
        return check.normalized if check.ok else ""

    def show_on_phone(self):
        """The dialog with QR codes of exactly what the two Copy buttons copy."""
        from optout_gui.ui.wizard.qr_code import PhoneCodesDialog  # noqa: PLC0415 - seam: QR codes

        self.reason_editor.flush()
        self.phone_status.clear_message()
        if self.phone_dialog is not None:
            self.phone_dialog.close()
            self.phone_dialog.deleteLater()
        dialog = PhoneCodesDialog(self.email_to_copy(), self.reason_to_copy(), self.window())
        dialog.shortenRequested.connect(self._shorten_for_phone)
        dialog.reasonHandedOver.connect(self._reason_copied)  # kept as proof, like a copy
        dialog.rejected.connect(self.phone_button.setFocus)  # closed: back where it was
        self.phone_dialog = dialog
        dialog.open()
        return dialog

    def _shorten_for_phone(self) -> None:
        from optout_gui.core.phone_codes import characters_in_one_code  # noqa: PLC0415 - seam: QR codes

        text = self.reason_to_copy()
        fits = characters_in_one_code(text)
        self.phone_status.show_message(
            self.tr(
                "To fit in one code, your reason has to lose about %1 characters: it has %2, "
                "one code holds %3 of them."
            )
            .replace("%1", str(len(text) - fits))
            .replace("%2", str(len(text)))
            .replace("%3", str(fits)),
            "info",
        )
        self.reason_edit.setFocus()

    # --- QWizardPage --------------------------------------------------------------
    def isComplete(self) -> bool:
        # Next is there as soon as something is typed; pressing it judges the address.
        return bool(self.session.progress.email.strip())

    def validatePage(self) -> bool:
        self.save_reason()  # the reason is optional: an empty one stops nobody
        email = self.session.progress.email
        if not email.strip():
            return True  # nothing to judge (Next waits for an address: isComplete)
        self._judged = True
        self._show_email_state()
        if check_email(email).ok:
            return True
        self.email_edit.setFocus()
        return False

    def main_control(self):
        return self.email_edit
