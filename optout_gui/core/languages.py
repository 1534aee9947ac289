"""Which languages the app speaks, and matching a system language to one of them (no Qt).

A language is available when ``resources/translations`` holds its ``optout_<code>.qm``
(bundles) or ``optout_<code>.ts`` (checkouts; compiled on first use, see ``ui/i18n.py``).
English is the source language and always available.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from optout_gui.core.resources import resources_dir

SOURCE_LANGUAGE = "en"
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


@cache
def language_name(code: str) -> str:
    """A language's name in that language ("Deutsch", "Português (Brasil)"), from CLDR."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


def country_names(language: str, codes: Iterable[str]) -> dict[str, str]:
    """Country names in ``language`` from CLDR (Babel), for ISO 3166 codes it knows."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (ValueError, UnknownLocaleError):
        territories = Locale.parse(SOURCE_LANGUAGE).territories
    return {code: territories[code] for code in codes if code in territories}

