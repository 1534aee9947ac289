"""Loading and checking the guide data in ``resources/guides/<lang>.toml``.

The guide holds everything that changes when Meta changes its process: step texts,
form links, the in-app routes, the countries where the right to object exists, and
the date the links were last checked. A broken file raises :class:`GuideError`
naming the file and the problem, never a bare traceback.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from optout_gui.core.resources import resources_dir
from optout_gui.core.urls import META_DOMAINS, UrlRefused, check_url

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


def load_guide(path: Path | None = None) -> Guide:
    """Read and check a guide file; raises :class:`GuideError` on any problem."""
    path = path or guide_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise GuideError(path, "the file does not exist") from None
    except OSError as exc:
        raise GuideError(path, f"the file cannot be read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise GuideError(path, "the file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise GuideError(path, f"it is not valid TOML: {exc}") from None
    return _GuideReader(path, data).read()


class _GuideReader:
    def __init__(self, path: Path, data: dict):
        self.path = path
        self.data = data

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
        result = {}
        for code, entry in countries.items():
            where = f"countries.{code}"
            if not _COUNTRY_CODE_RE.match(code):
                raise self.fail(f"“{code}” in [countries] is not a two-letter country code")
            if not isinstance(entry, dict):
                raise self.fail(f"[{where}] must give a name and a law")
            law_id = entry.get("law")
            if law_id not in LAW_IDS:
                raise self.fail(f"the law of [{where}] must be one of: {', '.join(LAW_IDS)}")
            result[code] = Country(
                code=code,
                name=self.text(entry, "name", where),
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
