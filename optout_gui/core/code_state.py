"""Meta's emailed code: its state, its attempts, the countdown and the arrival time.

This is the one place that knows about the code. The answers keep one attempt per code
Meta sent (``Progress.code_attempts``, oldest first: ``received_at``, ``expires_at``, then
``entered_at`` or ``expired_at`` once it ended); :func:`code_state` reads them and the
``*_changes`` functions say how the answers change when a code arrives, is entered or
runs out. The UI (``ui/wizard/code_timer.py``) only ticks and shows.

The code's expiry is an absolute UTC time. Every display is ``expiry - now()`` with an
injected wall clock; nothing counts ticks. While the app runs, elapsed time is also
tracked with a monotonic clock, and the smaller of the two remaining times wins:

* a wall clock moved backwards never adds time (the monotonic reading is smaller);
* after suspend the monotonic clock may have stopped, but the wall clock kept going
  (the wall reading is smaller) — the real code kept expiring while the laptop slept;
* a wall clock moved forwards shortens the time, and putting it right does not give
  the time back (showing too little is safe; showing too much is not);
* nothing ever shows more than the code's lifetime from its arrival;
* within one run the remaining time never goes up, and never stands still.

Across a restart only the wall clock is known; the lifetime cap still holds.

The lifetime (``CODE_LIFETIME``) is guide data (``[code]`` in resources/guides/en.toml,
with its sources): guides from 2023 and 2024 say the code worked for one hour. No 2025
source describes a code, so the pages word it as what older forms did.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import time
from collections.abc import Callable
from enum import StrEnum

from optout_gui.core.guide import code_lifetime
from optout_gui.core.progress import Progress, from_iso, to_iso, utc_now

CODE_LIFETIME = code_lifetime()
HURRY_AT = dt.timedelta(minutes=10)
URGENT_AT = dt.timedelta(minutes=1)
# Warnings, largest first: 10, 5 and 1 minute(s) left.
WARNINGS = (dt.timedelta(minutes=10), dt.timedelta(minutes=5), dt.timedelta(minutes=1))
# A typed arrival time slightly ahead of this computer's clock counts as "now".
FUTURE_TOLERANCE = dt.timedelta(minutes=2)

WallClock = Callable[[], dt.datetime]

MonotonicClock = Callable[[], float]


class CodeState(StrEnum):
    """Where the person is with Meta's code."""

    IDLE = "idle"  # no code yet
    RUNNING = "running"  # a code arrived and has not been entered or run out
    EXPIRED = "expired"  # the last code ran out
    ENTERED = "entered"  # the last code was typed in
    SKIPPED = "skipped"  # Meta asked for no code


class Phase(StrEnum):
    CALM = "calm"
    HURRY = "hurry"
    URGENT = "urgent"
    EXPIRED = "expired"


def code_expiry(received_at: dt.datetime) -> dt.datetime:
    return received_at + CODE_LIFETIME


def remaining(received_at: dt.datetime, now: dt.datetime) -> dt.timedelta:
    """Time left by the wall clock alone, never more than the code's lifetime."""
    left = code_expiry(received_at) - now
    return min(left, CODE_LIFETIME)


def phase_for(left: dt.timedelta) -> Phase:
    if left <= dt.timedelta(0):
        return Phase.EXPIRED
    if left <= URGENT_AT:
        return Phase.URGENT
    if left <= HURRY_AT:
        return Phase.HURRY
    return Phase.CALM


def format_mm_ss(left: dt.timedelta) -> str:
    """Minutes and seconds, rounded up: "00:00" appears only once the code has expired."""
    seconds = max(0, math.ceil(left.total_seconds()))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class CodeCountdown:
    """One code's countdown, from its arrival time and two injected clocks."""

    def __init__(
        self,
        received_at: dt.datetime,
        *,
        expires_at: dt.datetime | None = None,
        wall: WallClock = utc_now,
        monotonic: MonotonicClock = time.monotonic,
    ):
        if received_at.tzinfo is None:
            raise ValueError("received_at needs a time zone")
        self.received_at = received_at
        latest = code_expiry(received_at)
        # A stored expiry is trusted only if it is no later than the lifetime after arrival.
        self.expires_at = latest if expires_at is None else min(expires_at, latest)
        self._wall = wall
        self._monotonic = monotonic
        # The deadline on the monotonic clock, in seconds. It only ever moves earlier.
        self._deadline: float | None = None
        self._warned: set[dt.timedelta] = set()
        self._trusted = False  # a wall-clock reading at or after the arrival was seen
        # Thresholds already behind us when the countdown starts (a late arrival time, or
        # reopening the app) are not repeated, except the most recent one: that single
        # warning tells the person where they stand now.
        left = self.remaining()
        passed = [limit for limit in WARNINGS if left <= limit]
        if left <= dt.timedelta(0):
            self._warned.update(WARNINGS)
        else:
            self._warned.update(passed[:-1])

    def remaining(self) -> dt.timedelta:
        """Time left; negative once expired. Never more than is really left.

        Each reading turns the wall clock's answer into a deadline on the monotonic
        clock and keeps the earliest deadline seen: a wall clock that falls behind
        (set back) is ignored, one that runs ahead (suspend, or set forward) wins.
        """
        mono = self._monotonic()
        wall = self._wall()
        if wall + FUTURE_TOLERANCE >= self.received_at:  # a reading that can be right
            self._trusted = True
        by_wall = min(self.expires_at - wall, self.expires_at - self.received_at)
        candidate = mono + by_wall.total_seconds()
        if self._deadline is None or candidate < self._deadline:
            self._deadline = candidate
        return dt.timedelta(seconds=self._deadline - mono)

    def clock_behind(self) -> bool:
        """True while the wall clock shows a time before the code arrived, and no reading
        since this countdown began was right: the clock went backwards past the recorded
        arrival (before a restart, say), so the time left can't be counted from it. The
        display then gives the arrival time instead of a made-up countdown. (Set back while
        running, the monotonic clock keeps the count right: see :meth:`remaining`.)"""
        if not self._trusted:
            self.remaining()  # a reading now may be the first right one
        return not self._trusted

    def phase(self) -> Phase:
        return phase_for(self.remaining())

    def expired(self) -> bool:
        return self.remaining() <= dt.timedelta(0)

    def due_warnings(self) -> list[dt.timedelta]:
        """Thresholds reached since the last call, each returned once in a countdown's life.

        When several were passed at once (the laptop slept through them), only the
        smallest is returned; the others are dropped rather than shown late.
        """
        left = self.remaining()
        if left <= dt.timedelta(0):
            self._warned.update(WARNINGS)
            return []
        if self.clock_behind():  # no warning from a count that can't be trusted
            return []
        fresh = [limit for limit in WARNINGS if left <= limit and limit not in self._warned]
        self._warned.update(fresh)
        return fresh[-1:]


# --- the saved attempts ------------------------------------------------------------


def last_attempt(answers: Progress) -> dict | None:
    attempts = answers.code_attempts
    return attempts[-1] if attempts else None


def open_attempt(answers: Progress) -> dict | None:
    """The last attempt if it has neither been entered nor run out."""
    last = last_attempt(answers)
    if last is None or "entered_at" in last or "expired_at" in last:
        return None
    return last


def code_state(answers: Progress) -> CodeState:
    if answers.code_skipped:
        return CodeState.SKIPPED
    last = last_attempt(answers)
    if last is None:
        return CodeState.IDLE
    if "entered_at" in last:
        return CodeState.ENTERED
    if "expired_at" in last:
        return CodeState.EXPIRED
    return CodeState.RUNNING


def attempt_expires_at(answers: Progress) -> dt.datetime | None:
    """When the last code stops (or stopped) working."""
    last = last_attempt(answers)
    return None if last is None else from_iso(last["expires_at"])


def attempt_entered_at(answers: Progress) -> dt.datetime | None:
    """When the last code was typed in, if it was."""
    last = last_attempt(answers)
    return None if last is None else from_iso(last.get("entered_at"))


def code_running_at(answers: Progress, now: dt.datetime) -> bool:
    """A code is counting down at ``now``: running, and its time not over by the wall clock
    (an app closed while it ran never recorded the end)."""
    attempt = open_attempt(answers) if not answers.code_skipped else None
    if attempt is None:
        return False
    received = from_iso(attempt["received_at"])
    expires = min(from_iso(attempt["expires_at"]), code_expiry(received))
    return expires - now > dt.timedelta(0)


def code_expired_at(answers: Progress, now: dt.datetime) -> bool:
    """The last code ran out by ``now``: recorded as expired, or still open in the answers
    but past its lifetime (the app was closed when it ran out)."""
    state = code_state(answers)
    if state == CodeState.EXPIRED:
        return True
    return state == CodeState.RUNNING and not code_running_at(answers, now)


def countdown_for(
    answers: Progress, *, wall: WallClock = utc_now, monotonic: MonotonicClock = time.monotonic
) -> CodeCountdown | None:
    """The running code's countdown, or None when no code runs."""
    attempt = open_attempt(answers)
    if attempt is None:
        return None
    return CodeCountdown(
        from_iso(attempt["received_at"]),
        expires_at=from_iso(attempt["expires_at"]),
        wall=wall,
        monotonic=monotonic,
    )


def _attempt_changes(attempts: list[dict], **more) -> dict:
    """The answers to set for ``attempts`` (the last one also fills the older fields)."""
    last = attempts[-1] if attempts else {}
    return {
        "code_attempts": attempts,
        "code_received_at": last.get("received_at"),
        "code_entered_at": last.get("entered_at"),
        **more,
    }


def arrival_changes(answers: Progress, now: dt.datetime, received_at: dt.datetime | None) -> dict:
    """A code arrived (now, or at ``received_at``): it runs for CODE_LIFETIME from then. A
    newer code replaces one still running; the old one keeps when it was dropped."""
    received_at = now if received_at is None else min(received_at, now)
    attempts = [dict(a) for a in answers.code_attempts]
    if attempts and open_attempt(answers) is not None:
        attempts[-1]["expired_at"] = to_iso(min(now, from_iso(attempts[-1]["expires_at"])))
    attempts.append(
        {"received_at": to_iso(received_at), "expires_at": to_iso(code_expiry(received_at))}
    )
    return _attempt_changes(attempts, code_skipped=False)


def entered_changes(answers: Progress, now: dt.datetime) -> dict | None:
    """The running code was typed in at ``now``; None when no code runs."""
    if open_attempt(answers) is None:
        return None
    attempts = [dict(a) for a in answers.code_attempts]
    attempts[-1]["entered_at"] = to_iso(now)
    return _attempt_changes(attempts)


def expiry_changes(answers: Progress) -> dict:
    """The running code ran out (at its expiry time, whenever this is noticed)."""
    attempts = [dict(a) for a in answers.code_attempts]
    attempts[-1]["expired_at"] = attempts[-1]["expires_at"]
    return _attempt_changes(attempts)


# --- when did the email arrive? ---------------------------------------------------


class ArrivalError(ValueError):
    """A typed arrival time that can't be used. ``kind`` picks the message to show."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind  # "unreadable" | "future" | "too_old"


_MINUTES_AGO = re.compile(
    r"^(?P<n>\d{1,4})\s*(?:m|min|mins|minute|minutes)?\.?\s*(?:ago)?$", re.IGNORECASE
)
_TIME_OF_DAY = re.compile(
    r"^(?P<h>\d{1,2})(?:\s*[:.h]\s*(?P<m>\d{2}))?\s*(?P<ampm>[ap])?(?:\.?\s*m\.?)?$",
    re.IGNORECASE,
)
_NOW_WORDS = {"", "now", "just now"}


def parse_arrival(text: str, now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """When the email arrived, from what the person typed.

    Accepts "now", a number of minutes ago ("10", "10 min", "10 minutes ago") or a time
    of day ("14:05", "14.05", "14h05", "2:05 pm", "2pm"). A time of day means the most
    recent such moment that isn't in the future (a 12-hour time without am/pm may be
    morning or afternoon; the later one that has already happened is taken). That is
    yesterday only just after midnight: "23:50" typed at 00:10. Raises ArrivalError:
    "future" for a time still to come, "too_old" when the code would already have
    expired, "unreadable" otherwise. ``now`` is aware; ``tz`` is the local time zone
    (the system's when None). Returns an aware UTC time.
    """
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in _NOW_WORDS:
        return now.astimezone(dt.UTC)
    match = _MINUTES_AGO.match(cleaned)
    # A bare number is minutes ago; "2pm" or "14:05" are times of day.
    if match:
        minutes = int(match.group("n"))
        if minutes >= CODE_LIFETIME.total_seconds() // 60:
            raise ArrivalError("too_old")
        return (now - dt.timedelta(minutes=minutes)).astimezone(dt.UTC)
    hours, minute = _hours_and_minute(cleaned)
    local_now = now.astimezone(tz) if tz is not None else now.astimezone()
    candidates = []
    for days_back in (0, 1):
        day = local_now - dt.timedelta(days=days_back)
        for h in hours:
            candidates.append(day.replace(hour=h, minute=minute, second=0, microsecond=0))
    past = [c for c in candidates if c <= local_now + FUTURE_TOLERANCE]
    best = max(past)
    if now - best < CODE_LIFETIME:
        return min(best, local_now).astimezone(dt.UTC)
    if any(c > local_now + FUTURE_TOLERANCE for c in candidates):
        raise ArrivalError("future")
    raise ArrivalError("too_old")


def _hours_and_minute(cleaned: str) -> tuple[list[int], int]:
    """The hours a typed time of day may mean, and its minute: one hour with am/pm; a
    12-hour time without it may be morning or afternoon ("12:30" noon or half past
    midnight). Raises ArrivalError("unreadable") for anything else."""
    match = _TIME_OF_DAY.match(cleaned)
    if match is None or (match.group("m") is None and match.group("ampm") is None):
        raise ArrivalError("unreadable")
    hour, minute, ampm = int(match.group("h")), int(match.group("m") or 0), match.group("ampm")
    if minute > 59:
        raise ArrivalError("unreadable")
    if ampm:
        if not 1 <= hour <= 12:
            raise ArrivalError("unreadable")
        return [hour % 12 + (12 if ampm == "p" else 0)], minute
    if hour > 23:
        raise ArrivalError("unreadable")
    if 1 <= hour <= 12:
        return [hour, (hour + 12) % 24], minute
    return [hour], minute


def parse_earlier_today(text: str, now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
    """A moment earlier today, from what the person typed: "now", minutes ago ("10") or a
    time of day ("14:05", "2:05 pm"). Used for when the form was sent, which may be hours
    ago. Raises ArrivalError: "future" for a time still to come, "too_old" for one before
    today, "unreadable" otherwise. Returns an aware UTC time."""
    cleaned = " ".join(text.strip().lower().split())
    local_now = now.astimezone(tz) if tz is not None else now.astimezone()
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    if cleaned in _NOW_WORDS:
        return now.astimezone(dt.UTC)
    match = _MINUTES_AGO.match(cleaned)
    if match:
        moment = local_now - dt.timedelta(minutes=int(match.group("n")))
        if moment < midnight:
            raise ArrivalError("too_old")
        return moment.astimezone(dt.UTC)
    hours, minute = _hours_and_minute(cleaned)
    candidates = [midnight.replace(hour=h, minute=minute) for h in hours]
    past = [c for c in candidates if c <= local_now + FUTURE_TOLERANCE]
    if not past:
        raise ArrivalError("future")
    return min(max(past), local_now).astimezone(dt.UTC)


def not_before(moment: dt.datetime, earliest: str | None) -> dt.datetime | None:
    """A time the person typed (to the minute), checked against a recorded step (to the
    second): None if it is earlier than that step; else the time, moved to the step's
    second when both fall in the same minute, so that the order stays true."""
    if not earliest:
        return moment
    step = from_iso(earliest)
    if moment < step.replace(second=0, microsecond=0):
        return None
    return max(moment, step)
