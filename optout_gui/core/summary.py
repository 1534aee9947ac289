"""The index row: what the overview and the reminders need of one objection.

Rows are stored as JSON arrays (compact, fast to read for 10,000 objections) but always
read by field name through :data:`COLUMN`; to add a field, add one line to ``_ROW_VALUES``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from optout_gui.core.progress import from_iso
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

_TIMES = ("created_at", "last_step_at", "sent_at", "nudged_at")

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
    """The index row if it is well-formed (else ValueError), its repeated strings shared."""
    if not (isinstance(row, list) and len(row) == len(SUMMARY_FIELDS)):
        raise ValueError("bad index row")
    record_id = row[ID]
    if not isinstance(record_id, str) or not record_id:
        raise ValueError("bad index row")
    if row[STATUS] not in Status._value2member_map_:
        raise ValueError("unknown status")
    for name in ("label", "email"):
        if not isinstance(row[COLUMN[name]], str):
            raise ValueError(f"{name} is not text")
    for name in _TIMES:
        value = row[COLUMN[name]]
        if value is None and name not in ("created_at", "last_step_at"):
            continue
        if not isinstance(value, str):
            raise ValueError(f"{name} is not a time")
        from_iso(value)  # ValueError for a time without a time zone
    for n in _SHARED_FIELDS:
        if isinstance(row[n], str):
            row[n] = sys.intern(row[n])
    return row
