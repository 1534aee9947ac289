"""Installing a language: our translations plus Qt's own (wizard buttons, dialogs).

Translations are kept as Qt Linguist sources (``resources/translations/optout_<code>.ts``).
A bundle ships compiled ``.qm`` files next to them (``tools/translations.py compile`` runs
before PyInstaller). In a checkout without an up-to-date ``.qm``, the ``.ts`` is compiled on
first use with the ``lrelease`` that ships with PySide6, into a cache folder, under a name
made from the ``.ts`` content's hash: a changed ``.ts`` is never read from a stale file.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from optout_gui.core import languages
from optout_gui.core.atomic import ensure_private_dir
from optout_gui.core.languages import SOURCE_LANGUAGE, first_match

log = logging.getLogger(__name__)

# Kept alive here: a QTranslator that is garbage-collected stops translating.
_installed: list[QTranslator] = []


def installed_translators() -> list[QTranslator]:
    """The translators installed now (the app's, Qt's), in the order they were installed."""
    return list(_installed)


_current = SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def system_language(available: list[str] | None = None) -> str:
    """The first of the system's UI languages the app speaks (pt-BR → pt_BR, de-AT → de)."""
    return first_match(QLocale.system().uiLanguages(), available or languages.available_languages())


def lrelease_command() -> list[str] | None:
    """PySide6's own lrelease binary (or the pyside6-lrelease wrapper); None in a bundle."""
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        for candidate in (folder / name, folder / "Qt" / "libexec" / name):
            if candidate.is_file():
                return [str(candidate)]
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one .ts file to .qm (atomically); False when lrelease is missing or fails."""

    import subprocess  # noqa: PLC0415 - seam: only a checkout without compiled translations

    command = lrelease_command()
    if command is None:
        log.warning("cannot compile %s: lrelease not found", ts.name)
        return False
    ensure_private_dir(qm.parent)  # made private (0700), like every folder the app makes
    fd, tmp = tempfile.mkstemp(prefix=f".{qm.stem}.", suffix=".qm", dir=qm.parent)
    os.close(fd)
    try:
        result = subprocess.run(
            [*command, "-silent", str(ts), "-qm", tmp],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if result.returncode != 0 or os.path.getsize(tmp) == 0:
            log.warning("lrelease failed on %s: %s", ts.name, result.stderr.strip()[:500])
            return False
        os.replace(tmp, qm)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease could not run on %s: %s", ts.name, exc)
        return False
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def qm_file(code: str, cache_dir: Path | None, folder: Path | None = None) -> Path | None:
    """The compiled translation for ``code``: the shipped .qm (kept in step with its .ts by
    ``tools/translations.py compile`` and a test), else one compiled from the .ts into the
    cache now (a checkout or build where the .qm files are missing)."""
    folder = folder or languages.translations_dir()
    ts = folder / f"optout_{code}.ts"
    shipped = folder / f"optout_{code}.qm"
    try:
        if shipped.is_file():
            return shipped
        source = ts.read_bytes()
    except OSError:
        return None

    if cache_dir is None:
        cache_dir = Path(tempfile.gettempdir()) / "optout-assistant-translations"
    import hashlib  # noqa: PLC0415 - seam: loads OpenSSL (about 3 MiB), not needed to start

    digest = hashlib.sha256(source).hexdigest()[:16]
    cached = cache_dir / f"optout_{code}-{digest}.qm"
    if cached.is_file():
        return cached
    if compile_ts(ts, cached):
        for old in cache_dir.glob(f"optout_{code}-*.qm"):  # earlier versions of this .ts
            if old != cached:
                old.unlink(missing_ok=True)
        return cached
    return None


def _load(translator: QTranslator, path: Path) -> bool:
    return translator.load(str(path))


def install_language(app: QCoreApplication, code: str, cache_dir: Path | None = None) -> str:
    """Replace the installed translations with ``code``'s; returns the code actually used
    (English when ``code`` is unknown or its translation cannot be loaded)."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    available = languages.available_languages()
    used = code if code in available else SOURCE_LANGUAGE
    if used == SOURCE_LANGUAGE:
        # English keeps its source texts; only its plural forms come from a translation file.
        plurals = qm_file(SOURCE_LANGUAGE, cache_dir)
        english = QTranslator(app)
        if plurals is not None and _load(english, plurals):
            app.installTranslator(english)
            _installed.append(english)
    else:
        path = qm_file(used, cache_dir)
        ours = QTranslator(app)
        if path is None or not _load(ours, path):
            log.warning("translation for %s could not be loaded; using English", used)
            used = SOURCE_LANGUAGE
        else:
            app.installTranslator(ours)
            _installed.append(ours)
    if used != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(used), "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.info("no Qt translation for %s in %s", used, qt_dir)
    QLocale.setDefault(_locale_for(used))
    _current = used
    return used


def _locale_for(code: str) -> QLocale:
    """Dates and numbers: the system's own regional format when it is in the same language
    (de_AT stays de_AT for German), else the language's usual one."""
    system = QLocale.system()
    if system.name().split("_")[0] == code.split("_")[0]:
        return system
    return QLocale(code)
