"""When Meta refuses or stays silent: the complaint to the data-protection authority."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
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
    compose,
    language_names,
    load_authorities,
)
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.reminders import local_zone
from optout_gui.core.status import Status
from optout_gui.core.urls import UrlRefused
from optout_gui.ui import urlopen
from optout_gui.ui.widgets import CopyableField, StatusLine, copy_with_feedback, wrapped_label


class ComplaintDialog(QDialog):
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
        self.setObjectName("complaint_dialog")
        self.setWindowTitle(self.tr("Complain to your data-protection authority"))
        self.resize(780, 660)
        self.authorities = load_authorities()
        names = country_names or {}

        if record.status == Status.REFUSED:
            why = self.tr("Meta refused your objection.")
        else:
            why = self.tr("Meta didn't answer within the month it is allowed.")
        self.intro = wrapped_label(
            why
            + " "
            + self.tr(
                "Your next step is a complaint to the data-protection authority of the "
                "country you live in. It costs nothing. The text below is written from your "
                "record: read it, add your name and postal address at the end, then send it "
                "through the authority's website."
            )
        )

        self.country = QComboBox()
        self.country.setObjectName("complaint_country")
        self.country.setAccessibleName(self.tr("Country you live in"))
        for code in sorted(self.authorities, key=lambda c: names.get(c, c)):
            self.country.addItem(names.get(code, code), code)
        self.language = QComboBox()
        self.language.setObjectName("complaint_language")
        self.language.setAccessibleName(self.tr("Language of the complaint"))
        for code, name in language_names().items():
            self.language.addItem(name, code)

        start_country = record.answers.country
        if start_country in self.authorities:
            self.country.setCurrentIndex(self.country.findData(start_country))
            self.language.setCurrentIndex(
                self.language.findData(self.authorities[start_country].language)
            )

        self.authority_name = wrapped_label(selectable=True)
        self.authority_link = CopyableField(what=self.tr("Authority's web page"))
        self.open_button = QPushButton(self.tr("&Open the authority's page"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_authority)
        self.open_status = StatusLine()
        self.authority_note = wrapped_label()
        self.checked = wrapped_label()

        self.text = QPlainTextEdit()
        self.text.setObjectName("complaint_text")
        self.text.setAccessibleName(self.tr("Complaint text"))
        self.text.setTabChangesFocus(True)
        self.copy_button = QPushButton(self.tr("Co&py the complaint"))
        self.copy_button.setAutoDefault(False)
        self.copy_status = StatusLine()
        self.copy_button.clicked.connect(
            lambda: copy_with_feedback(self.text.toPlainText(), self.copy_status, self.text)
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        form = QFormLayout()
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Language:"), self.language)
        form.labelForField(self.country).setBuddy(self.country)
        form.labelForField(self.language).setBuddy(self.language)
        link_row = QHBoxLayout()
        link_row.addWidget(self.authority_link, 1)
        link_row.addWidget(self.open_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.authority_name)
        layout.addLayout(link_row)
        layout.addWidget(self.open_status)
        layout.addWidget(self.authority_note)
        layout.addWidget(self.checked)
        text_label = QLabel(self.tr("Your complaint &text:"))
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_status)
        layout.addLayout(bottom)

        self.country.currentIndexChanged.connect(self.rebuild)
        self.language.currentIndexChanged.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        country = self.country.currentData()
        language = self.language.currentData() or COMPLAINT_LANGUAGES[0]
        complaint = compose(self.record, language, country, self.zone)
        authority = complaint.authority
        self.authority_name.setText(authority.name)
        self.authority_link.setText(authority.url)
        self.authority_note.setText(authority.note)
        self.authority_note.setVisible(bool(authority.note))
        checked = QLocale().toString(
            QDate(authority.checked.year, authority.checked.month, authority.checked.day),
            QLocale.FormatType.LongFormat,
        )
        self.checked.setText(
            self.tr(
                "Link last checked: %1. If it doesn't open, search for the authority's name."
            ).replace("%1", checked)
        )
        self.text.setPlainText(complaint.text)
        self.current = complaint

    def open_authority(self) -> bool:
        try:
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
