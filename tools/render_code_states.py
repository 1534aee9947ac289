"""Render the code page in each countdown state (calm, hurry, urgent, expired, entered).

python tools/render_code_states.py OUTDIR [--font-scale 1.5] [--size 800x600] [--dark]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 3, 10, 13, 0, tzinfo=dt.UTC)
        self.mono = 0.0

    def wall(self):
        return self.now

    def monotonic(self):
        return self.mono

    def advance(self, minutes: float):
        self.now += dt.timedelta(minutes=minutes)
        self.mono += minutes * 60


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--size", default="800x600")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from optout_gui.core.guide import load_guide
    from optout_gui.core.session import ObjectionSession
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.wizard.window import ObjectionWizard, PageId

    app = QApplication([])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.font_scale)
    app.setFont(font)
    if args.dark:
        from PySide6.QtGui import QColor, QPalette

        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in {
            QPalette.ColorRole.Window: "#2b2b2b",
            QPalette.ColorRole.WindowText: "#eeeeee",
            QPalette.ColorRole.Base: "#1e1e1e",
            QPalette.ColorRole.AlternateBase: "#333333",
            QPalette.ColorRole.Text: "#eeeeee",
            QPalette.ColorRole.Button: "#3a3a3a",
            QPalette.ColorRole.ButtonText: "#eeeeee",
            QPalette.ColorRole.Highlight: "#3d7bd9",
            QPalette.ColorRole.HighlightedText: "#ffffff",
        }.items():
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    clock = Clock()
    store = ObjectionStore.in_folder(Path(tempfile.mkdtemp()), clock=clock.wall)
    guide = load_guide()
    session = ObjectionSession(store, store.new(save=False).id, default_form_url=guide.form_url)
    session.update(account="facebook", country="DE", email="jane.doe@example.com", page="code")
    wizard = ObjectionWizard(guide, session, clock=clock.wall, monotonic=clock.monotonic)
    width, height = (int(v) for v in args.size.split("x"))
    wizard.resize(width, height)
    wizard.show()
    wizard.restart()
    while wizard.currentId() != PageId.CODE:
        wizard.next()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    timer = wizard.code_timer

    def shot(name: str) -> None:
        timer.tick()
        app.processEvents()
        wizard.grab().save(str(out / f"code-{name}.png"))

    shot("idle")
    timer.start()
    clock.advance(12.5)
    shot("calm")
    clock.advance(40)
    shot("hurry")
    clock.advance(6.6)
    shot("urgent")
    wizard.back()
    app.processEvents()
    shot("urgent-other-page")
    wizard.next()
    clock.advance(1)
    shot("expired")
    timer.start()
    timer.mark_entered()
    shot("entered")
    timer.stop_ticking()
    wizard.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
