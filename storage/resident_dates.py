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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Connection

from reminders.agenda import AgendaMemo, ClientDate, ClientDates
from reminders.bulk import collector_paused
from reminders.tiers import Tier
from storage import journal
from storage.date_reads import spec_of
from storage.dates_in_memory import Snapshot
from storage.db import Book
from storage.resident_reads import read_care, read_clients, read_dates

#: Windows whose placed dates are kept (Today's, the calendar's month, a call list's ...).
MEMOS_KEPT = 6
#: ... as long as together they hold no more than this many clients' items and groups.
MEMO_ITEMS_KEPT = 300_000
#: Past this many changed clients, reading everyone again is cheaper than one by one.
MAX_CHANGED = 2_000
_TIERS = tuple(Tier)


def keep_dates_in_memory(book: Book) -> bool:
    """Keep `book`'s dates in memory from now on; False (and nothing kept) when it cannot be."""
    if book.resident is None and book.is_sqlite:
        with book.engine.connect() as connection:
            if journal.has_triggers(connection):
                book.resident = ResidentDates(book)
    return book.resident is not None


@contextmanager
def kept_dates(book: Book) -> Iterator[ResidentDates | None]:
    """The book's dates kept in memory, brought up to date and held (locked) for the block:
    read `.snapshot` and `.memo(...)`; None when they are not kept."""
    resident = book.resident
    if resident is None:
        yield None
        return
    with resident.lock:
        resident.current()
        yield resident


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
            gone += snapshot.forget(client_id)
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
        bulk = client_ids is None
        for row in read_clients(connection, client_ids):
            (client_id, name, tier, gender, teacher, nominal, calendar, year, month, day, leap,
             sort_key, touched, own_interval, lost) = row  # fmt: skip
            birthday = spec_of(calendar, year, month, day, leap)
            entries = family.get(client_id, ()) + dates.get(client_id, ())
            client = ClientDates(
                client_id, name, _TIERS[tier], gender, teacher, False, nominal, birthday, entries
            )  # fmt: skip
            snapshot.add(
                client, sort_key, touched.toordinal(), own_interval, lost=lost, child_born=children.get(client_id),
                followups=followups.get(client_id), complaints=complaints.get(client_id), bulk=bulk,
            )  # fmt: skip
        snapshot.settle()
