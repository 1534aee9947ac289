"""The code countdown's arithmetic, with fake wall and monotonic clocks (no real time)."""

from __future__ import annotations

import datetime as dt

import pytest

from optout_gui.core import code_state as countdown
from optout_gui.core.code_state import (
    ArrivalError,
    CodeCountdown,
    CodeState,
    Phase,
    arrival_changes,
    attempt_entered_at,
    attempt_expires_at,
    code_running_at,
    code_state,
    countdown_for,
    entered_changes,
    expiry_changes,
    format_mm_ss,
    parse_arrival,
)
from optout_gui.core.progress import Progress, from_iso, progress_from_json
from tests.clocks import FakeClocks

MIN = dt.timedelta(minutes=1)
T0 = dt.datetime(2026, 3, 10, 14, 0, tzinfo=dt.UTC)


class CountdownClocks(FakeClocks):
    """The fake clocks, able to start a countdown on themselves."""

    def countdown(self, received_at: dt.datetime = T0, **kw) -> CodeCountdown:
        return CodeCountdown(received_at, wall=self.wall, monotonic=self.monotonic, **kw)


@pytest.fixture
def clocks():
    return CountdownClocks(T0)


def test_fresh_code_has_an_hour_and_is_calm(clocks):
    cd = clocks.countdown()
    assert cd.remaining() == dt.timedelta(hours=1)
    assert cd.phase() is Phase.CALM
    assert format_mm_ss(cd.remaining()) == "60:00"
    assert cd.expires_at == T0 + dt.timedelta(hours=1)


def test_phases_change_at_ten_and_one_minute(clocks):
    cd = clocks.countdown()
    clocks.advance(50 * MIN - dt.timedelta(seconds=1))
    assert cd.phase() is Phase.CALM
    clocks.advance(dt.timedelta(seconds=1))
    assert cd.phase() is Phase.HURRY
    clocks.advance(9 * MIN - dt.timedelta(seconds=1))
    assert cd.phase() is Phase.HURRY
    clocks.advance(dt.timedelta(seconds=1))
    assert cd.phase() is Phase.URGENT
    clocks.advance(MIN - dt.timedelta(seconds=1))
    assert cd.phase() is Phase.URGENT
    assert format_mm_ss(cd.remaining()) == "00:01"
    clocks.advance(dt.timedelta(seconds=1))
    assert cd.phase() is Phase.EXPIRED
    assert cd.expired()
    assert format_mm_ss(cd.remaining()) == "00:00"


def test_format_rounds_up_and_never_goes_negative():
    assert format_mm_ss(dt.timedelta(seconds=0.2)) == "00:01"
    assert format_mm_ss(dt.timedelta(minutes=12, seconds=34)) == "12:34"
    assert format_mm_ss(dt.timedelta(minutes=-5)) == "00:00"


def test_each_warning_fires_once_second_by_second(clocks):
    cd = clocks.countdown()
    fired = []
    for _ in range(3700):
        clocks.advance(dt.timedelta(seconds=1))
        fired += [(w, clocks.now - T0) for w in cd.due_warnings()]
    assert fired == [
        (10 * MIN, 50 * MIN),
        (5 * MIN, 55 * MIN),
        (1 * MIN, 59 * MIN),
    ]


def test_a_sleep_through_several_thresholds_gives_one_warning(clocks):
    cd = clocks.countdown()
    clocks.advance(45 * MIN)
    assert cd.due_warnings() == []
    clocks.suspend(12 * MIN)  # 3 minutes left on waking
    assert cd.due_warnings() == [5 * MIN]
    assert cd.due_warnings() == []
    clocks.advance(2 * MIN + dt.timedelta(seconds=1))
    assert cd.due_warnings() == [1 * MIN]


def test_starting_late_warns_once_about_where_you_are_now(clocks):
    cd = clocks.countdown(T0 - 57 * MIN)  # three minutes left
    assert cd.due_warnings() == [5 * MIN]
    assert cd.due_warnings() == []
    calm = clocks.countdown(T0 - 5 * MIN)
    assert calm.due_warnings() == []


def test_no_warnings_once_expired(clocks):
    cd = clocks.countdown(T0 - 2 * dt.timedelta(hours=1))
    assert cd.expired()
    assert cd.due_warnings() == []


def test_suspend_keeps_the_real_code_expiring(clocks):
    cd = clocks.countdown()
    clocks.advance(10 * MIN)
    clocks.suspend(30 * MIN)  # monotonic clock stood still
    assert cd.remaining() == 20 * MIN
    clocks.suspend(25 * MIN)
    assert cd.expired()


def test_backward_clock_jump_never_adds_time(clocks):
    cd = clocks.countdown()
    clocks.advance(30 * MIN)
    assert cd.remaining() == 30 * MIN
    clocks.set_wall(clocks.now - dt.timedelta(hours=3))
    assert cd.remaining() == 30 * MIN
    clocks.advance(5 * MIN)
    assert cd.remaining() == 25 * MIN


def test_forward_clock_jump_shortens_and_never_comes_back(clocks):
    cd = clocks.countdown()
    clocks.set_wall(clocks.now + 40 * MIN)
    assert cd.remaining() == 20 * MIN
    clocks.set_wall(clocks.now - 40 * MIN)  # put right again
    assert cd.remaining() == 20 * MIN  # shown time never goes up
    clocks.advance(MIN)
    assert cd.remaining() == 19 * MIN


def test_never_more_than_an_hour_from_arrival(clocks):
    # The clock was set back before the app started: wall says arrival is in the future.
    clocks.set_wall(T0 - dt.timedelta(hours=5))
    cd = clocks.countdown()
    assert cd.remaining() == dt.timedelta(hours=1)
    # A stored expiry later than arrival + 1 h is not trusted.
    far = clocks.countdown(T0, expires_at=T0 + dt.timedelta(hours=9))
    assert far.expires_at == T0 + dt.timedelta(hours=1)


def test_restart_computes_from_the_stored_expiry(clocks):
    first = clocks.countdown()
    clocks.advance(5 * MIN)
    assert first.remaining() == 55 * MIN
    # App closed for 20 minutes; a new process has a new monotonic clock.
    clocks.suspend(20 * MIN)
    clocks.mono = 5.0
    second = clocks.countdown(T0, expires_at=first.expires_at)
    assert second.remaining() == 35 * MIN
    clocks.advance(MIN)
    assert second.remaining() == 34 * MIN


def test_restart_after_backward_jump_is_capped_at_an_hour(clocks):
    clocks.set_wall(T0 - dt.timedelta(days=1))
    cd = clocks.countdown(T0)
    assert cd.remaining() <= dt.timedelta(hours=1)


def test_needs_an_aware_arrival_time(clocks):
    with pytest.raises(ValueError):
        clocks.countdown(dt.datetime(2026, 1, 1, 12, 0))


# --- arrival-time parsing ---------------------------------------------------------

NOW = dt.datetime(2026, 3, 10, 14, 30, 20, tzinfo=dt.UTC)


def arrival(text: str, now: dt.datetime = NOW) -> dt.datetime:
    return parse_arrival(text, now, tz=dt.UTC)


def at(hour: int, minute: int, day: int = 10) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14:05", at(14, 5)),
        ("14.05", at(14, 5)),
        ("14h05", at(14, 5)),
        (" 14 : 05 ", at(14, 5)),
        ("2:05 pm", at(14, 5)),
        ("2:05PM", at(14, 5)),
        ("2.05 p.m.", at(14, 5)),
        ("2 pm", at(14, 0)),
        ("2pm", at(14, 0)),
        ("2:05", at(14, 5)),  # no am/pm: the latest that has already happened
        ("10", NOW - 10 * MIN),
        ("10 min", NOW - 10 * MIN),
        ("10 minutes ago", NOW - 10 * MIN),
        ("0", NOW),
        ("", NOW),
        ("now", NOW),
        ("14:31", NOW),  # a minute ahead: clocks differ a little; counts as now
    ],
)
def test_arrival_is_understood(text, expected):
    assert arrival(text) == expected


def test_arrival_just_after_midnight_means_yesterday():
    now = dt.datetime(2026, 3, 10, 0, 10, tzinfo=dt.UTC)
    assert arrival("23:50", now) == at(23, 50, day=9)
    assert arrival("11:55 pm", now) == at(23, 55, day=9)


def test_arrival_uses_the_local_time_zone():
    berlin_winter = dt.timezone(dt.timedelta(hours=1))
    assert parse_arrival("15:05", NOW, tz=berlin_winter) == at(14, 5)


@pytest.mark.parametrize("text", ["15:00", "3 pm", "14:40", "23:50"])
def test_arrival_in_the_future_is_refused(text):
    with pytest.raises(ArrivalError) as info:
        arrival(text)
    assert info.value.kind == "future"


@pytest.mark.parametrize("text", ["13:00", "1:29 pm", "60", "90 minutes ago", "9:00 am"])
def test_arrival_more_than_an_hour_ago_is_already_expired(text):
    with pytest.raises(ArrivalError) as info:
        arrival(text)
    assert info.value.kind == "too_old"


@pytest.mark.parametrize(
    "text", ["soon", "25:00", "14:75", "13 pm", "0 am", "-5", "14:0", "1405x", "14"]
)
def test_unreadable_arrival(text):
    if text == "14":
        assert arrival(text) == NOW - 14 * MIN  # a bare number is minutes ago
        return
    with pytest.raises(ArrivalError) as info:
        arrival(text)
    assert info.value.kind == "unreadable"


def test_remaining_helper_is_capped():
    assert countdown.remaining(T0, T0 - dt.timedelta(hours=2)) == dt.timedelta(hours=1)


# --- saved attempts ---------------------------------------------------------------


def attempt(**extra) -> dict:
    return {
        "received_at": "2026-03-10T14:00:00+00:00",
        "expires_at": "2026-03-10T15:00:00+00:00",
        **extra,
    }


def test_code_attempts_round_trip():
    attempts = [attempt(expired_at="2026-03-10T15:00:00+00:00"), attempt()]
    progress, dropped = progress_from_json(Progress(code_attempts=attempts).to_json())
    assert dropped == []
    assert progress.code_attempts == attempts


@pytest.mark.parametrize(
    "bad",
    [
        "not a list",
        [42],
        [attempt(expires_at="2026-03-10T16:00:00+00:00")],  # more than an hour
        [attempt(expires_at="2026-03-10T13:00:00+00:00")],  # before arrival
        [attempt(received_at="yesterday")],
        [attempt(entered_at="x")],
        [attempt(entered_at="2026-03-10T14:10:00+00:00", expired_at="2026-03-10T15:00:00+00:00")],
        [attempt(surprise=1)],
        [{"received_at": "2026-03-10T14:00:00+00:00"}],
    ],
)
def test_bad_code_attempts_are_dropped_on_load(bad):
    progress, dropped = progress_from_json({"code_attempts": bad, "email": "a@b.c"})
    assert dropped == ["code_attempts"]
    assert progress.code_attempts == []
    assert progress.email == "a@b.c"


# --- the code's state and its attempts (the one place the UI and the controller ask) ----
def test_the_codes_state_follows_its_attempts_from_arrival_to_entry():
    answers = Progress()
    assert code_state(answers) == CodeState.IDLE and not code_running_at(answers, T0)
    answers = Progress(**arrival_changes(answers, T0, T0 - 5 * MIN))
    assert code_state(answers) == CodeState.RUNNING
    assert answers.code_received_at == "2026-03-10T13:55:00+00:00"
    assert attempt_expires_at(answers) == T0 + 55 * MIN
    assert code_running_at(answers, T0 + 54 * MIN)
    assert not code_running_at(answers, T0 + 55 * MIN)  # the app was closed when it ran out
    answers = Progress(**entered_changes(answers, T0 + MIN))
    assert code_state(answers) == CodeState.ENTERED
    assert attempt_entered_at(answers) == T0 + MIN == from_iso(answers.code_entered_at)
    assert entered_changes(answers, T0 + 2 * MIN) is None  # nothing running to enter
    assert not code_running_at(answers, T0 + 2 * MIN)


def test_a_new_code_replaces_a_running_one_and_expiry_is_recorded():
    first = Progress(**arrival_changes(Progress(), T0, None))
    second = Progress(**arrival_changes(first, T0 + 10 * MIN, None))
    assert [a.get("expired_at") for a in second.code_attempts] == [
        "2026-03-10T14:10:00+00:00",
        None,
    ]
    ended = Progress(**expiry_changes(second))
    assert code_state(ended) == CodeState.EXPIRED
    assert ended.code_attempts[-1]["expired_at"] == ended.code_attempts[-1]["expires_at"]
    assert countdown_for(ended) is None and countdown_for(second) is not None


def test_a_skipped_code_is_never_running():
    answers = Progress(**arrival_changes(Progress(), T0, None))
    answers.code_skipped = True
    assert code_state(answers) == CodeState.SKIPPED
    assert not code_running_at(answers, T0)


# --- when the form was sent: earlier today -------------------------------------------------
SENT_NOW = dt.datetime(2026, 12, 6, 15, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("now", dt.datetime(2026, 12, 6, 15, 0)),
        ("10", dt.datetime(2026, 12, 6, 14, 50)),
        ("14:05", dt.datetime(2026, 12, 6, 14, 5)),
        ("2:05 pm", dt.datetime(2026, 12, 6, 14, 5)),
        ("12:30", dt.datetime(2026, 12, 6, 12, 30)),  # noon, not half past midnight
        ("9:15", dt.datetime(2026, 12, 6, 9, 15)),  # 21:15 is still to come
    ],
)
def test_the_time_of_sending_is_read_as_earlier_today(typed, expected):
    got = countdown.parse_earlier_today(typed, SENT_NOW, dt.UTC)
    assert got == expected.replace(tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "typed, kind",
    [("16:30", "future"), ("1000", "too_old"), ("25:00", "unreadable"), ("x", "unreadable")],
)
def test_a_time_of_sending_that_cant_be_today_is_refused(typed, kind):
    with pytest.raises(countdown.ArrivalError) as problem:
        countdown.parse_earlier_today(typed, SENT_NOW, dt.UTC)
    assert problem.value.kind == kind
