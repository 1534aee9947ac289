"""``--self-check DIR``: does this copy of the app work here? (used on the built bundles)

It loads every language the app ships (its own translation, Qt's translation, the guide,
the language and country names), writes a sample proof PDF, calendar file and the form
link's QR code (PNG) into DIR, shows a window on the current Qt platform, and prints one
JSON report (also kept as DIR/self-check.json). Exit status 0 when everything worked, 1
otherwise. It never reads or writes the person's own objections: the sample is made up and
lives in memory only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWizard

from optout_gui import APP_NAME, __version__
from optout_gui.core.ics import reminder_ics
from optout_gui.core.languages import SOURCE_LANGUAGE, available_languages, language_name
from optout_gui.core.progress import Progress
from optout_gui.core.record import HistoryEntry, ObjectionRecord
from optout_gui.core.status import Status
from optout_gui.ui.common import i18n
from optout_gui.ui.common.i18n import current_language
from optout_gui.ui.tracker.proof_pdf import write_proof_pdf
from optout_gui.ui.tracker.proof_wording import calendar_texts, proof_labels
from optout_gui.ui.wizard.qr_view import QrCodeView

SAMPLE_EMAIL = "sample@example.org"
PROOF_NAME = "self-check-proof.pdf"
CALENDAR_NAME = "self-check-reminders.ics"
REPORT_NAME = "self-check.json"
QR_NAME = "self-check-qr.png"
# Qt's own "Cancel" (dialog buttons), from qtbase_<code>.qm: not one of the app's texts, so it
# is kept out of the app's .ts files (lupdate only sees translate() with literal strings).
QT_CANCEL = ("QPlatformTheme", "Cancel")


def sample_record():
    """A made-up objection that was sent (so it has reminders) and answered."""

    return ObjectionRecord(
        id="self-check",
        created_at="2026-06-01T08:00:00+00:00",
        label="Self-check sample",
        answers=Progress(account="facebook", country="DE", email=SAMPLE_EMAIL),
        status=Status.WAITING,
        history=[
            HistoryEntry("2026-06-01T08:00:00+00:00", "created", "draft"),
            HistoryEntry("2026-06-01T08:05:00+00:00", "status", "waiting"),
        ],
    )


def check_language(app, code: str, guide_for: Callable[[str], object]) -> dict:
    """Install ``code`` and say what loaded: ours, Qt's, the guide (``guide_for(code)``, as
    the app loads it), the names."""

    used = i18n.install_language(app, code)
    labels = proof_labels()
    result: dict = {
        "used": used,
        "translators": [
            Path(t.filePath()).name for t in i18n.installed_translators() if not t.isEmpty()
        ],
        "qt_cancel": QCoreApplication.translate(*QT_CANCEL),
        "proof_title": labels["title"],
        "language_name": language_name(code),
    }
    problems = []
    if used != code:
        problems.append(f"fell back to {used}")
    if code != SOURCE_LANGUAGE:
        if f"optout_{code}.qm" not in result["translators"]:
            problems.append("the app's translation did not load")
        if f"qtbase_{code}.qm" not in result["translators"]:
            problems.append("Qt's translation did not load")
        if result["qt_cancel"] == "Cancel":
            problems.append("Qt's texts are in English")
    try:
        guide = guide_for(code)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        problems.append(f"guide: {exc}")
    else:
        result["countries"] = len(guide.countries)
        unnamed = [c for c, country in guide.countries.items() if not country.name]
        if unnamed:
            problems.append(f"countries without a name: {', '.join(unnamed)}")
    if result["language_name"] == code:
        problems.append("no name for the language")
    result["problems"] = problems
    return result


def write_samples(folder: Path) -> dict:
    """The sample proof PDF and calendar file, in the language installed last (the report
    checks every language first; pt_BR's accents also show the fonts were found)."""

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return {"problems": [f"folder {folder}: {exc.strerror or exc}"]}
    record = sample_record()
    zone = ZoneInfo("Europe/Berlin")
    now = dt.datetime(2026, 6, 2, 12, 0, tzinfo=dt.UTC)
    pdf = folder / PROOF_NAME
    ics = folder / CALENDAR_NAME
    result: dict = {"problems": []}
    try:
        write_proof_pdf(
            [record], pdf, zone, now=now, labels=proof_labels(), language=current_language()
        )
        result["pdf"] = str(pdf)
        result["pdf_bytes"] = pdf.stat().st_size
    except (OSError, ValueError) as exc:
        result["problems"].append(f"PDF: {exc}")
    try:
        ics.write_bytes(reminder_ics(record, zone, now=now, texts=calendar_texts()))
        result["ics"] = str(ics)
        result["ics_bytes"] = ics.stat().st_size
    except (OSError, ValueError) as exc:
        result["problems"].append(f"calendar: {exc}")
    return result


def write_qr_code(folder: Path, text: str) -> dict:
    """The QR code the open-form page draws for ``text`` (segno), saved as a PNG picture."""

    view = QrCodeView()
    try:
        view.set_code(text, "self-check")
        path = folder / QR_NAME
        if not view.grab().toImage().save(str(path), "PNG"):
            return {"problems": [f"QR code: could not save {path}"]}
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return {"problems": [f"QR code: {type(exc).__name__}: {exc}"]}
    finally:
        view.close()
    return {"problems": [], "qr": str(path), "qr_text": text}


class ImportWatch:
    """Notes every attempt to import ``package`` (a finder that never finds anything)."""

    def __init__(self, package: str):
        self.package = package
        self.attempts: list[str] = []

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == self.package:
            self.attempts.append(name)
        return None


def run_self_check(folder: str, guide_for: Callable[[str], object]) -> int:
    """Print the JSON report; 0 when nothing went wrong. ``guide_for(code)`` loads the guide
    as the app does (the app passes its own, so this module doesn't import the app)."""
    babel = ImportWatch("babel")
    sys.meta_path.insert(0, babel)

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    languages = {code: check_language(app, code, guide_for) for code in available_languages()}
    samples = write_samples(Path(folder))
    if not samples["problems"]:
        form_url = guide_for("en").accounts["facebook"].form_url
        qr = write_qr_code(Path(folder), form_url)
        samples["problems"] += qr.pop("problems")
        samples.update(qr)
    # A real window on this platform: shown, painted, closed.
    window = QWizard()
    window.setWindowTitle(APP_NAME)
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    report = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform": QGuiApplication.platformName(),
        "window_shown": shown,
        "languages": languages,
        "samples": samples,
        # names.json has every name the shipped languages need; the bundle has no Babel.
        "babel_imported": bool(babel.attempts) or sys.modules.get("babel") is not None,
    }
    problems = [f"{code}: {p}" for code, r in languages.items() for p in r["problems"]]
    problems += samples["problems"]
    if len(languages) < 2:
        problems.append(f"only {len(languages)} language(s) found")
    if not shown:
        problems.append("the window did not show")
    if report["babel_imported"]:
        problems.append("Babel was imported (names.json should cover every shipped language)")
    report["problems"] = problems
    text = json.dumps(report, ensure_ascii=False, indent=1)
    # Also as a file: a Windows build has no console, so no standard output to print to.
    with contextlib.suppress(OSError):  # the folder's problem is in the report already
        (Path(folder) / REPORT_NAME).write_text(text + "\n", encoding="utf-8")
    if sys.stdout is not None:
        print(text)
    return 1 if problems else 0
