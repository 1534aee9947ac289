"""When Meta refuses or stays silent: the complaint to the data-protection authority.

Each letter says where it goes. The dialog's title, the addressee, the link, what the
addressee itself asks and the message after copying all follow the letter on show: in the
UK the first letter goes to Meta (by its contact route or by post), the second to the ICO.
A letter in another language than the app's can be read beside it in the app's language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.complaint import (
    COMPLAINT_LANGUAGES,
    Complaint,
    Letter,
    compose,
    language_names,
    meta_contact,
    routing_for,
)
from optout_gui.core.jurisdictions import Authority, load_legal_data
from optout_gui.core.limits import COMPLAINT_MAX
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.reminders import local_zone
from optout_gui.core.status import Status
from optout_gui.ui.common import i18n
from optout_gui.ui.common.geometry import (
    fit_dialog,
    keep_on_screen,
    long_list_combo,
    scrolling_body,
)
from optout_gui.ui.common.widgets import (
    StatusLine,
    copy_with_feedback,
    paste_shortcut,
    wrapped_label,
)
from optout_gui.ui.tracker.complaint_parts import (
    LetterRoute,
    LetterTexts,
    short_name,
)

__all__ = ["ComplaintDialog"]

WANTED_SIZE = QSize(
    980, 760
)  # room for the letter and its translation side by side, where the screen has it


class ComplaintDialog(QDialog):
    """The letters for the person's country: which authority (in Germany, which federal
    state, or Hamburg's directly), in which language, and, in the UK, the letter to Meta
    before the one to the ICO. What the law and each authority ask comes from
    resources/jurisdictions.toml and resources/authorities.toml."""

    def __init__(
        self,
        record: ObjectionRecord,
        *,
        zone: dt.tzinfo | None = None,
        country_names: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.record = record
        self.zone = zone or local_zone()
        self.app_language = i18n.current_language()
        self.setObjectName("complaint_dialog")
        self.legal = load_legal_data()
        self.current: Complaint | None = None
        self.direct = False  # Germany: the person chose to write to Hamburg directly
        names = country_names or {}

        if record.status == Status.REFUSED:
            why = self.tr("Meta refused your objection.")
        else:
            why = self.tr("Meta hasn't answered your objection in the time the assistant allows.")
        self.intro = wrapped_label(
            why
            + " "
            + self.tr(
                "The letters below are written from your record. Read each one, add your "
                "name and postal address at the end, and send it where it says. Complaining "
                "costs nothing."
            )
        )

        self.country = long_list_combo()
        self.country.setObjectName("complaint_country")
        self.country.setAccessibleName(self.tr("Country you live in"))
        for code in sorted(self.legal.countries(), key=lambda c: names.get(c, c)):
            self.country.addItem(names.get(code, code), code)
        self.state = QComboBox()
        self.state.setObjectName("complaint_state")
        self.state.setAccessibleName(self.tr("Federal state you live in"))
        self.language = QComboBox()
        self.language.setObjectName("complaint_language")
        self.language.setAccessibleName(self.tr("Language of the letter"))
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.letter = QComboBox()
        self.letter.setObjectName("complaint_letter")
        self.letter.setAccessibleName(self.tr("Which letter"))
        self.language_warning = StatusLine()
        self.language_warning.setObjectName("complaint_language_warning")

        self.route = LetterRoute(self.app_language)
        self.direct_button = QPushButton()
        self.direct_button.setObjectName("complaint_direct")
        self.direct_button.setAutoDefault(False)
        self.direct_button.clicked.connect(self.toggle_direct)
        self.route.extra.addWidget(self.direct_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The route's parts, by the names callers and tests use.
        self.destination = self.route.destination
        self.authority_name = self.route.authority_name
        self.authority_link = self.route.link
        self.open_button = self.route.open_button
        self.open_status = self.route.open_status
        self.postal = self.route.postal
        self.requirements = self.route.requirements
        self.checked = self.route.checked
        self.company_note = wrapped_label()
        self.company_note.setObjectName("complaint_company_note")

        self.texts = LetterTexts()
        self.text = self.texts.text
        self.translation = self.texts.translation
        self.translation_label = self.texts.translation_label
        self.show_own = self.texts.show_own
        self.show_own.toggled.connect(self._own_language_toggled)
        # In the scrolling content: tall enough to read a good part of the letter.
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 12)
        self.copy_button = QPushButton(self.tr("Co&py the letter"))
        self.copy_button.setAutoDefault(False)
        self.copy_status = StatusLine()
        self.copy_status.setObjectName("complaint_copy_status")
        self.copy_button.clicked.connect(self.copy_letter)
        # A longer paste is cut before it goes in (LetterTexts' CappedPlainTextEdit).
        self.text.pasteCut.connect(
            lambda: self.copy_status.show_message(
                self.tr(
                    "A letter can be at most %1 characters long, so the pasted text after "
                    "that was left out."
                ).replace("%1", f"{COMPLAINT_MAX:,}"),
                "error",
            )
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Countr&y:"), self.country)
        self.form.addRow(self.tr("Federal &state:"), self.state)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("Lette&r:"), self.letter)
        for field in (self.country, self.state, self.language, self.letter):
            self.form.labelForField(field).setBuddy(field)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.show_own)
        bottom.addStretch(1)
        bottom.addWidget(close)

        # The content scrolls; "Copy the letter" and Close stay in view under it (issue 28).
        layout = QVBoxLayout()
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.language_warning)
        layout.addWidget(self.route)
        layout.addWidget(self.company_note)
        layout.addWidget(self.texts, 1)
        footer = QVBoxLayout()
        footer.addWidget(self.copy_status)
        footer.addLayout(bottom)
        QVBoxLayout(self).addWidget(scrolling_body(layout, footer))

        start_country = record.answers.country
        if start_country in self.legal.countries():
            self.country.setCurrentIndex(self.country.findData(start_country))
        self._fill_states()
        self._choose_default_language()
        self.country.currentIndexChanged.connect(self._country_changed)
        self.state.currentIndexChanged.connect(self._state_changed)
        self.language.currentIndexChanged.connect(self.rebuild)
        self.letter.currentIndexChanged.connect(self._show_letter)
        self.rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not event.spontaneous():
            fit_dialog(self, WANTED_SIZE)
        super().showEvent(event)
        keep_on_screen(self)

    # --- choices ------------------------------------------------------------------------
    def _authorities(self) -> list[Authority]:
        return self.legal.authorities_for(self.country.currentData())

    def _fill_states(self) -> None:
        self.state.blockSignals(True)
        self.state.clear()
        choices = self._authorities()
        several = len(choices) > 1
        if several:
            self.state.addItem(self.tr("Choose your federal state…"), None)
            for authority in sorted(choices, key=lambda a: a.state_name(self.app_language)):
                self.state.addItem(authority.state_name(self.app_language), authority.key)
        self.state.blockSignals(False)
        self.state.setVisible(several)
        self.form.labelForField(self.state).setVisible(several)

    def own_authority(self) -> Authority | None:
        """The authority of the person's own country (or chosen federal state)."""
        choices = self._authorities()
        if len(choices) == 1:
            return choices[0]
        key = self.state.currentData()
        return next((a for a in choices if a.key == key), None)

    def authority(self) -> Authority | None:
        """The addressee: the person's own authority, or the one it passes complaints on
        to when the person chose to write there directly. None until a German resident
        has chosen a state."""
        own = self.own_authority()
        if own is None:
            return None
        forwards_to = routing_for(own).forwards_to
        if self.direct and forwards_to:
            return self.legal.authorities[forwards_to]
        return own

    def _choose_default_language(self) -> None:
        authority = self.authority() or next(iter(self._authorities()), None)
        if authority is None:
            return
        language = authority.default_language(self.app_language)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)

    def _country_changed(self) -> None:
        self.direct = False
        self._fill_states()
        self._authority_changed()

    def _state_changed(self) -> None:
        self.direct = False
        self._authority_changed()

    def _authority_changed(self) -> None:
        self._choose_default_language()
        self.rebuild()

    def toggle_direct(self) -> None:
        """Germany: write to the authority complaints are passed on to (Hamburg), or back
        to the person's own state's authority."""
        self.direct = not self.direct
        self._authority_changed()

    # --- showing ------------------------------------------------------------------------
    def rebuild(self) -> None:
        authority = self.authority()
        language = self.language.currentData() or COMPLAINT_LANGUAGES[0]
        self.copy_status.clear_message()
        self._show_direct_choice()
        if authority is None:
            self.current = None
            self.setWindowTitle(self.tr("Complain to your data-protection authority"))
            self.route.show_nothing(next(iter(self._authorities()), None))
            self.company_note.setVisible(False)
            self.language_warning.clear_message()
            self._fill_letters([])
            self.text.setPlainText(
                self.tr(
                    "In Germany you may complain to the authority of your own federal state; "
                    "it passes a complaint about Meta on to the authority in charge. Choose "
                    "your state above and the letter appears here."
                )
            )
            self._show_translation()
            return
        country = self.country.currentData()
        self.current = compose(self.record, language, country, self.zone, state=authority.key)
        entity = self.current.jurisdiction.meta_entity
        self.company_note.setText(
            ""
            if entity.confirmed
            else self.tr(
                "The name of Meta's company in this letter (%1) could not be confirmed in "
                "public sources. Check it against the authority's form before you send."
            ).replace("%1", entity.name)
        )
        self.company_note.setVisible(not entity.confirmed)
        if not authority.accepts(language):
            accepted = ", ".join(language_names()[code] for code in authority.languages)
            self.language_warning.show_message(
                self.tr("This authority only accepts letters in: %1.").replace("%1", accepted),
                "error",
            )
        elif language not in authority.languages:
            self.language_warning.show_message(
                self.tr(
                    "This authority usually works in another language. It may still accept "
                    "this one; check its page."
                ),
                "info",
            )
        else:
            self.language_warning.clear_message()
        self._fill_letters(self.current.letters)

    def _show_direct_choice(self) -> None:
        own = self.own_authority()
        forwards_to = routing_for(own).forwards_to if own else ""
        self.direct_button.setVisible(bool(forwards_to))
        if not forwards_to:
            return
        if self.direct:
            self.direct_button.setText(self.tr("Write to &my own state's authority instead"))
        else:
            place = self.legal.authorities[forwards_to].state_name(self.app_language)
            self.direct_button.setText(
                self.tr("Write to the authority in %1 &directly").replace("%1", place)
            )

    def _fill_letters(self, letters) -> None:
        self.letter.blockSignals(True)
        self.letter.clear()
        for number, letter in enumerate(letters, 1):
            self.letter.addItem(
                self.tr("%1. To %2").replace("%1", str(number)).replace("%2", letter.to),
                number - 1,
            )
        self.letter.blockSignals(False)
        several = len(letters) > 1
        self.letter.setVisible(several)
        self.form.labelForField(self.letter).setVisible(several)
        self._show_letter()

    def shown_letter(self) -> Letter | None:
        if self.current is None:
            return None
        return self.current.letters[self.letter.currentData() or 0]

    def _show_letter(self) -> None:
        """Everything that depends on the letter on show: title, addressee, link, what
        the addressee asks; a copy message about another letter is cleared."""
        self.copy_status.clear_message()
        letter = self.shown_letter()
        if letter is None:
            return
        self.setWindowTitle(self._title(letter))
        self.text.setPlainText(letter.text)
        if letter.to_meta:
            entity = self.current.jurisdiction.meta_entity.key
            self.route.show_meta(letter, meta_contact(entity))
        else:
            self.route.show_authority(self.current.authority)
        self._show_translation()

    def _title(self, letter: Letter) -> str:
        if letter.to_meta:
            title = self.tr("Complain to Meta first")
        else:
            action = self.current.jurisdiction.authority_action
            name = short_name(self.current.authority.name_in(self.app_language))
            if action == "report":
                title = self.tr("Report to %1").replace("%1", name)
            elif action == "petition":
                title = self.tr("Petition to %1").replace("%1", name)
            else:
                title = self.tr("Complain to %1").replace("%1", name)
        count = len(self.current.letters)
        if count == 1:
            return title
        number = (self.letter.currentData() or 0) + 1
        return (
            self.tr("Letter %1 of %2: %3")
            .replace("%1", str(number))
            .replace("%2", str(count))
            .replace("%3", title)
        )

    def _show_translation(self) -> None:
        """Beside a letter in another language: the same letter in the app's language."""
        letter = self.shown_letter()
        other = letter is not None and self.current.language != self.app_language
        own_name = language_names().get(self.app_language, self.app_language)
        if not self.texts.offer(own_name, other):
            return
        mine = compose(
            self.record,
            self.app_language,
            self.country.currentData(),
            self.zone,
            state=self.current.authority.key,
        )
        self.texts.show_reading_copy(own_name, mine.letters[self.letter.currentData() or 0].text)

    def _own_language_toggled(self) -> None:
        self.texts.touched = True  # the person's choice stays
        self._show_translation()

    # --- acting -------------------------------------------------------------------------
    def copy_message(self) -> str:
        """What to do with the letter just copied, naming where it goes."""
        letter = self.shown_letter()
        if letter is None:
            return ""
        keys = paste_shortcut()
        if letter.to_meta:
            return (
                self.tr(
                    "Copied. This letter goes to %1: paste it (%2) into Meta's contact page, "
                    "or print it and post it to the address above."
                )
                .replace("%1", letter.to)
                .replace("%2", keys)
            )
        authority = self.current.authority
        if routing_for(authority).paste_into_form:
            text = self.tr(
                "Copied. This text goes to %1: paste it (%2) into that authority's own "
                "complaint form."
            )
        else:
            text = self.tr(
                "Copied. This letter goes to %1: paste it (%2) into the complaint form on "
                "that authority's page, or into an email or letter to it."
            )
        return text.replace("%1", authority.name_in(self.app_language)).replace("%2", keys)

    def copy_letter(self) -> bool:
        return copy_with_feedback(
            self.text.toPlainText(), self.copy_status, self.text, message=self.copy_message()
        )

    def open_page(self) -> bool:
        """Open the link on show (Meta's contact page, or the authority's page)."""
        return self.current is not None and self.route.open_page()

    open_authority = open_page  # the name earlier callers used
