"""The client change journal (storage.journal): kept by triggers in the database, whoever writes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from storage import clients, journal
from storage.db import open_book
from storage.errors import BookLocked, BookReadOnly, DiskFull
from storage.records import ClientDraft, FamilyMemberEntry


def test_the_journal_names_each_changed_client_and_is_pruned(book) -> None:
    with book.engine.connect() as connection:
        assert journal.has_triggers(connection)
        start = journal.last_seq(connection)
    first = clients.create_client(book, ClientDraft(name="甲", family=[FamilyMemberEntry("儿子", "乙")]))
    second = clients.create_client(book, ClientDraft(name="丙"))
    clients.archive_clients(book, [second.id])
    clients.delete_archived_clients(book, [second.id])
    with book.engine.begin() as connection:
        changes = journal.changes_since(connection, start, 100)
        assert changes.complete and changes.client_ids == {first.id, second.id}
        assert journal.changes_since(connection, changes.seq, 100).client_ids == frozenset()
        assert not journal.changes_since(connection, start, 2).complete  # more than a reader takes one by one
        assert not journal.prune(connection, kept=changes.seq)  # not twice as long yet
        assert journal.prune(connection, kept=2)
        assert connection.execute(text("SELECT count(*) FROM client_change")).scalar() == 2
        assert not journal.changes_since(connection, start, 10_000).complete


def test_the_newest_schema_has_every_trigger_and_a_bulk_write_keeps_them(book) -> None:
    with book.engine.begin() as connection:
        assert journal.has_triggers(connection)
        before = journal.last_seq(connection)
        with journal.journaled_as_one(connection):
            assert not journal.has_triggers(connection)
            connection.execute(text("UPDATE client SET name = name"))  # journaled by the one row only
        assert journal.has_triggers(connection)
        assert journal.last_seq(connection) == before + 1
        assert not journal.changes_since(connection, before, 100).complete  # a row naming everyone


@pytest.mark.parametrize("trouble", [BookLocked, BookReadOnly, DiskFull])
def test_a_book_that_cannot_be_pruned_now_still_opens(book_path, monkeypatch, trouble) -> None:
    open_book(str(book_path)).close()

    def cannot(*_args, **_kwargs):
        raise trouble("no writing now")

    monkeypatch.setattr(journal, "prune", cannot)
    opened = open_book(str(book_path))
    with opened.engine.connect() as connection:
        assert journal.has_triggers(connection)
    opened.close()
