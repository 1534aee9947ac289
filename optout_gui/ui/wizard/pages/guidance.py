"""Steps that only explain: find the notice, follow the link, Meta's review, confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from optout_gui.core.jurisdictions import load_legal_data
from optout_gui.ui.common import i18n
from optout_gui.ui.common.reading import Disclosure
from optout_gui.ui.common.widgets import CopyableField, browser_paste_message, wrapped_label
from optout_gui.ui.wizard.pages.base import StepPage


class NoticePage(StepPage):
    """Step 2: where Meta's notice appears; it may be skipped."""

    step_id = "notice"

    def __init__(self, guide, session, skip_to_id: int, parent=None):
        super().__init__(guide, session, parent)
        self._skip_to_id = skip_to_id
        self._skip_pressed = False

    def build(self) -> None:
        self.where = wrapped_label()
        self.where.setObjectName("notice_where")
        # The account-specific description comes first, then the "you can skip" text.
        self.body.insertWidget(0, self.where)
        self.skip_button = QPushButton(self.tr("&Skip to the form"))
        self.skip_button.setObjectName("skip_to_form")
        self.skip_button.setAutoDefault(False)
        self.skip_button.setAccessibleDescription(
            self.tr("Jumps over the notice and the link steps to the page that opens the form.")
        )
        self.skip_button.clicked.connect(self._skip)
        self.body.addWidget(self.skip_button)

    def refresh(self) -> None:
        self.where.setText(self.account_guide().notice)

    @property
    def skipped(self) -> bool:
        """The person last left this step with "Skip to the form": it (and the link step
        after it) were passed over, not done. Saved, so it holds after a restart."""
        return self.session.progress.notice_skipped

    def _skip(self) -> None:
        self._skip_pressed = True
        try:
            self.wizard().next()
        finally:
            self._skip_pressed = False

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Leaving forward: remember whether by "Skip to the form" or by Next (Next after
        coming back to a skipped notice leads through the link step). Not while the wizard
        walks forward to resume: the way out is the one recorded."""
        if not getattr(self.wizard(), "resuming", False):
            self.session.update(notice_skipped=self._skip_pressed)
        return super().validatePage()

    def nextId(self) -> int:
        if self.session.progress.notice_skipped:
            return self._skip_to_id
        return super().nextId()

    def main_control(self):
        return self.skip_button


class ObjectLinkPage(StepPage):
    """Step 3: the "right to object" link, and the in-app route when the notice is gone."""

    step_id = "object_link"

    def build(self) -> None:
        self.route = wrapped_label(selectable=True)
        self.route.setObjectName("route")
        self.route.setContentsMargins(16, 0, 0, 0)
        self.after = wrapped_label()
        self.body.addWidget(self.route)
        self.body.addWidget(self.after)

    def refresh(self) -> None:
        steps = self.account_guide().in_app_route
        self.route.setText("\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)))
        self.after.setText(self.step_text("after_route"))


class ActionsPage(StepPage):
    """A last page: the guide's text, then what the person can do now (calendar
    reminders, Meta's answer, the proof, the overview)."""

    def build(self) -> None:
        from optout_gui.ui.wizard.pages.next_actions import NextActions  # noqa: PLC0415 - seam

        self.next_actions = NextActions(self.session)
        self.next_actions.answer_requested.connect(self._answer)
        self.next_actions.other_optouts_requested.connect(self._other_optouts)
        self.body.addWidget(self.next_actions)

    def _answer(self, record_id: str) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.answer_requested.emit(record_id)

    def _other_optouts(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.other_optouts_requested.emit()


class ReviewPage(ActionsPage):
    """Step 7: Meta reviews the objection. How long it may take depends on the law of the
    person's country (resources/jurisdictions.toml), so that line is built from the data;
    then what the person can do now, and a side note on the third-party form."""

    step_id = "review"

    def build(self) -> None:
        self.deadline = wrapped_label()
        self.deadline.setObjectName("review_deadline")
        self.body.insertWidget(1, self.deadline)
        super().build()  # what the person can do now, before the side note

        # A side note, below the page's own text and behind a disclosure: not a step of
        # the path, and a wall of text for the many who don't need it (issue #27).
        self.side = Disclosure(self.tr("A different case: &information Meta got from others"))
        self.side.setObjectName("third_party")
        self.side_note = self.side.add_text(self.step_text("third_party_note"), "third_party_note")
        form = self.guide.side_forms.get("third_party")
        self.side_link = None
        if form is not None:
            self.side_link = CopyableField(
                form.form_url,
                what=self.tr("Link to Meta's form for information from others"),
                copied_message=browser_paste_message(),
            )
            self.side_link.setObjectName("third_party_link")
            self.side.content_layout.addWidget(self.side_link)
        self.body.addWidget(self.side)

    def refresh(self) -> None:
        jurisdiction = load_legal_data().jurisdiction_for(self.session.progress.country)
        cites = jurisdiction.citations(i18n.current_language())
        if jurisdiction.has_deadline:
            text = self.tr(
                "By law (%1), Meta must answer within %n month(s). It may take up to %2 more "
                "months only if it tells you so within that first period.",
                "",
                jurisdiction.deadline_months,
            )
            text = text.replace("%1", cites["deadline_law"])
            text = text.replace("%2", str(jurisdiction.extension_months))
        elif jurisdiction.wait_months:
            text = self.tr(
                "The law that applies to you (%1) sets Meta no fixed time to answer. If "
                "nothing has arrived after %n month(s), the assistant suggests the next step.",
                "",
                jurisdiction.wait_months,
            ).replace("%1", cites["law"])
        else:
            text = ""
        self.deadline.setText(text)
        self.deadline.setVisible(bool(text))


class ConfirmationPage(ActionsPage):
    """Step 8: the confirmation email, and what to do without one. The line on a refusal or
    no answer is the person's country's own (resources/jurisdictions.toml, with sources):
    the GDPR's month, the ICO's "Meta first", the FDPIC's report, the ANPD's petition. The
    rest of the guide's text is behind "More"."""

    step_id = "confirmation"

    def build(self) -> None:
        self.next_step = wrapped_label()
        self.next_step.setObjectName("next_step")
        self.body.addWidget(self.next_step)
        self.more = Disclosure(self.tr("&More about Meta's answer"))
        self.more.setObjectName("confirmation_more")
        self.more_text = self.more.add_text(self.step_text("more"))
        self.body.addWidget(self.more)
        super().build()  # then what the person can do now
        # The last page says the person is done, and what the one Finish button does.
        self.done_line = wrapped_label(
            self.tr("You're done: “Finish” keeps it and opens your list of objections.")
        )
        self.done_line.setObjectName("done_line")
        font = self.done_line.font()
        font.setBold(True)
        self.done_line.setFont(font)
        self.body.insertWidget(0, self.done_line)

    def refresh(self) -> None:
        jurisdiction = load_legal_data().jurisdiction_for(self.session.progress.country)
        line = jurisdiction.next_step_line(self.guide.language)
        self.next_step.setText(line)
        self.next_step.setVisible(bool(line))
        self.more_text.setText(self.step_text("more"))
