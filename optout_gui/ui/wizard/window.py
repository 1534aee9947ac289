"""The main window: a QWizard with one page per step of Meta's objection process."""

from __future__ import annotations

import time
import weakref
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget, QWizard

from optout_gui import APP_NAME
from optout_gui.core.guide import STEP_IDS, Guide
from optout_gui.core.progress import Progress, to_iso, utc_now
from optout_gui.core.session import Session
from optout_gui.ui.common import urlopen
from optout_gui.ui.common.roles import mark_heading
from optout_gui.ui.common.widgets import ask_yes_cancel, reveal
from optout_gui.ui.wizard.code_ticker import CodeTimer, announce
from optout_gui.ui.wizard.pages.code import CodePage
from optout_gui.ui.wizard.pages.fill_form import FillFormPage
from optout_gui.ui.wizard.pages.guidance import (
    ConfirmationPage,
    NoticePage,
    ObjectLinkPage,
    ReviewPage,
)
from optout_gui.ui.wizard.pages.open_form import OpenFormPage
from optout_gui.ui.wizard.pages.welcome import WelcomePage
from optout_gui.ui.wizard.save_problem import SaveProblemLine
from optout_gui.ui.wizard.step_list import StepList

MINIMUM_SIZE = QSize(440, 360)
TITLE_HEADING_AFTER_MS = 300  # the page title becomes a heading after the first paint
# Narrower than this (beside a browser on a laptop screen), the step list folds into a
# one-line header over the page: "Step 3 of 8".
NARROW_WIDTH = 720


class PageId(IntEnum):
    WELCOME = 0
    NOTICE = 1
    OBJECT_LINK = 2
    OPEN_FORM = 3
    FILL_FORM = 4
    CODE = 5
    REVIEW = 6
    CONFIRMATION = 7


STEP_FOR_PAGE = dict(zip(PageId, STEP_IDS, strict=True))
PAGE_FOR_STEP = {step: page for page, step in STEP_FOR_PAGE.items()}


class ObjectionWizard(QWizard):
    language_requested = Signal(str)  # the language chooser on the first page
    answer_requested = Signal(str)  # "Record Meta's answer" on the last pages: a record id
    other_optouts_requested = Signal()  # "Other AI opt-outs" on the last pages

    def __init__(
        self,
        guide: Guide,
        session: Session,
        parent=None,
        *,
        clock=utc_now,
        monotonic=time.monotonic,
    ):
        super().__init__(parent)
        self.guide = guide
        self.session = session
        # The code countdown runs on every page; its status line moves to the current page.
        self.code_timer = CodeTimer(session, clock=clock, monotonic=monotonic, parent=self)
        self._code_status = None  # built once there is a code to count (see code_status)
        self.code_timer.on_change(self._code_changed)
        self.save_problem = SaveProblemLine(session, parent=self)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("objection_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Start o&ver"))
        # Our own texts for Next and Finish, so that each language can pick letters that no
        # page uses (Qt's Dutch "< &Terug" and "Vol&tooien" share the T; tests/test_shortcuts).
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        start_over = self.button(QWizard.WizardButton.CustomButton1)
        start_over.setObjectName("start_over")
        start_over.clicked.connect(self.ask_start_over)
        self.resize(800, 600)
        # Small enough for half a laptop screen beside the browser, and for a 1366×768
        # screen at 150 % (911×512 logical pixels, less the title bar and panels).
        self.setMinimumSize(MINIMUM_SIZE)

        # Each page builds its controls the first time it is needed (see page()).
        welcome = WelcomePage(guide, session)
        welcome.language_requested.connect(self.language_requested)
        self.setPage(PageId.WELCOME, welcome)
        self.setPage(PageId.NOTICE, NoticePage(guide, session, skip_to_id=PageId.OPEN_FORM))
        self.setPage(PageId.OBJECT_LINK, ObjectLinkPage(guide, session))
        self.setPage(
            PageId.OPEN_FORM, OpenFormPage(guide, session, open_url=urlopen.open_external_url)
        )
        self.setPage(PageId.FILL_FORM, FillFormPage(guide, session))
        self.setPage(PageId.CODE, CodePage(guide, session, self.code_timer))
        self.setPage(PageId.REVIEW, ReviewPage(guide, session))
        self.setPage(PageId.CONFIRMATION, ConfirmationPage(guide, session))
        self.setStartId(PageId.WELCOME)

        self.step_list = StepList([guide.step_text(step, "title") for step in STEP_IDS])
        self.step_list.step_chosen.connect(self.go_back_to)
        self.setSideWidget(self.step_list)
        self.step_header = QLabel()  # the step list folded, in a narrow window
        self.step_header.setObjectName("step_header")
        self.step_header.hide()
        self.narrow = False
        self.resuming = False  # walking forward to the page the person last saw (resume)
        self._title_label = None  # QWizard's label for the page title, once marked a heading
        # Read now: showing the window moves to the first page, which is saved too.
        self._resume_step = session.progress.page

        self.currentIdChanged.connect(self._page_changed)
        # Whatever gets the focus (Tab, a shortcut such as Alt+R) scrolls into view.
        QApplication.instance().focusChanged.connect(self._focus_moved)
        # Answers change: "Start over" may now have something to clear. The store holds
        # only a weak link to this window (it may outlive it).
        store = getattr(session, "store", None)
        if store is not None:
            me = weakref.ref(self)

            def listener(kind: str, record_id: str | None) -> None:
                wizard = me()
                if wizard is None:
                    store.unsubscribe(listener)
                    return
                try:
                    wizard._store_changed(kind, record_id)
                except RuntimeError:  # the Qt side is gone
                    store.unsubscribe(listener)

            store.subscribe(listener)
        self._code_changed()  # a code found counting or expired when the window opens

    def page(self, page_id: int):
        """The page with that id, its controls built (pages build on first need)."""
        page = super().page(page_id)
        if page is not None:
            page.ensure_built()
        return page

    def built_pages(self) -> list:
        """The pages built so far; the others have nothing to update or save yet."""
        pages = (super(ObjectionWizard, self).page(page_id) for page_id in PageId)
        return [page for page in pages if page is not None and page.is_built]

    @property
    def code_status(self):
        """The countdown line at the foot of every page but the code page (built when first
        needed: its module and widgets cost start-up time)."""
        return self._ensure_code_status()

    def _ensure_code_status(self):
        if self._code_status is None:
            from optout_gui.ui.wizard.code_display import CountdownStatusLine  # noqa: PLC0415 - seam: once a code counts down

            # A child of the wizard, hidden until a page takes it: never a window of its own.
            self._code_status = CountdownStatusLine(self.code_timer, parent=self)
            page = self.currentPage()
            if page is not None:
                self._place_status_lines(page, self.currentId() == PageId.CODE)
            else:
                self._code_status.set_suppressed(True)
        return self._code_status

    def _code_changed(self) -> None:
        if self._code_status is None and self.code_timer.status_text():
            self._ensure_code_status()
        self._update_title()

    # --- navigation -----------------------------------------------------------------
    def resume(self) -> None:
        """Walk forward to the page the person last saw, so Back still works from there."""
        target = PAGE_FOR_STEP.get(self._resume_step, PageId.WELCOME)
        if self.currentId() == -1:
            self.restart()
        self.resuming = True  # past the notice the way the person last left it (NoticePage)
        try:
            for _ in range(len(PageId)):
                if self.currentId() == target:
                    break
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break  # an answer on the way is missing; stay on that page
        finally:
            self.resuming = False

    def mark_title_heading(self) -> None:
        """The page's title, which QWizard shows in a label of its own: a heading."""
        page = self.currentPage()
        if page is None or self._title_label is not None:
            return
        for label in self.findChildren(QLabel):
            if label.text() == page.title() and not page.isAncestorOf(label):
                self._title_label = mark_heading(label)
                break

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if not hasattr(self, "step_header"):  # resized while being built (Windows' own style)
            return
        narrow = event.size().width() < NARROW_WIDTH
        if narrow != self.narrow:
            self.narrow = narrow
            self.step_list.setVisible(not narrow)
            self._update_step_header()

    def _update_step_header(self) -> None:
        page_id = self.currentId()
        page = self.currentPage()
        if page is None or page_id < 0:
            return
        self.step_header.setText(
            self.tr("Step %1 of %2").replace("%1", str(page_id + 1)).replace("%2", str(len(PageId)))
        )
        if self.step_header.parentWidget() is not page:
            old = self.step_header.parentWidget()
            if old is not None and old.layout() is not None:
                old.layout().removeWidget(self.step_header)
            body = getattr(page, "body", None)
            side = body.contentsMargins().left() if body is not None else 0
            self.step_header.setContentsMargins(side, 0, side, 0)
            page.layout().insertWidget(0, self.step_header)
        self.step_header.setVisible(self.narrow)

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.session.update(page=STEP_FOR_PAGE[PageId(page_id)])
        # One way to finish on the last page: Finish (no Cancel beside it).
        self.setOption(QWizard.WizardOption.NoCancelButton, page_id == PageId.CONFIRMATION)
        page = self.page(page_id)
        self._place_status_lines(page, page_id == PageId.CODE)
        self._update_step_header()
        # After the first paint: finding QWizard's own title label wraps every label of the
        # window (3 ms at a first start), which the first paint need not wait for. Once
        # marked, the call returns at once.
        QTimer.singleShot(TITLE_HEADING_AFTER_MS, self, self.mark_title_heading)
        self._update_title()
        self._update_start_over()
        self._order_buttons()
        self.step_list.set_current(page_id, self.skipped_steps(page_id))
        control = page.main_control() if hasattr(page, "main_control") else None
        if control is None:  # a page that only explains: Next (or Finish) is what comes next
            finish = self.button(QWizard.WizardButton.FinishButton)
            control = finish if finish.isVisible() else self.button(QWizard.WizardButton.NextButton)
        control.setFocus()  # Qt.FocusReason.OtherFocusReason
        # A page opens at its top (its title and first lines), not scrolled to a message
        # at its foot; the focused control is scrolled into view only if it is lower down.
        QTimer.singleShot(0, page, lambda: self._show_top(page, control))  # while page lives
        # Screen readers hear where they are now, once per page change. Not while resuming
        # before the window shows: then they read its title, which names the step.
        if self.isVisible():
            announce(
                self,
                self.tr("Step %1 of %2: %3")
                .replace("%1", str(page_id + 1))
                .replace("%2", str(len(PageId)))
                .replace("%3", page.title()),
            )

    def skipped_steps(self, page_id: int) -> list[int]:
        """The steps before ``page_id`` that were passed over, not done: those never
        shown, and the notice step when the person last left it by "Skip to the form"."""
        visited = set(self.visitedIds())
        skipped = [n for n in range(page_id) if n not in visited]
        notice = super().page(PageId.NOTICE)
        if page_id > PageId.NOTICE and getattr(notice, "skipped", False):
            skipped.append(PageId.NOTICE)
        return sorted(set(skipped))

    def _show_top(self, page, control) -> None:
        try:
            if self.currentPage() is not page:
                return
        except RuntimeError:  # closed meanwhile
            return
        area = getattr(page, "scroll_area", None)
        if area is None:
            return
        area.verticalScrollBar().setValue(0)
        if area.isAncestorOf(control):
            area.ensureWidgetVisible(control, 12, 12)

    def go_back_to(self, page_id: int) -> None:
        """Back to a step already done (the step list), as if Back were pressed."""
        while self.currentId() > page_id:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    def _focus_moved(self, _old, new) -> None:
        if new is not None and self.isAncestorOf(new):
            reveal(new)

    def _store_changed(self, kind: str, record_id: str | None) -> None:
        if record_id in (None, self.session.record_id):
            self._update_start_over()

    def _update_start_over(self) -> None:
        """ "Start over" only when there is something to start over: not on a fresh first
        page with nothing answered yet."""
        answers = self.session.progress
        fresh = (
            self.currentId() in (-1, PageId.WELCOME)
            and replace(answers, page=Progress().page) == Progress()
        )
        self.button(QWizard.WizardButton.CustomButton1).setVisible(not fresh)

    def _place_status_lines(self, page, on_code_page: bool) -> None:
        """Put the countdown and save-problem lines at the foot of the current page."""
        for line in (self.save_problem, self._code_status):
            if line is None:
                continue
            old = line.parentWidget()
            if old is not page:
                if old is not None and old.layout() is not None:
                    old.layout().removeWidget(line)
                    lines = getattr(old, "status_lines", None)
                    if lines is not None:
                        lines.removeWidget(line)
                self._status_lines_of(page).addWidget(line)
        if self._code_status is not None:
            self._code_status.set_suppressed(on_code_page)

    @staticmethod
    def _status_lines_of(page):
        """A row under the page's scrolling body for the status lines, in a space of their
        own and as wide as the page's text (not the text and its scroll bar)."""
        lines = getattr(page, "status_lines", None)
        if lines is None:
            lines = QVBoxLayout()
            body = getattr(page, "body", None)
            side = body.contentsMargins().left() if body is not None else 0
            lines.setContentsMargins(side, 0, side, 0)
            page.layout().addLayout(lines)
            page.status_lines = lines
        return lines

    def _order_buttons(self) -> None:
        """Tab follows the buttons as they stand, left to right: "Start over" first (Qt
        puts its custom buttons after Cancel in the focus chain)."""
        buttons = [
            self.button(which)
            for which in (
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            )
        ]
        for before, after in zip(buttons, buttons[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _update_title(self) -> None:
        page_id = self.currentId()
        title = APP_NAME
        if page_id >= 0:
            title = (
                self.tr("%1 – step %2 of %3")
                .replace("%1", APP_NAME)
                .replace("%2", str(page_id + 1))
                .replace("%3", str(len(PageId)))
            )
        suffix = self.code_timer.title_suffix()
        self.setWindowTitle(f"{title} – {suffix}" if suffix else title)

    def ask_start_over(self) -> None:
        if self.confirm(
            self.tr("Start over?"),
            self.tr(
                "This clears every answer you gave (account, country, email and reason) "
                "and goes back to the first page."
            ),
        ):
            self.start_over()

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes/cancel question; Cancel is the default. Tests replace this method."""
        return ask_yes_cancel(self, title, question)

    def start_over(self) -> None:
        self.session.start_over()
        self.code_timer.reload()
        for page in self.built_pages():
            page.load_answers()
        self.restart()

    def save_pending(self) -> None:
        # A pause in typing may not have passed yet (an unbuilt page has nothing typed).
        super().page(PageId.FILL_FORM).save_reason()

    def done(self, result: int) -> None:
        self.save_pending()
        if result == QWizard.DialogCode.Accepted:
            saved = self.session.update(finished_at=to_iso(self.code_timer.clock()))
        elif self.session.is_untouched():
            saved = True  # nothing to keep; the controller forgets it
        else:
            saved = self.session.save()
        if (
            not saved
            and not self.session.read_only
            and not self.confirm(
                self.tr("Close without saving?"),
                self.tr(
                    "Your latest answers could not be saved: the disk is full or can't be "
                    "written to. If you close now, they are lost. Close anyway?"
                ),
            )
        ):
            return  # stay open: the save keeps being retried
        self.stop_countdown()  # the saved expiry keeps counting while closed
        super().done(result)

    def stop_countdown(self) -> None:
        """Stop the code countdown's tick (closing, or replaced by a rebuilt window)."""
        self.code_timer.stop_ticking()

    def focus_language_chooser(self) -> None:
        """Keyboard to the language list, if the current page has one."""
        focus = getattr(self.currentPage(), "focus_language_chooser", None)
        if focus is not None:
            focus()
