"""Dates as the person's locale writes them, always with a four-digit year.

Qt's short date format is "M/d/yy" in English (United States): "11/30/26" is ambiguous
and reads badly aloud. Every date the app shows goes through here instead.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with the year written in full ("M/d/yyyy")."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" in fmt:
        return fmt
    return re.sub(r"y+", "yyyy", fmt) if "y" in fmt else f"{fmt} yyyy"


def date_text(day: dt.date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def date_time_text(moment: dt.datetime, zone: dt.tzinfo, locale: QLocale | None = None) -> str:
    """Date and time of day in ``zone``: "11/30/2026 2:05 PM", "30.11.2026 14:05"."""
    locale = locale or QLocale()
    local = moment.astimezone(zone)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text(local.date(), locale)} {time}"
