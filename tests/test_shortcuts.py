"""Keyboard shortcuts (Alt+letter) are unique on every page and dialog, in every language.

A shortcut letter shared by two visible controls makes Alt+letter cycle between them instead
of acting, so the check runs over what a person can see at once: every wizard page with the
wizard's own buttons, the overview, the history and the complaint dialogs.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from optout_gui.core import languages
from optout_gui.core.guide import load_guide
from optout_gui.core.session import ObjectionSession
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common import i18n
from optout_gui.ui.tracker.complaint import ComplaintDialog
from optout_gui.ui.tracker.history import HistoryDialog
from optout_gui.ui.tracker.overview import OverviewWidget
from optout_gui.ui.wizard.window import ObjectionWizard, PageId
from tests.helpers import go_to

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt_BR")
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def shortcut_of(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def visible_shortcuts(root: QWidget) -> dict[str, list[str]]:
    """Shortcut letter -> the visible texts that use it, under the window ``root``."""
    found: dict[str, list[str]] = defaultdict(list)
    candidates: list[tuple[QWidget, str]] = []
    for button in root.findChildren(QAbstractButton):
        candidates.append((button, button.text()))
    for label in root.findChildren(QLabel):
        if label.buddy() is not None:
            candidates.append((label, label.text()))
    for box in root.findChildren(QGroupBox):
        candidates.append((box, box.title()))
    for widget, text in candidates:
        if not widget.isVisibleTo(root):
            continue
        letter = shortcut_of(text)
        if letter:
            found[letter].append(text)
    return found


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in visible_shortcuts(root).items() if len(v) > 1}


def test_the_checker_finds_a_clash(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QPushButton("< &Terug"))
    layout.addWidget(QPushButton("Vol&tooien"))
    layout.addWidget(QPushButton("&Copy"))
    layout.addWidget(QPushButton("Rock && &roll"))
    window.show()
    assert clashes(window) == {"t": ["< &Terug", "Vol&tooien"]}
    assert shortcut_of("Rock && &roll") == "r"


@pytest.fixture
def store(tmp_path):
    store = ObjectionStore.in_folder(tmp_path / "data")
    store.load()
    return store


pytestmark = pytest.mark.usefixtures("app_language_restored")  # back to English after each


def sent_record(store, country):
    record = store.new()
    session = ObjectionSession(store, record.id)
    session.update(account="facebook", country=country, email="ann@example.org")
    session.record_copied_reason("Please don't.", "2025-05-01T08:01:00+00:00")
    session.update(finished_at="2025-05-01T08:05:00+00:00")
    return store.get(record.id)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_and_dialog_has_unique_shortcuts(qtbot, qapp, store, language):
    if language != "en":
        assert language in languages.available_languages()
    assert i18n.install_language(qapp, language) == language
    guide = load_guide(language=language)
    problems = {}

    record = store.new()
    session = ObjectionSession(store, record.id)
    session.update(account="facebook", country="DE", email="ann@example.org", reason="No.")
    wizard = ObjectionWizard(guide, session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    try:
        for page_id in PageId:
            go_to(wizard, page_id)
            found = clashes(wizard)
            if found:
                problems[f"wizard page {page_id.name}"] = found
    finally:
        wizard.code_timer.stop_ticking()

    overview = OverviewWidget(store)
    qtbot.addWidget(overview)
    overview.show()
    problems["overview"] = clashes(overview)
    sent = sent_record(store, "GB")
    history = HistoryDialog(store, sent.id)
    qtbot.addWidget(history)
    history.show()
    problems["history"] = clashes(history)
    for country in ("DE", "GB", "BE"):
        complaint = ComplaintDialog(sent_record(store, country))
        qtbot.addWidget(complaint)
        complaint.show()
        if country == "DE":  # the state and the letter rows appear once a state is chosen
            complaint.state.setCurrentIndex(1)
        QApplication.processEvents()
        problems[f"complaint {country}"] = clashes(complaint)
    problems = {where: found for where, found in problems.items() if found}
    assert not problems, f"{language}: {problems}"
