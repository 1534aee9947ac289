"""The complaint dialog names where each letter goes (issue #27, item 11; issue #26, items
4 to 6): the title, the link, the message after copying and what the addressee asks all
follow the letter on show, per country."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QGuiApplication

from optout_gui.core.jurisdictions import load_legal_data
from optout_gui.core.status import Status
from optout_gui.ui.common import i18n
from optout_gui.ui.tracker.complaint import ComplaintDialog
from optout_gui.ui.tracker.complaint_parts import short_name
from tests.helpers import send_objection

BERLIN = ZoneInfo("Europe/Berlin")


pytestmark = pytest.mark.usefixtures("app_language_restored")  # back to English after each


@pytest.fixture
def dialog_for(qtbot, store):
    def make(country: str) -> ComplaintDialog:
        record = send_objection(
            store, country=country, email="kim@example.org", finished_at="2025-04-01T08:00:00+00:00"
        )
        store.change_status(record.id, Status.OVERDUE)
        dialog = ComplaintDialog(store.get(record.id), zone=BERLIN)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def copied(dialog: ComplaintDialog) -> str:
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText()
    assert dialog.copy_status.isVisibleTo(dialog)
    return dialog.copy_status.text()


def test_germany_names_the_state_authority_then_hamburg_directly(dialog_for, opened_urls):
    dialog = dialog_for("DE")
    assert dialog.current is None  # no letter before a state is chosen
    assert "passes a complaint about Meta on" in dialog.text.toPlainText()
    dialog.state.setCurrentIndex(dialog.state.findData("DE-BY"))
    assert dialog.windowTitle() == "Complain to BayLDA"
    assert dialog.authority_link.text() == "https://www.lda.bayern.de/"
    letter = dialog.text.toPlainText()
    assert "§ 19 Abs. 2 BDSG" in letter and "in Hamburg" in letter
    message = copied(dialog)
    assert "Bavarian Data Protection Authority" in message
    assert "Meta" not in message
    # What the authority asks: the forwarding, with Hamburg offered directly.
    assert "section 19(2)" in dialog.requirements.text()
    assert dialog.direct_button.isVisibleTo(dialog)
    assert "Hamburg" in dialog.direct_button.text()
    dialog.direct_button.click()
    assert not dialog.copy_status.isVisibleTo(dialog)  # that message was about Bavaria's
    assert dialog.state.currentData() == "DE-BY"  # where the person lives stays as chosen
    assert dialog.windowTitle() == "Complain to HmbBfDI"
    assert dialog.authority_link.text() == "https://datenschutz-hamburg.de/"
    assert "Hamburgische" in dialog.text.toPlainText()
    assert "§ 19 Abs. 2 BDSG" not in dialog.text.toPlainText()
    assert "Hamburg Commissioner" in copied(dialog)
    dialog.open_button.click()
    assert opened_urls == ["https://datenschutz-hamburg.de/"]
    dialog.direct_button.click()  # back to the own state's authority
    assert dialog.authority_link.text() == "https://www.lda.bayern.de/"


def test_before_a_state_is_chosen_no_authority_is_named_and_nothing_can_be_copied(dialog_for):
    dialog = dialog_for("DE")
    assert dialog.current is None
    requirements = dialog.requirements.text()
    assert requirements.startswith("Good to know:") and "own state's authority" in requirements
    names = [a.names["en"] for a in load_legal_data().authorities_for("DE")]
    assert not any(name in requirements for name in names)
    assert dialog.authority_link.text() == ""
    assert not dialog.authority_link.button.isEnabled()  # an empty field has nothing to copy
    dialog.state.setCurrentIndex(dialog.state.findData("DE-BW"))
    assert dialog.requirements.text().startswith("What Baden-Württemberg Commissioner")
    assert dialog.authority_link.button.isEnabled()


def test_a_german_letter_is_shown_beside_in_the_app_language(dialog_for):
    dialog = dialog_for("DE")
    dialog.state.setCurrentIndex(dialog.state.findData("DE-NW"))
    assert dialog.language.currentData() == "de"
    assert "Sehr geehrte" in dialog.text.toPlainText()
    assert dialog.show_own.isVisibleTo(dialog) and dialog.show_own.isChecked()
    assert "English" in dialog.show_own.text()
    assert dialog.translation.isVisibleTo(dialog)
    assert "Dear Sir or Madam" in dialog.translation.toPlainText()
    assert "pass it on under section 19(2)" in dialog.translation.toPlainText()
    assert "Send the one on the left" in dialog.translation_label.text()
    # Copying takes the letter to send, never the reading copy.
    copied(dialog)
    assert "Sehr geehrte" in QGuiApplication.clipboard().text()
    dialog.show_own.setChecked(False)
    assert not dialog.translation.isVisibleTo(dialog)
    dialog.state.setCurrentIndex(dialog.state.findData("DE-BE"))
    assert not dialog.show_own.isChecked()  # the person's choice stays
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.show_own.isVisibleTo(dialog)  # nothing to translate


def test_france_names_the_cnil_and_asks_for_french(dialog_for, opened_urls):
    dialog = dialog_for("FR")
    assert dialog.windowTitle() == "Complain to CNIL"
    assert dialog.language.currentData() == "fr"
    assert dialog.authority_link.text() == "https://www.cnil.fr/fr/adresser-une-plainte"
    assert "in French" in dialog.requirements.text()
    message = copied(dialog)
    assert "CNIL" in message and "Meta" not in message
    dialog.open_button.click()
    assert opened_urls == ["https://www.cnil.fr/fr/adresser-une-plainte"]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_warning.isVisibleTo(dialog)
    assert "Français" in dialog.language_warning.text()


def test_uk_letter_one_goes_to_meta_and_letter_two_to_the_ico(dialog_for, opened_urls):
    dialog = dialog_for("GB")
    assert dialog.letter.count() == 2
    assert dialog.windowTitle() == "Letter 1 of 2: Complain to Meta first"
    assert "To: Meta Platforms, Inc." in dialog.text.toPlainText()
    assert "Meta Platforms, Inc., not to an authority" in dialog.destination.text()
    assert dialog.authority_link.text() == "https://help.meta.com/support/privacy"
    assert "Meta's contact page" in dialog.open_button.text().replace("&", "")
    assert dialog.postal.isVisibleTo(dialog)
    assert "ATTN: Privacy Operations" in dialog.postal.text()
    assert "could not be confirmed" in dialog.postal.text()
    assert not dialog.requirements.isVisibleTo(dialog)
    message = copied(dialog)
    assert "Meta Platforms, Inc." in message and "post it" in message
    assert "ICO" not in message
    dialog.open_button.click()
    assert opened_urls == ["https://help.meta.com/support/privacy"]

    dialog.letter.setCurrentIndex(1)
    assert not dialog.copy_status.isVisibleTo(dialog)  # the Meta message is gone
    assert dialog.windowTitle() == "Letter 2 of 2: Complain to ICO"
    assert dialog.authority_link.text() == "https://ico.org.uk/make-a-complaint/"
    assert not dialog.postal.isVisibleTo(dialog)
    assert "not a legal duty of yours" in dialog.requirements.text()
    assert "section 165 of the Data Protection Act 2018" in dialog.text.toPlainText()
    message = copied(dialog)
    assert "Information Commissioner's Office" in message and "Meta" not in message
    dialog.open_button.click()
    assert opened_urls[-1] == "https://ico.org.uk/make-a-complaint/"


def test_switzerland_is_a_report_to_the_fdpic(dialog_for, opened_urls):
    dialog = dialog_for("CH")
    assert dialog.windowTitle() == "Report to FDPIC"
    assert dialog.authority_link.text() == "https://www.edoeb.admin.ch/de/anzeige-einreichen"
    assert "not a party" in dialog.requirements.text()
    message = copied(dialog)
    assert "Federal Data Protection and Information Commissioner" in message
    assert "Meta" not in message
    dialog.open_button.click()
    assert opened_urls == ["https://www.edoeb.admin.ch/de/anzeige-einreichen"]


def test_brazil_is_a_petition_pasted_into_the_anpd_form(dialog_for, opened_urls):
    dialog = dialog_for("BR")
    assert dialog.windowTitle() == "Petition to ANPD"
    assert dialog.authority_link.text().startswith("https://www.gov.br/anpd/")
    assert "through its own complaint form" in dialog.destination.text()
    message = copied(dialog)
    assert "Brazilian National Data Protection Authority" in message
    assert "own complaint form" in message and "Meta" not in message
    dialog.open_button.click()
    assert opened_urls == [dialog.authority_link.text()]


@pytest.mark.parametrize(
    ("country", "words"),
    [
        ("ES", "compulsory"),
        ("FR", "in French"),
        ("AT", "copy of your objection"),
        ("IE", "raised the matter with the company first"),
        ("NL", "contact the company first"),
    ],
)
def test_each_authority_shows_what_it_asks(dialog_for, country, words):
    dialog = dialog_for(country)
    assert dialog.requirements.isVisibleTo(dialog)
    assert words in dialog.requirements.text()
    assert dialog.requirements.text().startswith("What ")


def test_spain_is_text_for_the_aepd_form_not_a_letter(dialog_for):
    dialog = dialog_for("ES")
    assert "through its own complaint form" in dialog.destination.text()
    message = copied(dialog)
    assert "AEPD" in message and "own complaint form" in message
    assert "email" not in message


def test_the_dialog_speaks_german(qapp, dialog_for):
    i18n.install_language(qapp, "de")
    dialog = dialog_for("GB")
    assert dialog.windowTitle() == "Brief 1 von 2: Zuerst bei Meta beschweren"
    dialog.letter.setCurrentIndex(1)
    assert "keine gesetzliche Pflicht" in dialog.requirements.text()
    message = copied(dialog)
    assert "Information Commissioner's Office" in message and "Kopiert" in message


def test_copying_the_page_address_says_to_paste_it_into_the_browser(dialog_for):
    for country in ("FR", "GB"):  # an authority's page, and Meta's contact page
        dialog = dialog_for(country)
        dialog.authority_link.button.click()
        assert QGuiApplication.clipboard().text() == dialog.authority_link.text()
        message = dialog.authority_link.status.text()
        assert message.startswith("Copied. Paste it (")
        assert "into your browser's address bar." in message
        assert "Meta's form" not in message


def test_a_failed_copy_of_the_letter_says_so(dialog_for, monkeypatch):
    dialog = dialog_for("FR")
    monkeypatch.setattr(QGuiApplication, "clipboard", lambda: None)
    assert not dialog.copy_letter()
    assert dialog.copy_status.text() == (
        "Copying didn't work. Select the text by hand and copy it yourself."
    )


def test_the_day_a_link_was_checked_is_shown_as_every_date(qtbot):
    import datetime as dt

    from optout_gui.ui.common.dates import date_text
    from optout_gui.ui.tracker.complaint_parts import LetterRoute

    authority = load_legal_data().authorities_for("FR")[0]
    route = LetterRoute("en")
    qtbot.addWidget(route)
    route.show_authority(authority._replace(checked_online=dt.date(2026, 12, 6)))
    assert route.checked.text() == "Link checked online on 6 Dec 2026."
    assert date_text(dt.date(2026, 12, 6)) == "6 Dec 2026"


def test_short_names():
    assert short_name("Commission nationale de l'informatique et des libertés (CNIL)") == "CNIL"
    assert short_name("Datatilsynet") == "Datatilsynet"
