"""Titles that screen readers know as headings (WCAG 2.2 SC 1.3.1, 2.4.6).

A QLabel is "static text" to assistive technology, so heading navigation (H in Orca and
NVDA) found nothing. Qt has the Heading role but no setter for it on a widget: an
accessibility factory gives the labels marked here an interface with that role. Their
name is their text; everything else is Qt's own (QAccessibleWidget).

The factory is installed a moment after the first heading is marked, after the first
paint: PySide6 builds 8 enum classes when QAccessible is first imported, which start-up
otherwise does without (tests/test_startup_path.py). Labels a screen reader asked about
before then get their interface made again, as a heading.

Qt 6.8's heading level (QAccessibleAttributesInterface) can't be given from Python; screen
readers then treat every heading as one level, which the app's simple windows allow.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

HEADING_PROPERTY = "accessibleHeading"
LATER_MS = 300  # after the first paint
_marked: weakref.WeakSet = weakref.WeakSet()
_installed = False
_scheduled = False


def install_heading_factory() -> None:
    """Give marked labels the Heading role (once; tests call it directly)."""
    global _installed
    if _installed:
        return
    _installed = True
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    class HeadingInterface(QAccessibleWidget):
        def __init__(self, label: QLabel):
            super().__init__(label, QAccessible.Role.Heading)

        def text(self, kind):
            if kind == QAccessible.Text.Name:
                label = self.widget()
                name = label.accessibleName() or label.text()
                return name.replace("&&", "\0").replace("&", "").replace("\0", "&")
            return super().text(kind)

    def factory(_class_name: str, obj):
        if isinstance(obj, QLabel) and obj.property(HEADING_PROPERTY):
            return HeadingInterface(obj)
        return None

    QAccessible.installFactory(factory)
    if QAccessible.isActive():
        for label in list(_marked):
            _remake_interface(label)


def _remake_interface(label: QLabel) -> None:
    """Drop the plain interface a screen reader may have got before the factory came."""
    from PySide6.QtGui import QAccessible

    try:
        interface = QAccessible.queryAccessibleInterface(label)
    except RuntimeError:  # the label is gone
        return
    if interface is not None and interface.role() != QAccessible.Role.Heading:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def mark_heading(label: QLabel) -> QLabel:
    """Have screen readers announce ``label`` as a heading."""
    global _scheduled
    label.setProperty(HEADING_PROPERTY, True)
    _marked.add(label)
    if _installed:
        _remake_interface(label)
    elif not _scheduled:
        _scheduled = True
        QTimer.singleShot(LATER_MS, install_heading_factory)
    return label
