"""The due logic on an injected clock: each reminder raised exactly once, none lost.

The long test drives `decide` through two simulated years: the app closed for days, the
laptop asleep across the reminder time, the clock moved backwards and forwards, snoozes,
Done and Skip, and restarts mid-day (states survive, since they are stored).
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest

from reminders import due

AT = time(9, 0)
DAY = date(2026, 9, 25)


def entry(key: str = "birthday:1::2026-09-25", day: date = DAY, leads: tuple[int, ...] = (7, 0)) -> due.DueEntry:
    return due.DueEntry(key, day, tuple(sorted(day - timedelta(days=d) for d in leads)))


def test_nothing_before_the_reminder_time() -> None:
    e = entry()
    assert due.decide([e], {}, datetime(2026, 9, 18, 8, 59), AT).raise_keys == []
    decision = due.decide([e], {}, datetime(2026, 9, 18, 9, 0), AT)
    assert decision.raise_keys == [e.key]
    assert decision.updates[0].raised_on == date(2026, 9, 18)


def test_each_stage_once_and_the_clock_going_back_raises_nothing() -> None:
    e = entry()
    states: dict[str, due.ReminderState] = {}

    def check(now: datetime) -> list[str]:
        decision = due.decide([e], states, now, AT)
        states.update({s.key: s for s in decision.updates})
        return decision.raise_keys

    assert check(datetime(2026, 9, 18, 10)) == [e.key]
    assert check(datetime(2026, 9, 18, 11)) == []
    assert check(datetime(2026, 9, 17, 11)) == []  # clock back a day
    assert check(datetime(2026, 9, 25, 9, 30)) == [e.key]  # the day itself
    assert check(datetime(2026, 9, 25, 8, 0)) == []  # clock back an hour and a half
    assert check(datetime(2026, 9, 26, 9, 30)) == []


def test_closed_across_both_stages_raises_the_latest_once() -> None:
    e = entry()
    decision = due.decide([e], {}, datetime(2026, 9, 27, 12), AT)
    assert decision.raise_keys == [e.key]
    assert decision.updates[0].raised_on == DAY


def test_snooze_is_quiet_until_its_day_then_raises() -> None:
    e = entry()
    state = due.ReminderState(e.key, raised_on=date(2026, 9, 18))
    state = due.snoozed(state, e.key, date(2026, 9, 20))
    assert due.is_quiet(state, date(2026, 9, 19))
    assert not due.is_due(e, state, datetime(2026, 9, 19, 12), AT)
    assert due.decide([e], {e.key: state}, datetime(2026, 9, 20, 8), AT).raise_keys == []
    decision = due.decide([e], {e.key: state}, datetime(2026, 9, 20, 9), AT)
    assert decision.raise_keys == [e.key]


def test_done_and_skipped_leave_for_good() -> None:
    e = entry()
    for status in (due.DONE, due.SKIPPED):
        state = due.handled(None, e.key, status)
        assert due.is_quiet(state, DAY)
        assert due.decide([e], {e.key: state}, datetime(2026, 9, 25, 12), AT).raise_keys == []


# --- two simulated years -------------------------------------------------------------------


def _entries(rng: random.Random) -> list[due.DueEntry]:
    found = []
    for client in range(20):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        leads = rng.choice([(7, 0), (3, 0), (0,), (10,), (60, 1)])
        for year in (2026, 2027, 2028):
            found.append(entry(f"birthday:{client}::{year}-{month:02d}-{day:02d}", date(year, month, day), leads))
    for day in (date(2026, 9, 25), date(2027, 9, 15), date(2027, 2, 6)):
        for client in range(20):
            found.append(entry(f"festival:{client}:f:{day.isoformat()}", day, (7,) if client % 3 else (0,)))
    return found


def _check_times(rng: random.Random, start: date, days: int) -> list[tuple[datetime, datetime]]:
    """(real time, wall clock) pairs at which the app checks, with the trouble of real life."""
    times: list[tuple[datetime, datetime]] = []
    offset = timedelta(0)
    day = 0
    while day < days:
        today = start + timedelta(days=day)
        roll = rng.random()
        if roll < 0.05:  # closed for a few days
            day += rng.randint(2, 9)
            continue
        if roll < 0.08:  # the clock is changed
            offset = rng.choice([timedelta(hours=-3), timedelta(days=-1), timedelta(hours=5), timedelta(0)])
        asleep = rng.random() < 0.15  # asleep across the reminder time: no checks 08:00-12:00
        minute = 7 * 60
        while minute < 23 * 60:
            real = datetime.combine(today, time()) + timedelta(minutes=minute)
            if not (asleep and 8 * 60 <= minute < 12 * 60):
                times.append((real, real + offset))
            minute += rng.choice([1, 30, 120, 240])
        day += 1
    return times


@pytest.mark.slow
def test_two_years_each_due_reminder_exactly_once() -> None:
    rng = random.Random(4)
    entries = _entries(rng)
    start = date(2026, 1, 1)
    states: dict[str, due.ReminderState] = {}  # the stored table: it survives restarts
    raised: Counter[tuple[str, date]] = Counter()
    raised_keys: set[str] = set()
    for _real, wall in _check_times(rng, start, 730):
        decision = due.decide(entries, states, wall, AT)
        for state in decision.updates:
            states[state.key] = state
            raised[(state.key, state.raised_on)] += 1
        assert len(decision.raise_keys) == len(decision.updates)
        raised_keys.update(decision.raise_keys)
        for key in decision.raise_keys:  # the user acts on some of them
            roll = rng.random()
            if roll < 0.2:
                states[key] = due.snoozed(states[key], key, wall.date() + timedelta(days=rng.choice([1, 3])))
            elif roll < 0.3:
                states[key] = due.handled(states[key], key, due.DONE)
            elif roll < 0.35:
                states[key] = due.handled(states[key], key, due.SKIPPED)
        for e in entries:  # none is lost: whatever is due now has been raised at its current stage
            current = due.stage(e, states.get(e.key), wall, AT)
            if current is not None:
                assert states[e.key].raised_on is not None and states[e.key].raised_on >= current
    assert raised and max(raised.values()) == 1  # no stage of any occurrence raised twice
    end = start + timedelta(days=720)
    for e in entries:  # everything whose first reminder came well within the run was raised
        if e.remind_on[0] <= end:
            assert e.key in raised_keys, e
