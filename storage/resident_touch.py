"""Who was last in touch when, kept in memory for the keep-in-touch cadence (`storage.resident_dates`).

Clients are grouped by tier and by the day they were last in touch; each group is in client
order (name, then id: one tier's order). A window's silent clients are then whole groups: those
of each tier touched on or before its last day less the tier's interval. Clients with their own
interval are few and kept apart.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass

from reminders.agenda import ClientDates
from reminders.cadence import interval_for
from reminders.tiers import Tier

#: (sort key, client id, the client): one tier's client order (ids are unique: clients never compare).
Member = tuple[str, int, ClientDates]


@dataclass(frozen=True, slots=True)
class OwnInterval:
    tier: Tier
    since: int
    interval: int
    member: Member


class TouchIndex:
    """Active clients by tier and the day (an ordinal) they were last in touch."""

    def __init__(self) -> None:
        self._days: list[list[int]] = [[] for _ in Tier]  # each tier's distinct days, ascending
        self._groups: list[dict[int, list[Member]]] = [{} for _ in Tier]
        self._own: dict[int, OwnInterval] = {}
        self._where: dict[int, tuple[Tier, int]] = {}  # client id -> (tier, day), for removal
        self._unsorted = False
        #: Group lists replaced since the caller last emptied this (see `silent_groups`).
        self.replaced: list[list[Member]] = []

    def add(self, tier: Tier, since: int, member: Member, own_interval: int | None, *, bulk: bool = False) -> None:
        """Add a client; with `bulk`, leave the sorting to `sort()` (a whole book at once)."""
        client_id = member[1]
        if own_interval is not None:
            self._own[client_id] = OwnInterval(tier, since, own_interval, member)
            return
        self._where[client_id] = (tier, since)
        group = self._groups[tier].get(since)
        if group is None:
            group = self._groups[tier][since] = []
            if bulk:
                self._days[tier].append(since)
            else:
                insort(self._days[tier], since)
        if bulk:
            group.append(member)
            self._unsorted = True
        else:
            self.replaced.append(group)
            group = self._groups[tier][since] = group.copy()  # a new list: see `silent_groups`
            insort(group, member)

    def sort(self) -> None:
        if self._unsorted:
            for tier in Tier:
                self._days[tier].sort()
                for group in self._groups[tier].values():
                    group.sort()
            self._unsorted = False

    def remove(self, client_id: int, sort_key: str) -> None:
        if self._own.pop(client_id, None) is not None:
            return
        tier, since = self._where.pop(client_id)
        self.replaced.append(self._groups[tier][since])
        group = self._groups[tier][since] = self._groups[tier][since].copy()  # a new list: see `silent_groups`
        del group[bisect_left(group, (sort_key, client_id))]
        if not group:
            del self._groups[tier][since]
            days = self._days[tier]
            del days[bisect_left(days, since)]

    def silent_groups(
        self, last_day: int, intervals: dict[Tier, int | None]
    ) -> Iterator[tuple[Tier, int, int, list[Member]]]:
        """(tier, day last in touch, interval, members) of every group whose interval ran out by `last_day`.

        A group's list is replaced, never changed, when a client joins or leaves it: a caller
        may keep what it made of one by the list's identity.
        """
        for tier in Tier:
            interval = intervals.get(tier)
            if interval is None:
                continue
            days = self._days[tier]
            groups = self._groups[tier]
            for since in days[: bisect_right(days, last_day - interval)]:
                yield tier, since, interval, groups[since]

    def silent_own(self, last_day: int, intervals: dict[Tier, int | None]) -> Iterator[tuple[Tier, int, int, Member]]:
        """(tier, day last in touch, interval, member) of clients with their own interval run out by `last_day`."""
        for own in self._own.values():
            interval = interval_for(own.tier, own.interval, intervals)
            if interval is not None and own.since + interval <= last_day:
                yield own.tier, own.since, interval, own.member
