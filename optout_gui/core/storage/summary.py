"""The index row: what the overview and the reminders need of one objection.

Rows are stored as JSON arrays (compact, fast to read for 10,000 objections) but always
read by field name through :data:`COLUMN`; to add a field, add one line to ``_ROW_VALUES``.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

from optout_gui.core.progress import check_year
from optout_gui.core.record import ObjectionRecord
from optout_gui.core.status import Status

# Each field of the index row and how it is taken from a record, in stored order (the
# order is part of the file format: new fields go at the end).
_ROW_VALUES: dict[str, Callable[[ObjectionRecord], object]] = {
    "id": lambda record: record.id,
    "label": lambda record: record.label,
    "account": lambda record: record.answers.account,
    "email": lambda record: record.answers.email,
    "country": lambda record: record.answers.country,
    "status": lambda record: record.status.value,
    "created_at": lambda record: record.created_at,
    "last_step_at": lambda record: record.last_step_at,
    "sent_at": lambda record: record.sent_at,
    "nudged_at": lambda record: record.nudged_at,
    "page": lambda record: record.answers.page,
}
SUMMARY_FIELDS = tuple(_ROW_VALUES)
COLUMN = {name: n for n, name in enumerate(SUMMARY_FIELDS)}  # field name -> row position
ID = COLUMN["id"]
STATUS = COLUMN["status"]

# Times in the row: the first two are always there, the others only once they happened.
_REQUIRED_TIMES = (COLUMN["created_at"], COLUMN["last_step_at"])
_OPTIONAL_TIMES = (COLUMN["sent_at"], COLUMN["nudged_at"])
_TIME_COLUMNS = _REQUIRED_TIMES + _OPTIONAL_TIMES
_TEXTS = ((COLUMN["label"], "label"), (COLUMN["email"], "email"))
_WIDTH = len(SUMMARY_FIELDS)

# Fields with a few distinct values: one shared string each instead of one per row, which
# is a fifth of the index's memory with 10,000 objections.
_SHARED_FIELDS = tuple(COLUMN[name] for name in ("account", "country", "status", "page"))


class Summary:
    """What the overview shows for one objection, read without parsing the whole record."""

    __slots__ = SUMMARY_FIELDS

    def __init__(self, row: list):
        for name, value in zip(SUMMARY_FIELDS, row, strict=True):
            setattr(self, name, value)
        self.status = Status(self.status)

    @property
    def display_name(self) -> str:
        return self.label or self.email


def summary_row(record: ObjectionRecord) -> list:
    """The record's index row: the summary fields, in :data:`SUMMARY_FIELDS` order."""
    return [value(record) for value in _ROW_VALUES.values()]


def check_row(row: object) -> list:
    """The index row if it is well-formed (else ValueError), its repeated strings shared.

    Run on every row of the index at start-up (10,000 objections: 10,000 rows), so it is
    written for speed: each time field is read by ``datetime.fromisoformat`` (C code) and
    checked as :func:`~optout_gui.core.progress.from_iso` checks it, without calling it.
    """
    if not (isinstance(row, list) and len(row) == _WIDTH):
        raise ValueError("bad index row")
    record_id = row[ID]
    if not isinstance(record_id, str) or not record_id:
        raise ValueError("bad index row")
    status = row[STATUS]
    if not isinstance(status, str) or status not in _STATUS_VALUES:
        raise ValueError("unknown status")
    for n, name in _TEXTS:
        if not isinstance(row[n], str):
            raise ValueError(f"{name} is not text")
    for n in _TIME_COLUMNS:
        value = row[n]
        if value is None and n in _OPTIONAL_TIMES:
            continue
        # As from_iso: "" stands for no time; other text must be a time with a time zone.
        if not isinstance(value, str):
            raise ValueError(f"{SUMMARY_FIELDS[n]} is not a time")
        if value:
            moment = _fromisoformat(value)
            if moment.tzinfo is None:
                raise ValueError("time without a time zone")
            check_year(moment.year)
    for n in _SHARED_FIELDS:
        if isinstance(row[n], str):
            row[n] = _intern(row[n])
    return row


_STATUS_VALUES = frozenset(Status._value2member_map_)
_intern = sys.intern
_fromisoformat = dt.datetime.fromisoformat
