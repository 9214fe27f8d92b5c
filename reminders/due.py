"""Deciding what to raise now: every due reminder exactly once, whatever the clock does.

Pure and clock-injected: given the occasions with their reminder days, the stored states
and "now", `decide` returns the keys to raise and the new states to store.

A reminder's *stage* is the latest reminder day (or snooze day) that has come, at the
reminder time of day. A stage is raised only when it is later than the stage last raised,
so a stage is never raised twice: not after a restart, not when the clock goes back. When
the app was closed (or asleep) across several stages, only the latest is raised, once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

OPEN = "open"
SNOOZED = "snoozed"
DONE = "done"
SKIPPED = "skipped"
HANDLED = frozenset({DONE, SKIPPED})


@dataclass(frozen=True, slots=True)
class DueEntry:
    """One occurrence that has reminders: its key, its day and the days reminders are raised."""

    key: str
    day: date
    remind_on: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What is stored about one occurrence."""

    key: str
    status: str = OPEN
    snooze_until: date | None = None
    raised_on: date | None = None  # the stage last raised
    shown_at: datetime | None = None  # when it was last raised, by the clock of the day


@dataclass(frozen=True, slots=True)
class Decision:
    raise_keys: list[str]
    updates: list[ReminderState]


def last_reminder_day(now: datetime, at: time) -> date:
    """The latest day whose reminder time has come: today after `at`, else yesterday."""
    return now.date() if now.time() >= at else now.date() - timedelta(days=1)


def stage(entry: DueEntry, state: ReminderState | None, now: datetime, at: time) -> date | None:
    """The latest reminder (or snooze) day that has come, or None when nothing is due."""
    if state is not None and state.status in HANDLED:
        return None
    cutoff = last_reminder_day(now, at)
    found = [day for day in entry.remind_on if day <= cutoff]
    if state is not None and state.snooze_until is not None:
        if state.snooze_until > cutoff:
            return None  # snoozed: quiet until then
        found.append(state.snooze_until)
    return max(found, default=None)


def is_due(entry: DueEntry, state: ReminderState | None, now: datetime, at: time) -> bool:
    """Whether the occurrence belongs on the list of things due now (raised or not)."""
    return stage(entry, state, now, at) is not None


def is_quiet(state: ReminderState | None, today: date) -> bool:
    """Handled, or snoozed past today: it stays off the lists."""
    if state is None:
        return False
    if state.status in HANDLED:
        return True
    return state.snooze_until is not None and state.snooze_until > today


def decide(entries: Iterable[DueEntry], states: Mapping[str, ReminderState], now: datetime, at: time) -> Decision:
    """The keys to raise now, in the order given, and the states to store for them."""
    raise_keys: list[str] = []
    updates: list[ReminderState] = []
    for entry in entries:
        state = states.get(entry.key)
        current = stage(entry, state, now, at)
        if current is None:
            continue
        if state is not None and state.raised_on is not None and current <= state.raised_on:
            continue
        raise_keys.append(entry.key)
        base = state or ReminderState(entry.key)
        updates.append(replace(base, raised_on=current, shown_at=now))
    return Decision(raise_keys, updates)


def snoozed(state: ReminderState | None, key: str, until: date) -> ReminderState:
    """The state after "snooze until `until`"."""
    return replace(state or ReminderState(key), status=SNOOZED, snooze_until=until)


def handled(state: ReminderState | None, key: str, status: str) -> ReminderState:
    """The state after Done or Skip."""
    if status not in HANDLED:
        raise ValueError(f"not a handled status: {status}")
    return replace(state or ReminderState(key), status=status, snooze_until=None)
