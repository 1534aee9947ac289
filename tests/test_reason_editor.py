"""The reason editor on the fill-form page: compose, edit, copy, restore."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from optout_gui.core import reasons
from optout_gui.core.guide import load_guide
from optout_gui.core.progress import from_iso
from optout_gui.core.reasons import Composition, ReasonLibrary, compose, reasons_path
from optout_gui.ui.wizard.pages.fill_form import FillFormPage
from tests.helpers import open_session

COUNTRY_FOR = {
    "en": "GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "pt_BR": "BR",
}


@pytest.fixture(scope="module")
def guide():
    return load_guide()


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def make_session(data_dir, **answers):
    session = open_session(data_dir)
    if answers:
        session.update(**answers)
    return session


def make_page(qtbot, guide, session, **kwargs):
    page = FillFormPage(guide, session, **kwargs)
    qtbot.addWidget(page)
    page.initializePage()
    return page


@pytest.fixture
def page(qtbot, guide, data_dir):
    session = make_session(data_dir, account="facebook", country="DE", email="a@example.com")
    return make_page(qtbot, guide, session)


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


@pytest.mark.parametrize("lang", list(COUNTRY_FOR))
def test_tick_edit_copy_and_find_it_again_after_a_restart(qtbot, guide, data_dir, lang):
    country = COUNTRY_FOR[lang]
    session = make_session(data_dir, account="instagram", country=country, email="a@b.example")
    page = make_page(qtbot, guide, session)
    editor = page.reason_editor
    assert editor.language() == lang

    editor.point_boxes["photos"].setChecked(True)
    editor.point_boxes["likeness"].setChecked(True)
    templates = ReasonLibrary().get(lang)[0]
    law = guide.law_for(country).law_id
    expected = compose(templates, Composition(("photos", "likeness"), "short", law, "Instagram"))
    assert page.reason_edit.toPlainText() == expected
    assert len(expected) > 100

    page.reason_edit.moveCursor(page.reason_edit.textCursor().MoveOperation.End)
    page.reason_edit.insertPlainText("  Moje słowa 😀  \n\n")  # keyClicks aborts on emoji
    qtbot.mouseClick(page.reason_copy, Qt.MouseButton.LeftButton)
    copied = expected + "  Moje słowa 😀"
    assert clipboard_text() == copied
    assert session.progress.reason_copied_text == copied
    copied_at = from_iso(session.progress.reason_copied_at)
    assert abs(copied_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)

    # A restart: a new session and page on the same data file.
    again = make_page(qtbot, guide, make_session(data_dir))
    assert again.reason_edit.toPlainText() == expected + "  Moje słowa 😀  \n\n"
    assert again.reason_editor.points() == ["photos", "likeness"]
    assert again.reason_editor.tone() == "short"
    assert again.reason_editor.language() == lang
    assert again.session.progress.reason_copied_text == copied


def test_tone_and_language_choices_survive_a_restart(qtbot, guide, data_dir):
    session = make_session(data_dir, account="facebook", country="FR", email="a@b.example")
    page = make_page(qtbot, guide, session)
    editor = page.reason_editor
    assert editor.language_combo.currentData() == "fr"
    editor.point_boxes["creative"].setChecked(True)
    editor.tone_combo.setCurrentIndex(editor.tone_combo.findData("formal"))
    index = editor.language_combo.findData("it")
    editor.language_combo.setCurrentIndex(index)
    editor.language_combo.activated.emit(index)
    assert "Con la presente" in page.reason_edit.toPlainText()
    assert session.progress.reason_language == "it"
    assert session.progress.reason_tone == "formal"

    again = make_page(qtbot, guide, make_session(data_dir))
    assert again.reason_editor.language_combo.currentData() == "it"
    assert again.reason_editor.tone_combo.currentData() == "formal"
    assert again.reason_edit.toPlainText() == page.reason_edit.toPlainText()


def test_language_follows_the_country_until_chosen(qtbot, guide, data_dir):
    session = make_session(data_dir, account="facebook", country="AT", email="a@b.example")
    page = make_page(qtbot, guide, session)
    page.reason_editor.point_boxes["photos"].setChecked(True)
    assert "Ich widerspreche" in page.reason_edit.toPlainText()
    assert session.progress.reason_language is None
    # The person goes back and picks another country: an untouched text follows it.
    session.update(country="ES")
    page.refresh()
    assert page.reason_editor.language() == "es"
    assert page.reason_edit.toPlainText().startswith("Me opongo")


def test_ticking_after_an_edit_keeps_the_persons_text(page):
    editor = page.reason_editor
    editor.point_boxes["photos"].setChecked(True)
    page.reason_edit.setPlainText("My very own words, which nobody should overwrite.")
    editor.point_boxes["children"].setChecked(True)
    assert page.reason_edit.toPlainText() == "My very own words, which nobody should overwrite."
    assert not editor.composer_status.isHidden()


YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.mark.parametrize(("answer", "replaced"), [(NO, False), (YES, True)])
def test_recomposing_after_an_edit_asks_first(page, monkeypatch, answer, replaced):
    asked = []

    def fake_question(*args, **kwargs):
        asked.append(args)
        return answer

    monkeypatch.setattr("optout_gui.ui.wizard.reason_editor.QMessageBox.question", fake_question)
    editor = page.reason_editor
    editor.point_boxes["photos"].setChecked(True)
    assert not asked  # an untouched text is simply rewritten
    own = "I wrote this myself and it matters to me."
    page.reason_edit.setPlainText(own)
    editor.compose_button.click()
    assert len(asked) == 1
    if replaced:
        assert page.reason_edit.toPlainText() == editor.composed_text()
        page.reason_edit.undo()  # the person's version is one Undo away
        assert page.reason_edit.toPlainText() == own
    else:
        assert page.reason_edit.toPlainText() == own


def test_compose_into_an_empty_editor_does_not_ask(page, monkeypatch):
    monkeypatch.setattr(
        "optout_gui.ui.wizard.reason_editor.QMessageBox.question",
        lambda *a, **k: pytest.fail("asked without need"),
    )
    page.reason_editor.compose_button.click()
    assert len(page.reason_edit.toPlainText()) > 100  # opening, law and closing


def test_undo_and_redo_buttons(page):
    editor = page.reason_editor
    assert not editor.undo_button.isEnabled()
    editor.point_boxes["photos"].setChecked(True)
    composed = page.reason_edit.toPlainText()
    assert editor.undo_button.isEnabled()
    editor.undo_button.click()
    assert page.reason_edit.toPlainText() == ""
    assert editor.redo_button.isEnabled()
    editor.redo_button.click()
    assert page.reason_edit.toPlainText() == composed


def test_copy_puts_the_exact_normalised_text_on_the_clipboard(page):
    page.reason_edit.setPlainText("  First line   \r\nSecond line\u2028third\n\n\n")
    assert page.copy_reason()
    assert clipboard_text() == "First line\nSecond line\nthird"
    status = page.reason_status.text()
    assert "Copied your reason (28 characters)" in status
    assert "impacts you" in status


def test_the_preview_shows_what_will_be_copied(page):
    editor = page.reason_editor
    page.reason_edit.setPlainText("\n  Hello there  \n")
    editor.preview_toggle.setChecked(True)
    assert not editor.preview.isHidden()
    assert editor.preview.toPlainText() == "Hello there"
    page.reason_edit.setPlainText("Changed")
    assert editor.preview.toPlainText() == "Hello there"  # only after typing pauses
    editor.flush()
    assert editor.preview.toPlainText() == "Changed"


def test_keyboard_shortcut_copies_the_reason(page):
    editor = page.reason_editor
    assert editor.copy_shortcut.key() == QKeySequence("Ctrl+Shift+C")
    page.reason_edit.setPlainText("A reason that is copied with the keyboard.")
    editor.copy_shortcut.activated.emit()
    assert clipboard_text() == "A reason that is copied with the keyboard."


def test_email_keeps_its_own_copy_button(page):
    page.reason_edit.setPlainText("Reason text")
    page.email_copy.click()
    assert clipboard_text() == "a@example.com"


def test_a_refused_clipboard_is_explained_and_the_text_selected(page, monkeypatch):
    monkeypatch.setattr("optout_gui.ui.wizard.reason_editor.copy_to_clipboard", lambda text: False)
    page.reason_edit.setPlainText("Some reason")
    assert not page.copy_reason()
    assert "didn't work" in page.reason_status.text()
    assert page.reason_edit.textCursor().selectedText() == "Some reason"
    assert page.session.progress.reason_copied_text is None


def test_copying_nothing_says_so(page):
    page.reason_edit.setPlainText("   \n ")
    assert not page.copy_reason()
    assert "empty" in page.reason_status.text()


def test_a_short_reason_gets_no_length_hint_and_a_long_one_a_warning(page):
    """No source gives a minimum length (issue #26): a short reason shows no hint and
    no number; only a very long one gets advice, never a block."""
    editor = page.reason_editor
    page.reason_edit.setPlainText("Too short.")
    editor.flush()
    assert editor.length_status.isHidden()
    assert editor.length_status.text() == ""
    assert editor.count_label.text() == "10 characters"
    assert page.copy_reason()
    page.reason_edit.setPlainText("x" * 150)
    editor.flush()
    assert editor.length_status.isHidden()
    page.reason_edit.setPlainText("word " * 1000)
    editor.flush()
    assert "very long" in editor.length_status.text()


def test_typing_does_no_per_key_work_on_a_big_text(page, monkeypatch):
    editor = page.reason_editor
    page.reason_edit.setPlainText("Lorem ipsum dolor sit amet. " * 3700)  # about 100 KB
    editor.flush()
    calls = {"normalise": 0, "save": 0}
    real_normalise = reasons.normalise
    real_save = page.session.store.save

    def counting_normalise(text):
        calls["normalise"] += 1
        return real_normalise(text)

    def counting_save():
        calls["save"] += 1
        return real_save()

    monkeypatch.setattr(reasons, "normalise", counting_normalise)
    monkeypatch.setattr(page.session.store, "save", counting_save)
    qtbot_keys = "twenty more letters!"
    for char in qtbot_keys:
        page.reason_edit.insertPlainText(char)
    assert calls == {"normalise": 0, "save": 0}
    assert editor.count_label.text() == f"{len(page.reason_edit.toPlainText())} characters"
    editor.flush()
    assert calls == {"normalise": 1, "save": 1}
    assert page.session.progress.reason.startswith(qtbot_keys)  # cursor starts at the top


@pytest.mark.slow
def test_a_megabyte_of_any_unicode_is_cut_to_the_limit_with_a_message(qtbot, guide, data_dir, page):
    from optout_gui.core.limits import REASON_MAX

    chunk = "emoji 😀👩‍👩‍👧 עברית ومرحبا 漢字 \u200f\u202e text\u0000 "
    big = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    page.reason_edit.insertPlainText(big)
    page.reason_editor.flush()
    saved = page.session.progress.reason
    assert saved == big[:REASON_MAX]  # cut after whole characters, never inside an emoji
    assert str(f"{REASON_MAX:,}") in page.reason_editor.limit_status.text()
    assert page.reason_editor.limit_status.isVisibleTo(page)
    assert page.copy_reason()
    assert clipboard_text() == reasons.normalise(page.reason_edit.toPlainText())
    again = make_page(qtbot, guide, make_session(data_dir))
    assert again.reason_edit.toPlainText() == saved
    assert not again.reason_editor.limit_status.isVisibleTo(again)


def test_a_damaged_language_file_is_named_and_english_used(qtbot, guide, data_dir, tmp_path):
    base = tmp_path / "reasons"
    base.mkdir()
    for lang in reasons.LANGUAGES:
        (base / f"{lang}.toml").write_bytes(reasons_path(lang).read_bytes())
    (base / "de.toml").write_text("format = 1\nlanguage = 'de'\n[tones.short\n", encoding="utf-8")
    session = make_session(data_dir, account="facebook", country="DE", email="a@b.example")
    page = make_page(qtbot, guide, session, library=ReasonLibrary(base))
    editor = page.reason_editor
    assert not editor.template_status.isHidden()
    assert str(base / "de.toml") in editor.template_status.text()
    editor.point_boxes["photos"].setChecked(True)
    assert page.reason_edit.toPlainText().startswith("I object")


def test_an_unusable_english_file_still_leaves_the_editor(qtbot, guide, data_dir, tmp_path):
    base = tmp_path / "reasons"
    base.mkdir()
    session = make_session(data_dir, account="facebook", country="GB", email="a@b.example")
    page = make_page(qtbot, guide, session, library=ReasonLibrary(base))
    assert "en.toml" in page.reason_editor.template_status.text()
    assert not page.reason_editor.compose_button.isEnabled()
    page.reason_edit.setPlainText("Typed by hand")
    assert page.copy_reason()


# --- in the wizard ---------------------------------------------------------------
@pytest.fixture
def wizard(qtbot, guide, data_dir):
    from optout_gui.ui.wizard.window import ObjectionWizard, PageId

    session = make_session(data_dir, account="facebook", country="DE", email="a@b.example")
    wizard = ObjectionWizard(guide, session)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.restart()
    while wizard.currentId() != PageId.FILL_FORM:
        wizard.next()
    yield wizard
    for box in wizard.findChildren(QMessageBox):
        box.close()


def test_next_with_an_empty_reason_goes_on_without_a_box(qtbot, wizard):
    """Issue #27 item 9: the reason is optional, so nothing stops the person."""
    from optout_gui.ui.wizard.window import PageId

    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.CODE
    assert wizard.findChildren(QMessageBox) == []
    assert QApplication.activeModalWidget() is None


def test_next_with_a_reason_saves_it_without_a_notice(qtbot, wizard):
    from optout_gui.ui.wizard.window import PageId

    page = wizard.page(PageId.FILL_FORM)
    page.reason_edit.setFocus()
    qtbot.keyClicks(page.reason_edit, "Typed just before pressing Next")
    assert wizard.session.progress.reason == ""  # not saved on every key
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.CODE
    assert wizard.session.progress.reason == "Typed just before pressing Next"
    assert wizard.findChild(QMessageBox, "empty_reason_notice") is None


def test_closing_the_window_keeps_the_last_keystrokes(qtbot, wizard, data_dir):
    from optout_gui.ui.wizard.window import PageId

    page = wizard.page(PageId.FILL_FORM)
    qtbot.keyClicks(page.reason_edit, "Closed at once")
    wizard.reject()
    assert make_session(data_dir).progress.reason == "Closed at once"


def test_start_over_clears_the_composer(qtbot, wizard):
    from optout_gui.ui.wizard.window import PageId

    page = wizard.page(PageId.FILL_FORM)
    page.reason_editor.point_boxes["photos"].setChecked(True)
    wizard.start_over()
    assert page.reason_edit.toPlainText() == ""
    assert page.reason_editor.points() == []
