"""Guards against known bugs in the Qt bindings we depend on."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()


def test_emitting_signals_keeps_python_bools_alive(qapp):
    # PySide6 6.12.0 released a reference to True on every emit(); on Python 3.11, where
    # True is not immortal, the app crashed after a few hundred keystrokes.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.ping.emit()
    assert sys.getrefcount(True) >= before - 5
