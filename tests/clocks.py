"""Fake wall and monotonic clocks for the countdown tests (plain Python, no Qt)."""

from __future__ import annotations

import datetime as dt

# Where the shared ``clocks`` fixture (conftest.py) starts: a Tuesday afternoon in March.
START = dt.datetime(2026, 3, 10, 13, 0, tzinfo=dt.UTC)


class FakeClocks:
    """A wall clock and a monotonic clock that move only when told to."""

    def __init__(self, start: dt.datetime, mono: float = 1000.0):
        self.now = start
        self.mono = mono

    def wall(self) -> dt.datetime:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def advance(self, delta: dt.timedelta) -> None:
        """Real time passes with the app running."""
        self.now += delta
        self.mono += delta.total_seconds()

    def suspend(self, delta: dt.timedelta) -> None:
        """The laptop sleeps: the wall clock moves, the monotonic clock does not."""
        self.now += delta

    def set_wall(self, moment: dt.datetime) -> None:
        """Someone (or a sync) changes the system clock."""
        self.now = moment

    def new_process(self) -> None:
        """A restarted app: the monotonic clock starts somewhere else."""
        self.mono = 7.0
