#!/usr/bin/env python3
"""How long the first paint of the first window takes: the app's, or the bare wizard's.

    python benchmarks/first_paint.py ours --data-dir DIR    # main.py's first window
    python benchmarks/first_paint.py baseline               # benchmarks/baseline_wizard.py's

Prints one JSON line, {"ms": ...}: the time ``QWidget.grab()`` takes to paint the window
once, right after start-up (offscreen). The start-up figures of ``run.py`` end before any
paint on both sides (``--exit-after-startup`` quits once the events pending after ``show()``
are handled, and no paint event has reached the window by then: checked with a page that
counts its paint events), so this is measured apart. It is the work a person waits for
between the window appearing and its content: on the first paint PySide6 builds the enum
classes of whatever the app's own Python code is handed while painting.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_grab(window) -> None:
    start = time.perf_counter()
    window.grab()
    print(json.dumps({"ms": (time.perf_counter() - start) * 1000}), flush=True)


def ours(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer

    from optout_gui import app
    from optout_gui.ui import controller

    start = controller.AppController.start

    def start_then_paint(self):
        window = start(self)
        QTimer.singleShot(0, lambda: timed_grab(window))  # before --exit-after-startup's quit
        return window

    controller.AppController.start = start_then_paint
    return app.main([*argv, "--exit-after-startup"])


def baseline() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWizard

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import baseline_wizard

    shown = []
    show = QWizard.show

    def show_then_paint(self):
        show(self)
        shown.append(self)
        QTimer.singleShot(0, lambda: timed_grab(self))

    QWizard.show = show_then_paint
    sys.argv = sys.argv[:1]
    status = baseline_wizard.main()
    return status if shown else 1


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    who = sys.argv[1] if len(sys.argv) > 1 else ""
    if who == "ours":
        sys.exit(ours(sys.argv[2:]))
    if who == "baseline":
        sys.exit(baseline())
    sys.exit(__doc__)
