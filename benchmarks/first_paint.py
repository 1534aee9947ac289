#!/usr/bin/env python3
"""How long the first paint of the first window takes: the app's, or the bare wizard's.

    python benchmarks/first_paint.py ours --data-dir DIR    # main.py's first window
    python benchmarks/first_paint.py baseline               # benchmarks/baseline_wizard.py's
    python benchmarks/first_paint.py ours --enums --data-dir DIR   # also the enum classes

Prints one JSON line, {"ms": ...}: the time ``QWidget.grab()`` takes to paint the window
once, right after start-up (offscreen). With ``--enums`` the line also lists the Python
enum classes PySide6 made during that paint (counting them slows the paint a little, so
the benchmark does not ask; tests/test_startup_path.py does).

The start-up figures of ``run.py`` end before any paint on both sides
(``--exit-after-startup`` quits once the events pending after ``show()`` are handled, and no
paint event has reached the window by then: checked with a page that counts its paint
events), so this is measured apart. It is the work a person waits for
between the window appearing and its content: on the first paint PySide6 builds the enum
classes of whatever the app's own Python code is handed while painting.
"""

from __future__ import annotations

import enum
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_grab(window, list_enums: bool = False) -> None:
    made: list[str] = []
    create = enum.EnumType._create_
    if list_enums:

        def counting(cls, class_name, *args, **kwargs):
            made.append(class_name)
            return create(cls, class_name, *args, **kwargs)

        enum.EnumType._create_ = counting
    try:
        start = time.perf_counter()
        window.grab()
        ms = (time.perf_counter() - start) * 1000
    finally:
        enum.EnumType._create_ = create
    print(json.dumps({"ms": ms, **({"enums": made} if list_enums else {})}), flush=True)


def ours(argv: list[str]) -> int:
    list_enums = "--enums" in argv
    argv = [arg for arg in argv if arg != "--enums"]
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer

    from optout_gui import app
    from optout_gui.ui import controller

    start = controller.AppController.start

    def start_then_paint(self):
        window = start(self)
        # Before --exit-after-startup's quit.
        QTimer.singleShot(0, lambda: timed_grab(window, list_enums))
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
