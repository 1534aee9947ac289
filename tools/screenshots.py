#!/usr/bin/env python3
"""Screenshots for the README: every page, light and dark, English and German (offscreen).

    python tools/screenshots.py OUTDIR            # every wizard page + overview + dialogs
    python tools/screenshots.py OUTDIR --readme   # the 24 files kept in docs/screenshots/
    options: --langs en,de  --size auto|WxH  --font-scale 1.0  --style native  --schemes dark

--size auto (the default) is the size the app first opens at on a 1366×768 laptop.

Everything is rendered with Qt's offscreen platform (unless QT_QPA_PLATFORM says otherwise,
as in tools/windows_lane.sh) from a throw-away data folder holding
made-up answers (no real person's data). Dark mode is forced through Qt's colour-scheme
hint, or a dark Fusion palette where the platform ignores the hint (offscreen does).
Each window is built after the language is installed, exactly as the app does it.
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

README_PAGES = ("welcome", "fill_form", "code", "review")  # plus overview and history


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--langs", default="en,de")
    parser.add_argument("--size", default="auto")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--readme", action="store_true", help="only the README set (24 files)")
    parser.add_argument(
        "--style",
        default="Fusion",
        help="Qt style (default Fusion, the same on every machine; 'native' keeps the system's)",
    )
    parser.add_argument(
        "--schemes",
        default="light,dark",
        help="light, dark or both. Where the platform's style has no dark colours, dark switches "
        "to Fusion: shoot dark in a process of its own then (tools/windows_lane.sh does), so the "
        "style changes before any window exists",
    )
    args = parser.parse_args(argv)
    schemes = [s.strip() for s in args.schemes.split(",")]
    if not schemes or set(schemes) - {"light", "dark"}:
        parser.error("--schemes takes light, dark or light,dark")

    from PySide6.QtWidgets import QApplication

    from optout_gui.core.guide import guide_for
    from optout_gui.core.storage.store import ObjectionStore
    from optout_gui.ui.common.i18n import install_language
    from optout_gui.ui.common.theme import force_scheme

    app = QApplication.instance() or QApplication([])
    if args.style != "native":
        app.setStyle(args.style)  # Fusion: the same look on every machine that runs this script
    from optout_gui.ui.common.contrast_style import use_contrast_style

    use_contrast_style(app)  # as the app does
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.font_scale)
    app.setFont(font)
    if args.size == "auto":
        from PySide6.QtCore import QRect

        from optout_gui.ui.common.geometry import centred, wanted_size

        first = centred(wanted_size(), QRect(0, 0, 1366, 768 - 32))
        size = (first.width(), first.height())
    else:
        size = tuple(int(v) for v in args.size.split("x"))
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    cache = Path(tempfile.mkdtemp(prefix="optout-shots-cache-"))
    written = []

    for language in args.langs.split(","):
        used = install_language(app, language, cache)
        if used != language:
            print(f"warning: {language} is not available, skipped", file=sys.stderr)
            continue
        guide = guide_for(used)
        for scheme in schemes:
            force_scheme(app, scheme == "dark")
            data = Path(tempfile.mkdtemp(prefix="optout-shots-"))
            store = ObjectionStore.in_folder(data)
            store.load()
            written += shoot_wizard(app, guide, store, out, f"{used}-{scheme}", size, args.readme)
            written += shoot_tracker(app, guide, store, out, f"{used}-{scheme}", size, args.readme)
    force_scheme(app, False)
    total = sum(path.stat().st_size for path in written)
    print(f"{len(written)} screenshots, {total / 1024:.0f} KiB, in {out}")
    return 0


def shoot(app, widget, path: Path, size) -> Path:
    widget.resize(*size)
    widget.show()
    app.processEvents()
    from optout_gui.ui.common.contrast_style import is_fusion

    if not is_fusion(app.style()):
        # Native styles (Windows) fade radio buttons and check boxes into their new state:
        # let that finish, or a just-checked button is shot still empty.
        from PySide6.QtTest import QTest

        QTest.qWait(400)
    image = widget.grab().toImage()
    # 256 colours: UI screenshots look the same and the files are about a third the size.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    small = image.convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )
    small.save(str(path), "PNG", 0)  # 0: smallest file (lossless anyway)
    return path


def shoot_wizard(app, guide, store, out, tag, size, readme) -> list[Path]:
    from optout_gui.core.session import ObjectionSession
    from optout_gui.ui.wizard.window import ObjectionWizard, PageId

    # The walk happens nine days ago (the overview then suggests checking the mailbox), on
    # one clock for every step, so the history's times are in the order they happened.
    def nine_days_ago() -> dt.datetime:
        return dt.datetime.now(dt.UTC) - dt.timedelta(days=9)

    today = store.clock
    store.clock = nine_days_ago
    record = store.new()
    session = ObjectionSession(store, record.id)
    session.update(
        account="instagram",
        country="DE",
        email="sam.example@example.org",
        reason="I don't want my photos and my children's pictures used to train AI.",
        reason_points=["photos", "children"],
    )
    wizard = ObjectionWizard(guide, session, clock=nine_days_ago)
    wizard.show()
    wizard.restart()
    written = []
    for page_id in PageId:
        while wizard.currentId() != page_id:
            wizard.next()
        name = page_id.name.lower()
        if page_id == PageId.CODE:
            if not readme:  # first the question, as everyone sees it
                shot = out / f"{tag}-{page_id.value + 1}-{name}-question.png"
                written.append(shoot(app, wizard, shot, size))
            page = wizard.currentPage()
            page.sent_now.setChecked(True)  # sent just now ...
            page.code_yes.click()  # ... and a code came: a running countdown, as it really looks
        if not readme or name in README_PAGES:
            written.append(shoot(app, wizard, out / f"{tag}-{page_id.value + 1}-{name}.png", size))
        if page_id == PageId.CODE:
            wizard.currentPage().code_entered()
    wizard.code_timer.stop_ticking()
    wizard.hide()
    wizard.deleteLater()
    session.update(finished_at=nine_days_ago().isoformat())
    store.clock = today
    return written


def shoot_tracker(app, guide, store, out, tag, size, readme) -> list[Path]:
    from optout_gui.core.session import ObjectionSession
    from optout_gui.ui.tracker.complaint import ComplaintDialog
    from optout_gui.ui.tracker.history import HistoryDialog
    from optout_gui.ui.tracker.overview import OverviewWidget

    second = store.new()
    ObjectionSession(store, second.id).update(
        account="facebook", country="DE", email="sam.example@example.org"
    )
    overview = OverviewWidget(store)
    written = [shoot(app, overview, out / f"{tag}-9-overview.png", size)]
    overview.hide()
    first = store.ids()[0]
    history = HistoryDialog(store, first)
    written.append(shoot(app, history, out / f"{tag}-10-history.png", size))
    history.hide()
    if not readme:
        names = {code: country.name for code, country in guide.countries.items()}
        complaint = ComplaintDialog(store.get(first), country_names=names)
        written.append(shoot(app, complaint, out / f"{tag}-11-complaint.png", size))
        complaint.hide()
    return written


if __name__ == "__main__":
    sys.exit(main())
