"""What the pages say about Meta's process today: the cut-off, the side note, no false check."""

from optout_gui.ui.wizard.window import PageId
from tests.helpers import click, click_next, make_wizard
from tests.test_wizard import walk_to


def test_welcome_states_the_cutoff_before_the_account_choice(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    page = wizard.currentPage()
    assert page.cutoff.isVisible()
    assert "27 May 2025" in page.cutoff.text()
    assert "don't need to do it again" in page.cutoff.text()
    layout = page.body
    assert layout.indexOf(page.cutoff) < layout.indexOf(page.account_box)
    # Above it on screen, too.
    assert (
        page.cutoff.mapTo(page, page.cutoff.rect().topLeft()).y()
        < page.account_box.mapTo(page, page.account_box.rect().topLeft()).y()
    )


def test_confirmation_states_the_cutoff_and_review_has_the_side_note(qtbot, tmp_path, opened_urls):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.REVIEW)
    review = wizard.currentPage()
    assert "side note" in review.side_note.text().lower()
    assert "not grant such requests automatically" in review.side_note.text()
    assert review.side_link.line.text().endswith("510058597920541")
    # Not a route for the objection: the link is only shown to copy; nothing opens it.
    assert not any(url.endswith("510058597920541") for url in opened_urls)
    click_next(qtbot, wizard)
    confirmation = wizard.currentPage()
    assert wizard.currentId() == PageId.CONFIRMATION
    assert "27 May 2025" in confirmation.cutoff.text()
    assert confirmation.cutoff.isVisible()


def test_the_no_path_never_shows_the_countdown(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.CODE)
    page = wizard.currentPage()
    assert not page.countdown_area.isVisible()
    click(qtbot, page.sent_now)
    click(qtbot, page.code_no)
    assert not page.countdown_area.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.REVIEW
    assert not wizard.code_status.isVisible()
    assert wizard.session.progress.code_attempts == []
