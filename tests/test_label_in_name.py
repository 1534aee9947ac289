"""Spoken names contain the visible words (WCAG 2.2 SC 2.5.3 Label in Name), headings,
roles and Tab order (issue 28), over every page and dialog."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
)

from optout_gui.core.guide import load_guide
from optout_gui.ui.common.roles import install_heading_factory, without_mnemonic
from optout_gui.ui.wizard.window import STEP_FOR_PAGE, PageId
from tests.a11y import accessible_name, describe, interactive_widgets
from tests.helpers import go_to, scroll_area_of
from tests.test_accessibility import has_buddy_label, tab_chain, windows

GUIDE = load_guide()


def visible_words(text: str) -> str:
    """What a voice-control user reads off the screen and says: no mnemonic marks, no
    trailing colon or ellipsis, no "<" or ">" arrows."""
    text = re.sub(r"[<>▸▾…:]", " ", without_mnemonic(text))
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


def position(widget, area) -> tuple[int, int]:
    """Where ``widget`` is, in its scroll area's content (scrolled or not) or the window."""
    if area is None:
        point = widget.mapTo(widget.window(), widget.rect().topLeft())
    else:
        point = (
            widget.mapTo(area.widget(), widget.rect().topLeft())
            if area.widget()
            else (widget.mapTo(area.viewport(), widget.rect().topLeft()))
        )
    return point.y(), point.x()


def reading_key(widget) -> tuple:
    """Where ``widget`` comes in reading order: by the place of its scroll area in the
    window (or its own), then by its place in the area's content."""
    area = scroll_area_of(widget)
    return position(area or widget, None) + position(widget, area)


def backwards_steps(chain: list) -> list[str]:
    """Steps of the Tab order that go up, or left along the same line, among the controls
    of one scroll area (the page's content) or of the window around it (the buttons)."""
    wrong = []
    groups: dict = {}
    for widget in chain:
        groups.setdefault(scroll_area_of(widget), []).append(widget)
    for area, members in groups.items():
        for before, after in zip(members, members[1:], strict=False):
            (y0, x0), (y1, x1) = position(before, area), position(after, area)
            same_line = abs(y1 - y0) < min(before.height(), after.height()) // 2
            if (same_line and x1 < x0) or (not same_line and y1 < y0):
                wrong.append(f"{describe(before)} {y0, x0} → {describe(after)} {y1, x1}")
    return wrong


def test_tab_order_follows_the_screen(qtbot, store, wizard):
    wrong = []
    for where, root in windows(qtbot, store, wizard):
        with qtbot.waitActive(root):
            root.activateWindow()
        controls = [
            w
            for w in interactive_widgets(root)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        chain = []
        for widget in tab_chain(qtbot, root, controls[0], steps=len(controls) + 5):
            if chain and widget is chain[0]:
                break  # once round the window
            chain.append(widget)
        # The round starts at the top left of the window (the step list, in the wizard).
        start = min(
            range(len(chain)),
            key=lambda i: reading_key(chain[i]),
        )
        chain = chain[start:] + chain[:start]
        wrong += [f"{where}: {step}" for step in backwards_steps(chain)]
    assert wrong == [], "\n".join(wrong)


def test_screen_readers_read_each_page_in_the_order_it_shows(wizard):
    """The accessibility tree lists a page's texts and controls top to bottom (the notice
    page puts the account's text above the introduction)."""
    wrong = []
    for page_id in PageId:
        go_to(wizard, page_id)
        content = wizard.currentPage().scroll_area.widget()
        interface = QAccessible.queryAccessibleInterface(content)
        tops = []
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is None or child.rect().isEmpty():
                continue
            tops.append(child.rect())
        assert len(tops) >= 2, page_id.name
        for a, b in zip(tops, tops[1:], strict=False):
            beside = b.top() < a.bottom() and a.top() < b.bottom()  # on the same band
            if (beside and b.left() < a.left()) or (not beside and b.top() < a.top()):
                wrong.append(f"{page_id.name}: {a} then {b}")
    assert wrong == [], "\n".join(wrong)


def test_disclosure_toggles_are_buttons_with_an_expanded_state(wizard):
    """ "Help me write it" and "Show exactly what will be copied" show or hide a part of
    the page: a button that is expanded or collapsed, not a check box."""
    install_heading_factory()
    go_to(wizard, PageId.FILL_FORM)
    editor = wizard.currentPage().reason_editor
    for toggle in (editor.composer_toggle, editor.preview_toggle):
        toggle.setChecked(False)
        interface = QAccessible.queryAccessibleInterface(toggle)
        assert interface.role() == QAccessible.Role.Button
        assert interface.text(QAccessible.Text.Name) == toggle.text().replace("&", "")
        state = interface.state()
        assert state.expandable and not state.expanded and not state.checkable
        actions = interface.actionInterface()
        actions.doAction(actions.pressAction())  # what a screen reader's "activate" does
        assert toggle.isChecked() and interface.state().expanded
    assert editor.composer.isVisible() and editor.preview.isVisible()


def test_the_welcome_pages_disclosures_are_buttons_with_an_expanded_state(wizard):
    """ "About this assistant" and "What's new" (ui/common/reading.py's Disclosure) show or
    hide a part of the page: a button that is expanded or collapsed, not a check box. The
    app installs what makes them so itself (no install_heading_factory here)."""
    go_to(wizard, PageId.WELCOME)
    page = wizard.currentPage()
    for disclosure in (page.more, page.news):
        toggle = disclosure.toggle
        toggle.setChecked(False)
        interface = QAccessible.queryAccessibleInterface(toggle)
        assert interface.role() == QAccessible.Role.Button
        assert interface.text(QAccessible.Text.Name) == without_mnemonic(disclosure.title)
        state = interface.state()
        assert state.expandable and not state.expanded and not state.checkable
        actions = interface.actionInterface()
        actions.doAction(actions.pressAction())  # what a screen reader's "activate" does
        assert toggle.isChecked() and interface.state().expanded
        assert disclosure.content.isVisibleTo(page)


def test_a_page_title_is_a_heading_once_the_page_has_painted(qtbot, wizard):
    """The title QWizard shows is a heading on the first page and on every page after it,
    by the app's own timing (no install_heading_factory or mark_title_heading here)."""
    for page_id in (PageId.WELCOME, PageId.NOTICE):
        go_to(wizard, page_id)
        title = GUIDE.step_text(STEP_FOR_PAGE[page_id], "title")
        qtbot.waitUntil(lambda title=title: title in headings_in(wizard), timeout=2000)


@pytest.mark.parametrize("reason", ["Please don't.", "Nie zgadzam się. " * 300])
def test_the_phone_codes_dialog_starts_on_a_named_control(qtbot, wizard, reason):
    wizard.session.update(reason=reason)
    go_to(wizard, PageId.FILL_FORM)
    page = wizard.currentPage()
    page.reason_editor.load(reason)
    dialog = page.show_on_phone()
    qtbot.addWidget(dialog)
    focused = dialog.focusWidget()  # where the keyboard is when the dialog is active
    assert isinstance(focused, QAbstractButton)
    assert accessible_name(focused)
    expected = dialog.split_button if len(reason) > 2000 else dialog.close_button
    assert focused is expected
    dialog.close()
