"""What the pages say about Meta's process today: the cut-off, the side note, no false check."""

from optout_gui.ui.wizard.window import PageId
from tests.helpers import click, click_next, make_wizard
from tests.test_wizard import walk_to


def test_welcome_states_the_countrys_cutoff_once_a_country_is_chosen(qtbot, tmp_path):
    """The cut-off is the chosen country's own (issue #26): none before a choice, and for
    Germany the EU/EEA date with the note that an earlier objection still counts."""
    wizard = make_wizard(qtbot, tmp_path)
    page = wizard.currentPage()
    assert not page.cutoff.isVisible()
    click(qtbot, page.account_buttons["facebook"])
    page.country_combo.setCurrentIndex(page.country_combo.findData("DE"))
    assert page.cutoff.isVisible()
    assert "27 May 2025" in page.cutoff.text()
    assert "an earlier one still counts" in page.cutoff.text()
    layout = page.body
    assert layout.indexOf(page.verdict) < layout.indexOf(page.cutoff)


def test_confirmation_says_what_to_do_next_and_review_has_the_side_note(
    qtbot, tmp_path, opened_urls
):
    wizard = make_wizard(qtbot, tmp_path)
    walk_to(qtbot, wizard, PageId.REVIEW)
    review = wizard.currentPage()
    # Behind a disclosure: not a step of the path (issue #27, text walls).
    assert not review.side_note.isVisible()
    review.side.toggle.click()
    assert review.side_note.isVisible() and review.side_link.isVisible()
    assert "side note" in review.side_note.text().lower()
    assert "not grant such requests automatically" in review.side_note.text()
    assert review.side_link.line.text().endswith("510058597920541")
    # Not a route for the objection: the link is only shown to copy; nothing opens it.
    assert not any(url.endswith("510058597920541") for url in opened_urls)
    click_next(qtbot, wizard)
    confirmation = wizard.currentPage()
    assert wizard.currentId() == PageId.CONFIRMATION
    assert "Article 77 GDPR" in confirmation.next_step.text()  # walk_to chose Germany
    assert confirmation.next_step.isVisible()


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
