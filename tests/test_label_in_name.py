"""Spoken names contain the visible words (WCAG 2.2 SC 2.5.3 Label in Name), headings,
roles and Tab order (issue 28), over every page and dialog."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from optout_gui.core.guide import load_guide
from optout_gui.ui.common.headings import install_heading_factory
from optout_gui.ui.wizard.window import STEP_FOR_PAGE, PageId
from tests.a11y import accessible_name, describe, interactive_widgets
from tests.test_accessibility import has_buddy_label, windows

GUIDE = load_guide()


def visible_words(text: str) -> str:
    """What a voice-control user reads off the screen and says: no mnemonic marks, no
    trailing colon or ellipsis, no "<" or ">" arrows."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"[<>▸▾…:]", " ", text)
    return " ".join(text.split()).lower()


def visible_label(widget, root) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text()
    label = has_buddy_label(widget, root)
    return label.text() if label is not None else ""


@pytest.fixture
def wizard(wizard):
    wizard.session.update(account="facebook", country="DE", email="ann@example.org", reason="No.")
    wizard.restart()
    return wizard


def test_every_spoken_name_starts_with_the_visible_words(qtbot, store, wizard):
    wrong = []
    looked = 0
    for where, root in windows(qtbot, store, wizard):
        for widget in interactive_widgets(root):
            shown = visible_words(visible_label(widget, root))
            if not shown:
                continue
            looked += 1
            name = accessible_name(widget)
            if isinstance(widget, QComboBox) and not widget.accessibleName():
                name = shown  # Qt names a combo box after its buddy label
            if not visible_words(name).startswith(shown):
                wrong.append(f"{where}: {describe(widget)} shows {shown!r}, is named {name!r}")
    assert looked > 50
    assert wrong == [], "\n".join(wrong)


def headings_in(root) -> list[str]:
    """The names of everything a screen reader lists as a heading in ``root``."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(label)
        if interface is not None and interface.role() == QAccessible.Role.Heading:
            found.append(interface.text(QAccessible.Text.Name))
    return found


def test_titles_are_headings(qtbot, store, wizard):
    install_heading_factory()  # the app installs it after the first paint, or at once for AT
    seen = {}
    for where, root in windows(qtbot, store, wizard):
        if root is wizard:
            wizard.mark_title_heading()  # the wizard does it after its first paint
        seen[where] = headings_in(root)
    for page_id in PageId:
        title = GUIDE.step_text(STEP_FOR_PAGE[page_id], "title")
        assert title in seen[f"wizard page {page_id.name}"], page_id.name
    assert "Your objections" in seen["overview"]
    assert {"Facts", "History"} <= set(seen["history"]), seen["history"]
    assert seen["history"][0].startswith("Facebook")  # the dialog's own title first
    # Plain paragraphs stay plain text.
    assert all(len(name) < 120 for names in seen.values() for name in names)
