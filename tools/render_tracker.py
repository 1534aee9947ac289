"""Render the tracker's screens to PNG (offscreen).

python tools/render_tracker.py OUTDIR [--font-scale 1.5]
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir")
    parser.add_argument("--font-scale", type=float, default=1.0)
    args = parser.parse_args()
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QApplication

    from optout_gui.core.session import ObjectionSession
    from optout_gui.core.status import Status
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.tracker.complaint import ComplaintDialog
    from optout_gui.ui.tracker.history import HistoryDialog
    from optout_gui.ui.tracker.overview import OverviewWidget

    app = QApplication([])
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.font_scale)
    app.setFont(font)
    zone = ZoneInfo("Europe/Berlin")
    now = dt.datetime(2025, 7, 10, 8, 0, tzinfo=dt.UTC)
    store = ObjectionStore(Path(tempfile.mkdtemp()) / "objections.json", clock=lambda: now)
    rows = [
        ("facebook", "sam@example.org", "2025-05-20T08:00:00+00:00"),
        ("instagram", "sam@example.org", "2025-07-01T08:00:00+00:00"),
        ("facebook", "alex@example.org", None),
        ("instagram", "kid@example.org", "2025-06-01T08:00:00+00:00"),
    ]
    for account, email, finished in rows:
        session = ObjectionSession(store, store.new().id)
        session.update(account=account, country="DE", email=email)
        session.update(form_opened_at="2025-05-20T07:55:00+00:00")
        session.record_form_link("https://www.facebook.com/help/contact/712876720715583")
        session.record_copied_reason("My pictures show my family. I don't want them in an AI.")
        if finished:
            session.update(finished_at=finished)
    store.set_label(store.ids()[3], "Kim's Instagram")
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    suffix = f"-x{args.font_scale}" if args.font_scale != 1 else ""

    overview = OverviewWidget(store, zone=zone, clock=lambda: now)
    overview.check_reminders()
    overview.resize(800, 600)
    overview.show()
    app.processEvents()
    overview.grab().save(str(out / f"overview{suffix}.png"))

    first = store.ids()[0]
    history = HistoryDialog(store, first, zone=zone)
    history.resize(800, 600)
    history.show()
    app.processEvents()
    history.grab().save(str(out / f"history{suffix}.png"))

    from optout_gui.core.guide import load_guide

    names = {code: c.name for code, c in load_guide().countries.items()}
    complaint = ComplaintDialog(store.get(first), zone=zone, country_names=names)
    assert store.get(first).status == Status.OVERDUE
    complaint.resize(800, 600)
    complaint.show()
    app.processEvents()
    complaint.grab().save(str(out / f"complaint{suffix}.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
