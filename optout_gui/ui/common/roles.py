"""Roles Qt gives no setter for: headings, and disclosure buttons (WCAG 2.2 SC 1.3.1, 4.1.2).

Titles that screen readers know as headings (SC 2.4.6).

A QLabel is "static text" to assistive technology, so heading navigation (H in Orca and
NVDA) found nothing. Qt has the Heading role but no setter for it on a widget: an
accessibility factory gives the labels marked here an interface with that role. Their
name is their text; everything else is Qt's own (QAccessibleWidget).

The factory is installed when the first heading or disclosure is marked (it costs a tenth
of a millisecond). Widgets a screen reader asked about before then get their interface made
again, with their role.

Disclosure buttons ("Help me write it", "▸ About this assistant") are checkable
buttons that show or hide a part of the page. Qt announces every checkable button as a check
box; these are announced as buttons that are expanded or collapsed, which is what they do
(the WAI-ARIA disclosure pattern), and pressing them through the screen reader works.

Qt 6.8's heading level (QAccessibleAttributesInterface) can't be given from Python; screen
readers then treat every heading as one level, which the app's simple windows allow.
"""

from __future__ import annotations

import atexit
import weakref

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QWidget

HEADING_PROPERTY = "accessibleHeading"
DISCLOSURE_PROPERTY = "accessibleDisclosure"
_marked: weakref.WeakSet = weakref.WeakSet()
_installed = False
_closing = False
_made: list = []  # the interfaces made here, alive (see _forget_interfaces)


def without_mnemonic(text: str) -> str:
    """``text`` as shown: without the "&" marking its shortcut letter ("&&" shows one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def install_heading_factory() -> None:
    """Give marked labels the Heading role (once; tests call it directly)."""
    global _installed
    if _installed:
        return
    _installed = True

    class HeadingInterface(QAccessibleWidget):
        def __init__(self, label: QLabel):
            super().__init__(label, QAccessible.Role.Heading)

        def text(self, kind):
            if kind == QAccessible.Text.Name:
                label = self.widget()
                return without_mnemonic(label.accessibleName() or label.text())
            return super().text(kind)

    class DisclosureInterface(QAccessibleWidget):
        """A button that shows or hides a part of the page: expanded while checked."""

        def __init__(self, button):
            super().__init__(button, QAccessible.Role.Button)

        def state(self):
            state = super().state()
            state.expandable = True
            state.expanded = self.widget().isChecked()
            return state

        def text(self, kind):
            if kind == QAccessible.Text.Name:
                button = self.widget()
                return without_mnemonic(button.accessibleName() or button.text())
            return super().text(kind)

        def actionNames(self):  # noqa: N802 (Qt naming)
            return [QAccessibleWidget.pressAction(), *super().actionNames()]

        def doAction(self, name):  # noqa: N802 (Qt naming)
            if name == QAccessibleWidget.pressAction():
                self.widget().click()
            else:
                super().doAction(name)

    def factory(_class_name: str, obj):
        if _closing:
            return None
        interface = None
        if isinstance(obj, QLabel) and obj.property(HEADING_PROPERTY):
            interface = HeadingInterface(obj)
        elif isinstance(obj, QAbstractButton) and obj.property(DISCLOSURE_PROPERTY):
            interface = DisclosureInterface(obj)
        if interface is not None:
            _made[:] = [made for made in _made if shiboken6.isValid(made)]
            _made.append(interface)
        return interface

    QAccessible.installFactory(factory)
    atexit.register(_forget_interfaces)
    if QAccessible.isActive():
        for widget in list(_marked):
            _remake_interface(widget)


def _forget_interfaces() -> None:
    """Before Python shuts down: hand every interface made here back to Qt to delete, and
    make no more. Python owns them (PySide6); deleted at Python's exit while Qt's cache
    still held them, they crashed the app's exit."""
    global _closing
    _closing = True
    for interface in _made:
        if shiboken6.isValid(interface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
    _made.clear()


def _remake_interface(widget) -> None:
    """Drop the plain interface a screen reader may have got before the factory came."""
    try:
        interface = QAccessible.queryAccessibleInterface(widget)
        wanted = (
            QAccessible.Role.Heading
            if widget.property(HEADING_PROPERTY)
            else QAccessible.Role.Button
        )
    except RuntimeError:  # the widget is gone
        return
    if interface is not None and interface.role() != wanted:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def _mark(widget, name: str):
    widget.setProperty(name, True)
    _marked.add(widget)
    if _installed:
        _remake_interface(widget)
    else:
        install_heading_factory()  # remakes the interfaces of every widget marked so far
    return widget


def mark_heading(label: QLabel) -> QLabel:
    """Have screen readers announce ``label`` as a heading."""
    return _mark(label, HEADING_PROPERTY)


def mark_disclosure(button: QAbstractButton) -> QAbstractButton:
    """Have screen readers announce a checkable ``button`` that shows or hides a part of
    the page as a button, expanded while checked (not as a check box)."""
    button.toggled.connect(lambda _checked: _expanded_changed(button))
    return _mark(button, DISCLOSURE_PROPERTY)


def _expanded_changed(button: QAbstractButton) -> None:
    if not _installed:
        return
    if not QAccessible.isActive():
        return
    changes = QAccessible.State()
    changes.expanded = True
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, changes))


def shown_words(text: str) -> str:
    """A label's visible words: without its mnemonic mark and trailing colon."""
    return without_mnemonic(text).strip().rstrip(":").strip()


def name_as_shown(widget: QWidget, label: QLabel | None = None) -> None:
    """Label in Name (WCAG 2.2 SC 2.5.3): what a screen reader says, and what a voice-control
    user says to reach the control, starts with the words on screen: the label's (a field)
    or the button's own. A longer name set before becomes the description."""
    old = widget.accessibleName()
    shown = shown_words(label.text()) if label is not None else ""
    if old and old != shown and not widget.accessibleDescription():
        widget.setAccessibleDescription(old)
    widget.setAccessibleName(shown)  # "" for a button: Qt names it after its text
