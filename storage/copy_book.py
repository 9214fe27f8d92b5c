"""Copy a whole book to another database: SQLite to a team server and back.

Both books are first brought to the same schema; then every table is copied in
foreign-key order in one transaction on the target, and on PostgreSQL the id
sequences are moved past the copied ids. A target that already holds clients is
refused, so nothing is ever merged or overwritten by accident.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Integer, MetaData, Table, func, select, text

from storage.db import Book, open_book
from storage.errors import QT_TRANSLATE_NOOP, BookUnavailable, InvalidInput

#: Rows are read and written in batches of this many.
BATCH = 2000
SKIPPED_TABLES = frozenset({"alembic_version", "client_change"})  # the journal is per file


@dataclass(frozen=True, slots=True)
class CopyReport:
    """What was copied: rows per table, in the order they were written."""

    target: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_book(source: Book, target_url: str, *, owner: str | None = None) -> CopyReport:
    """Copy `source` into the (new or empty) book at `target_url`.

    With `owner`, clients owned by "local" (a single-user book) get that owner, e.g. the
    salesperson's role when moving their own book onto the team server.
    """
    target = open_book(target_url)
    try:
        if target.url == source.url or (target.path is not None and target.path == source.path):
            raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "the target is the book being copied"))
        with source.engine.connect() as reader, target.engine.begin() as writer:
            return CopyReport(target.display_name, _copy(reader, writer, target.display_name, owner))
    finally:
        target.close()


def _copy(reader: Connection, writer: Connection, where: str, owner: str | None) -> dict[str, int]:
    source_tables = _reflect(reader)
    target_meta = MetaData()
    target_meta.reflect(bind=writer)
    tables = [t for t in target_meta.sorted_tables if t.name not in SKIPPED_TABLES]
    _refuse_non_empty(writer, target_meta, where)
    missing = sorted(set(source_tables) - {t.name for t in tables} - SKIPPED_TABLES)
    if missing:
        raise BookUnavailable.worded(
            QT_TRANSLATE_NOOP("Storage", "the book at {book} has no table {tables}; it is an older schema"),
            book=where,
            tables=", ".join(missing),
        )
    for table in reversed(tables):  # rows a migration may have seeded, e.g. default settings
        writer.execute(table.delete())
    counts: dict[str, int] = {}
    for table in tables:
        source = source_tables.get(table.name)
        counts[table.name] = 0 if source is None else _copy_table(reader, writer, source, table, owner)
    if writer.dialect.name == "postgresql":
        for table in tables:
            _reset_sequence(writer, table)
    return counts


def _reflect(connection: Connection) -> dict[str, Table]:
    meta = MetaData()
    meta.reflect(bind=connection)
    return dict(meta.tables)


def _refuse_non_empty(writer: Connection, meta: MetaData, where: str) -> None:
    client = meta.tables.get("client")
    if client is None:
        raise BookUnavailable.worded(QT_TRANSLATE_NOOP("Storage", "the book at {book} has no client table"), book=where)
    count = writer.execute(select(func.count()).select_from(client)).scalar()
    if count:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP(
                "Storage", "the book at {book} already has {count} clients; copy only into an empty book"
            ),
            book=where,
            count=count,
        )


def _copy_table(reader: Connection, writer: Connection, source: Table, target: Table, owner: str | None) -> int:
    lost = sorted(set(source.c.keys()) - set(target.c.keys()))
    if lost:
        raise BookUnavailable.worded(
            QT_TRANSLATE_NOOP("Storage", "the target's {table} table has no column {columns}"),
            table=target.name,
            columns=", ".join(lost),
        )
    columns = [c for c in source.c if c.key in target.c]
    order = list(source.primary_key.columns) or columns
    result = reader.execution_options(yield_per=BATCH).execute(select(*columns).order_by(*order))
    copied = 0
    for batch in result.partitions(BATCH):
        rows = [dict(row._mapping) for row in batch]
        if owner and target.name == "client":
            for row in rows:
                if row.get("owner") == "local":
                    row["owner"] = owner
        writer.execute(target.insert(), rows)
        copied += len(rows)
    return copied


def _reset_sequence(writer: Connection, table: Table) -> None:
    """Move a serial id's sequence past the highest copied id."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return
    column = keys[0].name
    sequence = writer.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column}).scalar()
    if sequence is None:
        return
    writer.execute(
        text(f'SELECT setval(:s, coalesce((SELECT max("{column}") FROM "{table.name}"), 0) + 1, false)'),
        {"s": sequence},
    )
