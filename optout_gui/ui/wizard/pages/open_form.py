"""Step 4: open Meta's objection form in the browser, or copy its link."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.progress import to_iso, utc_now
from optout_gui.core.urls import UrlRefused
from optout_gui.ui.common.roles import name_as_shown
from optout_gui.ui.common.widgets import (
    CopyableField,
    StatusLine,
    browser_paste_message,
    wrapped_label,
)
from optout_gui.ui.wizard.pages.base import StepPage

UrlOpener = Callable[[str], bool]


class OpenFormPage(StepPage):
    step_id = "open_form"

    def __init__(self, guide, session, open_url: UrlOpener, parent=None):
        super().__init__(guide, session, parent)
        self._open_url = open_url

    def build(self) -> None:
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_form")
        self.open_button.setAutoDefault(False)
        self.open_button.setMinimumHeight(self.open_button.sizeHint().height() * 2)
        self.open_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.open_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.open_button.setFont(font)
        self.open_button.clicked.connect(lambda: self.open_link(self.primary.text()))

        self.open_status = StatusLine()
        self.open_status.setObjectName("open_status")

        self.link_label = QLabel(self.tr("The form's &address, to paste into a browser yourself:"))
        self.link_label.setWordWrap(True)
        self.primary = CopyableField(
            what=self.tr("Link to the objection form"), copied_message=browser_paste_message()
        )
        self.primary.setObjectName("primary_link")
        self.link_label.setBuddy(self.primary.line)
        name_as_shown(self.primary.line, self.link_label)

        # Beside the button and the link: the chosen link as a QR code, for a phone that
        # is logged in.
        from optout_gui.ui.wizard.qr_code import FormLinkCode  # noqa: PLC0415 - seam: QR codes

        self.link_code = FormLinkCode()
        left = QVBoxLayout()
        left.addWidget(self.open_button)
        left.addWidget(self.open_status)
        left.addSpacing(self.open_button.sizeHint().height() // 2)
        left.addWidget(self.link_label)
        left.addWidget(self.primary)
        left.addStretch(1)
        # Side by side where the page is wide enough for both, the code under the button
        # where it isn't (a narrow window beside the browser, a wide font): see resizeEvent.
        self.top = QHBoxLayout()
        self.top.addLayout(left, 1)
        self.top.addWidget(self.link_code)
        self.body.addLayout(self.top)

        self.alternates_label = wrapped_label(
            self.tr("Link didn't work, or the page says it isn't available? Try this one:")
        )
        self.alternates_box = QVBoxLayout()
        self.body.addWidget(self.alternates_label)
        self.body.addLayout(self.alternates_box)
        self.alternate_fields: list[CopyableField] = []

        self.checked = wrapped_label()
        self.checked.setObjectName("links_checked")
        self.body.addWidget(self.checked)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if not hasattr(self, "top"):  # not built yet: pages build when first shown
            return
        side_by_side = (
            self.open_button.sizeHint().width()
            + self.link_code.sizeHint().width()
            + self.top.spacing()
            + 2 * self.body.contentsMargins().left()
            + self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        )
        wide = event.size().width() >= side_by_side
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.top.direction() != direction:
            self.top.setDirection(direction)

    def refresh(self) -> None:
        account = self.account_guide()
        self.open_button.setText(
            self.tr("&Open the %1 form in my browser").replace("%1", account.label)
        )
        self.primary.setText(account.form_url)
        self.open_status.clear_message()
        self._fill_alternates(account.alternate_urls)
        urls = (account.form_url, *account.alternate_urls)
        chosen = self.link_code.chosen()
        if chosen not in urls:  # first entry, or another account: the link last opened
            chosen = self.session.progress.form_opened_url or account.form_url
        self.link_code.set_links(urls, chosen)
        previous = self.primary.button  # the code's choice comes next with Tab, as on screen
        for button in self.link_code.choices.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button
        self.checked.setText(self.links_checked_text(account))

    def links_checked_text(self, account) -> str:
        """Only a passed online check (tools/check_links.py --update) is called a check."""
        urls = (account.form_url, *account.alternate_urls)
        checked = self.guide.checked_online(urls)
        if checked is not None:
            return self.tr("These links opened in an online check on %1.").replace(
                "%1", self.date_text(checked)
            )
        return self.tr(
            "These links were collected from public sources on %1 and have not yet been "
            "opened online."
        ).replace("%1", self.date_text(self.guide.links_collected))

    def _fill_alternates(self, urls: tuple[str, ...]) -> None:
        while self.alternates_box.count():
            item = self.alternates_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.alternate_fields = []
        for number, url in enumerate(urls, 1):
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            # Its own shortcut letter: the main link's Copy button keeps "&Copy", and the
            # digits belong to the link choice beside the open button.
            field = CopyableField(
                url,
                button_text=self.tr("Co&py link %1").replace("%1", str(number)),
                what=self.tr("Other link %1").replace("%1", str(number)),
                copied_message=browser_paste_message(),
            )
            name_as_shown(field.button)  # "Copy link 1", as it reads
            open_button = QPushButton(self.tr("Op&en"))
            open_button.setAutoDefault(False)
            open_button.setAccessibleName(self.tr("Open other link %1").replace("%1", str(number)))
            open_button.clicked.connect(lambda _=False, u=url: self.open_link(u))
            layout.addWidget(field, 1)
            layout.addWidget(open_button)
            self.alternate_fields.append(field)
            self.alternates_box.addWidget(row)
        self.alternates_label.setVisible(bool(urls))

    def open_link(self, url: str) -> bool:
        try:
            opened = self._open_url(url)
        except UrlRefused:
            self.open_status.show_message(
                self.tr(
                    "For your safety this link was not opened: the assistant only opens secure "
                    "(https) pages of Meta's own sites. The guide file may have been changed; "
                    "the README explains how to put it right."
                ),
                "error",
            )
            return False
        if opened:
            self.session.update(form_opened_at=to_iso(utc_now()), form_opened_url=url)
            self.link_code.choose(url)  # the code shows the link that was chosen
            self.open_status.show_message(
                self.tr(
                    "Your browser should now show the form. Nothing there? "
                    "Copy the link below and paste it into your browser's address bar."
                ),
                "ok",
            )
            self.focus_next()  # the form is open: Next continues
            return True
        self.open_status.show_message(
            self.tr(
                "The browser didn't open. Copy the link below and paste it into "
                "your browser's address bar."
            ),
            "error",
        )
        self.primary.button.setFocus()
        return False

    def main_control(self):
        return self.open_button
