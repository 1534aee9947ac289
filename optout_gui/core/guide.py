"""Loading and checking the guide data in ``resources/guides/<lang>.toml``.

The guide holds everything that changes when Meta changes its process: step texts,
form links, the in-app routes, the countries where the right to object exists, the
date the links were collected, and for every claim the public sources it rests on
(``sources``: URL, title, date seen). A link carries a ``checked_online`` date only
after ``tools/check_links.py --update`` opened it successfully. A broken file raises
:class:`GuideError` naming the file and the problem, never a bare traceback.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from optout_gui.core.datafile import DataFileError, read_toml
from optout_gui.core.guide_overlay import (
    DATA_KEYS,
    GUIDE_FORMAT,
    PLACEHOLDER_RE,
    OverlayError,
    apply_overlay,
)
from optout_gui.core.languages import country_names
from optout_gui.core.resources import resources_dir
from optout_gui.core.urls import META_DOMAINS, UrlRefused, check_url

log = logging.getLogger(__name__)

ACCOUNT_TYPES = ("facebook", "instagram")
# The accounts' names, the same in every language (each guide's ``label``; a test checks
# they agree), for places that show an account without a guide at hand (proof, calendar).
ACCOUNT_NAMES = {"facebook": "Facebook", "instagram": "Instagram"}
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
_COUNTRY_CODE_RE = re.compile(r"^(?:[A-Z]{2}|OTHER)$")


class GuideError(DataFileError):
    """The guide file is missing, unreadable or incomplete."""


class Source(NamedTuple):
    """Where a claim can be re-checked: a public page, its title, the day it was read."""

    url: str
    title: str
    seen: dt.date
    note: str = ""


def read_sources(value: object, where: str, fail, *, required: bool = False) -> tuple[Source, ...]:
    """A data file's ``sources`` list (``[{ url, title, seen, note? }]``), checked; ``fail``
    turns a problem into the reader's own error. ``required``: an empty list is refused."""
    problem = (
        f"“sources” in [{where}] must be a{' non-empty' if required else ''} list of "
        '{ url = "https://…", title = "…", seen = 2026-12-06 }'
    )
    if not isinstance(value, list) or (required and not value):
        raise fail(problem)
    result = []
    for item in value:
        if not isinstance(item, dict) or set(item) - {"url", "title", "seen", "note"}:
            raise fail(problem)
        url, title, seen = item.get("url"), item.get("title"), item.get("seen")
        if not (isinstance(url, str) and url.startswith("https://")):
            raise fail(f"{problem}; the url must start with https://")
        if not (isinstance(title, str) and title.strip()) or not is_date(seen):
            raise fail(problem)
        result.append(Source(url, title.strip(), seen, str(item.get("note", ""))))
    return tuple(result)


class Link(NamedTuple):
    """A link the app offers, with where it was found and the last passed online check."""

    url: str
    sources: tuple[Source, ...] = ()
    checked_online: dt.date | None = None


class SideForm(NamedTuple):
    """A form outside the main path (e.g. for information Meta got from third parties)."""

    form_id: str
    form_url: str
    alternate_urls: tuple[str, ...]


class AccountGuide(NamedTuple):
    account_type: str
    label: str
    form_url: str
    alternate_urls: tuple[str, ...]
    in_app_route: tuple[str, ...]
    notice: str


class Law(NamedTuple):
    law_id: str
    name: str
    verdict: str

    @property
    def gives_right_to_object(self) -> bool:
        return self.law_id != "none"


class Country(NamedTuple):
    code: str
    name: str
    law_id: str
    note: str = ""


class NewsItem(NamedTuple):
    """One dated line of "What's new" (``[news.<name>]``), with sources under "news.<name>"."""

    news_id: str
    date: dt.date
    text: str


class Guide(NamedTuple):
    path: Path
    language: str
    links_collected: dt.date  # the day the links were gathered from public sources
    accounts: dict[str, AccountGuide]
    laws: dict[str, Law]
    countries: dict[str, Country]
    steps: dict[str, dict[str, str]]
    # Sources per claim, keyed by where the claim is: "steps.code", "accounts.facebook",
    # "laws.gdpr", "countries.NO", "side_forms.third_party".
    sources: dict[str, tuple[Source, ...]]
    links: dict[str, Link]  # by URL
    side_forms: dict[str, SideForm]
    news: tuple[NewsItem, ...] = ()  # newest first

    def link(self, url: str) -> Link:
        """What the guide knows about ``url`` (no sources, never checked, if not listed)."""
        return self.links.get(url) or Link(url)

    def checked_online(self, urls) -> dt.date | None:
        """The oldest passed online check among ``urls``; None unless every one passed."""
        dates = [self.link(url).checked_online for url in urls]
        if not dates or any(date is None for date in dates):
            return None
        return min(dates)

    def step_text(self, step: str, key: str = "text", **values: str) -> str:
        """A step's text with ``{account}``/``{country}`` filled in."""
        return fill_placeholders(self.steps[step].get(key, ""), values)

    def form_url(self, account: str | None) -> str | None:
        """The objection form's link for ``account``; None before an account is chosen."""
        return self.accounts[account].form_url if account in self.accounts else None

    def law_for(self, country_code: str) -> Law:
        return self.laws[self.countries[country_code].law_id]

    def has_right_to_object(self, country_code: str) -> bool:
        return self.law_for(country_code).gives_right_to_object


def guide_for(language: str) -> Guide:
    """The guide in ``language``; a broken translation of it falls back to English (logged),
    so a bad overlay file never locks anyone out. A broken English guide raises GuideError."""
    if language != "en":
        try:
            return load_guide(language=language)
        except GuideError as exc:
            log.error("guide translation unusable, showing the English guide: %s", exc)
    return load_guide()


def fill_placeholders(text: str, values: dict[str, str]) -> str:
    return PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@cache
def _shipped_english(path: Path) -> dict:
    """The English guide file as read once: the countdown's :func:`code_lifetime` is wanted
    before the guide is loaded, and both come from this file. Nothing changes the result
    (overlays are applied to a deep copy)."""
    return read_toml(path, GuideError)


@cache
def code_lifetime() -> dt.timedelta:
    """How long the emailed code of older forms worked, from ``[code]`` in en.toml.

    For the countdown, which must not wait for the whole guide; a broken value raises
    :class:`GuideError`, as loading the guide would."""
    path = guide_path()
    return _code_lifetime(path, _shipped_english(path))


def _code_lifetime(path: Path, data: dict) -> dt.timedelta:
    code = data.get("code")
    minutes = code.get("lifetime_minutes") if isinstance(code, dict) else None
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 < minutes <= 24 * 60:
        raise GuideError(path, "[code] needs “lifetime_minutes”, a whole number of minutes")
    return dt.timedelta(minutes=minutes)


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
    if path is None:
        path = guide_path()
        data = _shipped_english(path)
    else:
        data = read_toml(path, GuideError)
    if language != "en":
        overlay_path = path.with_name(f"{language}.toml")
        if overlay_path.is_file():
            overlay = read_toml(overlay_path, GuideError)
            try:
                data = apply_overlay(data, overlay, language)
            except OverlayError as problem:
                raise GuideError(overlay_path, str(problem)) from None
        else:
            log.warning("no guide texts for %s (%s); using English", language, overlay_path.name)
    return _GuideReader(path, data, names_language=language).read()


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
        for name in PLACEHOLDER_RE.findall(value):
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
        collected = data.get("links_collected")
        if not is_date(collected):
            raise self.fail("“links_collected” must be a date such as 2026-11-29")
        self.sources: dict[str, tuple[Source, ...]] = {}
        accounts = self.read_accounts()
        laws = self.read_laws()
        countries = self.read_countries()
        steps = self.read_steps()
        code = self.table(data, "code", "code")
        self.read_sources(code, "code")
        links = self.read_links()
        side_forms = self.read_side_forms()
        # How long the emailed code of older forms worked (what guides from 2023 and 2024
        # say, with sources): read by the countdown through code_lifetime(), checked here
        # too so that a guide with a broken value is refused.
        _code_lifetime(self.path, data)
        return Guide(
            path=self.path,
            language=language,
            links_collected=collected,
            accounts=accounts,
            laws=laws,
            countries=countries,
            steps=steps,
            sources=self.sources,
            links=links,
            side_forms=side_forms,
            news=self.read_news(),
        )

    def read_sources(self, entry: dict, where: str) -> None:
        """Check and keep ``entry["sources"]`` (if any) under ``where``."""
        if "sources" not in entry:
            return
        self.sources[where] = self.source_list(entry["sources"], where)

    def source_list(self, value: object, where: str) -> tuple[Source, ...]:
        return read_sources(value, where, self.fail)

    def read_links(self) -> dict[str, Link]:
        links = self.data.get("links", [])
        if not isinstance(links, list):
            raise self.fail("“links” must be a list of [[links]] tables")
        result = {}
        for number, entry in enumerate(links, 1):
            where = f"links #{number}"
            if not isinstance(entry, dict):
                raise self.fail(f"[{where}] must be a table")
            url = self.url(entry.get("url"), where)
            checked = entry.get("checked_online")
            if checked is not None and not is_date(checked):
                raise self.fail(f"“checked_online” in [{where}] must be a date")
            if url in result:
                raise self.fail(f"the link “{url}” is listed twice in [[links]]")
            result[url] = Link(url, self.source_list(entry.get("sources", []), where), checked)
        return result

    def read_side_forms(self) -> dict[str, SideForm]:
        forms = self.data.get("side_forms", {})
        if not isinstance(forms, dict):
            raise self.fail("[side_forms] must be a table")
        result = {}
        for form_id, entry in forms.items():
            where = f"side_forms.{form_id}"
            if not isinstance(entry, dict):
                raise self.fail(f"[{where}] must be a table")
            alternates = entry.get("alternate_urls", [])
            if not isinstance(alternates, list):
                raise self.fail(f"“alternate_urls” in [{where}] must be a list of links")
            self.read_sources(entry, where)
            result[form_id] = SideForm(
                form_id,
                self.url(entry.get("form_url"), where),
                tuple(self.url(u, where) for u in alternates),
            )
        return result

    def read_news(self) -> tuple[NewsItem, ...]:
        news = self.data.get("news", {})
        if not isinstance(news, dict):
            raise self.fail("[news] must hold [news.<name>] tables")
        result = []
        for news_id, entry in news.items():
            where = f"news.{news_id}"
            if not isinstance(entry, dict) or not is_date(entry.get("date")):
                raise self.fail(f"[{where}] needs a “date” such as 2025-05-23")
            self.read_sources(entry, where)
            result.append(NewsItem(news_id, entry["date"], self.text(entry, "text", where)))
        return tuple(sorted(result, key=lambda item: item.date, reverse=True))

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
            self.read_sources(entry, where)
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
            self.read_sources(entry, where)
            result[law_id] = Law(
                law_id, self.text(entry, "name", where), self.text(entry, "verdict", where)
            )
        return result

    def read_countries(self) -> dict[str, Country]:
        countries = self.table(self.data, "countries", "countries")
        if not countries:
            raise self.fail("[countries] lists no country")

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
            self.read_sources(entry, where)
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
            self.read_sources(entry, where)
            for key, _value in entry.items():
                if key not in texts and key not in DATA_KEYS:
                    texts[key] = self.text(entry, key, where)
            result[step_id] = texts
        return result


def is_date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
