"""Composing the reason for the objection from a few ticked points, in several languages.

The sentences live in ``resources/reasons/<lang>.toml``, one file per language, all with
the same keys as ``en.toml``. A reason is assembled from them in a fixed order:

    opening (tone) + law sentence (law, plain or formal) + one sentence per point + closing

Short reasons are one paragraph; detailed and formal ones put the points and the closing
in paragraphs of their own. The law sentences say what each law allows (GDPR: grounds
relating to one's particular situation; Brazil: a breach of the LGPD; Switzerland: an
express objection); their citations ({objection_law}, {law}) are filled in from
``resources/jurisdictions.toml`` in the reason's language. Nothing here imports Qt.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from optout_gui.core.atomic import read_regular_bytes
from optout_gui.core.datafile import DataFileError
from optout_gui.core.guide import LAW_IDS
from optout_gui.core.jurisdictions import load_legal_data
from optout_gui.core.languages import TEXT_LANGUAGES
from optout_gui.core.resources import resources_dir

REASONS_FORMAT = 1
FALLBACK_LANGUAGE = "en"

# Native names, so that everyone can find their own language whatever the app's language.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt_BR": "Português (Brasil)",
}
LANGUAGES = TEXT_LANGUAGES
assert set(LANGUAGE_NAMES) == set(LANGUAGES), "a reason language without its name"

POINT_IDS = ("photos", "children", "creative", "private_life", "likeness", "no_consent")
TONES = ("short", "detailed", "formal")
DEFAULT_TONE = "short"
PLACEHOLDERS = frozenset({"account", "law", "objection_law"})

# Above this many characters, advise that a few paragraphs say enough. There is no
# minimum: no source gives one, and in 2025 the reason is optional (resources/guides).
LONG_REASON_CHARS = 3000

_COUNTRY_LANGUAGE = {
    **dict.fromkeys(("DE", "AT", "LI", "CH"), "de"),
    **dict.fromkeys(("FR", "BE", "LU"), "fr"),
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PL": "pl",
    # Portugal gets the Brazilian texts: close enough to be understood, better than English.
    **dict.fromkeys(("BR", "PT"), "pt_BR"),
}

_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
_LINE_BREAKS_RE = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
_TRAILING_SPACE_RE = re.compile(r"[ \t]+$", re.MULTILINE)

# Which keys each section must hold: section -> entry -> keys.
SCHEMA: dict[str, dict[str, tuple[str, ...]]] = {
    "tones": dict.fromkeys(TONES, ("opening", "closing")),
    "laws": dict.fromkeys(LAW_IDS, ("plain", "formal")),
    "points": dict.fromkeys(POINT_IDS, ("short", "long")),
}
TOP_LEVEL_TEXTS = ("both_accounts",)


class ReasonsError(DataFileError):
    """A reason template file is missing, unreadable or incomplete."""


@dataclass(frozen=True)
class ReasonTemplates:
    """The checked sentences of one language."""

    path: Path
    language: str
    both_accounts: str
    tones: dict[str, dict[str, str]]
    laws: dict[str, dict[str, str]]
    points: dict[str, dict[str, str]]

    def fragments(self) -> dict[str, str]:
        """Every text by a dotted key, e.g. ``points.photos.short`` (for checks)."""
        flat = {"both_accounts": self.both_accounts}
        for section in SCHEMA:
            for entry, texts in getattr(self, section).items():
                for key, text in texts.items():
                    flat[f"{section}.{entry}.{key}"] = text
        return flat


@dataclass(frozen=True)
class Composition:
    """What the person chose in the composer."""

    points: tuple[str, ...] = ()
    tone: str = DEFAULT_TONE
    law: str = "none"
    account: str = ""  # "Facebook" / "Instagram"; empty means both

    def cleaned(self) -> Composition:
        return Composition(
            points=tuple(p for p in POINT_IDS if p in self.points),
            tone=self.tone if self.tone in TONES else DEFAULT_TONE,
            law=self.law if self.law in LAW_IDS else "none",
            account=self.account,
        )


def compose(templates: ReasonTemplates, choice: Composition) -> str:
    """Assemble a reason; the same choice always gives the same text."""
    choice = choice.cleaned()
    values = {
        **_citations(choice.law, templates.language),
        "account": choice.account or templates.both_accounts,
    }
    tone = templates.tones[choice.tone]
    law = templates.laws[choice.law]["formal" if choice.tone == "formal" else "plain"]
    variant = "short" if choice.tone == "short" else "long"
    points = [templates.points[p][variant] for p in choice.points]

    first = [tone["opening"], law]
    if choice.tone == "short":
        paragraphs = [_sentences(first + points + [tone["closing"]])]
    else:
        paragraphs = [_sentences(first)]
        if points:
            paragraphs.append(_sentences(points))
        paragraphs.append(_sentences([tone["closing"]]))
    return fill(("\n\n".join(paragraphs)), values)


def _citations(law: str, language: str) -> dict[str, str]:
    return load_legal_data().jurisdictions[law].citations(language)


def _sentences(parts: list[str]) -> str:
    return " ".join(part.strip() for part in parts if part.strip())


def fill(text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def normalise(text: str) -> str:
    """The text as it will be copied: one kind of line ending, no spaces at line ends,
    nothing blank at the start or the end."""
    text = _LINE_BREAKS_RE.sub("\n", text)
    text = _TRAILING_SPACE_RE.sub("", text)
    return text.strip()


def length_problem(text: str) -> str | None:
    """``"empty"``, ``"long"`` or None for a normalised reason."""
    if not text:
        return "empty"
    if len(text) > LONG_REASON_CHARS:
        return "long"
    return None


def language_for_country(country: str | None) -> str:
    return _COUNTRY_LANGUAGE.get((country or "").upper(), FALLBACK_LANGUAGE)


# --- loading -----------------------------------------------------------------------
def reasons_path(language: str, base: Path | None = None) -> Path:
    return (base or resources_dir() / "reasons") / f"{language}.toml"


def load_templates(path: Path) -> ReasonTemplates:
    """Read and check one language file; raises :class:`ReasonsError` on any problem."""
    try:
        raw = read_regular_bytes(path)  # a FIFO or device would hang or never end
    except FileNotFoundError:
        raise ReasonsError(path, "the file does not exist") from None
    except OSError as exc:
        raise ReasonsError(path, f"the file cannot be read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ReasonsError(path, "the file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ReasonsError(path, f"it is not valid TOML: {exc}") from None
    return _read(path, data)


def _read(path: Path, data: dict) -> ReasonTemplates:
    def fail(problem: str) -> ReasonsError:
        return ReasonsError(path, problem)

    def text(parent: dict, key: str, where: str) -> str:
        value = parent.get(key)
        if not isinstance(value, str) or not value.strip():
            raise fail(f"“{key}” in [{where}] must be a non-empty text")
        for name in _PLACEHOLDER_RE.findall(value):
            if name not in PLACEHOLDERS:
                raise fail(f"“{key}” in [{where}] uses an unknown placeholder {{{name}}}")
        if "{" in _PLACEHOLDER_RE.sub("", value) or "}" in _PLACEHOLDER_RE.sub("", value):
            raise fail(f"“{key}” in [{where}] has an unmatched {{ or }}")
        return " ".join(value.split())

    if data.get("format") != REASONS_FORMAT:
        raise fail(f"“format” must be {REASONS_FORMAT}")
    language = data.get("language")
    if language != path.stem:
        raise fail(f"“language” must be “{path.stem}”, the name of the file")
    unknown = set(data) - {"format", "language", *TOP_LEVEL_TEXTS, *SCHEMA}
    if unknown:
        raise fail(f"unknown entries: {', '.join(sorted(unknown))}")
    sections: dict[str, dict[str, dict[str, str]]] = {}
    for section, entries in SCHEMA.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise fail(f"the section [{section}] is missing")
        extra = set(table) - set(entries)
        if extra:
            raise fail(f"[{section}] has unknown entries: {', '.join(sorted(extra))}")
        sections[section] = {}
        for entry, keys in entries.items():
            where = f"{section}.{entry}"
            sub = table.get(entry)
            if not isinstance(sub, dict):
                raise fail(f"the section [{where}] is missing")
            extra = set(sub) - set(keys)
            if extra:
                raise fail(f"[{where}] has unknown keys: {', '.join(sorted(extra))}")
            sections[section][entry] = {key: text(sub, key, where) for key in keys}
    return ReasonTemplates(
        path=path,
        language=language,
        both_accounts=text(data, "both_accounts", "top of the file"),
        **sections,
    )


@dataclass
class ReasonLibrary:
    """Loads each language once; a damaged language falls back to English."""

    base: Path | None = None
    _cache: dict[str, ReasonTemplates] = field(default_factory=dict)
    _problems: dict[str, ReasonsError] = field(default_factory=dict)

    def get(self, language: str) -> tuple[ReasonTemplates, ReasonsError | None]:
        """The templates for ``language`` and, if English had to stand in, why.

        Raises :class:`ReasonsError` only when the English file itself is unusable.
        """
        if language not in LANGUAGES:
            language = FALLBACK_LANGUAGE
        if language not in self._cache and language not in self._problems:
            try:
                self._cache[language] = load_templates(reasons_path(language, self.base))
            except ReasonsError as exc:
                if language == FALLBACK_LANGUAGE:
                    raise
                self._problems[language] = exc
        if language in self._cache:
            return self._cache[language], None
        english, _ = self.get(FALLBACK_LANGUAGE)
        return english, self._problems[language]
