#!/usr/bin/env python3
"""Write the PDF proof of three made-up objections in each language and render pages to PNG.

    python tools/render_proof.py OUTDIR                 # proof-<lang>.pdf + proof-<lang>-1.png
    python tools/render_proof.py OUTDIR --langs en,de --pages 2 --dpi 80
    python tools/render_proof.py docs/screenshots --readme   # en-proof-1.png for the README

The sample objections are those of the tests (tests/proof_samples.py): one honoured, one
refused with Meta's email pasted, one waiting; times in Europe/Berlin, A4 paper.
Rendering needs ``pdftoppm`` (poppler-utils): an independent PDF reader, not Qt.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ALL = "en,de,fr,es,it,nl,pl,pt_BR"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--langs", default=ALL)
    parser.add_argument("--pages", type=int, default=1, help="how many pages to render")
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--readme", action="store_true", help="only en-proof-1.png, 80 dpi")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm not found: install poppler-utils")

    from PySide6.QtGui import QPageSize
    from PySide6.QtWidgets import QApplication

    from optout_gui.ui.common.i18n import install_language
    from optout_gui.ui.tracker.proof_pdf import write_proof_pdf
    from optout_gui.ui.tracker.proof_wording import proof_labels
    from tests.proof_samples import MADE_AT, three_objections

    app = QApplication.instance() or QApplication([])
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    cache = Path(tempfile.mkdtemp(prefix="optout-proof-cache-"))
    languages = ["en"] if args.readme else args.langs.split(",")
    for language in languages:
        used = install_language(app, language, cache)
        if used != language:
            print(f"warning: {language} is not available, skipped", file=sys.stderr)
            continue
        pdf = (Path(tempfile.mkdtemp()) if args.readme else out) / f"proof-{used}.pdf"
        pages = write_proof_pdf(
            three_objections(),
            pdf,
            ZoneInfo("Europe/Berlin"),
            now=MADE_AT,
            labels=proof_labels(),
            language=used,
            paper=QPageSize.PageSizeId.A4,
        )
        stem = out / (f"{used}-proof" if args.readme else f"proof-{used}")
        last = min(pages, 1 if args.readme else args.pages)
        subprocess.run(
            ["pdftoppm", "-r", str(args.dpi), "-png", "-f", "1", "-l", str(last), str(pdf), stem],
            check=True,
        )
        if args.readme:
            small(Path(f"{stem}-1.png"))
        print(f"{pdf}: {pages} pages; rendered {last} to {stem}-*.png")
    install_language(app, "en", cache)
    return 0


def small(path: Path) -> None:
    """256 grey levels at most: the page looks the same and the file is a fraction of the size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    ).save(str(path), "PNG", 0)


if __name__ == "__main__":
    sys.exit(main())
