"""Keep-in-touch cadence (联络频率): how often each tier should hear from the salesperson.

Plain data in, plain data out. An interval of None means "no set rhythm" (passers-by).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from reminders.tiers import Tier

#: Days between contacts, by tier (confidant 14, friend 30, acquaintance 90, passer-by none).
DEFAULT_INTERVALS: dict[Tier, int | None] = {
    Tier.CONFIDANT: 14,
    Tier.FRIEND: 30,
    Tier.ACQUAINTANCE: 90,
    Tier.PASSERBY: None,
}


def intervals_from_json(data: Mapping[str, object] | None) -> dict[Tier, int | None]:
    """Read {"friend": 30, ...} (tier keys); missing or bad entries keep their default."""
    result = dict(DEFAULT_INTERVALS)
    for tier in Tier:
        value = (data or {}).get(tier.key, "missing")
        if value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0):
            result[tier] = value
    return result


def intervals_to_json(intervals: Mapping[Tier, int | None]) -> dict[str, int | None]:
    return {tier.key: intervals.get(tier) for tier in Tier}


def interval_for(
    tier: Tier, override: int | None = None, intervals: Mapping[Tier, int | None] | None = None
) -> int | None:
    """The client's interval: their own override (days > 0) if set, else their tier's."""
    if override is not None and override > 0:
        return override
    return (intervals if intervals is not None else DEFAULT_INTERVALS).get(tier)


@dataclass(frozen=True, slots=True)
class CadenceStatus:
    """Where a client stands against their interval on `today`."""

    interval: int | None
    since: date  # the last contact, or the day the client was added when never contacted
    days_silent: int
    due_on: date | None  # since + interval; None without an interval

    @property
    def overdue(self) -> bool:
        return self.interval is not None and self.days_silent > self.interval

    @property
    def days_over(self) -> int:
        return max(0, self.days_silent - self.interval) if self.interval is not None else 0


def cadence_status(since: date, today: date, interval: int | None) -> CadenceStatus:
    """How long since `since` and whether that is past `interval` days.

    >>> cadence_status(date(2026, 1, 1), date(2026, 3, 3), 30).days_silent
    61
    """
    silent = max(0, (today - since).days)
    due = _days_after(since, interval) if interval is not None else None
    return CadenceStatus(interval=interval, since=since, days_silent=silent, due_on=due)


def _days_after(day: date, days: int) -> date:
    """`day` + `days`, held at the last day Python knows (a contact dated in year 9999 by an old book)."""
    return date.fromordinal(min(day.toordinal() + days, date.max.toordinal()))
