"""Switching the language at once, and layouts that hold in German at 150 % font size."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWizard

from optout_gui.core import languages
from optout_gui.core.guide import guide_path, load_guide
from optout_gui.core.session import ObjectionSession
from optout_gui.ui.common import i18n
from optout_gui.ui.controller import AppController
from optout_gui.ui.tracker.complaint import ComplaintDialog
from optout_gui.ui.tracker.history import HistoryDialog
from optout_gui.ui.tracker.overview import OverviewWidget
from optout_gui.ui.wizard.window import ObjectionWizard, PageId
from tests.helpers import click, go_to, start_code
from tests.test_translations import delivered, messages

FIXTURE = Path(__file__).parent / "fixtures" / "optout_de.ts"
REAL_DE = languages.translations_dir() / "optout_de.ts"


pytestmark = pytest.mark.usefixtures("app_language_restored")  # back to English after each


@pytest.fixture
def fixture_german(tmp_path, monkeypatch):
    """resources/translations replaced by a folder holding only the tiny German fixture."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "optout_de.ts")
    monkeypatch.setattr(languages, "translations_dir", lambda: folder)
    return folder


# --- installing -----------------------------------------------------------------------
def test_install_compiles_the_ts_into_the_cache_once(qapp, fixture_german, tmp_path):
    cache = tmp_path / "cache"
    assert i18n.install_language(qapp, "de", cache) == "de"
    compiled = list(cache.glob("optout_de-*.qm"))
    assert len(compiled) == 1
    assert qapp.translate("WelcomePage", "&Where do you live?") == "&Wo wohnst du?"
    assert qapp.translate("QWizard", "Cancel") == "Abbrechen"  # Qt's own qtbase_de
    assert QLocale().language() == QLocale.Language.German
    # A changed .ts gets a new file; the old one is removed.
    ts = fixture_german / "optout_de.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace("Wo wohnst du?", "Wo lebst du?"),
        encoding="utf-8",
    )
    i18n.install_language(qapp, "de", cache)
    assert qapp.translate("WelcomePage", "&Where do you live?") == "&Wo lebst du?"
    assert [p.name for p in cache.glob("optout_de-*.qm")] != [compiled[0].name]
    assert len(list(cache.glob("optout_de-*.qm"))) == 1


def test_a_current_shipped_qm_is_used_without_compiling(qapp, fixture_german, tmp_path):
    qm = fixture_german / "optout_de.qm"
    assert i18n.compile_ts(fixture_german / "optout_de.ts", qm)
    assert i18n.qm_file("de", tmp_path / "cache") == qm
    assert not (tmp_path / "cache").exists()


def test_english_and_unknown_codes_remove_every_translation(qapp, fixture_german):
    i18n.install_language(qapp, "de")
    assert i18n.install_language(qapp, "xx") == "en"
    assert qapp.translate("WelcomePage", "&Where do you live?") == "&Where do you live?"
    assert qapp.translate("QWizard", "Cancel") == "Cancel"
    assert i18n.current_language() == "en"


def test_without_lrelease_the_app_stays_in_english(qapp, fixture_german, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    assert i18n.install_language(qapp, "de", tmp_path / "cache") == "en"


def test_system_language_is_matched(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert i18n.system_language(["en", "de", "fr"]) == "de"


# --- switching in a running app ---------------------------------------------------------
def choose_language(chooser, code: str) -> None:
    index = chooser.combo.findData(code)
    assert index >= 0, f"{code} is not offered"
    chooser.combo.setCurrentIndex(index)
    chooser.combo.activated.emit(index)


def test_switching_on_the_welcome_page_rebuilds_it_in_german_at_once(
    qtbot, qapp, store, fixture_german
):
    controller = AppController(load_guide(), store, on_all_closed=lambda: None)
    wizard = controller.start()
    qtbot.addWidget(wizard)
    page = wizard.currentPage()
    click(qtbot, page.account_buttons["instagram"])
    assert page.account_box.title() == "Which account do you want to object for?"

    choose_language(page.language_chooser, "de")

    new = controller.wizard
    qtbot.addWidget(new)
    assert new is not wizard and new.isVisible() and not wizard.isVisible()
    page = new.currentPage()
    assert new.currentId() == PageId.WELCOME
    assert page.account_box.title() == "Für welches Konto möchtest du widersprechen?"
    assert page.country_label.text() == "&Wo wohnst du?"
    assert page.account_buttons["instagram"].isChecked()  # the answer survived
    assert new.button(QWizard.WizardButton.NextButton).text() == "&Weiter >"
    assert new.button(QWizard.WizardButton.CancelButton).text() == "Abbrechen"
    assert new.button(QWizard.WizardButton.BackButton).text() == "< &Zurück"
    assert "Schritt 1 von 8" in new.windowTitle()
    assert page.language_chooser.current() == "de"
    assert new.focusWidget() is page.language_chooser.combo  # the keyboard stays put
    names = [page.country_combo.itemText(i) for i in range(page.country_combo.count())]
    assert "Deutschland" in names and names.index("Österreich") < names.index("Polen")
    assert store.ids() == [controller.wizard.session.record_id]  # no second objection

    new.code_timer.stop_ticking()


def test_switching_keeps_the_page_and_the_countdown(qtbot, qapp, store, fixture_german):
    record = store.new()
    session = ObjectionSession(store, record.id)
    session.update(account="facebook", country="DE", email="a@example.org", reason="No.")
    controller = AppController(load_guide(), store, on_all_closed=lambda: None)
    wizard = controller.open_wizard(record.id)
    qtbot.addWidget(wizard)
    while wizard.currentId() != PageId.CODE:
        wizard.next()
    start_code(wizard.currentPage())
    assert wizard.code_timer.state() == "running"

    controller.set_language("de")

    new = controller.wizard
    qtbot.addWidget(new)
    assert new.currentId() == PageId.CODE
    assert new.code_timer.state() == "running"
    assert not wizard.code_timer.is_ticking()
    new.code_timer.stop_ticking()


def test_switching_on_the_overview_rebuilds_it_and_closes_dialogs(
    qtbot, qapp, store, fixture_german
):
    record = store.new()
    ObjectionSession(store, record.id).update(account="facebook", email="a@example.org")
    controller = AppController(load_guide(), store, on_all_closed=lambda: None)
    overview = controller.start()
    qtbot.addWidget(overview)
    dialog = controller.open_history(record.id)
    assert dialog.isVisible()

    choose_language(overview.language_chooser, "de")

    new = controller.overview
    qtbot.addWidget(new)
    assert new is not overview and new.isVisible() and not overview.isVisible()
    assert not dialog.isVisible()
    assert new.heading.text() == "Deine Widersprüche"
    assert new.language_chooser.current() == "de"


@pytest.mark.skipif(
    not REAL_DE.exists() or not delivered(REAL_DE) or not guide_path("de").exists(),
    reason="needs the real German translation (optout_de.ts, guides/de.toml): translator pending",
)
def test_real_german_on_the_welcome_page(qtbot, qapp, store):
    controller = AppController(load_guide(), store, on_all_closed=lambda: None)
    wizard = controller.start()
    qtbot.addWidget(wizard)
    choose_language(wizard.currentPage().language_chooser, "de")
    new = controller.wizard
    qtbot.addWidget(new)
    page = new.currentPage()
    german = load_guide(language="de")
    source = messages(REAL_DE)
    assert page.title() == german.steps["welcome"]["title"]
    assert page.intro.text().startswith(german.steps["welcome"]["text"][:20])
    for text, (context, english) in (
        (page.account_box.title(), ("WelcomePage", "Which account do you want to object for?")),
        (page.country_label.text(), ("WelcomePage", "&Where do you live?")),
    ):
        assert text == source[(context, english)].findtext("translation")
        assert text != english
    assert new.button(QWizard.WizardButton.NextButton).text() == "&Weiter >"
    assert new.button(QWizard.WizardButton.CancelButton).text() == "Abbrechen"
    new.code_timer.stop_ticking()


# --- nothing cut off: German, 150 % font, 800x600 ------------------------------------------
@pytest.fixture
def big_font(qapp):
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield
    qapp.setFont(font)


def clipped(root) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or label.width() <= 1:
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                problems.append(f"{label.text()[:50]!r}: needs {need}px, has {label.height()}")
        elif label.pixmap().isNull() and label.sizeHint().width() > label.width() + 1:
            problems.append(f"{label.text()[:50]!r}: {label.sizeHint().width()}>{label.width()}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.sizeHint().width() > button.width() + 1:
            problems.append(
                f"button {button.text()!r}: {button.sizeHint().width()}>{button.width()}"
            )
    return problems


@pytest.mark.parametrize("code", ["en", "de"])
def test_nothing_is_cut_off_at_800x600_with_a_big_font(qtbot, qapp, store, big_font, code):
    """In German this uses the real translation once it exists (until then: English text)."""
    i18n.install_language(qapp, code)
    guide = load_guide(language=code) if guide_path(code).exists() else load_guide()
    record = store.new()
    session = ObjectionSession(store, record.id)
    session.update(account="instagram", country="NO", email="ann@example.org", reason="No.")
    wizard = ObjectionWizard(guide, session)
    qtbot.addWidget(wizard)
    wizard.resize(800, 600)
    wizard.show()
    wizard.restart()
    problems = []
    for page_id in PageId:
        go_to(wizard, page_id)
        assert wizard.width() <= 800 and wizard.height() <= 600
        problems += [f"{page_id.name}: {p}" for p in clipped(wizard)]
    wizard.code_timer.stop_ticking()
    session.update(finished_at="2025-05-01T08:00:00+00:00")
    for window in (
        OverviewWidget(store),
        HistoryDialog(store, record.id),
        ComplaintDialog(store.get(record.id), country_names={"NO": "Norway"}),
    ):
        qtbot.addWidget(window)
        window.resize(800, 600)
        window.show()
        QApplication.processEvents()
        problems += [f"{window.objectName()}: {p}" for p in clipped(window)]
    assert problems == [], "\n".join(problems)


def test_the_clipping_check_can_fail(qtbot):
    label = QLabel("A sentence far too long for the little space it was given here.")
    label.setWordWrap(True)
    qtbot.addWidget(label)
    label.setFixedSize(60, 20)
    label.show()
    assert clipped(label.parentWidget() or _holder(qtbot, label))


def _holder(qtbot, widget):
    from PySide6.QtWidgets import QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    widget.setParent(holder)
    widget.show()
    holder.show()
    return holder


@pytest.mark.parametrize("language", languages.available_languages())
def test_country_list_is_in_the_order_icu_gives(qapp, language, tmp_path):
    """The welcome page sorts without ICU (start-up time); its order must still be the
    one Qt's collator gives for every shipped guide."""
    from PySide6.QtCore import QCollator, QLocale

    from optout_gui.core.guide import guide_for
    from optout_gui.core.languages import name_sort_key

    guide = guide_for(language)
    names = [c.name for c in guide.countries.values() if c.code != "OTHER"]
    collator = QCollator(QLocale(language))
    assert sorted(names, key=lambda n: name_sort_key(n, language)) == sorted(
        names, key=collator.sortKey
    )
