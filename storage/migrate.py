"""Bringing a book's schema up to date with Alembic, run automatically at start.

The current revision is read with one cheap query; Alembic itself is imported only
when a migration is really due, and an existing SQLite book is copied first.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from storage import paths
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, BookDamaged, BookUnavailable

#: The newest revision in storage/migrations/versions (a test keeps this honest).
SCHEMA_HEAD = "0010"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_known_revision(revision: str) -> bool:
    """Whether `revision` is one of this version's migrations (not one written by a newer version)."""
    if revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory

    return revision in {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def upgrade_book(book: Book, target: str = "head") -> bool:
    """Upgrade `book` to `target`; True when a migration ran."""
    with book.engine.connect() as connection:
        revision = current_revision(connection)
        if revision == SCHEMA_HEAD and target == "head":
            return False
        has_data = revision is not None
    if revision is not None and not is_known_revision(revision):
        raise _unknown_schema(book, revision)  # nothing will be migrated: no copy is taken either
    if has_data and book.path is not None:
        from storage.snapshots import snapshot_before

        snapshot_before(book, f"migration-from-{revision}")
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        with book.engine.connect() as connection, _foreign_keys_off(connection), _upgrader_lock(connection):
            if target == "head" and current_revision(connection) == SCHEMA_HEAD:
                return False  # another program upgraded the book while this one waited for the lock
            command.upgrade(alembic_config(connection), target)
            _check_foreign_keys(connection, book.display_name)
            if connection.dialect.name == "postgresql":
                from storage.team_schema import secure_book

                secure_book(connection)  # row-level security for tables added since
    except CommandError as error:
        raise _unknown_schema(book, revision) from error
    return True


def _unknown_schema(book: Book, revision: str | None) -> BookUnavailable:
    return BookUnavailable.worded(
        QT_TRANSLATE_NOOP(
            "Storage",
            "the book {book} has schema {revision}, which this version of Guanxi does not know; "
            "it may have been written by a newer version",
        ),
        book=book.display_name,
        revision=repr(revision),
    )


#: The PostgreSQL advisory lock held while a book's schema is upgraded (any constant shared by all).
UPGRADE_LOCK_KEY = 0x6775_616E_7869  # "guanxi"


@contextmanager
def _upgrader_lock(connection: Connection) -> Iterator[None]:
    """The migration's one transaction, held by one program at a time; others wait, then find it done.

    On SQLite the driver is told to leave transactions to us, so that the DDL is inside the
    transaction too (by default it commits each CREATE or DROP that comes before the first
    INSERT: a failure halfway would leave a half-copied table), and BEGIN IMMEDIATE takes the
    write lock before the revision is read again. On PostgreSQL an advisory lock does the same.
    """
    if connection.dialect.name != "sqlite":
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
            yield
        return
    driver = connection.connection.driver_connection
    assert driver is not None
    before = driver.isolation_level
    driver.isolation_level = None
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            connection.rollback()
            raise
        connection.commit()
    finally:
        driver.isolation_level = before


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """On SQLite, batch migrations copy and drop tables: with foreign keys on, dropping the old
    client table would cascade-delete every phone and family member. The switch only works
    outside a transaction, so it wraps the migration's transaction."""
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    try:
        yield
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


def _check_foreign_keys(connection: Connection, where: str) -> None:
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise BookDamaged.worded(
                QT_TRANSLATE_NOOP(
                    "Storage", "the book {book} has {count} broken references after its upgrade; it was left as it was"
                ),
                book=where,
                count=len(broken),
            )


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def snapshot_name(book_path: Path, reason: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{paths.backup_stem(book_path.stem)}-{stamp}-{reason}.sqlite3"
