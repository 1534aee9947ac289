"""A day written as the app shows it, for the exports made without Qt (proof, calendar).

The pattern and the months' names come with the translated labels
(``ui/common/dates.date_labels``: "date_pattern", "month:1" … "month:12"); without them,
ISO 8601.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TypeVar

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

Day = TypeVar("Day", bound=dt.date)  # a date, or a datetime (whose wall-clock time stays)


def day_text(day: dt.date, labels: dict | None = None) -> str:
    """A day as the app shows it ("6 Dec 2026"), given the labels' ``date_pattern`` and
    ``month:N`` (ui/common/dates.py); without them, ISO 8601 ("2026-12-06")."""
    if not labels or "date_pattern" not in labels:
        return day.isoformat()
    return labels["date_pattern"].format(
        day=day.day, month=labels[f"month:{day.month}"], year=f"{day.year:04d}"
    )


def stored_day_text(stored: object, labels: dict | None = None) -> str:
    """A day stored as ``YYYY-MM-DD`` written as :func:`day_text` writes it; anything else
    (a file edited by hand: "20 June", 2025-02-30, a number) as it was stored, never an
    error; None as ""."""
    text = "" if stored is None else str(stored)
    if _ISO_DAY.fullmatch(text):
        try:
            return day_text(dt.date.fromisoformat(text), labels)
        except ValueError:  # no such day
            pass
    return text


def add_months(moment: Day, months: int) -> Day:
    """Same day (and wall-clock time) ``months`` calendar months later; the day is clamped
    to the month's end (31 January + 1 month = 28/29 February)."""
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)
