"""Issue #27, the flow: after every in-page action Return continues forward, Next is the
default button, one Finish on a page that says the person is done, skipped steps are
marked skipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from optout_gui.ui.wizard.step_list import CURRENT, DONE, SKIPPED
from optout_gui.ui.wizard.window import PageId
from tests.helpers import go_to, reopen_wizard


def press_return(qtbot, wizard) -> None:
    """Return where the keyboard is now (the window's focus widget)."""
    target = wizard.focusWidget() or wizard
    qtbot.keyClick(target, Qt.Key.Key_Return)


def next_is_default(wizard) -> bool:
    button = wizard.button(QWizard.WizardButton.NextButton)
    return button.isVisible() and button.isEnabled() and button.isDefault()


def act_welcome(qtbot, wizard, page):
    page.account_buttons["facebook"].click()
    page.country_combo.setCurrentIndex(page.country_combo.findData("DE"))


def act_notice(qtbot, wizard, page):
    page.skip_button.setFocus()  # the page's own button has the keyboard


def act_object_link(qtbot, wizard, page):
    pass  # a page that only explains


def act_open_form(qtbot, wizard, page):
    page.open_button.click()


def act_fill_form(qtbot, wizard, page):
    page.email_edit.setText("ann@example.org")
    page.email_copy.click()
    page.reason_edit.setPlainText("My photos are mine.")
    page.reason_copy.click()


def act_code(qtbot, wizard, page):
    page.sent_now.click()
    page.code_yes.click()
    page.entered_button.click()  # the button hides: the keyboard must not fall on Back


def act_review(qtbot, wizard, page):
    page.next_actions.calendar_button.setFocus()


ACTIONS = {
    PageId.WELCOME: act_welcome,
    PageId.NOTICE: act_notice,
    PageId.OBJECT_LINK: act_object_link,
    PageId.OPEN_FORM: act_open_form,
    PageId.FILL_FORM: act_fill_form,
    PageId.CODE: act_code,
    PageId.REVIEW: act_review,
}


@pytest.mark.parametrize("page_id", list(ACTIONS), ids=lambda p: p.name.lower())
def test_after_the_pages_action_return_continues_forward(qtbot, wizard, opened_urls, page_id):
    wizard.session.update(account="facebook", country="DE", email="ann@example.org")
    go_to(wizard, page_id)
    page = wizard.currentPage()
    ACTIONS[page_id](qtbot, wizard, page)
    assert next_is_default(wizard), page_id.name
    focus = wizard.focusWidget()
    assert focus is not wizard.button(QWizard.WizardButton.BackButton)
    press_return(qtbot, wizard)
    assert wizard.currentId() == page_id + 1, (page_id.name, focus)


def test_return_on_the_last_page_finishes(qtbot, wizard):
    go_to(wizard, PageId.CONFIRMATION)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isDefault()
    press_return(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.session.progress.finished_at


def test_one_finish_on_a_page_that_says_the_person_is_done(qtbot, wizard):
    go_to(wizard, PageId.CONFIRMATION)
    page = wizard.currentPage()
    assert page.done_line.isVisible() and "done" in page.done_line.text()
    visible = [
        which
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.NextButton,
        )
        if wizard.button(which).isVisible()
    ]
    assert visible == [QWizard.WizardButton.FinishButton]
    assert page.next_actions.findChild(object, "open_overview") is None
    texts = [button.text() for button in page.findChildren(type(wizard.button(visible[0])))]
    assert not any("Finish" in text or "inish" in text for text in texts)
    wizard.back()  # Cancel comes back on the other pages
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()


def test_steps_skipped_with_skip_to_the_form_are_marked_skipped(qtbot, wizard):
    wizard.session.update(account="facebook", country="DE")
    go_to(wizard, PageId.NOTICE)
    wizard.currentPage().skip_button.click()
    assert wizard.currentId() == PageId.OPEN_FORM
    steps = wizard.step_list
    assert [steps.state(n) for n in range(3)] == [DONE, SKIPPED, SKIPPED]
    assert steps.item(1).text().startswith("–") and not steps.item(1).text().startswith("✓")
    assert "skipped" in steps.item(2).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    go_to(wizard, PageId.REVIEW)
    assert steps.state(1) == SKIPPED and steps.state(4) == DONE


def test_skipped_steps_stay_skipped_after_a_restart(qtbot, wizard, clocks):
    wizard.session.update(account="facebook", country="DE")
    go_to(wizard, PageId.NOTICE)
    wizard.currentPage().skip_button.click()
    again = reopen_wizard(qtbot, wizard, clocks)
    assert again.currentId() == PageId.OPEN_FORM
    assert not again.resuming  # walked past the notice as it was left; done walking
    assert again.session.progress.notice_skipped
    steps = again.step_list
    assert [steps.state(n) for n in range(4)] == [DONE, SKIPPED, SKIPPED, CURRENT]
    assert again.visitedIds() == [PageId.WELCOME, PageId.NOTICE, PageId.OPEN_FORM]
    again.back()  # Back leads to the notice, as before the restart
    assert again.currentId() == PageId.NOTICE


def test_next_after_going_back_to_a_skipped_notice_reads_the_steps(qtbot, wizard, clocks):
    wizard.session.update(account="facebook", country="DE")
    go_to(wizard, PageId.NOTICE)
    wizard.currentPage().skip_button.click()
    wizard.back()
    wizard.next()  # Next this time, not "Skip to the form"
    assert wizard.currentId() == PageId.OBJECT_LINK
    wizard.next()
    assert [wizard.step_list.state(n) for n in range(3)] == [DONE, DONE, DONE]
    again = reopen_wizard(qtbot, wizard, clocks)
    assert again.currentId() == PageId.OPEN_FORM
    assert [again.step_list.state(n) for n in range(3)] == [DONE, DONE, DONE]
