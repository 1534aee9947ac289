"""When Meta refuses or stays silent: the complaint to the data-protection authority."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.complaint import (
    COMPLAINT_LANGUAGES,
    Complaint,
    compose,
    language_names,
)
from optout_gui.core.jurisdictions import load_legal_data
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.reminders import local_zone
from optout_gui.core.status import Status
from optout_gui.core.urls import UrlRefused
from optout_gui.ui.common import i18n, urlopen
from optout_gui.ui.common.dates import date_text
from optout_gui.ui.common.geometry import (
    fit_dialog,
    keep_on_screen,
    long_list_combo,
    scrolling_body,
)
from optout_gui.ui.common.roles import name_as_shown
from optout_gui.ui.common.widgets import (
    CopyableField,
    StatusLine,
    copy_with_feedback,
    wrapped_label,
)

WANTED_SIZE = QSize(780, 700)  # where the screen has room; less where it hasn't


class ComplaintDialog(QDialog):
    """The letters for the person's country: which authority (in Germany, which federal
    state), in which language, and, in the UK, the letter to Meta before the one to the ICO.
    What the law requires comes from resources/jurisdictions.toml."""

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
        self.setWindowTitle(self.tr("Complain to your data-protection authority"))
        self.legal = load_legal_data()
        self.current: Complaint | None = None
        names = country_names or {}

        if record.status == Status.REFUSED:
            why = self.tr("Meta refused your objection.")
        else:
            why = self.tr("Meta hasn't answered your objection in the time the assistant allows.")
        self.intro = wrapped_label(
            why
            + " "
            + self.tr(
                "Your next step is a letter to the data-protection authority of the country "
                "you live in. It costs nothing. The text below is written from your record: "
                "read it, add your name and postal address at the end, then send it through "
                "the authority's website."
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

        self.authority_name = wrapped_label(selectable=True)
        self.authority_name.setObjectName("complaint_authority")
        self.authority_link = CopyableField(what=self.tr("Authority's web page"))
        self.open_button = QPushButton(self.tr("&Open the authority's page"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_authority)
        self.open_status = StatusLine()
        self.authority_note = wrapped_label()
        self.authority_note.setObjectName("complaint_note")
        self.checked = wrapped_label()
        self.company_note = wrapped_label()
        self.company_note.setObjectName("complaint_company_note")

        self.text = QPlainTextEdit()
        self.text.setObjectName("complaint_text")
        self.text.setAccessibleName(self.tr("Complaint text"))
        self.text.setTabChangesFocus(True)
        # In the scrolling content: tall enough to read a good part of the letter.
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 12)
        self.copy_button = QPushButton(self.tr("Co&py the letter"))
        self.copy_button.setAutoDefault(False)
        self.copy_status = StatusLine()
        self.copy_button.clicked.connect(
            lambda: copy_with_feedback(self.text.toPlainText(), self.copy_status, self.text)
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
        link_row = QHBoxLayout()
        link_row.addWidget(self.authority_link, 1)
        link_row.addWidget(self.open_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        # The content scrolls; "Copy the letter" and Close stay in view under it (issue 28).
        layout = QVBoxLayout()
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.language_warning)
        layout.addWidget(self.authority_name)
        layout.addLayout(link_row)
        layout.addWidget(self.open_status)
        layout.addWidget(self.authority_note)
        layout.addWidget(self.checked)
        layout.addWidget(self.company_note)
        text_label = QLabel(self.tr("The letter's &text:"))
        text_label.setBuddy(self.text)
        name_as_shown(self.text, text_label)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
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
        self.state.currentIndexChanged.connect(self._authority_changed)
        self.language.currentIndexChanged.connect(self.rebuild)
        self.letter.currentIndexChanged.connect(self._show_letter)
        self.rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not event.spontaneous():
            fit_dialog(self, WANTED_SIZE)
        super().showEvent(event)
        keep_on_screen(self)

    # --- choices ------------------------------------------------------------------------
    def _authorities(self):
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

    def authority(self):
        """The chosen authority, or None while a German resident hasn't picked a state."""
        choices = self._authorities()
        if len(choices) == 1:
            return choices[0]
        key = self.state.currentData()
        return next((a for a in choices if a.key == key), None)

    def _choose_default_language(self) -> None:
        authority = self.authority() or next(iter(self._authorities()), None)
        if authority is None:
            return
        language = authority.default_language(self.app_language)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)

    def _country_changed(self) -> None:
        self._fill_states()
        self._authority_changed()

    def _authority_changed(self) -> None:
        self._choose_default_language()
        self.rebuild()

    # --- showing ------------------------------------------------------------------------
    def rebuild(self) -> None:
        authority = self.authority()
        language = self.language.currentData() or COMPLAINT_LANGUAGES[0]
        country = self.country.currentData()
        notes = [self.legal.note(key, self.app_language) for key in self._note_keys(authority)]
        self.authority_note.setText("\n\n".join(n for n in notes if n))
        self.authority_note.setVisible(any(notes))
        if authority is None:
            self.current = None
            self.authority_name.setText(self.tr("Choose your federal state to see its authority."))
            self.authority_link.setText("")
            self.open_button.setEnabled(False)
            self.checked.setVisible(False)
            self.company_note.setVisible(False)
            self.language_warning.clear_message()
            self._fill_letters([])
            self.text.setPlainText(
                self.tr(
                    "In Germany, a complaint about Meta goes to the data-protection authority "
                    "of your federal state. Choose your state above and the letter appears here."
                )
            )
            return
        complaint = compose(self.record, language, country, self.zone, state=authority.key)
        self.current = complaint
        entity = complaint.jurisdiction.meta_entity
        self.company_note.setText(
            ""
            if entity.confirmed
            else self.tr(
                "The name of Meta's company in this letter (%1) could not be confirmed in "
                "public sources. Check it against the authority's form before you send."
            ).replace("%1", entity.name)
        )
        self.company_note.setVisible(not entity.confirmed)
        own = authority.own_name
        local = authority.names.get(self.app_language, "")
        if not local and self.app_language == "en":
            local = authority.names.get("en", "")
        shown = own if not local or local == own else f"{own}\n({local})"
        if authority.state:
            shown = f"{shown}\n{authority.state_name(self.app_language)}"
        self.authority_name.setText(shown)
        self.authority_link.setText(authority.url)
        self.open_button.setEnabled(True)
        self.checked.setVisible(True)
        if authority.checked_online:
            day = authority.checked_online
            checked = date_text(day)
            self.checked.setText(self.tr("Link checked online on %1.").replace("%1", checked))
        else:
            self.checked.setText(
                self.tr(
                    "Nobody has checked this link online yet. If it doesn't open, search for "
                    "the authority's name."
                )
            )
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
        self._fill_letters(complaint.letters)

    def _note_keys(self, authority) -> list[str]:
        if authority is not None:
            return list(authority.notes)
        choices = self._authorities()
        return list(choices[0].notes) if choices else []

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

    def _show_letter(self) -> None:
        if self.current is None:
            return
        index = self.letter.currentData() or 0
        self.text.setPlainText(self.current.letters[index].text)

    def open_authority(self) -> bool:
        try:
            if self.current is None:
                return False
            opened = urlopen.open_external_url(self.current.authority.url)
        except UrlRefused:
            self.open_status.show_message(
                self.tr(
                    "For your safety this link was not opened: it is not the official site of "
                    "a data-protection authority."
                ),
                "error",
            )
            return False
        if opened:
            self.open_status.show_message(self.tr("Your browser should now show the page."), "ok")
            return True
        self.open_status.show_message(
            self.tr("The browser didn't open. Copy the link and paste it into your browser."),
            "error",
        )
        return False
