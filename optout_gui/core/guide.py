"""Loading and checking the guide data in ``resources/guides/<lang>.toml``.

The guide holds everything that changes when Meta changes its process: step texts,
form links, the in-app routes, the countries where the right to object exists, and
the date the links were last checked. A broken file raises :class:`GuideError`
naming the file and the problem, never a bare traceback.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from optout_gui.core.atomic import read_regular_bytes
from optout_gui.core.resources import resources_dir
from optout_gui.core.urls import META_DOMAINS, UrlRefused, check_url

log = logging.getLogger(__name__)

GUIDE_FORMAT = 1
ACCOUNT_TYPES = ("facebook", "instagram")
STEP_IDS = (
    "welcome",
    "notice",
    "object_link",
    "open_form",
    "fill_form",
    "code",
    "review",
    "confirmation",
)
LAW_IDS = ("gdpr", "uk_gdpr", "fadp", "lgpd", "none")
PLACEHOLDERS = frozenset({"account", "country"})
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
_COUNTRY_CODE_RE = re.compile(r"^(?:[A-Z]{2}|OTHER)$")
# The keys a translation (resources/guides/<lang>.toml) gives; everything else — links,
# dates, which law applies where — is kept in en.toml only.
_TEXT_KEYS = {
    "accounts": ("label", "notice", "in_app_route"),
    "laws": ("name", "verdict"),
    "countries": ("name", "note"),
    "steps": None,  # every key
}


class GuideError(Exception):
    """The guide file is missing, unreadable or incomplete."""

    def __init__(self, path: Path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class AccountGuide:
    account_type: str
    label: str
    form_url: str
    alternate_urls: tuple[str, ...]
    in_app_route: tuple[str, ...]
    notice: str


@dataclass(frozen=True)
class Law:
    law_id: str
    name: str
    verdict: str

    @property
    def gives_right_to_object(self) -> bool:
        return self.law_id != "none"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    law_id: str
    note: str = ""


@dataclass(frozen=True)
class Guide:
    path: Path
    language: str
    links_last_checked: dt.date
    accounts: dict[str, AccountGuide]
    laws: dict[str, Law]
    countries: dict[str, Country]
    steps: dict[str, dict[str, str]]

    def step_text(self, step: str, key: str = "text", **values: str) -> str:
        """A step's text with ``{account}``/``{country}`` filled in."""
        return fill_placeholders(self.steps[step].get(key, ""), values)

    def law_for(self, country_code: str) -> Law:
        return self.laws[self.countries[country_code].law_id]

    def has_right_to_object(self, country_code: str) -> bool:
        return self.law_for(country_code).gives_right_to_object


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def guide_path(language: str = "en", base: Path | None = None) -> Path:
    return (base or resources_dir() / "guides") / f"{language}.toml"


def load_guide(path: Path | None = None, *, language: str = "en") -> Guide:
    """Read and check a guide; raises :class:`GuideError` on any problem.

    ``path`` is the English guide (default ``resources/guides/en.toml``). For another
    ``language`` the texts of ``<lang>.toml`` beside it replace the English ones; the
    overlay must give every text, with the same placeholders, and nothing else. Without
    an overlay file the English texts are used (and a warning is logged). Country names
    come from CLDR (Babel) in ``language``.
    """
    path = path or guide_path()
    data = _read_toml(path)
    if language != "en":
        overlay_path = path.with_name(f"{language}.toml")
        if overlay_path.is_file():
            data = apply_overlay(data, _read_toml(overlay_path), overlay_path, language)
        else:
            log.warning("no guide texts for %s (%s); using English", language, overlay_path.name)
    return _GuideReader(path, data, names_language=language).read()


def _read_toml(path: Path) -> dict:
    try:
        raw = read_regular_bytes(path)  # a FIFO or device would hang or never end
    except FileNotFoundError:
        raise GuideError(path, "the file does not exist") from None
    except OSError as exc:
        raise GuideError(path, f"the file cannot be read ({exc.strerror})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise GuideError(path, "the file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise GuideError(path, f"it is not valid TOML: {exc}") from None


def text_entries(data: dict) -> dict[tuple[str, ...], object]:
    """The translatable texts of a guide: ``("steps", "code", "title") -> "…"``; route
    steps are one entry holding the list."""
    entries: dict[tuple[str, ...], object] = {}
    for section, keys in _TEXT_KEYS.items():
        table = data.get(section)
        if not isinstance(table, dict):
            continue
        for item, entry in table.items():
            if not isinstance(entry, dict):
                continue
            for key, value in entry.items():
                if keys is None or key in keys:
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
    return sorted(set(_PLACEHOLDER_RE.findall(text)))


def apply_overlay(english: dict, overlay: dict, path: Path, language: str) -> dict:
    """English guide data with the overlay's texts in place; GuideError names ``path``."""

    def fail(problem: str) -> GuideError:
        return GuideError(path, problem)

    if overlay.get("format", GUIDE_FORMAT) != GUIDE_FORMAT:
        raise fail(f"“format” must be {GUIDE_FORMAT}")
    if overlay.get("language", language) != language:
        raise fail(f'“language” must be "{language}", the name of this file')
    wanted = text_entries(english)
    given = _leaves({k: v for k, v in overlay.items() if k not in ("format", "language")})
    for key in given:
        if key not in wanted:
            where = ".".join(key)
            if key[-1] in ("form_url", "alternate_urls", "law", "links_last_checked"):
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


class _GuideReader:
    def __init__(self, path: Path, data: dict, names_language: str = "en"):
        self.path = path
        self.data = data
        self.names_language = names_language

    def fail(self, problem: str) -> GuideError:
        return GuideError(self.path, problem)

    def table(self, parent: dict, key: str, where: str) -> dict:
        value = parent.get(key)
        if not isinstance(value, dict):
            raise self.fail(f"the section [{where}] is missing")
        return value

    def text(self, parent: dict, key: str, where: str, *, required: bool = True) -> str:
        value = parent.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"“{key}” in [{where}] must be a non-empty text")
        for name in _PLACEHOLDER_RE.findall(value):
            if name not in PLACEHOLDERS:
                raise self.fail(
                    f"“{key}” in [{where}] uses an unknown placeholder {{{name}}}; "
                    f"allowed: {', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))}"
                )
        return value.strip()

    def url(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(f"a link in [{where}] must be a text")
        try:
            return check_url(value, META_DOMAINS)
        except UrlRefused as exc:
            raise self.fail(f"the link “{value}” in [{where}] is refused: {exc}") from None

    def read(self) -> Guide:
        data = self.data
        if data.get("format") != GUIDE_FORMAT:
            raise self.fail(f"“format” must be {GUIDE_FORMAT}")
        language = data.get("language")
        if not isinstance(language, str) or not language:
            raise self.fail('“language” must name the language, such as "en"')
        checked = data.get("links_last_checked")
        if not isinstance(checked, dt.date) or isinstance(checked, dt.datetime):
            raise self.fail("“links_last_checked” must be a date such as 2026-11-29")
        return Guide(
            path=self.path,
            language=language,
            links_last_checked=checked,
            accounts=self.read_accounts(),
            laws=self.read_laws(),
            countries=self.read_countries(),
            steps=self.read_steps(),
        )

    def read_accounts(self) -> dict[str, AccountGuide]:
        accounts = self.table(self.data, "accounts", "accounts")
        result = {}
        for account_type in ACCOUNT_TYPES:
            where = f"accounts.{account_type}"
            entry = self.table(accounts, account_type, where)
            alternates = entry.get("alternate_urls", [])
            route = entry.get("in_app_route")
            if not isinstance(alternates, list):
                raise self.fail(f"“alternate_urls” in [{where}] must be a list of links")
            if not isinstance(route, list) or not route:
                raise self.fail(f"“in_app_route” in [{where}] must be a list of steps")
            if not all(isinstance(step, str) and step.strip() for step in route):
                raise self.fail(f"every step of “in_app_route” in [{where}] must be a text")
            result[account_type] = AccountGuide(
                account_type=account_type,
                label=self.text(entry, "label", where),
                form_url=self.url(entry.get("form_url"), where),
                alternate_urls=tuple(self.url(u, where) for u in alternates),
                in_app_route=tuple(step.strip() for step in route),
                notice=self.text(entry, "notice", where),
            )
        return result

    def read_laws(self) -> dict[str, Law]:
        laws = self.table(self.data, "laws", "laws")
        result = {}
        for law_id in LAW_IDS:
            where = f"laws.{law_id}"
            entry = self.table(laws, law_id, where)
            result[law_id] = Law(
                law_id, self.text(entry, "name", where), self.text(entry, "verdict", where)
            )
        return result

    def read_countries(self) -> dict[str, Country]:
        countries = self.table(self.data, "countries", "countries")
        if not countries:
            raise self.fail("[countries] lists no country")
        from optout_gui.core.languages import country_names

        names = country_names(self.names_language, countries)
        result = {}
        for code, entry in countries.items():
            where = f"countries.{code}"
            if not _COUNTRY_CODE_RE.match(code):
                raise self.fail(f"“{code}” in [countries] is not a two-letter country code")
            if not isinstance(entry, dict):
                raise self.fail(f"[{where}] must give a law")
            law_id = entry.get("law")
            if law_id not in LAW_IDS:
                raise self.fail(f"the law of [{where}] must be one of: {', '.join(LAW_IDS)}")
            if code not in names and "name" not in entry:
                raise self.fail(f"[{where}] needs a name: it is not a known country code")
            result[code] = Country(
                code=code,
                name=names.get(code) or self.text(entry, "name", where),
                law_id=law_id,
                note=self.text(entry, "note", where, required=False),
            )
        return result

    def read_steps(self) -> dict[str, dict[str, str]]:
        steps = self.table(self.data, "steps", "steps")
        result = {}
        for step_id in STEP_IDS:
            where = f"steps.{step_id}"
            entry = self.table(steps, step_id, where)
            texts = {
                "title": self.text(entry, "title", where),
                "text": self.text(entry, "text", where),
            }
            for key, _value in entry.items():
                if key not in texts:
                    texts[key] = self.text(entry, key, where)
            result[step_id] = texts
        return result
