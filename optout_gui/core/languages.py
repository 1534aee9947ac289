"""Which languages the app speaks, and matching a system language to one of them (no Qt).

A language is available when ``resources/translations`` holds its ``optout_<code>.qm``
(bundles) or ``optout_<code>.ts`` (checkouts; compiled on first use, see ``ui/common/i18n.py``).
English is the source language and always available.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from optout_gui.core.atomic import atomic_write_text, read_regular_text
from optout_gui.core.resources import resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# The languages the guide, the reason texts and the letters are written in (each has its
# resources/*/<code>.toml); the app's own languages are the .ts/.qm files found below.
TEXT_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt_BR")
_FILE_RE = re.compile(r"^optout_([a-z]{2,3}(?:_[A-Z]{2})?)\.(?:qm|ts)$")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages(folder: Path | None = None) -> list[str]:
    """``["en", ...]``: English first, then every translated language, sorted by code."""
    folder = folder or translations_dir()
    codes = set()
    try:
        for path in folder.iterdir():
            match = _FILE_RE.match(path.name)
            if match:
                codes.add(match.group(1))
    except OSError:
        pass
    codes.discard(SOURCE_LANGUAGE)
    return [SOURCE_LANGUAGE, *sorted(codes)]


def normalize(code: str) -> str:
    """``"pt-br"`` → ``"pt_BR"``, ``"DE"`` → ``"de"``; script subtags are dropped."""
    parts = [p for p in re.split(r"[-_.@]", code.strip()) if p]
    if not parts:
        return ""
    language = parts[0].lower()
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return f"{language}_{region}" if region else language


def match_language(wanted: str, available: Iterable[str]) -> str | None:
    """The available code for ``wanted``: exact (pt_BR), else by language alone (de-AT → de,
    pt-PT → pt_BR when only Brazilian Portuguese exists); None when nothing fits."""
    available = list(available)
    code = normalize(wanted)
    if not code:
        return None
    if code in available:
        return code
    language = code.split("_")[0]
    if language in available:
        return language
    for candidate in available:
        if candidate.split("_")[0] == language:
            return candidate
    return None


def first_match(preferences: Iterable[str], available: Iterable[str]) -> str:
    """The first of the person's preferred languages the app speaks; English otherwise."""
    available = list(available)
    for wanted in preferences:
        found = match_language(wanted, available)
        if found:
            return found
    return SOURCE_LANGUAGE


# Names looked up in Babel are kept in a small JSON file in the cache folder: loading a
# CLDR locale costs about 20 ms and 6 MB per language, reading the file next to nothing.
_names_file: Path | None = None
_names: dict | None = None


def use_name_cache(path: Path | None) -> None:
    """Keep looked-up language and country names in ``path`` (None: memory only)."""
    global _names_file, _names
    _names_file, _names = path, None


def shipped_names_file() -> Path:
    """CLDR names generated from Babel by ``tools/translations.py names`` (checked by a test),
    so that a first start needs no Babel at all."""
    return translations_dir() / "names.json"


def _read_names(path: Path) -> dict:
    try:  # a cache: anything odd (damaged, too deep, not a regular file) is ignored
        data = json.loads(read_regular_text(path))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == 1 else {}


def _cached() -> dict:
    global _names
    if _names is None:
        _names = _read_names(shipped_names_file())
        if _names_file is not None:  # names looked up since (e.g. a language added later)
            cached = _read_names(_names_file)
            _names.setdefault("languages", {}).update(cached.get("languages", {}))
            countries = _names.setdefault("countries", {})
            for language, names in cached.get("countries", {}).items():
                countries.setdefault(language, {}).update(names)
        _names["format"] = 1
    return _names


def _store() -> None:
    if _names_file is None or _names is None:
        return

    with contextlib.suppress(OSError):  # only a cache
        atomic_write_text(_names_file, json.dumps(_names, ensure_ascii=False, sort_keys=True))


def language_name(code: str) -> str:
    """A language's name in that language ("Deutsch", "Português (Brasil)"), from CLDR."""
    names = _cached().setdefault("languages", {})
    if code not in names:
        names[code] = babel_language_name(code)
        _store()
    return names[code]


def babel_language_name(code: str) -> str:
    try:
        from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - seam: Babel, not in the bundle
    except ImportError:  # the standalone bundle leaves Babel out: names.json covers it
        log.warning("no name for language %s: not in names.json and Babel is missing", code)
        return code
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


def country_names(language: str, codes: Iterable[str]) -> dict[str, str]:
    """Country names in ``language`` from CLDR (Babel), for the ISO 3166 codes it knows."""
    codes = [c for c in codes if len(c) == 2]
    names = _cached().setdefault("countries", {}).setdefault(language, {})
    missing = [c for c in codes if c not in names]
    if missing:
        territories = babel_territories(language)
        for code in missing:
            names[code] = territories.get(code, "")
        _store()
    return {code: names[code] for code in codes if names.get(code)}


def babel_territories(language: str) -> dict:
    try:
        from babel import Locale, UnknownLocaleError  # noqa: PLC0415 - seam: Babel, not in the bundle
    except ImportError:  # the standalone bundle leaves Babel out: names.json covers it
        log.warning("no country names in %s: not in names.json and Babel is missing", language)
        return {}
    try:
        return Locale.parse(language).territories
    except (ValueError, UnknownLocaleError):
        return Locale.parse(SOURCE_LANGUAGE).territories


# Letters that the language sorts as letters of their own, after their base letter
# (Polish: Łotwa after every L; Spanish: ñ after n). Elsewhere accents only break ties.
_OWN_LETTERS = {"pl": "ąćęłńóśźż", "es": "ñ"}
# Letters without a Unicode decomposition, sorted as the letters they look like.
_LOOKALIKES = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"})
_AFTER_BASE = "\U0010ffff"  # sorts after any letter that can follow the base letter


def name_sort_key(name: str, language: str) -> tuple[str, str]:
    """A key that puts names in dictionary order for ``language`` (Latin script): case
    and accents don't move a name (Österreich sits beside Oman), except for letters the
    language treats as letters of their own. Plain Python, so a start-up that sorts a
    list of countries doesn't load the collation tables of ICU."""

    own = _OWN_LETTERS.get(language.split("_")[0], "")
    letters = []
    for char in name.casefold():
        if char in own:
            base = unicodedata.normalize("NFD", char)[0].translate(_LOOKALIKES)
            letters.append(base + _AFTER_BASE)
            continue
        for part in unicodedata.normalize("NFKD", char).translate(_LOOKALIKES):
            if not unicodedata.combining(part):
                letters.append(part)
    return "".join(letters), name
