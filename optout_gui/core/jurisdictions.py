"""Which law applies where, who the authority is, and what the law says about deadlines.

Everything here is read from ``resources/jurisdictions.toml`` (laws, articles, deadlines,
Meta's company, sources) and ``resources/authorities.toml`` (the authorities, their
pages and languages). The Python code holds no legal fact: it loads, checks and looks up.
Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import NamedTuple

from optout_gui.core.datafile import DataFileError, read_toml
from optout_gui.core.guide import LAW_IDS, is_date
from optout_gui.core.languages import TEXT_LANGUAGES
from optout_gui.core.resources import resources_dir
from optout_gui.core.urls import AUTHORITY_DOMAINS, UrlRefused, check_url

LETTER_LANGUAGES = TEXT_LANGUAGES
NO_LAW = "none"
AUTHORITY_ACTIONS = ("decides", "report", "petition", "none")
FORMAT = 1
AUTHORITIES_FORMAT = 2
# Placeholders a citation can fill: {law} and {<kind>_law} for each [cite.<kind>].
CITE_KINDS = ("objection", "complaint", "deadline", "meta_complaint", "court")


class JurisdictionDataError(DataFileError):
    """resources/jurisdictions.toml or resources/authorities.toml is unusable."""


class Source(NamedTuple):
    key: str
    url: str
    title: str
    seen: dt.date
    statute: bool = False
    document: str = ""
    note: str = ""


class MetaEntity(NamedTuple):
    key: str
    name: str
    address: str
    confirmed: bool
    sources: tuple[str, ...]


class PersonLine(NamedTuple):
    """A sentence the person reads about their own country, with the facts' sources."""

    texts: dict[str, str]
    sources: tuple[str, ...]
    started: dt.date | None = None  # training: the day it began, where a source gives one

    def text(self, language: str) -> str:
        return _pick(self.texts, language)


class Jurisdiction(NamedTuple):
    id: str
    countries: tuple[str, ...]
    law_name: dict[str, str]
    cite: dict[str, dict[str, str]]
    objection_articles: tuple[str, ...]
    complaint_articles: tuple[str, ...]
    deadline_articles: tuple[str, ...]
    deadline_months: int
    extension_months: int
    wait_months: int
    meta_first: bool
    letters: tuple[str, ...]
    authority_action: str
    meta_entity: MetaEntity
    sources: tuple[str, ...]
    acknowledge_days: int = 0
    authority_within_months: int = 0
    unconfirmed_articles: tuple[str, ...] = ()
    # Lines shown to the person, per language, each with its sources (issue #26): since when
    # Meta trains here (welcome page) and what to do after a refusal or no answer
    # (confirmation page). Empty where no source gives one: no line is shown.
    training: PersonLine | None = None
    next_step: PersonLine | None = None

    @property
    def has_deadline(self) -> bool:
        """The law gives Meta a fixed time to answer the objection."""
        return self.deadline_months > 0

    @property
    def months_until_next_step(self) -> int:
        """After how many months without an answer the next step is suggested (0: never)."""
        return self.deadline_months or self.wait_months

    def training_line(self, language: str) -> str:
        """Since when Meta trains its AI here, in ``language`` ("" where no source says)."""
        return self.training.text(language) if self.training else ""

    def next_step_line(self, language: str) -> str:
        """What to do after a refusal or no answer, in ``language`` ("" where none)."""
        return self.next_step.text(language) if self.next_step else ""

    def citations(self, language: str) -> dict[str, str]:
        """``{law}``, ``{objection_law}`` … in ``language`` (English where missing)."""
        values = {"law": _pick(self.law_name, language)}
        for kind, texts in self.cite.items():
            values[f"{kind}_law"] = _pick(texts, language)
        return values


class Authority(NamedTuple):
    key: str  # "FR", or "DE-HH" for a German state
    country: str
    own: str  # the language its own name is in
    names: dict[str, str]
    url: str
    page: str  # "complaint" or "home"
    languages: tuple[str, ...]
    requires_language: bool
    checked_online: dt.date | None  # only after a real check of the page
    sources: tuple[Source, ...]
    from_knowledge: bool
    state: tuple[str, str] | None
    state_names: dict[str, str]

    @property
    def own_name(self) -> str:
        return self.names[self.own]

    def name_in(self, language: str) -> str:
        """The name for a letter in ``language``: that language's name where the authority
        has one, otherwise its own name (never a translation it doesn't use)."""
        return self.names.get(language) or self.own_name

    def state_name(self, language: str) -> str:
        if not self.state:
            return ""
        return self.state_names.get(language) or self.state[1]

    def default_language(self, app_language: str = "en") -> str:
        """The letter language to start with: the app's language if the authority works in
        it, otherwise the first language it works in."""
        if app_language in self.languages:
            return app_language
        return self.languages[0]

    def accepts(self, language: str) -> bool:
        return not self.requires_language or language in self.languages


class LegalData(NamedTuple):
    collected: dt.date
    jurisdictions: dict[str, Jurisdiction]
    authorities: dict[str, Authority]
    sources: dict[str, Source]

    def jurisdiction_for(self, country: str | None) -> Jurisdiction:
        code = (country or "").upper()
        for jurisdiction in self.jurisdictions.values():
            if code in jurisdiction.countries:
                return jurisdiction
        return self.jurisdictions[NO_LAW]

    def authorities_for(self, country: str | None) -> list[Authority]:
        """The authorities a resident of ``country`` can turn to (Germany: one per state)."""
        code = (country or "").upper()
        return [a for a in self.authorities.values() if a.country == code]

    def countries(self) -> list[str]:
        return sorted({a.country for a in self.authorities.values()})


def _pick(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts.get("en", "")


# --- loading ---------------------------------------------------------------------------
def _resources() -> Path:
    return resources_dir()


def _read(path: Path) -> dict:
    return read_toml(path, JurisdictionDataError)


@cache
def load_legal_data(folder: Path | None = None) -> LegalData:
    """Read and check both files; raises :class:`JurisdictionDataError` on any problem."""
    folder = folder or _resources()
    try:
        return _load_legal_data(folder)
    except DataFileError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError, IndexError) as exc:
        raise JurisdictionDataError(
            folder / "authorities.toml",
            "this file or jurisdictions.toml beside it has an entry that is not laid out as "
            f"expected ({type(exc).__name__}: {exc})",
        ) from None


def _load_legal_data(folder: Path) -> LegalData:
    jpath = folder / "jurisdictions.toml"
    apath = folder / "authorities.toml"
    jdata = _read(jpath)
    adata = _read(apath)

    def fail(path: Path, problem: str) -> JurisdictionDataError:
        return JurisdictionDataError(path, problem)

    if jdata.get("format") != FORMAT:
        raise fail(jpath, f"“format” must be {FORMAT}")
    collected = jdata.get("facts_collected")
    if not isinstance(collected, dt.date):
        raise fail(jpath, "“facts_collected” must be a date")
    sources = {
        key: read_source(jpath, key, item)
        for key, item in {**jdata.get("sources", {}), **adata.get("sources", {})}.items()
    }
    entities = {}
    for key, item in jdata.get("meta_entities", {}).items():
        refs = tuple(item.get("sources", ()))
        _known_sources(jpath, f"meta_entities.{key}", refs, sources)
        if not item.get("name"):
            raise fail(jpath, f"meta_entities.{key}: a name is needed")
        entities[key] = MetaEntity(
            key, item["name"], item.get("address", ""), bool(item.get("confirmed", True)), refs
        )

    jurisdictions: dict[str, Jurisdiction] = {}
    raw = jdata.get("jurisdictions", {})
    if set(raw) != set(LAW_IDS):
        raise fail(jpath, f"the jurisdictions must be exactly: {', '.join(LAW_IDS)}")
    seen_countries: dict[str, str] = {}
    for law_id in LAW_IDS:
        item = raw[law_id]
        where = f"jurisdictions.{law_id}"
        for code in item.get("countries", []):
            if code in seen_countries:
                raise fail(jpath, f"{code} is in both {seen_countries[code]} and {law_id}")
            seen_countries[code] = law_id
        names = item.get("law_name", {})
        if set(names) != set(LETTER_LANGUAGES):
            raise fail(jpath, f"{where}.law_name needs one name per language")
        cite = item.get("cite", {})
        for kind, texts in cite.items():
            if kind not in CITE_KINDS:
                raise fail(jpath, f"{where}.cite.{kind} is not a known kind of citation")
            if set(texts) != set(LETTER_LANGUAGES) or not all(texts.values()):
                raise fail(jpath, f"{where}.cite.{kind} needs a text in every language")
        if item.get("authority_action") not in AUTHORITY_ACTIONS:
            raise fail(jpath, f"{where}: unknown authority_action")
        entity = entities.get(item.get("meta_entity"))
        if entity is None:
            raise fail(jpath, f"{where}: unknown meta_entity")
        refs = tuple(item.get("sources", ()))
        if not refs:
            raise fail(jpath, f"{where}: every jurisdiction needs its sources")
        _known_sources(jpath, where, refs, sources)
        months = {k: item.get(k) for k in ("deadline_months", "extension_months", "wait_months")}
        if not all(isinstance(v, int) and v >= 0 for v in months.values()):
            raise fail(jpath, f"{where}: month counts must be whole numbers, 0 or more")
        if bool(months["deadline_months"]) != bool(item.get("deadline_articles")):
            raise fail(jpath, f"{where}: a deadline needs its article, and an article a deadline")
        if months["deadline_months"] and "deadline" not in cite:
            raise fail(jpath, f"{where}: a deadline needs [cite.deadline]")
        jurisdictions[law_id] = Jurisdiction(
            id=law_id,
            countries=tuple(item.get("countries", ())),
            law_name=dict(names),
            cite={k: dict(v) for k, v in cite.items()},
            objection_articles=tuple(item.get("objection_articles", ())),
            complaint_articles=tuple(item.get("complaint_articles", ())),
            deadline_articles=tuple(item.get("deadline_articles", ())),
            deadline_months=months["deadline_months"],
            extension_months=months["extension_months"],
            wait_months=months["wait_months"],
            meta_first=bool(item.get("meta_first")),
            letters=tuple(item.get("letters", ())),
            authority_action=item["authority_action"],
            meta_entity=entity,
            sources=refs,
            acknowledge_days=int(item.get("acknowledge_days", 0)),
            authority_within_months=int(item.get("authority_within_months", 0)),
            unconfirmed_articles=tuple(item.get("unconfirmed_articles", ())),
            training=_person_line(jpath, f"{where}.training", item.get("training"), sources),
            next_step=_person_line(jpath, f"{where}.next_step", item.get("next_step"), sources),
        )

    if adata.get("format") != AUTHORITIES_FORMAT:
        raise fail(apath, f"“format” must be {AUTHORITIES_FORMAT}")
    authorities = {}
    for key, item in adata.get("authorities", {}).items():
        authorities[key] = _authority(apath, key, item, seen_countries)
    for code, law_id in seen_countries.items():
        if not any(a.country == code for a in authorities.values()):
            raise fail(apath, f"{code} ({law_id}) has no authority")
    return LegalData(collected, jurisdictions, authorities, sources)


def _person_line(path: Path, where: str, item: object, sources: dict) -> PersonLine | None:
    """``[<where>]``: ``sources`` (keys), a ``text`` in every language, maybe ``started``."""
    if item is None:
        return None
    if not isinstance(item, dict):
        raise JurisdictionDataError(path, f"[{where}] must be a table")
    refs = tuple(item.get("sources", ()))
    if not refs:
        raise JurisdictionDataError(path, f"{where}: a line the person reads needs its sources")
    _known_sources(path, where, refs, sources)
    texts = item.get("text", {})
    if set(texts) != set(LETTER_LANGUAGES) or not all(texts.values()):
        raise JurisdictionDataError(path, f"{where}.text needs a text in every language")
    started = item.get("started")
    if started is not None and not is_date(started):
        raise JurisdictionDataError(path, f"{where}: “started” must be a date")
    return PersonLine({k: " ".join(v.split()) for k, v in texts.items()}, refs, started)


def read_source(
    path: Path,
    key: str,
    item: dict,
    *,
    error: type[DataFileError] = JurisdictionDataError,
    where: str | None = None,
    link_needed: bool = False,
) -> Source:
    """The source ``key`` from its table: an https link (or, unless ``link_needed``, the
    document it is instead), a title and the day it was seen. A table without them raises
    ``error`` (the reading file's kind), naming ``where`` (by default ``sources.<key>``)."""
    where = where or f"sources.{key}"
    url = item.get("url", "")
    if url and not url.startswith("https://"):
        raise error(path, f"{where}: the link must be https")
    if link_needed and not url:
        raise error(path, f"{where}: a link is needed")
    if not url and not item.get("document"):
        raise error(path, f"{where}: a link or a document is needed")
    if not item.get("title") or not isinstance(item.get("seen"), dt.date):
        raise error(path, f"{where}: a title and the date seen are needed")
    return Source(
        key,
        url,
        item["title"],
        item["seen"],
        bool(item.get("statute")),
        item.get("document", ""),
        item.get("note", ""),
    )


def _known_sources(path: Path, where: str, refs: tuple[str, ...], sources: dict) -> None:
    missing = [r for r in refs if r not in sources]
    if missing:
        raise JurisdictionDataError(path, f"{where}: unknown sources {', '.join(missing)}")


def _authority(path: Path, key: str, item: dict, countries: dict[str, str]) -> Authority:
    def fail(problem: str) -> JurisdictionDataError:
        return JurisdictionDataError(path, f"authorities.{key}: {problem}")

    country = item.get("country", "")
    if country not in countries:
        raise fail(f"{country!r} is in no jurisdiction")
    try:
        check_url(item.get("url", ""), AUTHORITY_DOMAINS)
    except UrlRefused as exc:
        raise fail(f"the link is refused: {exc}") from None
    names = item.get("names", {})
    own = item.get("own")
    if own not in names or "en" not in names:
        raise fail("needs its own name (“own”) and an English name")
    languages = tuple(item.get("languages", ()))
    if not languages or any(lang not in LETTER_LANGUAGES for lang in languages):
        raise fail("“languages” must list letter languages")
    # The team's rule for every link: a date only after a real online check.
    checked_online = item.get("checked_online")
    if checked_online is not None and not isinstance(checked_online, dt.date):
        raise fail("“checked_online” must be the date of a real online check")
    sources = item.get("sources", [])
    if not isinstance(sources, list):
        raise fail("“sources” must be a list of {url, seen, title}")
    if not sources and not item.get("from_knowledge"):
        raise fail("needs sources, or from_knowledge = true")
    if item.get("page") not in ("complaint", "home"):
        raise fail("“page” must be complaint or home")
    state = item.get("state")
    if (country == "DE") != bool(state):
        raise fail("German authorities (and only they) name their federal state")
    return Authority(
        key=key,
        country=country,
        own=own,
        names=dict(names),
        url=item["url"],
        page=item["page"],
        languages=languages,
        requires_language=bool(item.get("requires_language")),
        checked_online=checked_online,
        sources=tuple(
            read_source(path, f"{key}.sources[{n}]", entry) for n, entry in enumerate(sources)
        ),
        from_knowledge=bool(item.get("from_knowledge")),
        state=tuple(state) if state else None,
        state_names=dict(item.get("state_names", {})),
    )


def jurisdiction_for(country: str | None) -> Jurisdiction:
    return load_legal_data().jurisdiction_for(country)
