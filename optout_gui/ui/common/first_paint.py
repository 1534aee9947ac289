"""``--exit-after-startup``: quit once the first window has painted, as a person would see it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint is done and shown: the events it queued come first.
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def quit_after_first_paint(window: QWidget) -> None:
    """Quit the event loop right after ``window`` has been painted for the first time."""
    window.installEventFilter(_QuitAfterFirstPaint(window))
