"""A guide translation (``resources/guides/<lang>.toml``) laid over the English guide.

A translation gives texts only, each with the same placeholders as the English one; links,
dates and which law applies where stay in en.toml.
"""

from __future__ import annotations

import copy
import re

GUIDE_FORMAT = 1  # the format number of en.toml and of every translation
PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
# Keys that hold data, not text: they live in en.toml only and all languages share them.
DATA_KEYS = frozenset(
    {
        "form_url",
        "alternate_urls",
        "law",
        "links_collected",
        "links",
        "sources",
        "checked_online",
        "date",
    }
)
# The keys a translation (resources/guides/<lang>.toml) gives; everything else — links,
# dates, which law applies where — is kept in en.toml only.
TEXT_KEYS = {
    "accounts": ("label", "notice", "in_app_route"),
    "laws": ("name", "verdict"),
    "countries": ("name", "note"),
    "news": ("text",),
    "steps": None,  # every key
}


class OverlayError(ValueError):
    """A translation that cannot be used; the message says why."""


def text_entries(data: dict) -> dict[tuple[str, ...], object]:
    """The translatable texts of a guide: ``("steps", "code", "title") -> "…"``; route
    steps are one entry holding the list."""
    entries: dict[tuple[str, ...], object] = {}
    for section, keys in TEXT_KEYS.items():
        table = data.get(section)
        if not isinstance(table, dict):
            continue
        for item, entry in table.items():
            if not isinstance(entry, dict):
                continue
            for key, value in entry.items():
                if (keys is None and key not in DATA_KEYS) or (keys and key in keys):
                    entries[(section, item, key)] = value
    return entries


def _leaves(data: dict, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], object]:
    result = {}
    for key, value in data.items():
        if isinstance(value, dict):
            result.update(_leaves(value, (*prefix, key)))
        else:
            result[(*prefix, key)] = value
    return result


def placeholders_in(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER_RE.findall(text)))


def apply_overlay(english: dict, overlay: dict, language: str) -> dict:
    """English guide data with the overlay's texts in place; OverlayError says what is wrong
    (the guide's loader names the file)."""

    def fail(problem: str) -> OverlayError:
        return OverlayError(problem)

    if overlay.get("format", GUIDE_FORMAT) != GUIDE_FORMAT:
        raise fail(f"“format” must be {GUIDE_FORMAT}")
    if overlay.get("language", language) != language:
        raise fail(f'“language” must be "{language}", the name of this file')
    wanted = text_entries(english)
    given = _leaves({k: v for k, v in overlay.items() if k not in ("format", "language")})
    for key in given:
        if key not in wanted:
            where = ".".join(key)
            if key[-1] in DATA_KEYS or key[0] in DATA_KEYS:
                raise fail(f"“{where}”: links, dates and laws belong in en.toml only")
            raise fail(f"“{where}” is not a text of the English guide (unknown key)")
    missing = [".".join(key) for key in wanted if key not in given]
    if missing:
        raise fail(f"these texts are missing: {', '.join(missing[:8])}")
    merged = copy.deepcopy(english)
    for key, value in given.items():
        where = ".".join(key)
        source = wanted[key]
        if isinstance(source, list):
            if not isinstance(value, list) or len(value) != len(source):
                raise fail(f"“{where}” must list {len(source)} steps, like the English guide")
            pairs = list(zip(source, value, strict=True))
        else:
            pairs = [(source, value)]
        for english_text, text in pairs:
            if not isinstance(text, str) or not text.strip():
                raise fail(f"“{where}” must be a non-empty text")
            if placeholders_in(text) != placeholders_in(str(english_text)):
                raise fail(
                    f"“{where}” must use the same placeholders as the English text: "
                    + (
                        ", ".join("{" + p + "}" for p in placeholders_in(str(english_text)))
                        or "none"
                    )
                )
        merged[key[0]][key[1]][key[2]] = value
    merged["language"] = language
    return merged
