"""AI-training opt-outs beyond Meta: one data file per service in ``resources/services/``.

Each ``<service>.toml`` holds the facts (what the service does with people's data, what the
opt-out covers, the link to the setting or form, the setting's name as the service shows
it, the menu path, the regions and dates it applies to) in English, every fact with its
``sources``; ``resources/services/texts/<lang>.toml`` gives our texts in the other
languages. A new service is a data file plus its texts: no code.

A broken file raises :class:`ServiceDataError` naming the file and the problem. Nothing
here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from optout_gui.core.datafile import DataFileError, read_toml
from optout_gui.core.guide import Source, is_date, read_sources
from optout_gui.core.jurisdictions import load_legal_data
from optout_gui.core.resources import resources_dir
from optout_gui.core.urls import OTHER_SERVICE_DOMAINS, UrlRefused, check_url

log = logging.getLogger(__name__)

SERVICES_FORMAT = 1
# "setting": a switch in the account; "form": a form to send; "no_opt_out": the sources show
# no way to stop it (said plainly, never a task); "signal": a request to outside AI
# companies, which they may or may not respect.
KINDS = ("setting", "form", "no_opt_out", "signal")
TASK_KINDS = ("setting", "form", "signal")
# Region words in [[applies]]: "EEA" (the EU and EEA countries of resources/
# jurisdictions.toml), "ALL" (wherever the service is offered), or two-letter country codes.
EEA = "EEA"
ALL = "ALL"
# Texts a translation gives per service (resources/services/texts/<lang>.toml).
TEXT_KEYS = ("what", "covers", "steps", "reason")
OPTIONAL_TEXT_KEYS = ("name",)  # only where the English name describes, e.g. Meta's form


class ServiceDataError(DataFileError):
    """A service file or a translation of its texts is missing, unreadable or incomplete."""


@dataclass(frozen=True)
class Fact:
    """One of our texts and the sources it rests on."""

    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Name:
    """A setting's or a menu's name exactly as the service shows it in ``language``."""

    language: str
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class MenuPath:
    """The way to the setting, as the service's menus name it; ``confirmed`` is False when
    only older press carries it (then ``as_of`` is the date of that press)."""

    language: str
    steps: tuple[str, ...]
    confirmed: bool
    as_of: dt.date | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Applies:
    regions: tuple[str, ...]
    since: dt.date | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Link:
    url: str
    confirmed: bool
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Service:
    id: str
    path: Path
    name: str  # the service's own name, the same in every language
    kind: str
    order: int
    what: Fact
    covers: Fact
    future_only: bool
    link: Link | None
    applies: tuple[Applies, ...]
    names: tuple[Name, ...] = ()
    paths: tuple[MenuPath, ...] = ()
    steps: tuple[Fact, ...] = ()
    reason: Fact | None = None  # a text to copy where the form asks why
    asks_email: bool = False  # the form asks for an email address
    language: str = "en"
    texts: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_task(self) -> bool:
        return self.kind in TASK_KINDS

    @property
    def confirmed(self) -> bool:
        """False when the link or the menu path rests on older press only."""
        return (self.link is None or self.link.confirmed) and all(p.confirmed for p in self.paths)

    def names_in(self, language: str) -> tuple[Name, ...]:
        """The setting's names as the service shows them in ``language``; English if no
        source shows that language."""
        found = tuple(n for n in self.names if n.language == language)
        return found or tuple(n for n in self.names if n.language == "en")

    def path_in(self, language: str) -> MenuPath | None:
        for wanted in (language, "en"):
            for path in self.paths:
                if path.language == wanted:
                    return path
        return None

    def all_sources(self) -> tuple[Source, ...]:
        """Every source of this service, each once, in the order they appear."""
        found: dict[str, Source] = {}
        groups = [self.what.sources, self.covers.sources]
        groups += [self.link.sources] if self.link else []
        groups += [a.sources for a in self.applies] + [n.sources for n in self.names]
        groups += [p.sources for p in self.paths] + [s.sources for s in self.steps]
        groups += [self.reason.sources] if self.reason else []
        for group in groups:
            for source in group:
                found.setdefault(source.url, source)
        return tuple(found.values())


@dataclass(frozen=True)
class Applicability:
    """Whether a service's sources name the person's country: "applies" (with the date it
    began, if a source gives one), "not_listed" (the sources name other places), or
    "unknown" (no country chosen)."""

    state: str
    since: dt.date | None = None


def services_dir() -> Path:
    return resources_dir() / "services"


def load_services(language: str = "en", folder: Path | None = None) -> list[Service]:
    """Every service in ``folder``, in their order; texts in ``language`` (English where a
    translation is missing or unusable, which is logged). Raises ServiceDataError."""
    folder = folder or services_dir()
    texts = _translation(folder, language) if language != "en" else {}
    services = [
        _read_service(path, texts.get(path.stem), language)
        for path in sorted(folder.glob("*.toml"))
    ]
    return sorted(services, key=lambda s: (s.order, s.id))


def _translation(folder: Path, language: str) -> dict:
    path = folder / "texts" / f"{language}.toml"
    if not path.is_file():
        log.warning("no texts of the other services in %s; using English", language)
        return {}
    data = read_toml(path, ServiceDataError)
    if data.get("format") != SERVICES_FORMAT or data.get("language") != language:
        raise ServiceDataError(
            path, f'“format” must be {SERVICES_FORMAT} and “language” must be "{language}"'
        )
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def eea_countries() -> tuple[str, ...]:
    return load_legal_data().jurisdictions["gdpr"].countries


def applicability(service: Service, country: str | None) -> Applicability:
    """Whether the sources of ``service`` name ``country`` (an ISO code, or "OTHER")."""
    if not country:
        return Applicability("unknown")
    code = country.upper()
    best: Applicability | None = None
    for entry in service.applies:
        regions = set(entry.regions)
        if EEA in regions:
            regions |= set(eea_countries())
        if ALL in regions or code in regions:
            candidate = Applicability("applies", entry.since)
            if best is None or (
                candidate.since is not None and (best.since is None or candidate.since < best.since)
            ):
                best = candidate
    return best or Applicability("not_listed")


# --- reading one file --------------------------------------------------------------------
class _Reader:
    def __init__(self, path: Path, data: dict):
        self.path = path
        self.data = data

    def fail(self, problem: str) -> ServiceDataError:
        return ServiceDataError(self.path, problem)

    def sources(self, entry: dict, where: str) -> tuple[Source, ...]:
        return read_sources(entry.get("sources"), where, self.fail, required=True)

    def table(self, key: str, required: bool = True) -> dict | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, dict):
            raise self.fail(f"the section [{key}] is missing")
        return value

    def text(self, entry: dict, key: str, where: str) -> str:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"“{key}” in [{where}] must be a non-empty text")
        return value.strip()

    def fact(self, key: str, text: object = None) -> Fact:
        entry = self.table(key)
        english = self.text(entry, "text", key)
        return Fact(_pick_text(text, english), self.sources(entry, key))

    def array(self, key: str) -> list[dict]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(f"“{key}” must be a list of [[{key}]] tables")
        return value


def _pick_text(translated: object, english: str) -> str:
    return translated.strip() if isinstance(translated, str) and translated.strip() else english


def _read_service(path: Path, texts: dict | None, language: str) -> Service:
    data = read_toml(path, ServiceDataError)
    reader = _Reader(path, data)
    texts = texts or {}
    if data.get("format") != SERVICES_FORMAT:
        raise reader.fail(f"“format” must be {SERVICES_FORMAT}")
    kind = data.get("kind")
    if kind not in KINDS:
        raise reader.fail(f"“kind” must be one of: {', '.join(KINDS)}")
    # The service's own name; a translation may give one where it is a description.
    name = _pick_text(texts.get("name"), reader.text(data, "name", "top"))
    order = data.get("order", 100)
    if not isinstance(order, int):
        raise reader.fail("“order” must be a whole number")
    what = reader.fact("what", texts.get("what"))
    covers = reader.fact("covers", texts.get("covers"))
    future_only = reader.table("covers").get("future_only", False)
    if not isinstance(future_only, bool):
        raise reader.fail("“future_only” in [covers] must be true or false")

    link = None
    link_entry = reader.table("link", required=kind != "no_opt_out")
    if link_entry is not None:
        try:
            url = check_url(link_entry.get("url"), OTHER_SERVICE_DOMAINS)
        except UrlRefused as exc:
            raise reader.fail(f"the link in [link] is refused: {exc}") from None
        confirmed = link_entry.get("confirmed", True)
        if not isinstance(confirmed, bool):
            raise reader.fail("“confirmed” in [link] must be true or false")
        link = Link(url, confirmed, reader.sources(link_entry, "link"))

    applies = []
    for number, entry in enumerate(reader.array("applies"), 1):
        where = f"applies #{number}"
        regions = entry.get("regions")
        if not isinstance(regions, list) or not regions:
            raise reader.fail(f"“regions” in [{where}] must list regions")
        for region in regions:
            if not (region in (EEA, ALL) or (isinstance(region, str) and len(region) == 2)):
                raise reader.fail(
                    f"“{region}” in [{where}] is not EEA, ALL or a two-letter country code"
                )
        since = entry.get("since")
        if since is not None and not is_date(since):
            raise reader.fail(f"“since” in [{where}] must be a date")
        applies.append(Applies(tuple(regions), since, reader.sources(entry, where)))
    if not applies:
        raise reader.fail("[[applies]] must say where the service does this")

    names = []
    for number, entry in enumerate(reader.array("names"), 1):
        where = f"names #{number}"
        names.append(
            Name(
                reader.text(entry, "language", where),
                reader.text(entry, "text", where),
                reader.sources(entry, where),
            )
        )

    paths = []
    for number, entry in enumerate(reader.array("paths"), 1):
        where = f"paths #{number}"
        steps = entry.get("steps")
        if not isinstance(steps, list) or not steps or not all(isinstance(s, str) for s in steps):
            raise reader.fail(f"“steps” in [{where}] must list the menu names")
        confirmed = entry.get("confirmed", True)
        as_of = entry.get("as_of")
        if not isinstance(confirmed, bool) or (as_of is not None and not is_date(as_of)):
            raise reader.fail(f"“confirmed” must be true or false, “as_of” a date, in [{where}]")
        if not confirmed and as_of is None:
            raise reader.fail(f"an unconfirmed path in [{where}] needs the date of its source")
        paths.append(
            MenuPath(
                reader.text(entry, "language", where),
                tuple(steps),
                confirmed,
                as_of,
                reader.sources(entry, where),
            )
        )

    step_entries = reader.array("steps")
    translated_steps = texts.get("steps")
    if translated_steps is not None and (
        not isinstance(translated_steps, list) or len(translated_steps) != len(step_entries)
    ):
        log.warning("%s: the %s steps do not match the English ones", path.name, language)
        translated_steps = None
    steps = []
    for number, entry in enumerate(step_entries, 1):
        where = f"steps #{number}"
        english = reader.text(entry, "text", where)
        text = translated_steps[number - 1] if translated_steps else None
        steps.append(Fact(_pick_text(text, english), reader.sources(entry, where)))
    if kind in TASK_KINDS and not steps:
        raise reader.fail("[[steps]] must say what to do")

    reason = None
    copy_entry = reader.table("copy", required=False)
    asks_email = False
    if copy_entry is not None:
        asks_email = copy_entry.get("email", False)
        if not isinstance(asks_email, bool):
            raise reader.fail("“email” in [copy] must be true or false")
        if "reason" in copy_entry:
            reason = Fact(
                _pick_text(texts.get("reason"), reader.text(copy_entry, "reason", "copy")),
                reader.sources(copy_entry, "copy"),
            )
    return Service(
        id=path.stem,
        path=path,
        name=name,
        kind=kind,
        order=order,
        what=what,
        covers=covers,
        future_only=future_only,
        link=link,
        applies=tuple(applies),
        names=tuple(names),
        paths=tuple(paths),
        steps=tuple(steps),
        reason=reason,
        asks_email=asks_email,
        language=language,
        texts=texts,
    )


def english_texts(service_path: Path) -> dict:
    """The texts a translation must give for one service file, in English (for checks)."""
    data = read_toml(service_path, ServiceDataError)
    result = {"what": data["what"]["text"], "covers": data["covers"]["text"]}
    if data.get("steps"):
        result["steps"] = [step["text"] for step in data["steps"]]
    if "reason" in data.get("copy", {}):
        result["reason"] = data["copy"]["reason"]
    return result
