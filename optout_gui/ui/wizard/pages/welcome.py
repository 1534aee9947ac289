"""Step 1: which account, and where the person lives; the rest behind disclosures.

One decision per page (GOV.UK): the always-visible text is a short intro, the two
questions and, once a country is chosen, what applies there (its law, and since when Meta
trains its AI there, from resources/jurisdictions.toml). What the assistant does and
doesn't do, and "What's new" (dated lines from the guide data), are a click away.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout

from optout_gui.core.guide import ACCOUNT_TYPES
from optout_gui.core.jurisdictions import load_legal_data
from optout_gui.core.languages import name_sort_key
from optout_gui.ui.common.geometry import long_list_combo
from optout_gui.ui.common.i18n import current_language
from optout_gui.ui.common.reading import Disclosure
from optout_gui.ui.common.roles import name_as_shown
from optout_gui.ui.common.widgets import LanguageChooser, StatusLine, wrapped_label
from optout_gui.ui.wizard.pages.base import StepPage


class WelcomePage(StepPage):
    step_id = "welcome"
    language_requested = Signal(str)  # a language chosen at the top of the page

    def focus_language_chooser(self) -> None:
        self.language_chooser.take_focus()

    def build(self) -> None:
        guide = self.guide
        # The app's language, at the top where a person who can't read English looks first.
        self.language_chooser = LanguageChooser(current_language())
        self.language_chooser.chosen.connect(self.language_requested)
        self.body.insertWidget(0, self.language_chooser)

        # What the assistant does and doesn't do, and which accounts it covers: a click away.
        self.more = Disclosure(self.tr("&About this assistant"))
        self.more.setObjectName("welcome_more")
        self.more.add_text(guide.step_text("welcome", "more"))
        self.more.add_text(guide.step_text("welcome", "accounts_note"), "accounts_note")
        self.body.addWidget(self.more)

        self.account_box = QGroupBox(self.tr("Which account do you want to object for?"))
        box_layout = QVBoxLayout(self.account_box)
        self.account_group = QButtonGroup(self)
        self.account_buttons: dict[str, QRadioButton] = {}
        for index, account_type in enumerate(ACCOUNT_TYPES):
            label = guide.accounts[account_type].label
            button = QRadioButton("&" + label)
            button.setObjectName(f"account_{account_type}")
            self.account_group.addButton(button, index)
            self.account_buttons[account_type] = button
            box_layout.addWidget(button)
        self.body.addWidget(self.account_box)

        self.country_label = QLabel(self.tr("&Where do you live?"))
        self.country_combo = long_list_combo()
        self.country_combo.setObjectName("country")
        self.country_combo.setPlaceholderText(self.tr("Choose your country"))
        self.country_combo.setAccessibleName(self.tr("Country where you live"))
        language = current_language()
        countries = sorted(
            (c for c in guide.countries.values() if c.code != "OTHER"),
            key=lambda c: name_sort_key(c.name, language),
        )
        if "OTHER" in guide.countries:
            countries.append(guide.countries["OTHER"])
        for country in countries:
            self.country_combo.addItem(country.name, country.code)
        self.country_combo.setCurrentIndex(-1)
        self.country_label.setBuddy(self.country_combo)
        name_as_shown(self.country_combo, self.country_label)
        self.body.addWidget(self.country_label)
        self.body.addWidget(self.country_combo)

        self.verdict = wrapped_label()
        self.verdict.setObjectName("verdict")
        self.verdict.hide()
        self.body.addWidget(self.verdict)
        # Since when Meta trains its AI in the chosen country (and that an earlier objection
        # still counts), from jurisdictions.toml with its sources; none where none is known.
        self.cutoff = wrapped_label()
        self.cutoff.setObjectName("cutoff")
        self.cutoff.hide()
        self.body.addWidget(self.cutoff)
        self.missing = StatusLine()
        self.missing.setObjectName("missing")
        self.body.addWidget(self.missing)

        # What changed since 2024: one dated line each, from the guide data.
        self.news = Disclosure(self.tr("Wha&t's new"))
        self.news.setObjectName("news")
        self.news_lines = [
            self.news.add_text(self._news_line(item.date, item.text), f"news_{item.news_id}")
            for item in guide.news
        ]
        self.news.setVisible(bool(guide.news))
        self.body.addWidget(self.news)

        self.account_group.idToggled.connect(self._account_toggled)
        self.country_combo.currentIndexChanged.connect(self._country_changed)

    def load_answers(self) -> None:
        progress = self.session.progress
        self.account_group.setExclusive(False)  # lets "Start over" clear the choice
        for account_type, button in self.account_buttons.items():
            button.setChecked(account_type == progress.account)
        self.account_group.setExclusive(True)
        index = self.country_combo.findData(progress.country)
        self.country_combo.setCurrentIndex(index)
        self._show_verdict()
        self._show_missing()

    def _account_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.session.update(account=ACCOUNT_TYPES[button_id])
            self._show_missing()
            self.completeChanged.emit()

    def _country_changed(self, index: int) -> None:
        code = self.country_combo.itemData(index) if index >= 0 else None
        self.session.update(country=code)
        self._show_verdict()
        self._show_missing()
        self.completeChanged.emit()

    def _news_line(self, day, text: str) -> str:
        return self.tr("%1: %2").replace("%1", self.date_text(day)).replace("%2", text)

    def _show_verdict(self) -> None:
        code = self.session.progress.country
        if code not in self.guide.countries:
            self.verdict.hide()
            self.cutoff.hide()
            return
        country = self.guide.countries[code]
        law = self.guide.law_for(code)
        text = law.verdict.replace("{country}", country.name)
        if country.note:
            text += "\n\n" + country.note
        self.verdict.setText(text)
        self.verdict.setProperty("gives_right", law.gives_right_to_object)
        self.verdict.show()
        line = load_legal_data().jurisdiction_for(code).training_line(self.guide.language)
        self.cutoff.setText(line)
        self.cutoff.setVisible(bool(line))

    def _show_missing(self) -> None:
        progress = self.session.progress
        missing = []
        if progress.account not in self.account_buttons:
            missing.append(self.tr("choose an account"))
        if progress.country not in self.guide.countries:
            missing.append(self.tr("choose your country"))
        if missing:
            text = self.tr("To go on, %1.").replace("%1", self.tr(" and ").join(missing))
            self.missing.show_message(text, "info")
        else:
            self.missing.clear_message()

    def isComplete(self) -> bool:
        progress = self.session.progress
        return progress.account in ACCOUNT_TYPES and progress.country in self.guide.countries

    def main_control(self):
        checked = self.account_group.checkedButton()
        return checked or self.account_buttons[ACCOUNT_TYPES[0]]
