"""Opening a book: the engine, its one sessionmaker, and the connection set-up.

A book is a SQLAlchemy URL. A plain path means a SQLite file; with nothing given,
GUANXI_DB or the default file in the user data folder is used.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker

from storage import paths
from storage.errors import (
    QT_TRANSLATE_NOOP,
    BookDamaged,
    BookLocked,
    BookReadOnly,
    BookUnavailable,
    DiskFull,
    database_reason,
    system_reason,
)

if TYPE_CHECKING:
    from storage.resident_dates import ResidentDates

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(eq=False)
class Book:
    """An open book: where it lives, its engine and the sessionmaker every service uses."""

    url: str
    engine: Engine
    Session: sessionmaker[Session]
    path: Path | None  # the SQLite file, or None for a server book
    #: The book's dates kept in memory for the window (`storage.resident_dates`), if they are.
    resident: ResidentDates | None = field(default=None, repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


resolve_target = paths.book_url


def open_book(target: str | None = None, *, migrate: bool = True) -> Book:
    """Open (creating if needed) the book at `target` and bring its schema up to date.

    Raises `BookUnavailable` (or a subclass) with a message for the user when the
    book cannot be opened.
    """
    url = resolve_target(target)
    try:
        parsed = make_url(url)
    except exc.ArgumentError as error:
        raise BookUnavailable.worded(
            QT_TRANSLATE_NOOP("Storage", "not a database URL or file path: {target}"), target=target
        ) from error
    path = _prepare_sqlite_file(parsed.database) if parsed.get_backend_name() == "sqlite" else None
    if path is not None:
        from storage.backups import check_book

        check_book(path)  # a damaged book is set aside, naming the newest good backup
    try:
        engine = _create_engine(url, path)
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as error:
        raise BookUnavailable.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot use the database URL {url}: {reason}"),
            url=parsed.render_as_string(),
            reason=error,
        ) from error
    book = Book(url=url, engine=engine, Session=sessionmaker(engine, expire_on_commit=False), path=path)
    if migrate:
        from storage.migrate import upgrade_book

        try:
            upgrade_book(book)
            if path is not None:
                _prune_journal(book)
        except exc.OperationalError as error:
            book.close()
            if path is not None:
                raise cannot_open(path, error.orig) from error
            raise translate_operational_error(error, book.display_name) from error
        except BaseException:
            book.close()
            raise
    return book


def _prune_journal(book: Book) -> None:
    """Housekeeping: keep the client change journal short (`storage.journal`). A book that cannot
    be written to now (held by another program, read-only, on a full disk) keeps it as it is."""
    from storage import journal

    try:
        with book.engine.begin() as connection:
            journal.prune(connection)
    except (BookLocked, BookReadOnly, DiskFull):
        pass


def _prepare_sqlite_file(database: str | None) -> Path:
    if not database or database == ":memory:":
        raise BookUnavailable.worded(
            QT_TRANSLATE_NOOP("Storage", "an in-memory database cannot hold a book; give a file path")
        )
    path = Path(database)
    try:
        paths.ensure_private_dir(path.parent)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        elif path.is_dir():
            raise BookUnavailable.worded(QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a book file"), path=path)
        else:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
            if header and header != SQLITE_HEADER:
                raise BookDamaged.worded(
                    QT_TRANSLATE_NOOP("Storage", "{path} is not a Guanxi book (not a SQLite database)"), path=path
                )
    except PermissionError as error:
        raise BookUnavailable.worded(QT_TRANSLATE_NOOP("Storage", "no permission to open {path}"), path=path) from error
    except OSError as error:
        raise BookUnavailable.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot open {path}: {reason}"), path=path, reason=system_reason(error)
        ) from error
    return path


def _create_engine(url: str, path: Path | None) -> Engine:
    if path is None:
        from storage.server import create_server_engine

        return create_server_engine(url)
    engine = create_engine(url, connect_args={"timeout": 10})
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "handle_error", lambda context: _translate_sqlite_error(context, str(path)))
    return engine


def _translate_sqlite_error(context: ExceptionContext, where: str) -> BookUnavailable | None:
    """`handle_error` hook: a full disk, a lock held too long, a read-only or damaged file, in the
    user's words, whichever service met it (its transaction is rolled back: nothing half-saved)."""
    error = context.original_exception
    if not isinstance(error, sqlite3.DatabaseError):
        return None
    return _translate_sqlite_text(str(error), where)


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """WAL, foreign keys and FULL sync: a client saved survives the app being killed."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def translate_operational_error(error: exc.OperationalError, where: str) -> BookUnavailable:
    """Map the database's low-level complaints to messages a user can act on."""
    return _translate_sqlite_text(str(error.orig), where) or BookUnavailable.worded(
        QT_TRANSLATE_NOOP("Storage", "cannot open the book {book}: {reason}"), book=where, reason=error.orig
    )


#: The longest file name most file systems take, in bytes.
MAX_FILE_NAME_BYTES = 255


def cannot_open(path: Path, error: BaseException) -> BookUnavailable:
    """Why the SQLite book at `path` cannot be opened, for an error that is not damage: its folder
    or the file cannot be written to, or is not readable, or what SQLite or the system said."""
    if len(path.name.encode()) + len("-journal") > MAX_FILE_NAME_BYTES:
        return BookUnavailable.worded(
            QT_TRANSLATE_NOOP(
                "Storage",
                "cannot open the book {book}: its file name is too long for the working files kept beside it; "
                "give it a name of at most {limit} bytes",
            ),
            book=path,
            limit=MAX_FILE_NAME_BYTES - len("-journal"),
        )
    if not os.access(path.parent, os.W_OK):
        return BookReadOnly.worded(
            QT_TRANSLATE_NOOP(
                "Storage",
                "cannot open the book {book}: its folder {folder} is read-only (Guanxi writes its working files "
                "next to the book); copy the book to a folder you can write to",
            ),
            book=path,
            folder=path.parent,
        )
    if path.exists() and not os.access(path, os.R_OK):
        return BookUnavailable.worded(QT_TRANSLATE_NOOP("Storage", "no permission to open {path}"), path=path)
    if path.exists() and not os.access(path, os.W_OK):
        return BookReadOnly.worded(QT_TRANSLATE_NOOP("Storage", "the book {book} is read-only"), book=path)
    if isinstance(error, OSError):
        reason: object = system_reason(error)
    else:
        reason = _translate_sqlite_text(str(error), str(path)) or error
        if isinstance(reason, BookUnavailable):
            return reason
    return BookUnavailable.worded(
        QT_TRANSLATE_NOOP("Storage", "cannot open the book {book}: {reason}"), book=path, reason=reason
    )


def _translate_sqlite_text(message: str, where: str) -> BookUnavailable | None:
    text = message.lower()
    if "locked" in text or "busy" in text:
        return BookLocked.worded(
            QT_TRANSLATE_NOOP("Storage", "the book {book} is in use by another program; try again in a moment"),
            book=where,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text or "string or blob too big" in text:
        return BookDamaged.worded(
            QT_TRANSLATE_NOOP("Storage", "the book {book} is damaged ({reason})"),
            book=where,
            reason=database_reason(message),
        )
    if "disk is full" in text or "disk full" in text:
        return DiskFull.worded(
            QT_TRANSLATE_NOOP(
                "Storage", "the disk holding {book} is full; nothing more was saved. Free some space and try again"
            ),
            book=where,
        )
    if "readonly" in text or "read-only" in text:
        return BookReadOnly.worded(QT_TRANSLATE_NOOP("Storage", "the book {book} is read-only"), book=where)
    if "disk i/o error" in text:
        return BookUnavailable.worded(
            QT_TRANSLATE_NOOP(
                "Storage", "cannot read or write the book {book} (a disk I/O error); check the disk and try again"
            ),
            book=where,
        )
    return None
