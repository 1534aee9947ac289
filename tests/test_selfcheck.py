"""--self-check DIR (run on the built bundles): every language, a sample PDF and calendar file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pypdf

ROOT = Path(__file__).resolve().parents[1]

# Runs main.py as the bundle runs the app, but with Babel made unimportable (the bundle leaves
# it out): a language or country name missing from names.json would show up as a problem.
WITHOUT_BABEL = (
    "import runpy, sys\n"
    "sys.modules['babel'] = None\n"
    "sys.argv = ['main.py', *sys.argv[1:]]\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n"
)


def decode_qr(png: Path) -> str:
    """The text of the one QR code in ``png``, read by an independent decoder (zxing-cpp)."""
    import zxingcpp
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not a picture"
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, f"{len(found)} QR codes in {png.name}"
    return found[0].text


def run_self_check(folder: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_BABEL, "--self-check", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )


def test_self_check_passes_without_babel(tmp_path):
    result = run_self_check(tmp_path / "out")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert json.loads((tmp_path / "out" / "self-check.json").read_text(encoding="utf-8")) == report
    assert report["problems"] == []
    assert report["frozen"] is False and report["platform"] == "offscreen"
    languages = report["languages"]
    assert {"en", "de", "fr", "es", "it", "nl", "pl", "pt_BR"} <= set(languages)
    assert languages["de"]["qt_cancel"] == "Abbrechen"
    assert languages["pl"]["translators"] == ["optout_pl.qm", "qtbase_pl.qm"]
    assert languages["pt_BR"]["language_name"] == "Português (Brasil)"
    pdf = tmp_path / "out" / "self-check-proof.pdf"
    text = "".join("".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages).split())
    assert "sample@example.org" in text
    assert decode_qr(tmp_path / "out" / "self-check-qr.png") == report["samples"]["qr_text"]
    assert report["samples"]["qr_text"].startswith("https://www.facebook.com/")
    calendar = icalendar.Calendar.from_ical(
        (tmp_path / "out" / "self-check-reminders.ics").read_bytes()
    )
    assert len(calendar.walk("VEVENT")) == 2


def test_self_check_reports_a_language_that_does_not_load(qapp, tmp_path, monkeypatch):
    from optout_gui.core import languages
    from optout_gui.core.guide import guide_for
    from optout_gui.ui import selfcheck
    from optout_gui.ui.common import i18n

    monkeypatch.setattr(i18n, "qm_file", lambda code, cache_dir=None, folder=None: None)
    try:
        result = selfcheck.check_language(qapp, "de", guide_for)
    finally:
        monkeypatch.undo()
        i18n.install_language(qapp, languages.SOURCE_LANGUAGE)
    assert result["used"] == "en"
    assert "fell back to en" in result["problems"]


def test_self_check_reports_an_unwritable_folder(qapp, tmp_path):
    from optout_gui.ui import selfcheck

    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = selfcheck.write_samples(blocker / "out")
    assert len(result["problems"]) == 1 and "folder" in result["problems"][0]
    assert "pdf" not in result and "ics" not in result


def test_import_watch_notes_attempts_and_finds_nothing():
    from optout_gui.ui.selfcheck import ImportWatch

    watch = ImportWatch("babel")
    assert watch.find_spec("babel.core") is None
    assert watch.find_spec("json") is None
    assert watch.attempts == ["babel.core"]
