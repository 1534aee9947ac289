"""Render every wizard page to PNG (offscreen), for looking at layouts.

python tools/render_pages.py OUTDIR [--font-scale 1.5] [--size 800x600]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--size", default="800x600")
    parser.add_argument("--account", default="facebook")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from optout_gui.core.guide import load_guide
    from optout_gui.core.progress import ProgressSession, ProgressStore
    from optout_gui.ui.wizard import ObjectionWizard, PageId

    app = QApplication([])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.font_scale)
    app.setFont(font)
    data = Path(tempfile.mkdtemp())
    session = ProgressSession(ProgressStore(data / "progress.json"))
    session.update(
        account=args.account,
        country="DE",
        email="jane.doe@example.com",
        reason="I do not want my family photos used to train AI.",
    )
    wizard = ObjectionWizard(load_guide(), session)
    width, height = (int(v) for v in args.size.split("x"))
    wizard.resize(width, height)
    wizard.show()
    wizard.restart()
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    for page_id in PageId:
        while wizard.currentId() != page_id:
            wizard.next()
        app.processEvents()
        wizard.grab().save(str(out / f"{page_id.value + 1}-{page_id.name.lower()}.png"))
        if page_id == PageId.CODE:
            wizard.page(page_id).skip_box.setChecked(True)
    wizard.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
