"""The book's dates kept in memory between calls, for the app's window (SQLite books).

The window asks for the agenda again and again (Today, the calendar, each reminder check),
and reading a 100,000-client book's dates from SQLite is most of what each answer costs.
`keep_dates_in_memory(book)` makes `storage.agenda` and `storage.care_agenda` read them from
memory instead. Before each use the client change journal (`storage.journal`, kept by
triggers in the database, whoever writes) names the clients changed since the last use,
and only those are read again; when it cannot say (too many changes, pruned rows, missing
triggers) everything is read again. A team book on a server, and the command line, read
the book directly.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection

from reminders.agenda import AgendaMemo, ClientDate, ClientDates
from reminders.bulk import collector_paused
from reminders.dates import CalendarKind
from reminders.occurrences import WindowKeys
from reminders.tiers import Tier
from storage import journal
from storage.agenda import YOUNG_CHILD_YEARS, spec_of
from storage.db import Book
from storage.resident_reads import read_care, read_clients, read_dates
from storage.resident_touch import TouchIndex

#: Windows whose placed dates are kept (Today's, the calendar's month, a call list's ...).
MEMOS_KEPT = 6
#: ... as long as together they hold no more than this many clients' items and groups.
MEMO_ITEMS_KEPT = 300_000
#: Past this many changed clients, reading everyone again is cheaper than one by one.
MAX_CHANGED = 2_000
#: Room between two clients' numbers in client order (`Snapshot.rank`): 2**20.
RANK_GAP_BITS = 20
_TIERS = tuple(Tier)


def keep_dates_in_memory(book: Book) -> bool:
    """Keep `book`'s dates in memory from now on; False (and nothing kept) when it cannot be."""
    if book.resident is None and book.is_sqlite:
        with book.engine.connect() as connection:
            if journal.has_triggers(connection):
                book.resident = ResidentDates(book)
    return book.resident is not None


@contextmanager
def resident_snapshot(book: Book) -> Iterator[Snapshot | None]:
    """The book's dates brought up to date and held for the block; None when they are not kept."""
    resident = book.resident
    if resident is None:
        yield None
        return
    with resident.lock:
        yield resident.current()


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

    @staticmethod
    def _among(by_client: dict[int, object], wanted: set[int] | None) -> Iterable[int]:
        return by_client.keys() if wanted is None else [client_id for client_id in by_client if client_id in wanted]


class ResidentDates:
    """A book's agenda data in memory, kept current from the change journal."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.lock = threading.RLock()
        self.seq: int | None = None
        self.snapshot = Snapshot()
        self.loads = 0  # full reads, for tests and figures
        self._memos: dict[tuple[date, int, str], AgendaMemo] = {}

    def memo(self, start: date, days: int, lang: str) -> AgendaMemo:
        """The items placed in this window before (pure, so never stale). The newest windows are
        kept while together they hold at most MEMO_ITEMS_KEPT clients' items (a year of a
        100,000-client book is about 200,000 and 100 MB; a month about 13,000)."""
        key = (start, days, lang)
        memo = self._memos.pop(key, None) or AgendaMemo(start, days, lang, clients={})
        self._memos[key] = memo  # now the newest
        held = 0
        for old in reversed(list(self._memos)):
            held += len(self._memos[old].clients or ()) + len(self._memos[old].care)
            if old != key and (held > MEMO_ITEMS_KEPT or len(self._memos) > MEMOS_KEPT):
                del self._memos[old]
        return memo

    def current(self) -> Snapshot:
        """The snapshot brought up to date (call with the lock held). If reading fails half-way
        (a locked or damaged book), everything is read again next time."""
        with self.book.engine.connect() as connection, collector_paused():
            try:
                self._catch_up(connection)
            except BaseException:
                self.seq = None
                raise
        return self.snapshot

    def _catch_up(self, connection: Connection) -> None:
        if self.seq is None:
            self._load_all(connection)
            return
        changes = journal.changes_since(connection, self.seq, MAX_CHANGED * 4)
        if not changes.complete or len(changes.client_ids) > MAX_CHANGED:
            self._load_all(connection)
        elif changes.client_ids:
            self.seq = changes.seq  # read before the rows: a change in between is read again next time
            self._reload(connection, changes.client_ids)

    def _load_all(self, connection: Connection) -> None:
        self.seq = journal.last_seq(connection)
        self.snapshot = Snapshot()
        self._memos.clear()  # they hold the old client objects
        self._read(connection, None)
        self.loads += 1

    def _reload(self, connection: Connection, client_ids: frozenset[int]) -> None:
        """Read changed clients again. What the memos made of their old objects (kept there by
        id) is dropped: the clients, their dates, follow-ups and complaints, and the quiet groups
        they left or joined."""
        snapshot = self.snapshot
        gone: list[object] = []
        for client_id in client_ids:
            gone += snapshot.followups.get(client_id, ()) + snapshot.complaints.get(client_id, ())
            old = _forget(snapshot, client_id)
            if old is not None:
                gone.append(old)
                gone += old.dates
        self._read(connection, sorted(client_ids))
        gone += snapshot.touch.replaced
        snapshot.touch.replaced = []
        for memo in self._memos.values():
            for thing in gone:
                memo.care.pop(id(thing), None)
                if memo.clients is not None:
                    memo.clients.pop(id(thing), None)
            for entry in (thing for thing in gone if isinstance(thing, ClientDate)):
                memo.entries.pop((id(entry), False), None)
                memo.entries.pop((id(entry), True), None)

    def _read(self, connection: Connection, client_ids: list[int] | None) -> None:
        """Read the clients (all when `client_ids` is None) into the snapshot."""
        snapshot = self.snapshot
        family, dates, children = read_dates(connection, client_ids)
        followups, complaints = read_care(connection, client_ids)
        fresh = client_ids is None
        for row in read_clients(connection, client_ids):
            (client_id, name, tier, gender, teacher, nominal, calendar, year, month, day, leap,
             sort_key, touched, own_interval, lost) = row  # fmt: skip
            birthday = spec_of(calendar, year, month, day, leap)
            entries = family.get(client_id, ()) + dates.get(client_id, ())
            client = ClientDates(
                client_id, name, _TIERS[tier], gender, teacher, False, nominal, birthday, entries
            )  # fmt: skip
            key = (-tier, sort_key, client_id)
            snapshot.sort_key[client_id] = key
            if fresh:
                snapshot.order_keys.append(key)
            else:
                snapshot.place(key)
            if client_id in followups:
                snapshot.followups[client_id] = followups[client_id]
            if lost:
                snapshot.lost[client_id] = client
                continue
            snapshot.clients[client_id] = client
            if client_id in children:
                snapshot.child_year[client_id] = born = children[client_id]
                if snapshot.young_year is not None:
                    client.has_young_children = snapshot.young_year - born <= YOUNG_CHILD_YEARS
            for date_key in _date_keys(client):
                snapshot.dated[date_key].add(client_id)
            member = (sort_key, client_id, client)
            snapshot.touch.add(_TIERS[tier], touched.toordinal(), member, own_interval, bulk=fresh)
            if client_id in complaints:
                snapshot.complaints[client_id] = complaints[client_id]
        if fresh:
            snapshot.order_keys.sort()
        snapshot.touch.sort()


def _date_keys(client: ClientDates) -> set[tuple[bool, int, int]]:
    """(lunar?, month, day) of each of the client's dates: what `Snapshot.dated` finds them by."""
    keys = {(entry.spec.calendar is _LUNAR, entry.spec.month, entry.spec.day) for entry in client.dates}
    if client.birthday is not None:
        keys.add((client.birthday.calendar is _LUNAR, client.birthday.month, client.birthday.day))
    return keys


_LUNAR = CalendarKind.LUNAR


def _forget(snapshot: Snapshot, client_id: int) -> ClientDates | None:
    """Take a client out of every part of the snapshot (before reading them again, if still there);
    returns the object that stood for them."""
    key = snapshot.sort_key.pop(client_id, None)
    if key is None:
        return None  # a client new to the snapshot, or archived before
    del snapshot.order_keys[_index(snapshot.order_keys, key)]
    if snapshot._rank is not None:
        del snapshot._rank[client_id]
    client = snapshot.clients.pop(client_id, None)
    if client is not None:
        snapshot.touch.remove(client_id, key[1])
        for date_key in _date_keys(client):
            snapshot.dated[date_key].discard(client_id)
    lost = snapshot.lost.pop(client_id, None)
    snapshot.child_year.pop(client_id, None)
    snapshot.followups.pop(client_id, None)
    snapshot.complaints.pop(client_id, None)
    return client if client is not None else lost


def _index(ordered: list, key: object) -> int:
    at = bisect_left(ordered, key)
    if at == len(ordered) or ordered[at] != key:
        raise LookupError(key)  # a bug: the snapshot lost track of an entry
    return at
