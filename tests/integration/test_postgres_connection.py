"""Changes by others arrive (LISTEN/NOTIFY); a dropped connection is reported and then healed."""

from __future__ import annotations

import queue
import re
import time

import pytest
from postgres_support import ALICE, BOSS, needs_postgres, pg_database, server_control, team_urls  # noqa: F401
from sqlalchemy import text

from storage import clients
from storage.db import open_book
from storage.errors import ConnectionLost
from storage.notify import Listener, watch_changes
from storage.records import ClientDraft

pytestmark = [pytest.mark.postgres, needs_postgres]


def _wait_for(changes: queue.Queue, wanted, timeout: float = 10.0) -> list:
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        try:
            ids = changes.get(timeout=0.2)
        except queue.Empty:
            continue
        seen.append(ids)
        if wanted(ids):
            return ids
    raise AssertionError(f"no matching change within {timeout}s; saw {seen}")


def test_a_change_by_someone_else_is_notified(team_urls: dict[str, str]) -> None:  # noqa: F811
    alice, boss = open_book(team_urls[ALICE]), open_book(team_urls[BOSS])
    changes: queue.Queue = queue.Queue()
    watcher = watch_changes(boss, changes.put)
    try:
        assert isinstance(watcher, Listener) and watcher.listening.wait(10)
        created = clients.create_client(alice, ClientDraft(name="刘洋"))
        assert _wait_for(changes, lambda ids: created.id in ids)
        clients.update_client(alice, created.id, ClientDraft(name="刘洋", notes="搬家了"))
        assert _wait_for(changes, lambda ids: ids == [created.id])
    finally:
        watcher.stop()
        alice.close()
        boss.close()


def test_a_dropped_connection_is_reported_then_the_next_call_reconnects(team_urls: dict[str, str]) -> None:  # noqa: F811
    book = open_book(team_urls[ALICE])
    admin = open_book(team_urls["admin"], migrate=False)
    try:
        clients.create_client(book, ClientDraft(name="赵强"))
        lost = re.escape("lost the connection to the team book at 127.0.0.1; retrying")
        with pytest.raises(ConnectionLost, match=lost), book.Session() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
            with admin.engine.begin() as sql:
                sql.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            session.execute(text("SELECT 1"))
        assert clients.count_clients(book) >= 1
    finally:
        book.close()
        admin.close()


def test_the_book_survives_a_server_restart_mid_session(team_urls: dict[str, str]) -> None:  # noqa: F811
    restart = server_control()
    if restart is None:
        pytest.skip("cannot restart the server: set GUANXI_TEST_PG_RESTART (e.g. 'pg_ctlcluster 15 main restart')")
    book = open_book(team_urls[ALICE])
    changes: queue.Queue = queue.Queue()
    statuses: queue.Queue = queue.Queue()
    watcher = watch_changes(book, changes.put, statuses.put)
    try:
        assert watcher.listening.wait(10)
        before = clients.count_clients(book)  # a pooled connection now exists
        restart()
        assert clients.count_clients(book) == before  # the pool noticed the dead connection and reconnected
        created = clients.create_client(book, ClientDraft(name="孙丽"))
        assert clients.get_client(book, created.id).name == "孙丽"
        assert "lost the connection" in statuses.get(timeout=15)
        assert watcher.listening.wait(15)  # the listener is back, and asks for a reload
        _wait_for(changes, lambda ids: ids == [], timeout=15)
    finally:
        watcher.stop()
        book.close()
