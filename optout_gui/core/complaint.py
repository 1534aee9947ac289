"""A complaint to the data-protection authority, when Meta refuses or stays silent.

Texts live in ``resources/complaints/<lang>.toml``; the authorities and their pages in
``resources/authorities.toml``. The facts (account, email, dates, link, reason) come from
the objection's record.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from optout_gui.core.atomic import read_regular_bytes
from optout_gui.core.objections import ObjectionRecord, Status
from optout_gui.core.progress import from_iso
from optout_gui.core.reminders import answer_deadline
from optout_gui.core.urls import AUTHORITY_DOMAINS, UrlRefused, check_url

COMPLAINT_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt_BR")
LAWS = ("gdpr", "uk_gdpr", "fadp", "lgpd")
ACCOUNT_NAMES = {"facebook": "Facebook", "instagram": "Instagram"}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class ComplaintDataError(Exception):
    def __init__(self, path: Path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Authority:
    country: str
    name: str
    url: str
    language: str
    law: str
    checked: dt.date
    note: str = ""


@dataclass(frozen=True)
class Complaint:
    language: str
    subject: str
    body: str
    authority: Authority

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}"


def _resources() -> Path:
    from optout_gui.core.resources import resources_dir

    return resources_dir()


def _read_toml(path: Path) -> dict:
    """The file's TOML, or ComplaintDataError naming the file and the problem (as the guide)."""
    try:
        raw = read_regular_bytes(path)  # a FIFO or device would hang or never end
    except FileNotFoundError:
        raise ComplaintDataError(path, "the file does not exist") from None
    except OSError as exc:
        raise ComplaintDataError(path, f"the file cannot be read ({exc.strerror})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ComplaintDataError(path, "the file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ComplaintDataError(path, f"it is not valid TOML: {exc}") from None


@cache
def load_authorities(path: Path | None = None) -> dict[str, Authority]:
    """Every authority by country code; raises :class:`ComplaintDataError` on any problem."""
    path = path or _resources() / "authorities.toml"
    data = _read_toml(path)
    try:
        return _authorities(path, data)
    except ComplaintDataError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise ComplaintDataError(path, f"an entry is not laid out as expected ({exc!r})") from None


def _authorities(path: Path, data: dict) -> dict[str, Authority]:
    result = {}
    table = data.get("authorities")
    if not isinstance(table, dict) or not table:
        raise ComplaintDataError(path, "the section [authorities] is missing")
    for code, item in table.items():
        if not isinstance(item, dict):
            raise ComplaintDataError(path, f"[authorities.{code}] is not a table")
        for key in ("name", "url"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise ComplaintDataError(path, f"{code}: '{key}' must be a non-empty text")
        url = item.get("url", "")
        try:
            check_url(url, AUTHORITY_DOMAINS)
        except UrlRefused as exc:
            raise ComplaintDataError(path, f"{code}: the link is refused: {exc}") from None
        language = item.get("language", "en")
        law = item.get("law", "gdpr")
        if language not in COMPLAINT_LANGUAGES or law not in LAWS:
            raise ComplaintDataError(path, f"{code}: unknown language or law")
        checked = item.get("checked")
        if not isinstance(checked, dt.date):
            raise ComplaintDataError(path, f"{code}: 'checked' must be a date")
        result[code] = Authority(
            code, item["name"], url, language, law, checked, item.get("note", "")
        )
    return result


@cache
def load_template(language: str, folder: Path | None = None) -> dict:
    if language not in COMPLAINT_LANGUAGES:
        raise ValueError(f"no complaint text in {language!r}")
    path = (folder or _resources() / "complaints") / f"{language}.toml"
    data = _read_toml(path)
    for key in ("language_name", "months", "date_format", "subject", "body", "laws", "facts"):
        if key not in data:
            raise ComplaintDataError(path, f"'{key}' is missing")
    months = data["months"]
    if not isinstance(months, list) or len(months) != 12:
        raise ComplaintDataError(path, "'months' needs twelve names")
    for key, entries in _TEMPLATE_TEXTS.items():
        for entry in entries:
            value = data.get(key, {}).get(entry) if isinstance(data.get(key), dict) else None
            if not isinstance(value, str):
                raise ComplaintDataError(path, f"'{key}.{entry}' must be a text")
    for law in LAWS:
        law_texts = data["laws"].get(law) if isinstance(data["laws"], dict) else None
        if not (
            isinstance(law_texts, dict)
            and all(isinstance(law_texts.get(k), str) for k in ("right", "complaint"))
        ):
            raise ComplaintDataError(path, f"'laws.{law}' needs the texts 'right' and 'complaint'")
    for key in ("language_name", "subject", "body"):
        if not isinstance(data[key], str):
            raise ComplaintDataError(path, f"'{key}' must be a text")
    try:
        format_date(dt.date(2024, 6, 26), data)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        raise ComplaintDataError(path, "'date_format' can't be filled in") from None
    return data


_TEMPLATE_TEXTS = {
    "facts": ("account", "email", "sent_undated", "sent", "sent_no_link", "reason", "no_reason"),
    "outcome": ("refused", "refusal_text", "no_answer", "no_answer_undated"),
}


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


def compose(
    record: ObjectionRecord,
    language: str,
    country: str | None = None,
    zone: dt.tzinfo = dt.UTC,
) -> Complaint:
    """The complaint text for ``record``, in ``language``, for the authority of ``country``."""
    template = load_template(language)
    authorities = load_authorities()
    code = country or record.answers.country or ""
    if code not in authorities:
        raise ValueError(f"no data-protection authority known for {code!r}")
    authority = authorities[code]
    law = template["laws"][authority.law]
    facts = template["facts"]

    def day_of(iso: str | None) -> str:
        return format_date(from_iso(iso).astimezone(zone).date(), template) if iso else ""

    sent = record.sent_at
    values = {
        "authority": authority.name,
        "account": ACCOUNT_NAMES.get(record.answers.account or "", "Facebook/Instagram"),
        "email": record.answers.email,
        "sent_on": day_of(sent),
        "form_url": record.form_url or "",
        "right": law["right"],
        "complaint_law": law["complaint"],
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

    outcome_lines = []
    if record.answer is not None and record.answer.outcome == Status.REFUSED:
        answered = dt.date.fromisoformat(record.answer.answered_on)
        values["answered_on"] = format_date(answered, template)
        outcome_lines.append(_fill(template["outcome"]["refused"], values))
        if record.answer.email_text.strip():
            outcome_lines.append(_fill(template["outcome"]["refusal_text"], values))
            outcome_lines.extend(f"    {line}" for line in record.answer.email_text.splitlines())
    else:
        if sent:
            deadline = answer_deadline(from_iso(sent), zone).astimezone(zone).date()
            values["deadline"] = format_date(deadline, template)
            outcome_lines.append(_fill(template["outcome"]["no_answer"], values))
        else:
            outcome_lines.append(_fill(template["outcome"]["no_answer_undated"], values))

    values["facts"] = "\n".join(lines)
    values["outcome"] = "\n".join(outcome_lines)
    body = _fill(template["body"], values)
    subject = _fill(template["subject"], values)
    return Complaint(language, subject, body, authority)
