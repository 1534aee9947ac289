"""Walk the wizard as a person would: clicking the real buttons."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from optout_gui.core.guide import load_guide
from optout_gui.ui.wizard.window import PageId
from tests.helpers import click, click_back, click_next, make_wizard, next_button, saved_answers

GUIDE = load_guide()


def choose(qtbot, wizard, account="facebook", country="DE"):
    page = wizard.currentPage()
    click(qtbot, page.account_buttons[account])
    page.country_combo.setCurrentIndex(page.country_combo.findData(country))


def walk_to(qtbot, wizard, target: PageId, *, account="facebook", email="jane@example.com"):
    while wizard.currentId() != target:
        page_id = wizard.currentId()
        if page_id == PageId.WELCOME:
            choose(qtbot, wizard, account)
        elif page_id == PageId.FILL_FORM:
            wizard.currentPage().email_edit.setText(email)
        elif page_id == PageId.CODE:
            click(qtbot, wizard.currentPage().sent_now)
            click(qtbot, wizard.currentPage().skip_box)
        click_next(qtbot, wizard)


def test_opens_on_welcome_with_title(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    assert wizard.currentId() == PageId.WELCOME
    assert wizard.windowTitle().startswith("AI Opt-Out Assistant")


def test_next_needs_account_and_country(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    page = wizard.currentPage()
    assert not next_button(wizard).isEnabled()
    assert page.missing.isVisible()
    assert "choose an account" in page.missing.text()
    page.country_combo.setCurrentIndex(page.country_combo.findData("FR"))
    assert not next_button(wizard).isEnabled()
    assert "choose an account" in page.missing.text()
    assert "country" not in page.missing.text()
    click(qtbot, page.account_buttons["instagram"])
    assert next_button(wizard).isEnabled()
    assert not page.missing.isVisible()


def test_no_right_to_object_is_said_plainly_but_allows_going_on(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    choose(qtbot, wizard, country="US")
    page = wizard.currentPage()
    assert page.verdict.isVisible()
    assert "no way to object" in page.verdict.text()
    assert page.verdict.text() == GUIDE.laws["none"].verdict
    assert next_button(wizard).isEnabled()
    choose(qtbot, wizard, country="BR")
    assert "LGPD" in page.verdict.text()


def test_whole_walkthrough_to_finish(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    seen = []
    walk_to(qtbot, wizard, PageId.CONFIRMATION)
    seen = wizard.visitedIds()
    assert seen == list(PageId)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    click(qtbot, finish)
    assert not wizard.isVisible()
    saved = saved_answers(tmp_path)
    assert saved.finished_at is not None
    assert saved.email == "jane@example.com"
    assert saved.account == "facebook"
    assert saved.page == "confirmation"


def test_every_page_shows_its_guide_title(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.CONFIRMATION, account="instagram")
    for page_id in wizard.visitedIds():
        step = wizard.page(page_id).step_id
        assert wizard.page(page_id).title() == GUIDE.steps[step]["title"].replace(
            "{account}", "Instagram"
        )


def test_invalid_email_is_judged_on_leaving_the_field_or_on_next(qtbot, tmp_path):
    """Issue #27 item 10: no error while the first letters are typed; the address is
    judged when the person leaves the field or presses Next."""
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.FILL_FORM)
    page = wizard.currentPage()
    page.email_edit.setText("")
    assert not next_button(wizard).isEnabled()
    assert "To go on" in page.email_status.text()
    page.email_edit.setFocus()
    qtbot.keyClicks(page.email_edit, "jane.exa")
    assert not page.email_status.isVisible()  # typing: no error yet
    assert not page.email_copy.isEnabled()
    page.email_edit.editingFinished.emit()  # leaving the field
    assert page.email_status.isVisible()
    assert "@" in page.email_status.text()
    page.email_edit.setText("jane.example.com")
    click_next(qtbot, wizard)  # Next judges it too, and stays
    assert wizard.currentId() == PageId.FILL_FORM
    assert "@" in page.email_status.text()
    assert wizard.focusWidget() is page.email_edit
    page.email_edit.setText("jane@example.com")
    assert next_button(wizard).isEnabled()
    assert not page.email_status.isVisible()


def test_back_keeps_everything_typed(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.FILL_FORM, account="instagram")
    page = wizard.currentPage()
    page.email_edit.setText("kept@example.com")
    qtbot.keyClicks(page.reason_edit, "My photos are mine.")
    click_next(qtbot, wizard)
    for _ in range(5):
        click_back(qtbot, wizard)
    assert wizard.currentId() == PageId.WELCOME
    welcome = wizard.currentPage()
    assert welcome.account_buttons["instagram"].isChecked()
    assert welcome.country_combo.currentData() == "DE"
    for _ in range(4):
        click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.FILL_FORM
    assert page.email_edit.text() == "kept@example.com"
    assert page.reason_edit.toPlainText() == "My photos are mine."


def test_skip_to_form_from_notice(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.NOTICE)
    click(qtbot, wizard.currentPage().skip_button)
    assert wizard.currentId() == PageId.OPEN_FORM
    click_back(qtbot, wizard)
    assert wizard.currentId() == PageId.NOTICE


def test_in_app_route_differs_per_account(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.OBJECT_LINK, account="instagram")
    route = wizard.currentPage().route.text()
    for step in GUIDE.accounts["instagram"].in_app_route:
        assert step in route
    assert GUIDE.accounts["facebook"].in_app_route[0] not in route


@pytest.mark.parametrize("account", ["facebook", "instagram"])
def test_open_form_uses_the_accounts_link(qtbot, tmp_path, opened_urls, account):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.OPEN_FORM, account=account)
    page = wizard.currentPage()
    click(qtbot, page.open_button)
    assert opened_urls == [GUIDE.accounts[account].form_url]
    assert page.open_status.isVisible()
    assert "browser should now show" in page.open_status.text()
    assert saved_answers(tmp_path).form_opened_at
    assert page.primary.text() == GUIDE.accounts[account].form_url
    assert [f.text() for f in page.alternate_fields] == list(GUIDE.accounts[account].alternate_urls)
    # Nobody opened these links online yet (no checked_online in the guide): the page
    # says where they come from instead of claiming a check.
    assert "collected from public sources" in page.checked.text()
    assert "not yet been opened online" in page.checked.text()
    assert "checked" not in page.checked.text().lower()


def test_browser_failure_is_explained(qtbot, tmp_path, opened_urls):
    opened_urls.succeeds = False
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.OPEN_FORM)
    page = wizard.currentPage()
    click(qtbot, page.open_button)
    assert opened_urls == [GUIDE.accounts["facebook"].form_url]
    assert page.open_status.isVisible()
    assert "didn't open" in page.open_status.text()
    assert saved_answers(tmp_path).form_opened_at is None
    assert wizard.isVisible()


def test_alternate_link_opens_too(qtbot, tmp_path, opened_urls):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.OPEN_FORM)
    page = wizard.currentPage()
    row = page.alternates_box.itemAt(0).widget()
    open_alt = [b for b in row.findChildren(type(page.open_button)) if b.text() == "Op&en"][0]
    click(qtbot, open_alt)
    assert opened_urls == [GUIDE.accounts["facebook"].alternate_urls[0]]


def test_copy_buttons_put_exact_text_on_clipboard(qtbot, tmp_path):
    clipboard = QGuiApplication.clipboard()
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.OPEN_FORM)
    page = wizard.currentPage()
    click(qtbot, page.primary.button)
    assert clipboard.text() == GUIDE.accounts["facebook"].form_url
    assert "Copied" in page.primary.status.text()

    click_next(qtbot, wizard)
    page = wizard.currentPage()
    page.email_edit.setText("  jane@example.com ")
    click(qtbot, page.email_copy)
    assert clipboard.text() == "jane@example.com"
    page.reason_edit.setPlainText("\n  Line one\r\nLine two  \n\n")
    click(qtbot, page.reason_copy)
    assert clipboard.text() == "Line one\nLine two"
    assert page.reason_status.isVisible()


def test_clipboard_failure_is_explained(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("optout_gui.ui.common.widgets.copy_to_clipboard", lambda text: False)
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.OPEN_FORM)
    page = wizard.currentPage()
    click(qtbot, page.primary.button)
    assert "didn't work" in page.primary.status.text()


def test_code_step_can_be_skipped_or_confirmed(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.CODE)
    page = wizard.currentPage()
    assert not next_button(wizard).isEnabled()
    assert page.missing.isVisible()
    assert not page.entered_button.isEnabled()
    assert not page.question.isEnabled()  # first: when was the form sent?
    click(qtbot, page.sent_now)
    click(qtbot, page.code_yes)
    assert wizard.code_timer.state() == "running"
    assert not next_button(wizard).isEnabled()
    click(qtbot, page.entered_button)
    assert next_button(wizard).isEnabled()
    saved = saved_answers(tmp_path)
    assert saved.code_received_at and saved.code_entered_at


def test_progress_survives_restart(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.FILL_FORM, account="instagram")
    page = wizard.currentPage()
    page.email_edit.setText("again@example.com")
    qtbot.keyClicks(page.reason_edit, "Please leave my pictures alone.")
    wizard.close()  # closing saves the reason even before the typing pause has passed

    reopened = make_wizard(qtbot, tmp_path)
    assert reopened.currentId() == PageId.FILL_FORM
    page = reopened.currentPage()
    assert page.email_edit.text() == "again@example.com"
    assert page.reason_edit.toPlainText() == "Please leave my pictures alone."
    click_back(qtbot, reopened)
    assert reopened.currentId() == PageId.OPEN_FORM
    assert reopened.currentPage().primary.text() == GUIDE.accounts["instagram"].form_url


def test_start_over_clears_answers_after_asking(qtbot, tmp_path, monkeypatch):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.FILL_FORM)
    wizard.currentPage().email_edit.setText("gone@example.com")
    asked = []

    def answer(title, question):
        asked.append(question)
        return True

    monkeypatch.setattr(wizard, "confirm", answer)
    click(qtbot, wizard.button(QWizard.WizardButton.CustomButton1))
    assert asked and "clears every answer" in asked[0]
    assert wizard.currentId() == PageId.WELCOME
    assert not next_button(wizard).isEnabled()
    assert "gone@example.com" not in (tmp_path / "objections.json").read_text(encoding="utf-8")
    assert wizard.page(PageId.FILL_FORM).email_edit.text() == ""


def test_start_over_can_be_cancelled(qtbot, tmp_path, monkeypatch):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.FILL_FORM)
    wizard.currentPage().email_edit.setText("kept@example.com")
    asked = []
    monkeypatch.setattr(wizard, "confirm", lambda title, question: asked.append(title) or False)
    click(qtbot, wizard.button(QWizard.WizardButton.CustomButton1))
    assert asked == ["Start over?"]
    assert wizard.currentId() == PageId.FILL_FORM
    assert wizard.currentPage().email_edit.text() == "kept@example.com"


def test_keyboard_alone_reaches_the_end(qtbot, tmp_path):
    """Space toggles the focused control, Tab moves on, Return presses Next."""
    wizard = make_wizard(qtbot, tmp_path)
    page = wizard.currentPage()
    assert page.account_buttons["facebook"].hasFocus() or wizard.focusWidget() is not None
    page.account_buttons["facebook"].setFocus()
    qtbot.keyClick(page.account_buttons["facebook"], Qt.Key.Key_Space)
    assert page.account_buttons["facebook"].isChecked()
    page.country_combo.setFocus()
    qtbot.keyClicks(page.country_combo, "Germany")
    assert page.country_combo.currentData() == "DE"
    for expected in [PageId.NOTICE, PageId.OBJECT_LINK, PageId.OPEN_FORM, PageId.FILL_FORM]:
        qtbot.keyClick(wizard, Qt.Key.Key_Return)
        assert wizard.currentId() == expected
    email = wizard.currentPage().email_edit
    assert email.hasFocus()
    qtbot.keyClicks(email, "keys@example.com")
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.CODE
    sent_now = wizard.currentPage().sent_now
    sent_now.setFocus()
    qtbot.keyClick(sent_now, Qt.Key.Key_Space)
    skip = wizard.currentPage().skip_box
    skip.setFocus()
    qtbot.keyClick(skip, Qt.Key.Key_Space)
    for expected in [PageId.REVIEW, PageId.CONFIRMATION]:
        qtbot.keyClick(wizard, Qt.Key.Key_Return)
        assert wizard.currentId() == expected
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert not wizard.isVisible()


def test_the_guard_refuses_a_page_on_a_stand_in_session(qtbot):
    """conftest.real_sessions_only: a page on anything but the real session fails."""
    from types import SimpleNamespace

    from optout_gui.core.progress import Progress
    from optout_gui.ui.wizard.pages.welcome import WelcomePage

    with pytest.raises(AssertionError, match="SimpleNamespace"):
        WelcomePage(GUIDE, SimpleNamespace(progress=Progress()))
