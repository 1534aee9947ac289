"""QR codes for the phone (issue 18): every code the app draws is grabbed from its widget
and read back with an independent decoder (zxing-cpp), in light and dark, at 1x and 2x."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from optout_gui.core.guide import load_guide
from optout_gui.core.phone_codes import (
    MAX_BYTES,
    PART_BYTES,
    QUIET_ZONE,
    TooLongForOneCode,
    byte_size,
    characters_in_one_code,
    fits_in_one_code,
    make_matrix,
    split_for_codes,
)
from optout_gui.core.session import ObjectionSession
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common.theme import force_scheme
from optout_gui.ui.wizard.qr_view import MIN_SIDE_PX, QrCodeView
from optout_gui.ui.wizard.window import ObjectionWizard, PageId

zxingcpp = pytest.importorskip("zxingcpp")

GUIDE = load_guide()
POLISH = "Nie zgadzam się, żeby Meta uczyła sztuczną inteligencję na moich zdjęciach i postach. "
GERMAN = "Ich widerspreche der Nutzung meiner Fotos, Beiträge und Äußerungen für KI-Training. "


# --- helpers ------------------------------------------------------------------------------
def rendered(widget, ratio: float) -> QImage:
    """The widget as the screen would show it at ``ratio`` (1: widget.grab())."""
    if ratio == 1:
        return widget.grab().toImage()
    size = widget.size()
    pixmap = QPixmap(QSize(round(size.width() * ratio), round(size.height() * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    return pixmap.toImage()


def decode(image: QImage) -> list:
    """Read QR codes the way a phone camera does, but without guessing at inverted colours:
    a light-on-dark code would not be found."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return zxingcpp.read_barcodes(
        gray, formats=zxingcpp.BarcodeFormat.QRCode, try_invert=False, try_rotate=False
    )


def decoded_text(widget, ratio: float = 1) -> str:
    assert widget.isVisible(), "the code is not on screen"
    found = decode(rendered(widget, ratio))
    assert len(found) == 1, f"{len(found)} codes found at {ratio}x"
    code = found[0]
    assert code.ec_level == "M"
    assert code.bytes.decode("utf-8") == code.text  # byte mode, UTF-8
    return code.text


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    force_scheme(qapp, request.param == "dark")
    yield request.param
    force_scheme(qapp, False)


@pytest.fixture
def store(tmp_path):
    store = ObjectionStore.in_folder(tmp_path / "data")
    store.load()
    return store


def open_wizard(qtbot, store, page_id: PageId, **answers) -> ObjectionWizard:
    record = store.new()
    session = ObjectionSession(store, record.id)
    session.update(**{"account": "facebook", "country": "DE", **answers})
    wizard = ObjectionWizard(GUIDE, session)
    qtbot.addWidget(wizard)
    wizard.resize(800, 600)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.restart()
    while wizard.currentId() != page_id:
        wizard.next()
    return wizard


def clipboard_after(copy) -> str:
    QGuiApplication.clipboard().clear()
    assert copy()
    return QGuiApplication.clipboard().text()


# --- capacity (no Qt) -------------------------------------------------------------------
def at_the_limit(sentence: str, extra: str) -> str:
    """A text of exactly MAX_BYTES bytes in UTF-8, ending in ``extra``."""
    text = ""
    while byte_size(text + sentence) + byte_size(extra) <= MAX_BYTES:
        text += sentence
    text += "x" * (MAX_BYTES - byte_size(text) - byte_size(extra)) + extra
    assert byte_size(text) == MAX_BYTES
    return text


@pytest.mark.parametrize("sentence, wide", [(POLISH, "ż"), (GERMAN, "ß")])
def test_the_limit_is_counted_in_utf8_bytes_not_characters(sentence, wide):
    text = at_the_limit(sentence, wide)
    assert len(text) < MAX_BYTES  # Polish and German letters take two bytes
    assert fits_in_one_code(text)
    matrix = make_matrix(text)
    assert (matrix.version, matrix.error) == (40, "M")
    assert matrix.size == 177 + 2 * QUIET_ZONE
    assert characters_in_one_code(text) == len(text)

    one_more = text[:-1] + wide + "a"  # one byte over
    assert byte_size(one_more) == MAX_BYTES + 1
    assert not fits_in_one_code(one_more)
    with pytest.raises(TooLongForOneCode):
        make_matrix(one_more)
    assert characters_in_one_code(one_more) == len(one_more) - 1

    swapped = text[:-1] + "€"  # a letter of 2 bytes swapped for one of 3
    assert not fits_in_one_code(swapped)
    assert characters_in_one_code(swapped) == len(swapped) - 1


def test_segno_agrees_with_the_limit():
    """The limit holds for a text with the ECI header that says UTF-8 (non-ASCII text)."""
    import segno

    options = {"error": "m", "mode": "byte", "micro": False, "boost_error": False}
    segno.make("a" * MAX_BYTES, eci=True, encoding="utf-8", **options)
    with pytest.raises(segno.DataOverflowError):
        segno.make("a" * (MAX_BYTES + 1), eci=True, encoding="utf-8", **options)


# --- every decoder reads the same letters (issue 28) ---------------------------------------
# Skipped before a window is made: a test skipped while its window was shown kept the
# window in the skip's traceback, and deleting it twice crashed the Windows lane.
needs_zbar = pytest.mark.skipif(
    shutil.which("zbarimg") is None, reason="zbarimg is not installed (Debian: zbar-tools)"
)


def zbar_text(image: QImage, tmp_path) -> str:
    """What zbar (Debian's zbar-tools, the decoder behind many scanner apps) reads."""
    zbarimg = shutil.which("zbarimg")
    path = tmp_path / "code.png"
    assert image.save(str(path))
    done = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8").removesuffix("\n")


@needs_zbar
@pytest.mark.parametrize("sentence, wide", [(GERMAN, "ß"), (POLISH, "ż")])
def test_german_and_polish_at_the_limit_decode_exactly_with_zbar_and_zxing(
    qtbot, tmp_path, sentence, wide
):
    text = at_the_limit(sentence, wide)
    view = QrCodeView()
    qtbot.addWidget(view)
    view.set_code(text, "QR code of a long text")
    view.show()
    assert view.matrix().version == 40
    image = rendered(view, 1)
    assert decoded_text(view) == text
    assert zbar_text(image, tmp_path) == text


@needs_zbar
@pytest.mark.parametrize("text", ["für", "Größe", "się", "żeby Zażółć gęślą jaźń", "😀 ä"])
def test_short_non_ascii_texts_decode_exactly_with_zbar_and_zxing(qtbot, tmp_path, text):
    view = QrCodeView()
    qtbot.addWidget(view)
    view.set_code(text, "QR code")
    view.show()
    assert decoded_text(view) == text
    assert zbar_text(rendered(view, 1), tmp_path) == text


def test_ascii_texts_go_without_the_eci_header():
    """Plain ASCII reads the same in every character set: no header a reader may trip on."""
    import segno

    plain = make_matrix("https://www.facebook.com/help/contact/")
    without = segno.make(
        "https://www.facebook.com/help/contact/", error="m", mode="byte", eci=False, micro=False,
        boost_error=False,
    )  # fmt: skip
    assert plain.rows == tuple(
        tuple(bool(m) for m in row) for row in without.matrix_iter(border=QUIET_ZONE)
    )


@pytest.mark.parametrize("sentence", [POLISH, GERMAN, "Zdjęcia 📷 moje. ", "ab\u0301c "])
@pytest.mark.parametrize("repeat", [30, 31, 60, 100])
def test_split_parts_fit_and_join_to_exactly_the_text(sentence, repeat):
    text = (sentence * repeat).strip()
    parts = split_for_codes(text)
    assert "".join(parts) == text
    assert all(0 < byte_size(part) <= MAX_BYTES for part in parts)
    expected = -(-byte_size(text) // MAX_BYTES)
    assert len(parts) in (expected, expected + 1)
    for left, right in zip(parts, parts[1:], strict=False):
        assert right[0] != "\u0301"  # an accent stays with its letter
        if " " in sentence:
            assert left[-1] == " "  # cut after a space
    if byte_size(text) <= MAX_BYTES:
        assert parts == [text]


def test_split_balances_the_parts():
    text = POLISH * 60
    sizes = [byte_size(part) for part in split_for_codes(text)]
    assert len(sizes) == 3
    assert max(sizes) - min(sizes) < 200


def test_split_with_a_small_limit_and_no_spaces():
    text = "żółć" * 10
    parts = split_for_codes(text, limit=7)
    assert "".join(parts) == text
    assert all(byte_size(part) <= 7 for part in parts)


# --- the widget itself -------------------------------------------------------------------
def test_a_code_at_the_limit_decodes_from_the_screen(qtbot):
    text = at_the_limit(POLISH, "ą")
    view = QrCodeView()
    qtbot.addWidget(view)
    view.set_code(text, "QR code of a long text")
    view.show()
    assert view.width() == view.height() >= 3 * view.matrix().size
    for ratio in (1, 2):
        assert decoded_text(view, ratio) == text


@pytest.mark.parametrize("ratio", [1, 1.5, 2])
def test_code_is_sharp_black_on_white_with_a_quiet_zone(qtbot, scheme, ratio):
    url = GUIDE.accounts["facebook"].form_url
    view = QrCodeView()
    qtbot.addWidget(view)
    view.set_code(url, "code")
    view.show()
    assert view.width() >= MIN_SIDE_PX and view.height() >= MIN_SIDE_PX  # at 100 %
    image = rendered(view, ratio)
    matrix = view.matrix()
    left, top, unit = view.placement(ratio)
    side = unit * matrix.size
    assert side >= MIN_SIDE_PX * ratio - matrix.size  # whole device pixels per module
    if ratio in (1, 2):
        assert (left, top, side) == (0, 0, view.width() * ratio)
    grays = set()
    for y in range(top, top + side):
        for x in range(left, left + side):
            grays.add(image.pixelColor(x, y).lightness())
    assert grays == {0, 255}, "only pure black and pure white: no blurred edges"
    # Each module is one colour up to its edges, and the quiet zone is white.
    for my, row in enumerate(matrix.rows):
        for mx, dark in enumerate(row):
            for px, py in ((0, 0), (unit - 1, unit - 1), (0, unit - 1)):
                colour = image.pixelColor(left + mx * unit + px, top + my * unit + py)
                assert colour.lightness() == (0 if dark else 255), (mx, my)
            if min(mx, my) < QUIET_ZONE or max(mx, my) >= matrix.size - QUIET_ZONE:
                assert not dark
    assert decoded_text(view, ratio) == url


def test_code_is_not_focusable_and_says_what_it_holds(qtbot):
    view = QrCodeView()
    qtbot.addWidget(view)
    view.set_code("hello", "QR code of hello")
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert view.accessibleName() == "QR code of hello"
    view.clear()
    assert view.isHidden() and view.text() == ""


# --- the open-form page -----------------------------------------------------------------
@pytest.mark.parametrize("ratio", [1, 2])
@pytest.mark.parametrize("account", ["facebook", "instagram"])
def test_open_form_code_is_the_form_link(qtbot, store, scheme, account, ratio):
    wizard = open_wizard(qtbot, store, PageId.OPEN_FORM, account=account)
    page = wizard.currentPage()
    url = GUIDE.accounts[account].form_url
    code = page.link_code.code
    assert decoded_text(code, ratio) == url
    assert code.accessibleName() == f"QR code of the form link {url}"
    assert page.link_code.explanation.isVisible()
    assert "phone" in page.link_code.explanation.text()


def test_open_form_code_follows_the_link_choice_and_the_account(qtbot, store, opened_urls):
    wizard = open_wizard(qtbot, store, PageId.OPEN_FORM, account="facebook")
    page = wizard.currentPage()
    facebook = GUIDE.accounts["facebook"]
    panel = page.link_code
    code = panel.code
    assert decoded_text(code) == facebook.form_url

    # Choosing the other link, by keyboard-reachable radio button.
    panel.choices.button(1).click()
    assert decoded_text(code) == facebook.alternate_urls[0]
    assert facebook.alternate_urls[0] in code.accessibleName()
    panel.choices.button(0).click()
    assert decoded_text(code) == facebook.form_url

    # Opening the other link makes it the chosen one.
    open_other = [b for b in page.findChildren(type(page.open_button)) if b.text() == "Op&en"]
    open_other[0].click()
    assert opened_urls == [facebook.alternate_urls[0]]
    assert decoded_text(code) == facebook.alternate_urls[0]
    assert panel.choices.button(1).isChecked()

    # Back to the start, another account: the code follows.
    wizard.restart()
    wizard.currentPage().account_buttons["instagram"].click()
    while wizard.currentId() != PageId.OPEN_FORM:
        wizard.next()
    assert decoded_text(code) == GUIDE.accounts["instagram"].form_url


def test_open_form_code_starts_on_the_link_opened_before(qtbot, store):
    other = GUIDE.accounts["facebook"].alternate_urls[0]
    wizard = open_wizard(qtbot, store, PageId.OPEN_FORM, account="facebook", form_opened_url=other)
    assert decoded_text(wizard.currentPage().link_code.code) == other


def test_without_other_links_there_is_no_choice(qtbot, store):
    """Instagram has no other link in the guide: only the main one, and no choice shown."""
    account = GUIDE.accounts["instagram"]
    other = GUIDE.accounts["facebook"].alternate_urls[0]  # opened for another account
    wizard = open_wizard(qtbot, store, PageId.OPEN_FORM, account="instagram", form_opened_url=other)
    panel = wizard.currentPage().link_code
    assert decoded_text(panel.code) == account.form_url
    shown = [b for b in panel.choices.buttons() if b.isVisible()]
    assert len(shown) == (len(account.alternate_urls) + 1 if account.alternate_urls else 0)
    assert panel.choice_label.isVisible() == bool(account.alternate_urls)


# --- the fill-in page and its dialog ------------------------------------------------------
REASON = (
    "Nie zgadzam się na używanie moich zdjęć.\n\n"
    "Ich möchte nicht, dass meine Beiträge für KI genutzt werden: „Größe“ — 100 % 📷"
)


@pytest.mark.parametrize("ratio", [1, 2])
def test_phone_codes_decode_to_exactly_what_copy_copies(qtbot, store, scheme, ratio):
    wizard = open_wizard(
        qtbot, store, PageId.FILL_FORM, email="  Ann.Example@Example.ORG ", reason=REASON
    )
    page = wizard.currentPage()
    page.reason_editor.load("\n  " + REASON + "  \n")  # copied text is normalised
    dialog = page.show_on_phone()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    email = clipboard_after(page.copy_email)
    reason = clipboard_after(page.copy_reason)
    assert reason == REASON
    assert decoded_text(dialog.email_code, ratio) == email
    assert decoded_text(dialog.reason_code, ratio) == reason
    assert dialog.email_code.accessibleName() == f"QR code of your email address {email}"
    assert dialog.reason_code.accessibleName() == (
        f"QR code of your reason, {len(reason)} characters"
    )
    assert dialog.reason_code.accessibleDescription() == reason
    assert email in dialog.email_caption.text()
    assert str(len(reason)) in dialog.reason_caption.text()


def test_dialog_without_email_or_reason_says_so(qtbot, store):
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="not an address")
    page = wizard.currentPage()
    dialog = page.show_on_phone()
    qtbot.addWidget(dialog)
    assert dialog.email_code.isHidden() and dialog.reason_code.isHidden()
    assert "No email address yet" in dialog.email_caption.text()
    assert "No reason yet" in dialog.reason_caption.text()
    assert decode(dialog.grab().toImage()) == []


@pytest.mark.parametrize("sentence", [POLISH, GERMAN])
def test_reason_at_the_limit_is_one_code(qtbot, store, sentence):
    text = at_the_limit(sentence, "ą").strip()
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason=text)
    page = wizard.currentPage()
    assert page.reason_to_copy() == text
    dialog = page.show_on_phone()
    qtbot.addWidget(dialog)
    assert dialog.too_long.isHidden()
    assert decoded_text(dialog.reason_code) == clipboard_after(page.copy_reason)


@pytest.mark.parametrize("ratio", [1, 2])
@pytest.mark.parametrize("sentence", [POLISH, GERMAN])
def test_too_long_reason_split_into_numbered_codes(qtbot, store, sentence, ratio):
    text = numbered(sentence, 40)
    assert byte_size(text) > MAX_BYTES
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason=text)
    page = wizard.currentPage()
    dialog = page.show_on_phone()
    qtbot.addWidget(dialog)
    assert dialog.reason_code.isHidden()
    assert dialog.too_long.isVisible()
    message = dialog.too_long.text()
    assert "too long for one code" in message
    assert str(len(text)) in message and str(characters_in_one_code(text)) in message
    assert dialog.split_button.isVisible() and dialog.shorten_button.isVisible()
    assert decoded_text(dialog.email_code, ratio) == "ann@example.org"

    dialog.split_button.click()
    count = len(dialog.parts)
    assert count >= 2
    decoded = []
    for number in range(1, count + 1):
        assert f"part {number}/{count}" in dialog.reason_caption.text()
        assert dialog.reason_code.accessibleName().startswith(
            f"QR code of part {number} of {count} of your reason"
        )
        decoded.append(decoded_text(dialog.reason_code, ratio))
        assert dialog.next_button.isEnabled() == (number < count)
        dialog.next_button.click()
    assert "".join(decoded) == clipboard_after(page.copy_reason) == text
    assert all(byte_size(part) <= PART_BYTES for part in decoded)
    assert count == len(split_for_codes(text, PART_BYTES))
    dialog.previous_button.click()
    assert f"part {count - 1}/{count}" in dialog.reason_caption.text()


def test_too_long_reason_can_be_shortened_instead(qtbot, store):
    text = (POLISH * 40).strip()
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason=text)
    page = wizard.currentPage()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    dialog = page.show_on_phone()
    qtbot.addWidget(dialog)
    dialog.shorten_button.click()
    assert not dialog.isVisible()
    assert page.phone_status.isVisible()
    over = len(text) - characters_in_one_code(text)
    assert f"lose about {over} characters" in page.phone_status.text()
    assert QApplication.focusWidget() is page.reason_edit
    assert page.reason_to_copy() == text  # nothing cut without the person


# --- keyboard only ------------------------------------------------------------------------
def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    return QApplication.focusWidget()


def numbered(sentence: str, count: int) -> str:
    """Sentences that differ, so that no two parts of a split are the same."""
    return "".join(f"{number}. {sentence}" for number in range(1, count + 1)).strip()


def test_phone_dialog_works_with_the_keyboard_alone(qtbot, store):
    text = numbered(GERMAN, 40)
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason=text)
    page = wizard.currentPage()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    page.phone_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    dialog = page.phone_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.isVisible()

    # Tab goes round the dialog's buttons; the codes themselves take no focus.
    reached = []
    for _ in range(6):
        reached.append(press(qtbot, Qt.Key.Key_Tab))
    assert {dialog.split_button, dialog.shorten_button, dialog.close_button} <= set(reached)
    assert dialog.email_code not in reached and dialog.reason_code not in reached

    while QApplication.focusWidget() is not dialog.split_button:
        press(qtbot, Qt.Key.Key_Tab)
    assert press(qtbot, Qt.Key.Key_Space) is dialog.next_button
    first = decoded_text(dialog.reason_code)
    press(qtbot, Qt.Key.Key_Space)
    assert "part 2/" in dialog.reason_caption.text()
    assert decoded_text(dialog.reason_code) != first
    while dialog.next_button.isEnabled():
        press(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is dialog.previous_button  # focus never lost
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.next_button.isEnabled()

    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # Back in the window, the keyboard is where it was (offscreen activates no window).
    assert wizard.focusWidget() is page.phone_button


def test_return_closes_the_dialog(qtbot, store):
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason="No.")
    page = wizard.currentPage()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    dialog = page.show_on_phone()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.close_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def copied_reasons(wizard) -> list[str]:
    return [e.text for e in wizard.session.record.history if e.event == "reason_copied"]


def test_showing_the_reason_is_kept_as_proof_and_nothing_else_is_written(qtbot, store, tmp_path):
    """Like a copy, the reason shown to the phone is kept in the objection's history (it is
    what gets pasted into Meta's form); nothing else is written (the no_network fixture
    fails any socket)."""
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason=REASON)
    page = wizard.currentPage()
    page.reason_editor.flush()
    files = sorted(p.name for p in (tmp_path / "data").rglob("*") if p.is_file())
    assert copied_reasons(wizard) == []
    dialog = page.show_on_phone()
    qtbot.addWidget(dialog)
    assert copied_reasons(wizard) == [REASON]
    dialog.reject()
    assert sorted(p.name for p in (tmp_path / "data").rglob("*") if p.is_file()) == files
    reloaded = ObjectionStore.in_folder(tmp_path / "data")
    reloaded.load()
    history = reloaded.get(wizard.session.record.id).history
    assert [e.text for e in history if e.event == "reason_copied"] == [REASON]


def test_a_split_reason_is_kept_once_it_is_shown(qtbot, store):
    text = numbered(POLISH, 40)
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason=text)
    dialog = wizard.currentPage().show_on_phone()
    qtbot.addWidget(dialog)
    assert copied_reasons(wizard) == []  # not yet on screen
    dialog.split_button.click()
    dialog.next_button.click()
    assert copied_reasons(wizard) == [text]


def test_link_choice_follows_the_link_field_with_tab(qtbot, store):
    wizard = open_wizard(qtbot, store, PageId.OPEN_FORM, account="facebook")
    page = wizard.currentPage()
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    page.primary.button.setFocus(Qt.FocusReason.TabFocusReason)
    main = page.link_code.choices.button(0)
    assert press(qtbot, Qt.Key.Key_Tab) is main
    assert main.isChecked()
    press(qtbot, Qt.Key.Key_Down)  # arrows move inside the group
    other = page.link_code.choices.button(1)
    assert other.isChecked() and QApplication.focusWidget() is other
    assert decoded_text(page.link_code.code) == GUIDE.accounts["facebook"].alternate_urls[0]
    assert other.accessibleDescription() == GUIDE.accounts["facebook"].alternate_urls[0]


def mnemonic(text: str) -> str:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


def test_dialog_controls_have_names_and_distinct_mnemonics(qtbot, store):
    from tests.a11y import accessible_name, interactive_widgets

    text = numbered(POLISH, 40)
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason=text)
    dialog = wizard.currentPage().show_on_phone()
    qtbot.addWidget(dialog)
    for stage in ("choice", "parts"):
        if stage == "parts":
            dialog.split_button.click()
        controls = [w for w in interactive_widgets(dialog) if w is not dialog.close_button]
        assert controls, stage
        assert all(accessible_name(w) for w in controls), stage
        keys = [mnemonic(w.text()) for w in controls]
        assert all(keys) and len(set(keys)) == len(keys), (stage, keys)
    codes = [dialog.email_code, dialog.reason_code]
    assert all(code.accessibleName().startswith("QR code of ") for code in codes)


def test_new_buttons_take_no_letter_already_used_on_their_page(qtbot, store):
    wizard = open_wizard(qtbot, store, PageId.FILL_FORM, email="ann@example.org", reason="No.")
    page = wizard.currentPage()
    page.reason_editor.composer_toggle.setChecked(True)  # its letters count too
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [b.text() for b in wizard.findChildren(QAbstractButton) if b.isVisible()]
    texts += [lb.text() for lb in page.findChildren(QLabel) if lb.buddy() and lb.isVisible()]
    keys = [mnemonic(t) for t in texts if mnemonic(t)]
    assert keys.count(mnemonic(page.phone_button.text())) == 1


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "nl", "pl", "pt_BR"])
def test_translated_dialog_buttons_have_distinct_mnemonics(language):
    import xml.etree.ElementTree as ET
    from pathlib import Path

    path = Path(__file__).parents[1] / "resources" / "translations" / f"optout_{language}.ts"
    translations = {}
    for context in ET.parse(path).getroot():
        if context.findtext("name") != "PhoneCodesDialog":
            continue
        for message in context.findall("message"):
            translations[message.findtext("source")] = message.findtext("translation") or ""
    buttons = ["Show it as several &codes", "&Shorten the reason", "&Previous part", "Ne&xt part"]
    keys = [mnemonic(translations[source]) for source in buttons]
    assert all(keys) and len(set(keys[:2])) == 2 and len(set(keys[2:])) == 2, keys
