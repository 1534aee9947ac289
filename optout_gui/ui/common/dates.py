"""Dates in one unambiguous form per language, the same in every view and export.

"12/6/2026" is 6 December to an American and 12 June to a European. Every date the app
shows or writes for reading names its month instead: "6 Dec 2026", "6. Dez. 2026",
"6 déc. 2026". The month's short name comes from Qt's locale data; the proof exports
(core/proof.py, no Qt) get the same names and pattern through :func:`date_labels`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

# Language (QLocale's name before "_") -> (Qt's date format, the same as a str.format
# pattern for core/proof.py). Every other language: the day, the month, the year.
FORMATS = {
    "de": ("d. MMM yyyy", "{day}. {month} {year}"),
    "pt": ("d 'de' MMM 'de' yyyy", "{day} de {month} de {year}"),
}
DEFAULT_FORMAT = ("d MMM yyyy", "{day} {month} {year}")


def _formats(locale: QLocale) -> tuple[str, str]:
    return FORMATS.get(locale.name().split("_")[0], DEFAULT_FORMAT)


def date_format(locale: QLocale | None = None) -> str:
    """Qt's format for a date in ``locale``'s language: "d MMM yyyy" ("6 Dec 2026")."""
    return _formats(locale or QLocale())[0]


def date_text(day: dt.date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def date_time_text(moment: dt.datetime, zone: dt.tzinfo, locale: QLocale | None = None) -> str:
    """Date and time of day in ``zone``: "30 Nov 2026 2:05 PM", "30. Nov. 2026 14:05"."""
    locale = locale or QLocale()
    local = moment.astimezone(zone)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text(local.date(), locale)} {time}"


def date_labels(locale: QLocale | None = None) -> dict[str, str]:
    """The date pattern and the months' short names, for core/proof.py's labels
    ("date_pattern", "month:1" … "month:12")."""
    locale = locale or QLocale()
    labels = {"date_pattern": _formats(locale)[1]}
    for month in range(1, 13):
        labels[f"month:{month}"] = locale.monthName(month, QLocale.FormatType.ShortFormat)
    return labels
