"""Two parts of the complaint dialog: where the letter on show goes, and its text (with the
same letter in the app's language beside it).

Their texts keep the dialog's translation context ("ComplaintDialog").
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.complaint import Letter, MetaContact, routing_for
from optout_gui.core.jurisdictions import Authority
from optout_gui.core.limits import COMPLAINT_MAX
from optout_gui.core.urls import UrlRefused
from optout_gui.ui.common import urlopen
from optout_gui.ui.common.capped_edit import CappedPlainTextEdit
from optout_gui.ui.common.dates import date_text
from optout_gui.ui.common.roles import name_as_shown
from optout_gui.ui.common.widgets import (
    CopyableField,
    StatusLine,
    browser_paste_message,
    wrapped_label,
)

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
_SHORT_NAME = re.compile(r"\(([^()]+)\)\s*$")


def short_name(name: str) -> str:
    """ "… (CNIL)" -> "CNIL"; a name without an abbreviation in brackets stays whole."""
    found = _SHORT_NAME.search(name)
    return found.group(1) if found else name


class LetterRoute(QWidget):
    """Where the letter on show goes: the addressee, its page (with a Copy and an Open
    button), a postal address for a letter to Meta, and what an authority asks."""

    def __init__(self, app_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_language = app_language
        self.destination = wrapped_label(selectable=True)
        self.destination.setObjectName("complaint_destination")
        self.authority_name = wrapped_label(selectable=True)
        self.authority_name.setObjectName("complaint_authority")
        self.link = CopyableField(
            what=translate("ComplaintDialog", "Web page"),
            copied_message=browser_paste_message(),
        )
        self.open_button = QPushButton()
        self.open_button.setObjectName("complaint_open")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_page)
        self.open_status = StatusLine()
        self.postal = wrapped_label(selectable=True)
        self.postal.setObjectName("complaint_postal")
        self.requirements = wrapped_label()
        self.requirements.setObjectName("complaint_requirements")
        self.checked = wrapped_label()
        self.extra = QVBoxLayout()  # the dialog's own widgets below the addressee

        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.destination)
        layout.addWidget(self.authority_name)
        layout.addLayout(self.extra)
        layout.addLayout(link_row)
        layout.addWidget(self.open_status)
        layout.addWidget(self.postal)
        layout.addWidget(self.requirements)
        layout.addWidget(self.checked)

    def show_nothing(self, authority: Authority | None) -> None:
        """No letter yet (a German resident hasn't chosen a state)."""
        self.open_status.clear_message()
        self.destination.setText("")
        self.authority_name.setText(
            translate("ComplaintDialog", "Choose your federal state to see its authority.")
        )
        self.link.setText("")
        self.open_button.setText(translate("ComplaintDialog", "&Open the authority's page"))
        self.open_button.setEnabled(False)
        self.checked.setVisible(False)
        self.postal.setVisible(False)
        # What every state's authority has in common, not yet under one authority's name.
        self.show_requirements(authority, translate("ComplaintDialog", "Good to know:"))

    def show_meta(self, letter: Letter, contact: MetaContact | None) -> None:
        self.open_status.clear_message()
        self.destination.setText(
            translate("ComplaintDialog", "This letter goes to %1, not to an authority.").replace(
                "%1", letter.to
            )
        )
        self.authority_name.setText(letter.to)
        self.checked.setVisible(False)
        self.requirements.setVisible(False)
        self.link.setText(contact.url if contact else "")
        self.open_button.setText(translate("ComplaintDialog", "&Open Meta's contact page"))
        self.open_button.setEnabled(bool(contact and contact.url))
        postal = ""
        if contact is not None:
            postal = translate(
                "ComplaintDialog",
                "Send it through Meta's contact page (link above), or print it and post it to:\n%1",
            ).replace("%1", contact.postal)
            if not contact.confirmed:
                postal += "\n" + translate(
                    "ComplaintDialog",
                    "This contact page and address come from Meta's privacy policy as quoted "
                    "in 2025 and could not be confirmed for your country: check the section "
                    "on contacting Meta in Meta's privacy policy before you send.",
                )
        self.postal.setText(postal)
        self.postal.setVisible(bool(postal))

    def show_authority(self, authority: Authority) -> None:
        self.open_status.clear_message()
        name = authority.name_in(self.app_language)
        if routing_for(authority).paste_into_form:
            where = translate(
                "ComplaintDialog",
                "This text goes to %1, through its own complaint form: paste it there.",
            )
        else:
            where = translate("ComplaintDialog", "This letter goes to %1.")
        self.destination.setText(where.replace("%1", name))
        own = authority.own_name
        local = authority.names.get(self.app_language, "")
        shown = own if not local or local == own else f"{own}\n({local})"
        if authority.state:
            shown = f"{shown}\n{authority.state_name(self.app_language)}"
        self.authority_name.setText(shown)
        self.link.setText(authority.url)
        self.open_button.setText(translate("ComplaintDialog", "&Open the authority's page"))
        self.open_button.setEnabled(True)
        self.postal.setVisible(False)
        self.checked.setVisible(True)
        if authority.checked_online:
            checked = date_text(authority.checked_online)
            self.checked.setText(
                translate("ComplaintDialog", "Link checked online on %1.").replace("%1", checked)
            )
        else:
            self.checked.setText(
                translate(
                    "ComplaintDialog",
                    "Nobody has checked this link online yet. If it doesn't open, search for "
                    "the authority's name.",
                )
            )
        self.show_requirements(authority)

    def show_requirements(self, authority: Authority | None, heading: str | None = None) -> None:
        """What ``authority`` asks, under its name (or under ``heading``)."""
        routing = routing_for(authority) if authority is not None else None
        lines = [r.text(self.app_language) for r in routing.requirements] if routing else []
        self.requirements.setVisible(bool(lines))
        if not lines:
            self.requirements.setText("")
            return
        if heading is None:
            name = short_name(authority.name_in(self.app_language))
            heading = translate("ComplaintDialog", "What %1 asks:").replace("%1", name)
        self.requirements.setText(heading + "\n" + "\n".join(f"• {line}" for line in lines))

    def open_page(self) -> bool:
        """Open the link on show: Meta's contact route for a letter to Meta, otherwise the
        authority's page."""
        url = self.link.text()
        if not url:
            return False
        try:
            opened = urlopen.open_external_url(url)
        except UrlRefused:
            self.open_status.show_message(
                translate(
                    "ComplaintDialog",
                    "For your safety this link was not opened: it is not an official site of "
                    "Meta or of a data-protection authority.",
                ),
                "error",
            )
            return False
        if opened:
            self.open_status.show_message(
                translate("ComplaintDialog", "Your browser should now show the page."), "ok"
            )
            return True
        self.open_status.show_message(
            translate(
                "ComplaintDialog",
                "The browser didn't open. Copy the link and paste it into your browser.",
            ),
            "error",
        )
        return False


class LetterTexts(QSplitter):
    """The letter to send, and beside it (when its language is not the app's) the same
    letter in the app's language, to read. The person may hide that one; their choice
    stays while the dialog is open."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.text = CappedPlainTextEdit(COMPLAINT_MAX)  # a longer paste is cut before it goes in
        self.text.setObjectName("complaint_text")
        self.text.setAccessibleName(translate("ComplaintDialog", "Complaint text"))
        self.text.setTabChangesFocus(True)
        self.translation = QPlainTextEdit()
        self.translation.setObjectName("complaint_translation")
        self.translation.setReadOnly(True)
        self.translation.setTabChangesFocus(True)
        self.translation_label = QLabel()
        self.translation_label.setWordWrap(True)
        self.translation_label.setBuddy(self.translation)
        self.show_own = QCheckBox()
        self.show_own.setObjectName("complaint_show_own")
        self.touched = False

        letter_side = QWidget()
        box = QVBoxLayout(letter_side)
        box.setContentsMargins(0, 0, 0, 0)
        text_label = QLabel(translate("ComplaintDialog", "The letter's &text:"))
        text_label.setBuddy(self.text)
        name_as_shown(self.text, text_label)
        box.addWidget(text_label)
        box.addWidget(self.text, 1)
        self.translation_side = QWidget()
        own_box = QVBoxLayout(self.translation_side)
        own_box.setContentsMargins(0, 0, 0, 0)
        own_box.addWidget(self.translation_label)
        own_box.addWidget(self.translation, 1)
        self.addWidget(letter_side)
        self.addWidget(self.translation_side)

    def offer(self, own_name: str, available: bool) -> bool:
        """Show the checkbox when a reading copy is possible; True if it is to be shown."""
        self.show_own.blockSignals(True)
        self.show_own.setText(
            translate("ComplaintDialog", "Show it &beside in %1").replace("%1", own_name)
        )
        self.show_own.setVisible(available)
        if available and not self.touched:
            self.show_own.setChecked(True)  # seen by default; the person may hide it
        self.show_own.blockSignals(False)
        shown = available and self.show_own.isChecked()
        self.translation_side.setVisible(shown)
        if not shown:
            self.translation.setPlainText("")
        return shown

    def show_reading_copy(self, own_name: str, text: str) -> None:
        self.translation_label.setText(
            translate(
                "ComplaintDialog",
                "The same letter in %1, for you to read. Send the one on the left.",
            ).replace("%1", own_name)
        )
        self.translation.setPlainText(text)
        self.translation.setAccessibleName(self.translation_label.text())
