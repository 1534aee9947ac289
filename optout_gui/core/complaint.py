"""The next step when Meta refuses or stays silent: letters to the authority (and to Meta).

What is sent, to whom and in which order comes from ``resources/jurisdictions.toml``:
a complaint in the EU/EEA, a letter to Meta and then to the ICO in the UK, a report to the
FDPIC in Switzerland, a petition to the ANPD in Brazil. The wording of each letter lives in
``resources/complaints/<lang>.toml``; the authorities in ``resources/authorities.toml``.
The facts (account, email, dates, link, reason) come from the objection's record.

What each authority itself asks of a complainant (its ``requirements``: a compulsory form,
a language, a copy of the objection, contact with the company first, the German
forwarding under § 19(2) BDSG) and how a letter to Meta itself travels (``[meta_contacts]``
in jurisdictions.toml) are read here too, each with its sources.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from optout_gui.core.datafile import DataFileError, read_toml
from optout_gui.core.guide import ACCOUNT_NAMES
from optout_gui.core.jurisdictions import (
    LETTER_LANGUAGES,
    Authority,
    Jurisdiction,
    LegalData,
    Source,
    load_legal_data,
    read_source,
)
from optout_gui.core.progress import from_iso
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.reminders import answer_deadline
from optout_gui.core.resources import resources_dir
from optout_gui.core.status import Status

COMPLAINT_LANGUAGES = LETTER_LANGUAGES
TEMPLATE_FORMAT = 2
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
FACT_KEYS = ("account", "email", "sent", "sent_no_link", "sent_undated", "reason", "no_reason")
OUTCOME_KEYS = (
    "refused",
    "refusal_text",
    "no_answer",
    "no_answer_undated",
    "no_answer_open",
    "no_answer_open_undated",
)

LETTER_KEYS = ("to", "subject", "body")
EXTRA_KEYS = ("forwarding",)
_BLANK_LINES = re.compile(r"\n{3,}")


class ComplaintDataError(DataFileError):
    """A complaint text file (resources/complaints/<language>.toml) is unusable."""


@dataclass(frozen=True)
class Letter:
    kind: str  # a key of [letters], e.g. "meta_uk" or "authority_gdpr"
    to: str  # whom it is addressed to, as written in the letter
    subject: str
    body: str

    @property
    def to_meta(self) -> bool:
        return self.kind.startswith("meta_")

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}"


@dataclass(frozen=True)
class Complaint:
    language: str
    authority: Authority
    jurisdiction: Jurisdiction
    letters: tuple[Letter, ...]

    @property
    def subject(self) -> str:
        return self.letters[-1].subject

    @property
    def body(self) -> str:
        return self.letters[-1].body

    @property
    def text(self) -> str:
        """Every letter, in the order they are to be sent."""
        return "\n\n\n".join(letter.text for letter in self.letters)


@dataclass(frozen=True)
class Requirement:
    """What an authority itself asks of a complainant, in every app language, with sources."""

    key: str
    texts: dict[str, str]
    sources: tuple[Source, ...]

    def text(self, language: str) -> str:
        return self.texts.get(language) or self.texts["en"]


@dataclass(frozen=True)
class Routing:
    """How a complaint reaches an authority: what it asks, whether only its own form is
    accepted (the letter is then text to paste), and where it passes a complaint on."""

    requirements: tuple[Requirement, ...] = ()
    paste_into_form: bool = False
    forwards_to: str = ""  # an authority key, e.g. "DE-HH"


@dataclass(frozen=True)
class MetaContact:
    """How a letter to Meta itself reaches it: an online route and a postal address."""

    url: str
    postal: str
    confirmed: bool
    sources: tuple[Source, ...]


def _resources() -> Path:
    return resources_dir()


def _source_entry(path: Path, where: str, item: dict) -> Source:
    """A source an authority's requirement rests on: always a page (an https link)."""
    return read_source(path, where, item, error=ComplaintDataError, where=where, link_needed=True)


@cache
def load_routing(folder: Path | None = None) -> dict[str, Routing]:
    """Each authority's :class:`Routing`, from ``[requirements]`` and the authorities'
    ``requirements``, ``paste_into_form`` and ``forwards_to`` in authorities.toml."""
    folder = folder or _resources()
    path = folder / "authorities.toml"
    data = read_toml(path, ComplaintDataError)
    legal = load_legal_data(None if folder == _resources() else folder)
    requirements = {}
    for key, item in data.get("requirements", {}).items():
        if not isinstance(item, dict):
            raise ComplaintDataError(path, f"requirements.{key} must be a table")
        texts = {k: v for k, v in item.items() if k != "sources"}
        if set(texts) != set(LETTER_LANGUAGES) or not all(texts.values()):
            raise ComplaintDataError(path, f"requirements.{key} needs a text in every language")
        sources = item.get("sources") or []
        if not sources:
            raise ComplaintDataError(path, f"requirements.{key} needs its sources")
        requirements[key] = Requirement(
            key,
            texts,
            tuple(
                _source_entry(path, f"requirements.{key}.sources[{n}]", s)
                for n, s in enumerate(sources)
            ),
        )
    routing = {}
    for key, item in data.get("authorities", {}).items():
        wanted = item.get("requirements", [])
        unknown = [k for k in wanted if k not in requirements]
        if unknown:
            raise ComplaintDataError(path, f"authorities.{key}: unknown {', '.join(unknown)}")
        forwards_to = item.get("forwards_to", "")
        if forwards_to and forwards_to not in legal.authorities:
            raise ComplaintDataError(path, f"authorities.{key}: forwards_to {forwards_to!r}?")
        routing[key] = Routing(
            tuple(requirements[k] for k in wanted),
            bool(item.get("paste_into_form")),
            forwards_to,
        )
    return routing


def routing_for(authority: Authority) -> Routing:
    return load_routing().get(authority.key, Routing())


@cache
def meta_contact(entity: str, folder: Path | None = None) -> MetaContact | None:
    """How to reach Meta's company ``entity`` (a key of [meta_entities]) with a letter, from
    ``[meta_contacts]`` in jurisdictions.toml; None where the data gives no route."""
    folder = folder or _resources()
    path = folder / "jurisdictions.toml"
    item = read_toml(path, ComplaintDataError).get("meta_contacts", {}).get(entity)
    if item is None:
        return None
    legal = load_legal_data(None if folder == _resources() else folder)
    refs = item.get("sources") or []
    missing = [r for r in refs if r not in legal.sources]
    if not refs or missing or not item.get("postal"):
        raise ComplaintDataError(path, f"meta_contacts.{entity}: a postal address and sources")
    url = item.get("url", "")
    if url and not url.startswith("https://"):
        raise ComplaintDataError(path, f"meta_contacts.{entity}: the link must be https")
    return MetaContact(
        url,
        item["postal"],
        bool(item.get("confirmed", True)),
        tuple(legal.sources[r] for r in refs),
    )


def load_authorities() -> dict[str, Authority]:
    return load_legal_data().authorities


@cache
def load_template(language: str, folder: Path | None = None) -> dict:
    if language not in COMPLAINT_LANGUAGES:
        raise ValueError(f"no complaint text in {language!r}")
    path = (folder or _resources() / "complaints") / f"{language}.toml"
    data = read_toml(path, ComplaintDataError)
    try:
        return _check_template(path, data)
    except DataFileError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError, IndexError) as exc:
        raise ComplaintDataError(
            path, f"an entry is not laid out as expected ({type(exc).__name__}: {exc})"
        ) from None


def _check_template(path: Path, data: dict) -> dict:
    if data.get("format") != TEMPLATE_FORMAT:
        raise ComplaintDataError(path, f"'format' must be {TEMPLATE_FORMAT}")
    for key in ("language_name", "months", "date_format", "facts", "outcome", "letters", "extras"):
        if key not in data:
            raise ComplaintDataError(path, f"'{key}' is missing")
    if len(data["months"]) != 12:
        raise ComplaintDataError(path, "'months' needs twelve names")
    for section, keys in (("facts", FACT_KEYS), ("outcome", OUTCOME_KEYS), ("extras", EXTRA_KEYS)):
        missing = [k for k in keys if not data[section].get(k)]
        if missing:
            raise ComplaintDataError(path, f"[{section}] lacks {', '.join(missing)}")
    needed = {k for j in load_legal_data().jurisdictions.values() for k in j.letters}
    for kind in needed:
        letter = data["letters"].get(kind, {})
        missing = [k for k in LETTER_KEYS if not letter.get(k)]
        if missing:
            raise ComplaintDataError(path, f"[letters.{kind}] lacks {', '.join(missing)}")
    return data


def language_names() -> dict[str, str]:
    return {code: load_template(code)["language_name"] for code in COMPLAINT_LANGUAGES}


def format_date(day: dt.date, template: dict) -> str:
    return template["date_format"].format(
        day=day.day, month=template["months"][day.month - 1], year=day.year
    )


def _fill(text: str, values: dict[str, str]) -> str:
    def swap(match: re.Match) -> str:
        return values.get(match.group(1), match.group(0))

    return _PLACEHOLDER.sub(swap, text).strip()


def needs_complaint(record: ObjectionRecord) -> bool:
    return record.status in (Status.REFUSED, Status.OVERDUE)


def authority_for(
    country: str | None, state: str | None = None, data: LegalData | None = None
) -> Authority:
    """The authority for a resident of ``country``; in Germany, of the federal ``state``
    (its code, e.g. ``"HH"``, or the key ``"DE-HH"``)."""
    data = data or load_legal_data()
    choices = data.authorities_for(country)
    if not choices:
        raise ValueError(f"no data-protection authority known for {country!r}")
    if len(choices) == 1:
        return choices[0]
    for authority in choices:
        if state and (authority.key == state or (authority.state and authority.state[0] == state)):
            return authority
    raise ValueError(f"choose one of the {len(choices)} authorities for {country!r}")


def compose(
    record: ObjectionRecord,
    language: str,
    country: str | None = None,
    zone: dt.tzinfo = dt.UTC,
    *,
    state: str | None = None,
) -> Complaint:
    """The letters for ``record``, in ``language``, for the authority of ``country`` (and,
    in Germany, of the federal ``state``)."""
    template = load_template(language)
    data = load_legal_data()
    code = country or record.answers.country or ""
    authority = authority_for(code, state, data)
    jurisdiction = data.jurisdiction_for(code)
    if not jurisdiction.letters:
        raise ValueError(f"the law of {code!r} gives no route to an authority")
    facts = template["facts"]

    def day_of(iso: str | None) -> str:
        return format_date(from_iso(iso).astimezone(zone).date(), template) if iso else ""

    sent = record.sent_at
    entity = jurisdiction.meta_entity
    values = {
        **jurisdiction.citations(language),
        "authority": authority.name_in(language),
        "meta": entity.name,
        "meta_address": entity.address,
        "account": ACCOUNT_NAMES.get(record.answers.account or "", "Facebook/Instagram"),
        "email": record.answers.email,
        "sent_on": day_of(sent),
        "form_url": record.form_url or "",
    }
    lines = [_fill(facts["account"], values)]
    if record.answers.email:
        lines.append(_fill(facts["email"], values))
    if not sent:
        lines.append(_fill(facts["sent_undated"], values))
    else:
        lines.append(_fill(facts["sent" if record.form_url else "sent_no_link"], values))
    reason = record.reason_sent.strip()
    if reason:
        lines.append(_fill(facts["reason"], values))
        lines.extend(f"    {line}" for line in reason.splitlines())
    else:
        lines.append(_fill(facts["no_reason"], values))

    outcome = template["outcome"]
    outcome_lines = []
    if record.answer is not None and record.answer.outcome == Status.REFUSED:
        answered = dt.date.fromisoformat(record.answer.answered_on)
        values["answered_on"] = format_date(answered, template)
        outcome_lines.append(_fill(outcome["refused"], values))
        if record.answer.email_text.strip():
            outcome_lines.append(_fill(outcome["refusal_text"], values))
            outcome_lines.extend(f"    {line}" for line in record.answer.email_text.splitlines())
    elif jurisdiction.has_deadline:
        if sent:
            deadline = answer_deadline(from_iso(sent), zone, jurisdiction.deadline_months)
            values["deadline"] = format_date(deadline.astimezone(zone).date(), template)
            outcome_lines.append(_fill(outcome["no_answer"], values))
        else:
            outcome_lines.append(_fill(outcome["no_answer_undated"], values))
    else:
        key = "no_answer_open" if sent else "no_answer_open_undated"
        outcome_lines.append(_fill(outcome[key], values))

    values["facts"] = "\n".join(lines)
    values["outcome"] = "\n".join(outcome_lines)
    values["forwarding"] = ""
    forwards_to = routing_for(authority).forwards_to
    if forwards_to:
        values["forward_state"] = data.authorities[forwards_to].state_name(language)
        values["forwarding"] = _fill(template["extras"]["forwarding"], values)
    letters = []
    for kind in jurisdiction.letters:
        texts = template["letters"][kind]
        letters.append(
            Letter(
                kind,
                _fill(texts["to"], values),
                _fill(texts["subject"], values),
                _BLANK_LINES.sub("\n\n", _fill(texts["body"], values)),
            )
        )
    return Complaint(language, authority, jurisdiction, tuple(letters))
