"""What every step page shares: a scrolling body with the step's text from the guide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

from optout_gui.core.guide import Guide
from optout_gui.core.session import Session
from optout_gui.ui.common.dates import date_text
from optout_gui.ui.common.reading import limit_line_length
from optout_gui.ui.common.widgets import (
    scrolls_to_reveal,
    wrapped_label,
)


class StepPage(QWizardPage):
    """One step of the objection process.

    Subclasses add their controls to ``self.body`` in :meth:`build` (run once, the first
    time the page is needed), show saved answers in :meth:`load_answers`, and may override
    :meth:`refresh` (called each time the page is entered) and :meth:`main_control`
    (focused on entry). Their ``__init__`` only keeps arguments: it runs for every page at
    start-up.
    """

    step_id = ""

    def __init__(self, guide: Guide, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.guide = guide
        self.session = session
        self.setObjectName(f"page_{self.step_id}")
        self._built = False
        # The controls come later (ensure_built): a session rarely sees every page, and
        # building all eight was a large share of start-up time and memory.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        """Build the controls and show the saved answers, the first time they are needed:
        on entering the page, or when code asks the wizard for this page."""
        if self._built:
            return
        self._built = True
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.intro = wrapped_label()
        self.intro.setObjectName("intro")
        self.body.addWidget(self.intro)
        # Long texts and large fonts must scroll rather than be cut off.
        scroll = scrolls_to_reveal(QScrollArea())
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        # Only a frame for the page: it takes no focus of its own (the keyboard scrolls it
        # through the controls inside), and says which step it holds.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll
        self.layout().insertWidget(0, scroll)  # before the wizard's status lines, if any
        self.build()
        limit_line_length(self.body)  # lines of at most about 90 characters (GOV.UK, GNOME)
        self.body.addStretch(1)  # keeps the content at the top
        self.read_in_layout_order()
        self.load_answers()

    def build(self) -> None:
        """Subclasses add their controls to ``self.body`` here."""

    def read_in_layout_order(self) -> None:
        """Screen readers go through a widget's children in the order they were made; a
        page that puts a text above the introduction (the notice page) would be read the
        other way round. Restacking the body's widgets in layout order fixes the order
        (they never overlap, so nothing changes on screen)."""

        def restack(layout) -> None:
            for index in range(layout.count()):
                item = layout.itemAt(index)
                if item.widget() is not None:
                    item.widget().raise_()
                elif item.layout() is not None:
                    restack(item.layout())

        restack(self.body)

    # --- guide texts -------------------------------------------------------------
    def placeholders(self) -> dict[str, str]:
        progress = self.session.progress
        values = {}
        if progress.account in self.guide.accounts:
            values["account"] = self.guide.accounts[progress.account].label
        if progress.country in self.guide.countries:
            values["country"] = self.guide.countries[progress.country].name
        return values

    def step_text(self, key: str = "text") -> str:
        return self.guide.step_text(self.step_id, key, **self.placeholders())

    def account_guide(self):
        return self.guide.accounts.get(self.session.progress.account or "facebook")

    def date_text(self, day) -> str:
        """A date in the app's language, as every view writes it ("6 Dec 2026")."""
        return date_text(day)

    # --- QWizardPage --------------------------------------------------------------
    def initializePage(self) -> None:
        self.ensure_built()
        self.setTitle(self.step_text("title"))
        self.scroll_area.setAccessibleName(self.title())
        self.intro.setText(self.step_text())
        self.refresh()
        self.read_in_layout_order()  # refresh may have added rows

    def cleanupPage(self) -> None:
        # The default resets registered fields on Back; answers here live in the session.
        pass

    def refresh(self) -> None:
        pass

    def load_answers(self) -> None:
        """Show the saved answers in the controls (after building and after "Start over")."""

    def main_control(self) -> QWidget | None:
        return None

    def focus_next(self) -> None:
        """After an in-page action is done, the keyboard goes to what continues: Next (or
        Finish on the last page), so that Return goes forward, never back."""
        wizard = self.wizard()
        if wizard is None:
            return
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = wizard.button(which)
            if button.isVisible() and button.isEnabled():
                button.setFocus()
                return
