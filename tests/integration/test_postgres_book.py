"""A team book on PostgreSQL: migrations from empty and back, and copying books both ways."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from postgres_support import needs_postgres, pg_database  # noqa: F401  (fixture)
from sqlalchemy import MetaData, inspect, select, text

from storage.copy_book import SKIPPED_TABLES, copy_book
from storage.db import open_book
from storage.demo import fill_demo
from storage.errors import InvalidInput
from storage.migrate import SCHEMA_HEAD, alembic_config, upgrade_book
from storage.models import Base

pytestmark = [pytest.mark.postgres, needs_postgres]


def test_migrations_build_the_schema_from_empty_and_round_trip(pg_database: str) -> None:  # noqa: F811
    book = open_book(pg_database)
    try:
        with book.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            assert set(Base.metadata.tables) <= set(inspect(connection).get_table_names())
        with book.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        with book.engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["alembic_version"]
        assert upgrade_book(book)
        with book.engine.connect() as connection:
            _assert_every_client_table_is_protected(connection)
    finally:
        book.close()


def _assert_every_client_table_is_protected(connection) -> None:
    """Row-level security on client and every table hanging off it, however deep."""
    protected = {"client"}
    meta = MetaData()
    meta.reflect(bind=connection)
    for table in meta.sorted_tables:
        if any(fk.column.table.name in protected for fk in table.foreign_keys):
            protected.add(table.name)
    secured = set(connection.execute(text("SELECT relname FROM pg_class WHERE relrowsecurity")).scalars())
    assert protected <= secured, f"tables without row-level security: {sorted(protected - secured)}"
    assert "tag" in meta.tables and "tag" not in secured  # tag names stay book-wide


def test_copy_sqlite_to_postgres_and_back_loses_nothing(pg_database: str, tmp_path: Path) -> None:  # noqa: F811
    source = open_book(str(tmp_path / "mine.sqlite3"))
    try:
        fill_demo(source, 40, seed=8)
        with source.Session.begin() as session:  # a row in the tables demo leaves empty
            session.execute(text("INSERT INTO setting (key, value) VALUES ('salesperson', '\"李明\"')"))
        report = copy_book(source, pg_database)
        assert report.rows["client"] == 40
        with pytest.raises(InvalidInput, match="already has 40 clients"):
            copy_book(source, pg_database)
        server = open_book(pg_database)
        try:
            back = copy_book(server, str(tmp_path / "back.sqlite3"))
            assert back.rows == report.rows
            original, on_server = _all_rows(source), _all_rows(server)
        finally:
            server.close()
        returned = open_book(str(tmp_path / "back.sqlite3"))
        try:
            assert _all_rows(returned) == original
        finally:
            returned.close()
        assert on_server == original
        assert sum(len(rows) for rows in original.values()) == report.total
    finally:
        source.close()
    server = open_book(pg_database)
    try:  # sequences moved past the copied ids: a new client gets a fresh id
        from storage.clients import create_client
        from storage.records import ClientDraft

        created = create_client(server, ClientDraft(name="新客户"))
        assert created.id > 40
    finally:
        server.close()


def _all_rows(book) -> dict[str, list[tuple]]:
    """Every table's rows in primary-key order, with values compared the same on both engines
    (not the tables a copy leaves out: the schema revision and the per-file change journal)."""
    meta = MetaData()
    with book.engine.connect() as connection:
        meta.reflect(bind=connection)
        result = {}
        for table in meta.sorted_tables:
            if table.name in SKIPPED_TABLES:
                continue
            order = list(table.primary_key.columns) or list(table.c)
            rows = connection.execute(select(table).order_by(*order)).all()
            result[table.name] = [tuple(_plain(value) for value in row) for row in rows]
    return result


def _plain(value):
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value
