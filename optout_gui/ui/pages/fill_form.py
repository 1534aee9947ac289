"""Step 5: the email address and the reason, each with its own Copy button."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from optout_gui.core.emailcheck import check_email
from optout_gui.ui.pages.base import StepPage
from optout_gui.ui.widgets import StatusLine, copy_with_feedback, wrapped_label

REASON_SAVE_DELAY_MS = 400  # save the reason shortly after typing pauses, not on every key


class FillFormPage(StepPage):
    step_id = "fill_form"

    def __init__(self, guide, session, parent=None):
        super().__init__(guide, session, parent)

        self.email_label = QLabel()
        self.email_label.setWordWrap(True)
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("email")
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
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
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setTabChangesFocus(True)  # keyboard users must be able to leave it
        self.reason_edit.setMinimumHeight(110)
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_hint = wrapped_label()
        self.reason_copy = QPushButton(self.tr("Copy rea&son"))
        self.reason_copy.setObjectName("copy_reason")
        self.reason_copy.setAutoDefault(False)
        self.reason_status = StatusLine()
        self.reason_status.setObjectName("reason_status")
        self.body.addWidget(self.reason_label)
        self.body.addWidget(self.reason_edit)
        self.body.addWidget(self.reason_hint)
        self.body.addWidget(self.reason_copy)
        self.body.addWidget(self.reason_status)
        self.finish_layout()

        self._reason_timer = QTimer(self)
        self._reason_timer.setSingleShot(True)
        self._reason_timer.setInterval(REASON_SAVE_DELAY_MS)
        self._reason_timer.timeout.connect(self.save_reason)

        self.email_edit.textChanged.connect(self._email_changed)
        self.email_copy.clicked.connect(self.copy_email)
        self.reason_edit.textChanged.connect(self._reason_timer.start)
        self.reason_copy.clicked.connect(self.copy_reason)
        self.load_answers()

    def load_answers(self) -> None:
        progress = self.session.progress
        self.email_edit.setText(progress.email)
        if self.reason_edit.toPlainText() != progress.reason:
            self.reason_edit.setPlainText(progress.reason)
            self._reason_timer.stop()
        self.reason_status.clear_message()
        self._show_email_state()

    def refresh(self) -> None:
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

    # --- email --------------------------------------------------------------------
    def _email_changed(self, text: str) -> None:
        self.session.update(email=text)
        self._show_email_state()
        self.completeChanged.emit()

    def _show_email_state(self) -> None:
        check = check_email(self.email_edit.text())
        self.email_copy.setEnabled(check.ok)
        if check.ok:
            self.email_status.clear_message()
        elif check.problem == "empty":
            self.email_status.show_message(
                self.tr("To go on, type the email address you use for your account."), "info"
            )
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
    def save_reason(self) -> None:
        self._reason_timer.stop()
        self.session.update(reason=self.reason_edit.toPlainText())

    def reason_to_copy(self) -> str:
        return "\n".join(self.reason_edit.toPlainText().strip().splitlines())

    def copy_reason(self) -> bool:
        text = self.reason_to_copy()
        if not text:
            self.reason_status.show_message(
                self.tr("The reason is empty, so there is nothing to copy yet."), "info"
            )
            return False
        self.save_reason()
        return copy_with_feedback(text, self.reason_status, self.reason_edit)

    # --- QWizardPage --------------------------------------------------------------
    def isComplete(self) -> bool:
        return check_email(self.email_edit.text()).ok

    def validatePage(self) -> bool:
        self.save_reason()
        return True

    def main_control(self):
        return self.email_edit
