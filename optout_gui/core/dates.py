"""A day written as the app shows it, for the exports made without Qt (proof, calendar).

The pattern and the months' names come with the translated labels
(``ui/common/dates.date_labels``: "date_pattern", "month:1" … "month:12"); without them,
ISO 8601.
"""

from __future__ import annotations

import datetime as dt


def day_text(day: dt.date, labels: dict | None = None) -> str:
    """A day as the app shows it ("6 Dec 2026"), given the labels' ``date_pattern`` and
    ``month:N`` (ui/common/dates.py); without them, ISO 8601 ("2026-12-06")."""
    if not labels or "date_pattern" not in labels:
        return day.isoformat()
    return labels["date_pattern"].format(
        day=day.day, month=labels[f"month:{day.month}"], year=f"{day.year:04d}"
    )
