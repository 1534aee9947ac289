"""The person's answers and how far they got (:class:`Progress`), checked field by field.

Also the UTC time helpers every stored time goes through, and :class:`LoadProblem`, what
went wrong reading a saved file. The answers are saved with their objection
(:mod:`optout_gui.core.storage.store`); files of earlier versions are read by
:mod:`optout_gui.core.storage.migration`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from optout_gui.core.guide import ACCOUNT_TYPES, STEP_IDS, code_lifetime


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def to_iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(dt.UTC).isoformat(timespec="seconds")


# Times outside these years are refused as damaged: near year 1 or 9999 adding a month or
# an hour, or showing the time in the person's zone, overflows (a clock reset to 1970 is
# still a real time, and within range).
FIRST_YEAR, LAST_YEAR = 1900, 8999


def from_iso(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("time without a time zone")
    check_year(moment.year)
    return moment


def check_year(year: int) -> None:
    """ValueError for a year this app can't count with (see FIRST_YEAR, LAST_YEAR)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError("a date in it is out of range")


@dataclass
class Progress:
    """Everything the walkthrough asks for, plus where the person stopped."""

    account: str | None = None  # one of ACCOUNT_TYPES
    country: str | None = None  # code from the guide's [countries]
    email: str = ""
    reason: str = ""
    # Reason composer and the record of what was copied (see core/reasons.py).
    reason_points: list = field(default_factory=list)  # ticked point ids, from POINT_IDS
    reason_tone: str = "short"  # one of TONES
    reason_language: str | None = None  # one of LANGUAGES; None = follow the country
    reason_copied_text: str | None = None  # exactly what was last put on the clipboard
    reason_copied_at: str | None = None  # UTC ISO 8601
    page: str = "welcome"  # one of STEP_IDS
    # "Skip to the form" on the notice step: it and the link step were passed over, not done.
    notice_skipped: bool = False
    form_opened_at: str | None = None  # UTC ISO 8601 times from here on
    form_opened_url: str | None = None  # the link that opened it (main or alternate)
    # When the person says they pressed the send button on Meta's form: its own answer,
    # never taken from a code (files of earlier versions have none).
    sent_at: str | None = None
    code_received_at: str | None = None
    code_entered_at: str | None = None
    code_skipped: bool = False
    # Code countdown: one dict per code Meta sent, oldest first, UTC ISO times:
    # {"received_at", "expires_at"} plus "entered_at" or "expired_at" once it ended.
    code_attempts: list = field(default_factory=list)
    finished_at: str | None = None
    extra: dict = field(default_factory=dict)  # keys from newer versions, kept as they were

    def to_json(self) -> dict:
        data = {name: getattr(self, name) for name in _FIELD_NAMES}
        # Only code_attempts holds nested values; copy them so callers can't alias ours.
        data["code_attempts"] = [dict(attempt) for attempt in self.code_attempts]
        data["reason_points"] = list(self.reason_points)
        # Files of earlier versions read back exactly as they were.
        if self.sent_at is None:
            del data["sent_at"]
        if not self.notice_skipped:
            del data["notice_skipped"]
        return {**self.extra, **data}


_FIELD_NAMES = tuple(f.name for f in dataclasses.fields(Progress) if f.name != "extra")

_VALIDATORS = {
    "account": lambda v: v is None or v in ACCOUNT_TYPES,
    "country": lambda v: v is None or (isinstance(v, str) and 0 < len(v) <= 8),
    "email": lambda v: isinstance(v, str),
    "reason": lambda v: isinstance(v, str),
    "reason_points": lambda v: isinstance(v, list) and all(isinstance(p, str) for p in v),
    "reason_tone": lambda v: isinstance(v, str) and len(v) <= 32,
    "reason_language": lambda v: v is None or (isinstance(v, str) and 0 < len(v) <= 16),
    "reason_copied_text": lambda v: v is None or isinstance(v, str),
    "reason_copied_at": lambda v: v is None or is_iso_time(v),
    "page": lambda v: v in STEP_IDS,
    "notice_skipped": lambda v: isinstance(v, bool),
    "form_opened_at": lambda v: v is None or is_iso_time(v),
    "form_opened_url": lambda v: v is None or (isinstance(v, str) and v.startswith("https://")),
    "sent_at": lambda v: v is None or is_iso_time(v),
    "code_received_at": lambda v: v is None or is_iso_time(v),
    "code_entered_at": lambda v: v is None or is_iso_time(v),
    "code_skipped": lambda v: isinstance(v, bool),
    "code_attempts": lambda v: _valid_code_attempts(v),
    "finished_at": lambda v: v is None or is_iso_time(v),
}


def is_iso_time(value: object) -> bool:
    """A text that :func:`from_iso` reads as a time (with its time zone)."""
    if not isinstance(value, str):
        return False
    try:
        from_iso(value)
    except ValueError:
        return False
    return True


MAX_CODE_ATTEMPTS = 200
_ATTEMPT_KEYS = {"received_at", "expires_at", "entered_at", "expired_at"}


def _valid_code_attempts(value: object) -> bool:
    """A list of attempts; each expires no later than the code's lifetime after it arrived
    (guide data: ``[code]`` in resources/guides/en.toml)."""
    if not isinstance(value, list) or len(value) > MAX_CODE_ATTEMPTS:
        return False
    for attempt in value:
        if not isinstance(attempt, dict) or not set(attempt) <= _ATTEMPT_KEYS:
            return False
        if not all(is_iso_time(attempt.get(key)) for key in ("received_at", "expires_at")):
            return False
        ended = [key for key in ("entered_at", "expired_at") if key in attempt]
        if len(ended) > 1 or not all(is_iso_time(attempt[key]) for key in ended):
            return False
        lifetime = from_iso(attempt["expires_at"]) - from_iso(attempt["received_at"])
        if not dt.timedelta(0) < lifetime <= code_lifetime():
            return False
    return True


def progress_from_json(data: dict) -> tuple[Progress, list[str]]:
    """Build a Progress from stored JSON, keeping every valid field; returns the bad ones."""
    progress = Progress()
    dropped = []
    for key, value in data.items():
        check = _VALIDATORS.get(key)
        if check is None:
            progress.extra[key] = value
        elif check(value):
            setattr(progress, key, value)
        else:
            dropped.append(key)
    return progress, dropped


class LoadProblem(NamedTuple):
    """What went wrong reading the saved file, for a plain-language message."""

    # "damaged" | "partly_damaged" | "newer_version" | "unknown_version" (a newer version's
    # file this one can't read: left as it is) | "unreadable"
    kind: str
    moved_to: Path | None = None
    detail: str = ""
    # "partly_damaged" (and "newer_version"): each objection, or answers of one, that could
    # not be read, as store.SetAside notes: what it was, what was wrong, where it is kept.
    set_aside: tuple = ()
