"""Spoken names contain the visible words (WCAG 2.2 SC 2.5.3 Label in Name), headings,
roles and Tab order (issue 28), over every page and dialog."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox

from tests.a11y import accessible_name, describe, interactive_widgets
from tests.test_accessibility import has_buddy_label, windows


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
