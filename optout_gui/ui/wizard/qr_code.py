"""QR codes on screen, to carry on on the phone: the form link (open-form page), the email
address and the reason (a dialog from the fill-in page).

The codes are drawn as rectangles straight from the module matrix (core/phone_codes.py),
each module a whole number of device pixels, so they stay sharp at 100, 150 and 200 %.
They are always black on white with a quiet zone of four modules, in the dark scheme too:
phone cameras read dark-on-light codes best, and some read nothing else. Nothing is sent
or saved; the codes exist only on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.phone_codes import (
    PART_BYTES,
    characters_in_one_code,
    fits_in_one_code,
    split_for_codes,
)
from optout_gui.ui.common.geometry import keep_on_screen
from optout_gui.ui.common.widgets import StatusLine, scrolls_to_reveal, wrapped_label
from optout_gui.ui.wizard.qr_view import MIN_SIDE_PX, QrCodeView


class FormLinkCode(QWidget):
    """The open-form page's code: the chosen form link, one line on what to do with it,
    and (when there are other links) which link the code holds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("form_link_code")
        self.code = QrCodeView()
        self.code.setObjectName("form_link_qr")
        self.explanation = wrapped_label(
            self.tr(
                "On your phone? Scan this with its camera to open the form where you are logged in."
            )
        )
        self.explanation.setObjectName("form_link_qr_hint")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.choice_label = wrapped_label(self.tr("The code holds:"))
        self.choices = QButtonGroup(self)
        self.choices_box = QVBoxLayout()
        self.choices_box.setContentsMargins(0, 0, 0, 0)
        self._urls: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.explanation)
        layout.addWidget(self.choice_label)
        layout.addLayout(self.choices_box)
        layout.addStretch(1)
        self.choices.idToggled.connect(self._toggled)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Word-wrapped labels in a row beside the button: the row asks for their height at
        # another width, and the last line was cut by a few pixels with a large font.
        super().resizeEvent(event)
        for label in (self.explanation, self.choice_label):
            label.setMinimumHeight(label.heightForWidth(label.width()))

    def set_links(self, urls: tuple[str, ...], chosen: str) -> None:
        """``urls``: the main link first, then the others."""
        if urls != self._urls:
            self._urls = urls
            for button in self.choices.buttons():
                self.choices.removeButton(button)
                button.deleteLater()
            for number, url in enumerate(urls):
                if number == 0:
                    text = self.tr("the &main link")
                else:
                    text = self.tr("other link &%1").replace("%1", str(number))
                button = QRadioButton(text)
                button.setObjectName(f"qr_link_{number}")
                button.setToolTip(url)
                button.setAccessibleDescription(url)
                self.choices.addButton(button, number)
                self.choices_box.addWidget(button)
        self.choice_label.setVisible(len(urls) > 1)
        for button in self.choices.buttons():
            button.setVisible(len(urls) > 1)
        self.choose(chosen if chosen in urls else urls[0])

    def choose(self, url: str) -> None:
        if url not in self._urls:
            return
        index = self._urls.index(url)
        button = self.choices.button(index)
        if not button.isChecked():
            button.setChecked(True)  # _toggled shows it
        else:
            self._show(url)

    def chosen(self) -> str:
        return self.code.text()

    def _toggled(self, index: int, checked: bool) -> None:
        if checked and 0 <= index < len(self._urls):
            self._show(self._urls[index])

    def _show(self, url: str) -> None:
        self.code.set_code(url, self.tr("QR code of the form link %1").replace("%1", url))
        # As wide as the code: the lines under it wrap to its width.
        self.setFixedWidth(max(self.code.sizeHint().width(), MIN_SIDE_PX))


class PhoneCodesDialog(QDialog):
    """Codes for the email address and the reason, each decoding to exactly what its
    Copy button puts on the clipboard. A reason too long for one code gets the choice of
    numbered parts or going back to shorten it (``shortenRequested``).

    ``reasonHandedOver(text)`` is emitted once, when the whole reason is on screen as
    codes: like a copy, it is what will be pasted into Meta's form."""

    shortenRequested = Signal()
    reasonHandedOver = Signal(str)

    def __init__(self, email: str, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("phone_codes")
        self.setWindowTitle(self.tr("Continue on your phone"))
        self.email = email
        self.reason = reason
        self.parts: list[str] = []
        self.part_index = 0
        self._handed_over = False

        intro = wrapped_label(
            self.tr(
                "Point your phone's camera at a code: the phone shows the text and lets you "
                "copy it, ready to paste into Meta's form. The codes are only drawn on this "
                "screen; nothing is sent anywhere."
            )
        )
        intro.setObjectName("phone_codes_intro")

        self.email_caption = wrapped_label()
        self.email_caption.setObjectName("email_qr_caption")
        self.email_code = QrCodeView()
        self.email_code.setObjectName("email_qr")

        self.reason_caption = wrapped_label()
        self.reason_caption.setObjectName("reason_qr_caption")
        self.reason_code = QrCodeView()
        self.reason_code.setObjectName("reason_qr")
        self.too_long = StatusLine()
        self.too_long.setObjectName("reason_too_long")
        self.split_button = QPushButton(self.tr("Show it as several &codes"))
        self.split_button.setObjectName("split_reason")
        self.shorten_button = QPushButton(self.tr("&Shorten the reason"))
        self.shorten_button.setObjectName("shorten_reason")
        self.previous_button = QPushButton(self.tr("&Previous part"))
        self.previous_button.setObjectName("previous_part")
        self.next_button = QPushButton(self.tr("Ne&xt part"))
        self.next_button.setObjectName("next_part")
        for button in (
            self.split_button,
            self.shorten_button,
            self.previous_button,
            self.next_button,
        ):
            button.setAutoDefault(False)
        choice_row = QVBoxLayout()  # one above the other: narrow enough for large fonts
        choice_row.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignLeft)
        choice_row.addWidget(self.shorten_button, 0, Qt.AlignmentFlag.AlignLeft)
        part_row = QHBoxLayout()
        part_row.addWidget(self.previous_button)
        part_row.addWidget(self.next_button)
        part_row.addStretch(1)
        self.choice_buttons = QWidget()
        self.choice_buttons.setLayout(choice_row)
        self.part_buttons = QWidget()
        self.part_buttons.setLayout(part_row)
        choice_row.setContentsMargins(0, 0, 0, 0)
        part_row.setContentsMargins(0, 0, 0, 0)

        top = Qt.AlignmentFlag.AlignTop
        grid = QGridLayout()
        grid.addWidget(self.email_caption, 0, 0, top)
        grid.addWidget(self.email_code, 1, 0, top | Qt.AlignmentFlag.AlignHCenter)
        reason_column = QVBoxLayout()
        reason_column.addWidget(self.reason_code, 0, Qt.AlignmentFlag.AlignHCenter)
        reason_column.addWidget(self.too_long)
        reason_column.addWidget(self.choice_buttons)
        reason_column.addWidget(self.part_buttons)
        reason_column.addStretch(1)
        grid.addWidget(self.reason_caption, 0, 1, top)
        grid.addLayout(reason_column, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 2)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(intro)
        inner.addLayout(grid)
        inner.addStretch(1)
        self.content = content
        scroll = scrolls_to_reveal(QScrollArea())
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop for Tab
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self.split_button.clicked.connect(self.show_parts)
        self.shorten_button.clicked.connect(self._shorten)
        self.previous_button.clicked.connect(lambda: self.show_part(self.part_index - 1))
        self.next_button.clicked.connect(lambda: self.show_part(self.part_index + 1))

        self._show_email()
        self._show_reason()
        self._fit_to_screen()

    # --- email ------------------------------------------------------------------------
    def _show_email(self) -> None:
        if self.email:
            self.email_caption.setText(self.tr("Your email address: %1").replace("%1", self.email))
            self.email_code.set_code(
                self.email, self.tr("QR code of your email address %1").replace("%1", self.email)
            )
        else:
            self.email_caption.setText(
                self.tr("No email address yet: type it on the page first, then open this again.")
            )
            self.email_code.clear()

    # --- reason -----------------------------------------------------------------------
    def _show_reason(self) -> None:
        self.choice_buttons.hide()
        self.part_buttons.hide()
        self.too_long.clear_message()
        if not self.reason:
            self.reason_caption.setText(
                self.tr("No reason yet: write it on the page first, then open this again.")
            )
            self.reason_code.clear()
            return
        if fits_in_one_code(self.reason):
            self.reason_caption.setText(
                self.tr("Your reason (%1 characters):").replace("%1", str(len(self.reason)))
            )
            self.reason_code.set_code(
                self.reason,
                self.tr("QR code of your reason, %1 characters").replace(
                    "%1", str(len(self.reason))
                ),
                self.reason,
            )
            return
        self.reason_caption.setText(self.tr("Your reason"))
        self.reason_code.clear()
        self.too_long.show_message(
            self.tr(
                "Your reason is too long for one code: it has %1 characters, and one code "
                "holds only the first %2 of them. Show it as several numbered codes, to scan "
                "and paste one after another, or shorten it to fit in one code."
            )
            .replace("%1", str(len(self.reason)))
            .replace("%2", str(characters_in_one_code(self.reason))),
            "info",
        )
        self.choice_buttons.show()

    def show_parts(self) -> None:
        """The reason as numbered codes "1/3", "2/3", …; joined, they give the reason."""
        self.parts = split_for_codes(self.reason, PART_BYTES)
        self.too_long.show_message(
            self.tr(
                "Scan the codes in order and paste each part right after the one before: "
                "together they make your whole reason."
            ),
            "info",
        )
        self.choice_buttons.hide()
        self.part_buttons.show()
        self.show_part(0)
        self._fit_to_screen()
        self.next_button.setFocus()
        self._hand_over()

    def _hand_over(self) -> None:
        if not self._handed_over:
            self._handed_over = True
            self.reasonHandedOver.emit(self.reason)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        keep_on_screen(self)
        # The keyboard starts on a control a screen reader can name: the choice offered
        # for a long reason, else Close.
        if self.choice_buttons.isVisibleTo(self):
            self.split_button.setFocus()
        elif not self.part_buttons.isVisibleTo(self):
            self.close_button.setFocus()
        if self.reason and self.reason_code.matrix() is not None and not self.parts:
            self._hand_over()  # the whole reason in one code

    def show_part(self, index: int) -> None:
        if not self.parts:
            return
        self.part_index = max(0, min(index, len(self.parts) - 1))
        part = self.parts[self.part_index]
        number, count = str(self.part_index + 1), str(len(self.parts))
        self.reason_caption.setText(
            self.tr("Your reason, part %1/%2 (%3 characters):")
            .replace("%1", number)
            .replace("%2", count)
            .replace("%3", str(len(part)))
        )
        self.reason_code.set_code(
            part,
            self.tr("QR code of part %1 of %2 of your reason, %3 characters")
            .replace("%1", number)
            .replace("%2", count)
            .replace("%3", str(len(part))),
            part,
        )
        # A button that goes grey hands the keyboard focus to the other one, not onwards.
        had_focus = self.focusWidget() if self.isVisible() else None
        first, last = self.part_index == 0, self.part_index == len(self.parts) - 1
        self.previous_button.setEnabled(not first)
        self.next_button.setEnabled(not last)
        if last and had_focus is self.next_button and not first:
            self.previous_button.setFocus()
        elif first and had_focus is self.previous_button and not last:
            self.next_button.setFocus()

    def _shorten(self) -> None:
        self.shortenRequested.emit()
        self.accept()

    # --- size -------------------------------------------------------------------------
    def _fit_to_screen(self) -> None:
        """Big enough for the codes without scrolling, where the screen allows it."""
        layout = self.content.layout()
        layout.activate()
        screen = self.screen().availableGeometry().size() * 0.9 if self.screen() else None
        width = self.content.sizeHint().width()
        if screen is not None:
            width = min(width, screen.width() - 40)
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        if height < 0:
            height = self.content.sizeHint().height()
        wanted = QSize(width + 40, height + 40 + self.buttons.sizeHint().height())
        if screen is not None:
            wanted = wanted.boundedTo(screen)
        self.resize(wanted)
        if self.isVisible():
            keep_on_screen(self)  # grown for the parts: still inside the screen
