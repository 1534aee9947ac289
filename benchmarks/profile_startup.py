#!/usr/bin/env python3
"""Where startup time and memory go, phase by phase, against the bare baseline wizard.

    python benchmarks/profile_startup.py [--runs 9]

Runs the app's startup steps (mirroring ``optout_gui.app.run`` as of the skeleton) and the
baseline's in fresh processes, alternating, and prints per-phase medians of wall time and
of the RSS growth. "python start" is from spawning the process to its first line; "exit"
is from the last line to the parent seeing the process end (interpreter and Qt teardown).
For import detail use ``python -X importtime main.py --data-dir DIR --exit-after-startup``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class Marks:
    def __init__(self):
        self.marks = [("start", time.time(), _rss_kib())]

    def __call__(self, name: str) -> None:
        self.marks.append((name, time.time(), _rss_kib()))


def child_ours(data_dir: str) -> list:
    mark = Marks()
    import argparse  # noqa: F401 - what optout_gui.app imports first
    import logging  # noqa: F401

    mark("import argparse, logging")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    mark("import PySide6 QtCore/QtWidgets")
    sys.path.insert(0, str(ROOT))
    import optout_gui.app  # noqa: F401
    from optout_gui.core.guide import load_guide

    mark("import core.guide (tomllib, re, dataclasses, urllib)")
    from optout_gui.core.paths import AppPaths
    from optout_gui.core.progress import ProgressSession, ProgressStore

    mark("import core.progress, paths (json, atomic)")
    app = QApplication([sys.argv[0]])
    mark("QApplication()")
    guide = load_guide()
    mark("load guide TOML")
    session = ProgressSession(ProgressStore(AppPaths.for_user(data_dir).progress_file))
    mark("load progress.json")
    from optout_gui.ui.wizard import ObjectionWizard

    mark("import ui.wizard + 5 page modules")
    window = ObjectionWizard(guide, session)
    mark("build ObjectionWizard (8 pages)")
    window.show()
    mark("show() (incl. first progress.json save)")
    window.resume()
    mark("resume()")
    QTimer.singleShot(0, app.quit)
    app.exec()
    mark("exec(): polish, paint, quit")
    return mark.marks


def child_base() -> list:
    mark = Marks()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

    mark("import PySide6 QtCore/QtWidgets")
    app = QApplication([sys.argv[0]])
    mark("QApplication()")
    wizard = QWizard()
    for number in range(1, 9):
        page = QWizardPage()
        page.setTitle(f"Page {number}")
        wizard.addPage(page)
    wizard.resize(800, 600)
    mark("build ObjectionWizard (8 pages)")
    wizard.show()
    mark("show() (incl. first progress.json save)")
    QTimer.singleShot(0, app.quit)
    app.exec()
    mark("exec(): polish, paint, quit")
    return mark.marks


def child_pages() -> dict:
    """Build each page class alone (no wizard) to see which pages cost most."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from optout_gui.core.guide import load_guide
    from optout_gui.core.progress import Progress, ProgressSession, ProgressStore

    app = QApplication([sys.argv[0]])  # noqa: F841 - must live while pages are built
    guide = load_guide()
    store = ProgressStore(Path(tempfile.mkdtemp()) / "progress.json")
    session = ProgressSession(store)
    session.progress = Progress(account="facebook", country="DE", email="a@example.com")
    times = {}
    start = time.perf_counter()
    from optout_gui.ui import wizard

    times["import ui.wizard + pages"] = time.perf_counter() - start
    builders = {
        "WelcomePage": lambda: wizard.WelcomePage(guide, session),
        "NoticePage": lambda: wizard.NoticePage(guide, session, skip_to_id=3),
        "ObjectLinkPage": lambda: wizard.ObjectLinkPage(guide, session),
        "OpenFormPage": lambda: wizard.OpenFormPage(guide, session, open_url=lambda url: True),
        "FillFormPage (email stored)": lambda: wizard.FillFormPage(guide, session),
        "CodePage": lambda: wizard.CodePage(guide, session),
        "ReviewPage": lambda: wizard.ReviewPage(guide, session),
        "ConfirmationPage": lambda: wizard.ConfirmationPage(guide, session),
    }
    keep = []
    for name, build in builders.items():
        start = time.perf_counter()
        keep.append(build())
        times[name] = time.perf_counter() - start
    return {name: value * 1000 for name, value in times.items()}


def spawn(kind: str, env: dict) -> tuple[list, float, int]:
    data = tempfile.mkdtemp()
    spawned = time.time()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", kind, data], env=env, stdout=subprocess.PIPE
    )
    out = proc.stdout.read()
    _pid, _status, usage = os.wait4(proc.pid, 0)
    ended = time.time()
    marks = json.loads(out)
    phases = [("python start", marks[0][1] - spawned, marks[0][2])]
    for (_, t0, r0), (name, t1, r1) in zip(marks, marks[1:], strict=False):
        phases.append((name, t1 - t0, r1 - r0))
    phases.append(("exit (teardown)", ended - marks[-1][1], 0))
    phases.append(("TOTAL (peak RSS)", ended - spawned, usage.ru_maxrss))
    return phases


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind = args.child[0]
        result = {
            "ours": lambda: child_ours(args.child[1]),
            "base": child_base,
            "pages": child_pages,
        }[kind]()
        print(json.dumps(result))
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs = {"ours": [], "base": []}
    spawn("ours", env), spawn("base", env)  # warm-up
    for _ in range(args.runs):
        runs["ours"].append(spawn("ours", env))
        runs["base"].append(spawn("base", env))
    print(f"Median of {args.runs} alternating runs; ms of wall time, RSS growth in MiB.\n")
    names = [name for name, _, _ in runs["ours"][0]]
    base_by_name = {name: i for i, (name, _, _) in enumerate(runs["base"][0])}
    print(
        f"{'phase':55} {'ours ms':>8} {'base ms':>8} {'extra':>7} {'ours MiB':>9} {'base MiB':>9}"
    )
    for index, name in enumerate(names):
        ours_ms = statistics.median(r[index][1] for r in runs["ours"]) * 1000
        ours_mb = statistics.median(r[index][2] for r in runs["ours"]) / 1024
        if name in base_by_name:
            j = base_by_name[name]
            base_ms = statistics.median(r[j][1] for r in runs["base"]) * 1000
            base_mb = statistics.median(r[j][2] for r in runs["base"]) / 1024
            base = f"{base_ms:8.1f}"
            base_m = f"{base_mb:9.1f}"
        else:
            base_ms, base, base_m = 0.0, f"{'–':>8}", f"{'–':>9}"
        print(f"{name:55} {ours_ms:8.1f} {base} {ours_ms - base_ms:7.1f} {ours_mb:9.1f} {base_m}")
    pages = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--child", "pages"], env=env, capture_output=True, text=True
        ).stdout
    )
    print("\nBuilding each page alone (one run, ms):")
    for name, value in pages.items():
        print(f"  {name:40} {value:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
