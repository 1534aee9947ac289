"""Arithmetic for the one-hour code: everything is computed from stored absolute times."""

from __future__ import annotations

import datetime as dt

CODE_LIFETIME = dt.timedelta(hours=1)


def code_expiry(received_at: dt.datetime) -> dt.datetime:
    return received_at + CODE_LIFETIME


def remaining(received_at: dt.datetime, now: dt.datetime) -> dt.timedelta:
    """Time left, never more than the code's lifetime (a clock set back adds nothing)."""
    left = code_expiry(received_at) - now
    return min(left, CODE_LIFETIME)


def format_mm_ss(left: dt.timedelta) -> str:
    seconds = max(0, int(left.total_seconds()))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
