"""The book's agenda data held in memory: what `storage.resident_dates` keeps current.

Every client not archived, as the agenda reads them, indexed three ways: in client order
(tier, then name, then id), by the (lunar?, month, day) of each of their dates, and by tier and
the day they were last in touch (`storage.resident_touch`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from reminders.agenda import ClientDates
from reminders.dates import CalendarKind
from reminders.occurrences import WindowKeys
from reminders.tiers import Tier
from storage.date_reads import YOUNG_CHILD_YEARS
from storage.resident_touch import TouchIndex

#: Room between two clients' numbers in client order (`Snapshot.rank`): 2**20.
RANK_GAP_BITS = 20


#: (follow-up id, due on, note, source)
FollowUpRow = tuple[int, date, str, str]
#: (complaint id, opened at, summary)
ComplaintRow = tuple[int, datetime, str]


@dataclass(slots=True)
class Snapshot:
    """Every client's agenda data, as `storage.agenda` and `storage.care_agenda` would read it.

    `order_keys` holds (-tier, sort key, id) of the clients not archived (the lost included),
    sorted: client order; `dated` finds active clients by the (lunar?, month, day) of any of
    their dates; `touch` finds the quiet ones.
    """

    clients: dict[int, ClientDates] = field(default_factory=dict)  # active: neither archived nor lost
    lost: dict[int, ClientDates] = field(default_factory=dict)  # lost, not archived (win-back follow-ups)
    order_keys: list[tuple[int, str, int]] = field(default_factory=list)  # (-tier, sort_key, id), sorted
    sort_key: dict[int, tuple[int, str, int]] = field(default_factory=dict)
    dated: dict[tuple[bool, int, int], set[int]] = field(default_factory=lambda: defaultdict(set))
    child_year: dict[int, int] = field(default_factory=dict)  # youngest child's birth year
    touch: TouchIndex = field(default_factory=TouchIndex)
    followups: dict[int, tuple[FollowUpRow, ...]] = field(default_factory=dict)
    complaints: dict[int, tuple[ComplaintRow, ...]] = field(default_factory=dict)
    young_year: int | None = None
    _rank: dict[int, int] | None = None
    _unsorted: bool = False

    def rank(self) -> dict[int, int]:
        """A number for each client that grows in client order (tier, then name, then id).

        The numbers leave room between them, so that a client read again takes one between
        their new neighbours' instead of everyone being numbered afresh.
        """
        if self._rank is None:
            self._rank = {key[2]: i << RANK_GAP_BITS for i, key in enumerate(self.order_keys)}
        return self._rank

    def place(self, key: tuple[int, str, int]) -> None:
        """Put a client's (-tier, sort key, id) in client order, numbered between its neighbours."""
        keys = self.order_keys
        at = bisect_left(keys, key)
        keys.insert(at, key)
        rank = self._rank
        if rank is None:
            return
        gap = 1 << RANK_GAP_BITS
        below = rank[keys[at - 1][2]] if at > 0 else None
        above = rank[keys[at + 1][2]] if at + 1 < len(keys) else None
        if below is None:
            below = (above if above is not None else gap) - 2 * gap
        if above is None:
            above = below + 2 * gap
        if above - below < 2:
            self._rank = None  # no room left here: number everyone again when next asked
        else:
            rank[key[2]] = (below + above) // 2

    def in_order(self, ids: Iterable[int]) -> list[int]:
        return sorted(ids, key=self.rank().__getitem__)

    def ordered_clients(self, client_ids: Sequence[int] | None = None) -> list[ClientDates]:
        """The active clients (on the list, if one is given) in client order."""
        clients = self.clients
        if client_ids is None:
            return [clients[key[2]] for key in self.order_keys if key[2] in clients]
        return [clients[i] for i in self.in_order({i for i in client_ids if i in clients})]

    def dated_clients(self, keys: WindowKeys, client_ids: Sequence[int] | None = None) -> list[ClientDates]:
        """Active clients having a date that can fall in the window (a superset), in client order."""
        found: set[int] = set()
        dated = self.dated
        for month, day in keys.solar:
            found.update(dated.get((False, month, day), ()))
        for month, day, _leap in keys.lunar:
            found.update(dated.get((True, month, day), ()))
        if client_ids is not None:
            found.intersection_update(client_ids)
        clients = self.clients
        return [clients[i] for i in self.in_order(found)]

    def agenda_clients(
        self, keys: WindowKeys | None, year: int, client_ids: Sequence[int] | None, audience: frozenset[Tier]
    ) -> list[ClientDates]:
        """What `storage.agenda` reads for `build_agenda`, in client order: the clients with a date
        that can fall in the window (everyone without `keys`), and everyone of a tier in the
        `audience` of the window's festivals; young children counted as of `year`."""
        self.set_young_children(year)
        if keys is None:
            return self.ordered_clients(client_ids)
        dated = self.dated_clients(keys, client_ids)
        if not audience:
            return dated
        known = {client.client_id for client in dated}
        wanted = tuple(tier in audience for tier in Tier)
        return [
            client for client in self.ordered_clients(client_ids) if wanted[client.tier] or client.client_id in known
        ]

    def set_young_children(self, year: int) -> None:
        """Mark who has a child young enough for Children's Day in `year` (as of the window's start)."""
        if self.young_year == year:
            return
        for client_id, born in self.child_year.items():
            client = self.clients.get(client_id)
            if client is not None:
                client.has_young_children = year - born <= YOUNG_CHILD_YEARS
        self.young_year = year

    def followup_rows(self, wanted: set[int] | None) -> list[tuple[ClientDates, FollowUpRow]]:
        """Open follow-ups with their client, in client order (a lost client's only from a win-back)."""
        found = []
        for client_id in self.in_order(self._among(self.followups, wanted)):
            client = self.clients.get(client_id)
            if client is not None:
                found += [(client, row) for row in self.followups[client_id]]
            else:
                lost = self.lost[client_id]
                found += [(lost, row) for row in self.followups[client_id] if row[3] == "winback"]
        return found

    def complaint_rows(self, wanted: set[int] | None) -> list[tuple[ClientDates, ComplaintRow]]:
        """Open complaints of active clients with their client, in client order."""
        clients = self.clients
        return [
            (clients[client_id], row)
            for client_id in self.in_order(self._among(self.complaints, wanted))
            for row in self.complaints[client_id]
        ]

    def add(
        self,
        client: ClientDates,
        sort_key: str,
        touched: int,
        own_interval: int | None,
        *,
        lost: bool,
        child_born: int | None,
        followups: tuple[FollowUpRow, ...] | None,
        complaints: tuple[ComplaintRow, ...] | None,
        bulk: bool,
    ) -> None:
        """Take in a client read from the book (`touched`: the day last in touch, an ordinal).
        With `bulk` (a whole book), the ordering waits for `settle()`."""
        client_id = client.client_id
        key = (-client.tier, sort_key, client_id)
        self.sort_key[client_id] = key
        if bulk:
            self.order_keys.append(key)
            self._unsorted = True
        else:
            self.place(key)
        if followups:
            self.followups[client_id] = followups
        if lost:
            self.lost[client_id] = client
            return
        self.clients[client_id] = client
        if child_born is not None:
            self.child_year[client_id] = child_born
            if self.young_year is not None:
                client.has_young_children = self.young_year - child_born <= YOUNG_CHILD_YEARS
        for date_key in _date_keys(client):
            self.dated[date_key].add(client_id)
        self.touch.add(client.tier, touched, (sort_key, client_id, client), own_interval, bulk=bulk)
        if complaints:
            self.complaints[client_id] = complaints

    def settle(self) -> None:
        """Put in order what `add(bulk=True)` left unsorted."""
        if self._unsorted:
            self.order_keys.sort()
            self._unsorted = False
        self.touch.sort()

    def forget(self, client_id: int) -> list[object]:
        """Take a client out of every part (before reading them again, if still there); returns
        the objects that stood for them: the client, their dates, follow-ups and complaints."""
        key = self.sort_key.pop(client_id, None)
        if key is None:
            return []  # a client new to the snapshot, or archived before
        del self.order_keys[_index(self.order_keys, key)]
        if self._rank is not None:
            del self._rank[client_id]
        gone: list[object] = [*self.followups.pop(client_id, ()), *self.complaints.pop(client_id, ())]
        client = self.clients.pop(client_id, None)
        if client is not None:
            self.touch.remove(client_id, key[1])
            for date_key in _date_keys(client):
                self.dated[date_key].discard(client_id)
        else:
            client = self.lost.pop(client_id)
        self.child_year.pop(client_id, None)
        return [*gone, client, *client.dates]

    @staticmethod
    def _among(by_client: dict[int, object], wanted: set[int] | None) -> Iterable[int]:
        return by_client.keys() if wanted is None else [client_id for client_id in by_client if client_id in wanted]


def _date_keys(client: ClientDates) -> set[tuple[bool, int, int]]:
    """(lunar?, month, day) of each of the client's dates: what `Snapshot.dated` finds them by."""
    keys = {(entry.spec.calendar is _LUNAR, entry.spec.month, entry.spec.day) for entry in client.dates}
    if client.birthday is not None:
        keys.add((client.birthday.calendar is _LUNAR, client.birthday.month, client.birthday.day))
    return keys


_LUNAR = CalendarKind.LUNAR


def _index(ordered: list, key: object) -> int:
    at = bisect_left(ordered, key)
    if at == len(ordered) or ordered[at] != key:
        raise LookupError(key)  # a bug: the snapshot lost track of an entry
    return at
