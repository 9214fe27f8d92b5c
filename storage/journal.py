"""The client change journal: which clients' agenda data changed, in the order it changed.

On SQLite, triggers (migration 0010) add a row with the client's id for every insert, update
and delete of the tables the agenda reads. A reader remembers the last `seq` it saw and
asks for what came after. Opening a book prunes the journal to its newest `KEPT` rows once
it holds twice as many; a reader that finds a gap behind it starts afresh (`Changes.complete`
is False).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, text

#: The journal keeps at least this many of its newest rows when pruned.
KEPT = 20_000
#: Tables whose rows the agenda reads, with the column naming the client.
JOURNALED = {
    "client": "id",
    "family_member": "client_id",
    "client_date": "client_id",
    "follow_up": "client_id",
    "feedback": "client_id",
}
_EVENTS = ("insert", "update", "delete")
#: The client id of a journal row that names every client (written after a bulk write).
EVERYONE = 0


def trigger_names() -> list[str]:
    return [f"client_change_{table}_{event}" for table in JOURNALED for event in _EVENTS]


def create_triggers(connection: Connection) -> None:
    """Create the journal's triggers (SQLite only)."""
    for table, column in JOURNALED.items():
        log = "INSERT INTO client_change (client_id) VALUES ({row}.{column});"
        moved = f"INSERT INTO client_change (client_id) SELECT OLD.{column} WHERE OLD.{column} <> NEW.{column};"
        bodies = {
            "insert": log.format(row="NEW", column=column),
            "update": log.format(row="NEW", column=column) + " " + moved,
            "delete": log.format(row="OLD", column=column),
        }
        for event, body in bodies.items():
            connection.execute(
                text(
                    f"CREATE TRIGGER IF NOT EXISTS client_change_{table}_{event} "
                    f"AFTER {event.upper()} ON {table} FOR EACH ROW BEGIN {body} END"
                )
            )


def drop_triggers(connection: Connection) -> None:
    for name in trigger_names():
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def has_triggers(connection: Connection) -> bool:
    """Whether every journal trigger is in place (a batch migration of a table drops its own)."""
    found = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
    return set(trigger_names()) <= set(found)


@dataclass(frozen=True, slots=True)
class Changes:
    """The clients changed after a reader's `seq`, and the seq to remember now."""

    client_ids: frozenset[int]
    seq: int
    complete: bool  # False when rows the reader had not seen were pruned, or the journal went back


def last_seq(connection: Connection) -> int:
    return connection.execute(text("SELECT coalesce(max(seq), 0) FROM client_change")).scalar_one()


def changes_since(connection: Connection, seq: int, limit: int) -> Changes:
    """The clients changed after `seq`; incomplete when more than `limit` rows came since."""
    newest = last_seq(connection)
    if newest == seq:
        return Changes(frozenset(), seq, True)
    if newest < seq:  # another file, or the journal was emptied: nothing can be trusted
        return Changes(frozenset(), newest, False)
    oldest = connection.execute(text("SELECT min(seq) FROM client_change WHERE seq > :seq"), {"seq": seq}).scalar()
    if oldest is None or oldest != seq + 1 or newest - seq > limit:
        return Changes(frozenset(), newest, False)
    rows = frozenset(
        connection.execute(
            text("SELECT client_id FROM client_change WHERE seq > :seq AND seq <= :newest"),
            {"seq": seq, "newest": newest},
        ).scalars()
    )
    if EVERYONE in rows:
        return Changes(frozenset(), newest, False)
    return Changes(rows, newest, True)


@contextmanager
def journaled_as_one(connection: Connection) -> Iterator[None]:
    """A bulk write (an import) journaled as one row naming everyone, not a row per row written.

    The triggers are dropped and made again inside the writer's transaction: no other
    connection ever sees the book without them, and a write rolled back restores them.
    """
    if connection.dialect.name != "sqlite" or not has_triggers(connection):
        yield
        return
    # The row opens the write transaction (Python's sqlite3 begins one before DML, not DDL).
    connection.execute(text("INSERT INTO client_change (client_id) VALUES (:everyone)"), {"everyone": EVERYONE})
    if not connection.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
        yield  # outside a transaction the drop would stand at once: keep the triggers
        return
    drop_triggers(connection)
    yield
    create_triggers(connection)


def prune(connection: Connection, kept: int = KEPT) -> bool:
    """Drop all but the newest `kept` rows once there are twice as many (readers behind them read
    everything again); True if rows were dropped. Checking costs one look at the first and last row."""
    oldest, newest = connection.execute(text("SELECT min(seq), max(seq) FROM client_change")).one()
    if newest is None or newest - oldest < 2 * kept:
        return False
    connection.execute(text("DELETE FROM client_change WHERE seq <= :cut"), {"cut": newest - kept})
    return True
