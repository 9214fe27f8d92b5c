"""Schema upgrades are all or nothing, and one program at a time does them."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect

from storage import migrate
from storage.db import open_book
from storage.errors import BookDamaged
from storage.migrate import SCHEMA_HEAD, current_revision, upgrade_book

OLD = "0001"


def _old_book(path: Path):
    book = open_book(str(path), migrate=False)
    upgrade_book(book, target=OLD)
    return book


def _schema(book) -> tuple[str | None, set[str]]:
    with book.engine.connect() as connection:
        return current_revision(connection), set(inspect(connection).get_table_names())


def test_an_upgrade_that_fails_halfway_leaves_the_old_schema(book_path: Path, monkeypatch) -> None:
    book = _old_book(book_path)
    before = _schema(book)

    def fail(connection, where: str) -> None:
        raise BookDamaged("checked after every migration ran: roll them all back")

    monkeypatch.setattr(migrate, "_check_foreign_keys", fail)
    with pytest.raises(BookDamaged):
        upgrade_book(book)
    assert _schema(book) == before  # no new table, no half-copied _alembic_tmp_ table, still 0001
    monkeypatch.undo()
    assert upgrade_book(book) and _schema(book)[0] == SCHEMA_HEAD
    book.close()


def test_two_programs_upgrading_at_once_upgrade_once(book_path: Path, monkeypatch) -> None:
    from alembic import command

    _old_book(book_path).close()
    first, second = open_book(str(book_path), migrate=False), open_book(str(book_path), migrate=False)
    real_upgrade = command.upgrade
    runs: list[str] = []
    inside = threading.Event()

    def slow_upgrade(config, target: str) -> None:
        runs.append(target)
        inside.set()
        time.sleep(0.5)  # the other program arrives meanwhile and must wait for the lock
        real_upgrade(config, target)

    monkeypatch.setattr(command, "upgrade", slow_upgrade)
    results: dict[str, bool] = {}
    thread = threading.Thread(target=lambda: results.setdefault("first", upgrade_book(first)))
    thread.start()
    assert inside.wait(10)
    results["second"] = upgrade_book(second)
    thread.join(10)
    assert results == {"first": True, "second": False} and runs == ["head"]
    assert _schema(second)[0] == SCHEMA_HEAD
    first.close()
    second.close()
