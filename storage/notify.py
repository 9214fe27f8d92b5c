"""Noticing changes made by others: LISTEN/NOTIFY on PostgreSQL, polling as the fallback.

`watch_changes(book, on_change)` starts a daemon thread and returns it; `on_change` is
called on that thread with the ids of the clients that changed (an empty list means
"many or unknown: reload"). The interface turns the calls into events on its own thread.

- PostgreSQL: a dedicated connection LISTENs on `guanxi_changes` (the triggers of
  `storage.team_schema` send the client id). When the connection drops, the thread
  reports the loss, reconnects every few seconds and then asks for a full reload, since
  changes may have been missed meanwhile.
- SQLite (another program on the same file): every 30 s, compare a cheap stamp of the
  client table (count, latest `updated_at`, sum of versions).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import func, select

from storage import models
from storage.db import Book
from storage.team_schema import CHANNEL

ChangeCallback = Callable[[list[int]], None]
StatusCallback = Callable[[str | None], None]
POLL_SECONDS = 30.0
RECONNECT_SECONDS = 3.0


def change_stamp(book: Book) -> tuple:
    """Something that changes whenever a client is added, edited or deleted."""
    client = models.Client
    with book.Session() as session:
        return tuple(session.execute(select(func.count(), func.max(client.updated_at), func.sum(client.version))).one())


class Watcher(threading.Thread):
    """Base of the two watchers: a daemon thread that stops when asked."""

    def __init__(self, book: Book, on_change: ChangeCallback, on_status: StatusCallback | None = None) -> None:
        super().__init__(name=f"guanxi-{type(self).__name__}", daemon=True)
        self.book = book
        self.on_change = on_change
        self.on_status = on_status or (lambda _message: None)
        self._halt = threading.Event()

    def stop(self, timeout: float | None = 5.0) -> None:
        self._halt.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)

    @property
    def stopping(self) -> bool:
        return self._halt.is_set()


class Poller(Watcher):
    """Polls `change_stamp` every `interval` seconds."""

    def __init__(
        self,
        book: Book,
        on_change: ChangeCallback,
        on_status: StatusCallback | None = None,
        *,
        interval: float = POLL_SECONDS,
    ) -> None:
        super().__init__(book, on_change, on_status)
        self.interval = interval

    def run(self) -> None:
        last = self._stamp()
        while not self._halt.wait(self.interval):
            stamp = self._stamp()
            if stamp is not None and last is not None and stamp != last:
                self.on_change([])
            last = stamp if stamp is not None else last

    def _stamp(self) -> tuple | None:
        try:
            return change_stamp(self.book)
        except Exception:  # a busy or vanished book: try again next time
            return None


class Listener(Watcher):
    """LISTENs on its own PostgreSQL connection; reconnects after a drop."""

    #: How long one wait for notifications lasts before checking whether to stop.
    wait_seconds = 0.5

    def __init__(self, book: Book, on_change: ChangeCallback, on_status: StatusCallback | None = None) -> None:
        super().__init__(book, on_change, on_status)
        self.listening = threading.Event()

    def run(self) -> None:
        lost = False
        while not self._halt.is_set():
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if lost:
                        lost = False
                        self.on_status(None)
                        self.on_change([])  # changes may have been missed while away
                    self._drain(connection)
            except Exception as error:  # the server went away or refused us
                self.listening.clear()
                if self._halt.is_set():
                    break
                if not lost:
                    lost = True
                    host = self.book.engine.url.host or "localhost"
                    self.on_status(f"lost the connection to the team book at {host}; retrying ({error})")
                self._halt.wait(RECONNECT_SECONDS)

    def _drain(self, connection) -> None:
        while not self._halt.is_set():
            ids: set[int] = set()
            reload = False
            for note in connection.notifies(timeout=self.wait_seconds):
                if note.payload.isdigit():
                    ids.add(int(note.payload))
                else:
                    reload = True
            if reload:
                self.on_change([])
            elif ids:
                self.on_change(sorted(ids))

    def _connect(self):
        import psycopg

        engine = self.book.engine
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        return psycopg.connect(*args, **{**kwargs, "autocommit": True})


def watch_changes(book: Book, on_change: ChangeCallback, on_status: StatusCallback | None = None) -> Watcher:
    """Start the right watcher for `book` and return it (call `stop()` when done)."""
    kind = Poller if book.is_sqlite or book.engine.dialect.driver != "psycopg" else Listener
    watcher = kind(book, on_change, on_status)
    watcher.start()
    return watcher
