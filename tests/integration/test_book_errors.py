"""A full disk or a book held by another program, met by any service: a message, nothing half-saved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from storage import clients
from storage.db import open_book
from storage.errors import BookLocked, BookUnavailable
from storage.records import ClientDraft


def _on_every_new_connection(book, pragma: str) -> None:
    """Run `pragma` on each connection the book opens from now on (after its own set-up)."""
    event.listen(book.engine, "connect", lambda connection, _record: connection.execute(pragma))
    book.engine.dispose()  # connections already pooled would not have it


def test_a_full_disk_while_saving_is_a_message_and_saves_nothing(book_path: Path) -> None:
    book = open_book(str(book_path))
    clients.create_client(book, ClientDraft(name="张三"))
    with book.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    _on_every_new_connection(book, f"PRAGMA max_page_count={pages}")  # the disk holds not one page more
    with pytest.raises(BookUnavailable, match="full") as raised:
        clients.create_client(book, ClientDraft(name="李四", notes="很长的备注" * 20_000))
    assert str(book_path) in str(raised.value)
    assert [c.name for c in clients.find_clients(book, "")] == ["张三"]
    book.close()
    again = open_book(str(book_path))  # space freed: the same save goes through
    clients.create_client(again, ClientDraft(name="李四", notes="很长的备注" * 20_000))
    assert clients.count_clients(again) == 2
    again.close()


def test_a_book_held_by_another_program_is_a_message(book_path: Path) -> None:
    book = open_book(str(book_path))
    _on_every_new_connection(book, "PRAGMA busy_timeout=200")  # not the usual 10 s of waiting
    other = sqlite3.connect(book_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing, and not letting go
    try:
        with pytest.raises(BookLocked, match="in use by another program"):
            clients.create_client(book, ClientDraft(name="王五"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    clients.create_client(book, ClientDraft(name="王五"))
    assert clients.count_clients(book) == 1
    book.close()
