"""The import service: a parsed file into the book, all or nothing, fast enough for 100,000 rows.

Every row is checked before anything is written; one bad row stops the import
with its number and reason. New clients are inserted in batches with Core
`insert()`; duplicates (same phone digits, or same name and company, in the book
or earlier in the file) are skipped, merged into the existing file, or added.
A backup is taken before an import that writes, and a cancel rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Table, insert, select, text
from sqlalchemy.orm import Session, selectinload

from storage import models
from storage.clients import _apply, _record_tier, now
from storage.convert import draft_of
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput
from storage.import_files import Mapping, ParsedFile, guess_mapping, ignored_columns
from storage.import_rows import (
    DATES,
    FAMILY,
    PHONES,
    TAGS,
    TIER,
    ImportProblem,
    PreparedRow,
    check_mapping,
    iter_prepared,
    phone_digits,
)
from storage.journal import journaled_as_one
from storage.records import ClientDraft
from storage.search import build_search_text, normalise, pinyin_sort_key

DUPLICATE_CHOICES = ("skip", "update", "add")
BATCH = 2000
Progress = Callable[[int, int], bool]  # (done, total) -> go on?


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did (or, for a dry run, would do)."""

    added: int
    updated: int
    skipped: int
    problems: list[ImportProblem] = field(default_factory=list)
    cancelled: bool = False
    dry_run: bool = False
    backup: Path | None = None
    #: Columns of the file that no field was mapped to (their header, or "column N"): not imported.
    ignored_columns: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


class _CancelledError(Exception):
    pass


class _StopError(Exception):
    """Rows had problems: roll back what was written."""


class _Planner:
    """Decides, row by row in file order, whether a row is a new client, an update, or skipped.

    New rows get a negative token until they are saved; then the token maps to the new id,
    so a later row of the same file that matches them updates the saved client.
    """

    def __init__(self, session: Session, on_duplicate: str) -> None:
        self.mode = on_duplicate
        self.by_phone: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.saved: dict[int, int] = {}  # token -> client id
        self.updates: dict[int, tuple[ClientDraft, frozenset[str]]] = {}  # client id (or token) -> merged
        self.added = self.updated = self.skipped = 0
        self._tokens = 0
        if on_duplicate == "add":
            return
        for client_id, number in session.execute(select(models.Phone.client_id, models.Phone.number)):
            digits = phone_digits(number)
            if len(digits) >= 5:
                self.by_phone.setdefault(digits, client_id)
        for client_id, name, company in session.execute(
            select(models.Client.id, models.Client.name, models.Client.company)
        ):
            self.by_name.setdefault((normalise(name), normalise(company)), client_id)

    def plan(self, rows: list[PreparedRow]) -> tuple[list[PreparedRow], list[int]]:
        """The new clients among `rows` (later rows of the chunk merged in) and their tokens."""
        new: dict[int, PreparedRow] = {}
        for row in rows:
            keys, name_key = row.phone_keys, row.name_key
            match = None
            if self.mode != "add":
                match = next((self.by_phone[k] for k in keys if k in self.by_phone), None)
                match = self.by_name.get(name_key) if match is None else match
            if match is None:
                self._tokens += 1
                match = -self._tokens
                new[match] = row
                self.added += 1
            elif self.mode == "skip":
                self.skipped += 1
                continue
            else:
                self.updated += 1
                if match in new:
                    earlier = new[match]
                    merged = merge_draft(earlier.draft, row.draft, row.filled)
                    new[match] = PreparedRow.of(earlier.number, merged, earlier.filled | row.filled)
                else:
                    client_id = self.saved.get(match, match)
                    base, filled = self.updates.get(client_id, (None, frozenset()))
                    draft = row.draft
                    merged = merge_draft(base, draft, row.filled) if base else draft
                    self.updates[client_id] = (merged, filled | row.filled)
            if self.mode != "add":
                for key in keys:
                    self.by_phone.setdefault(key, match)
                self.by_name.setdefault(name_key, match)
        return list(new.values()), list(new)


def import_clients(
    book: Book,
    parsed: ParsedFile,
    mapping: Mapping | None = None,
    on_duplicate: str = "skip",
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import `parsed` with `mapping` (recognised headers when None); nothing is written on any problem.

    Rows are checked and saved chunk by chunk in one transaction, rolled back if any row has a
    problem (every problem is still reported) or when `progress(done, total)` returns False.
    """
    if on_duplicate not in DUPLICATE_CHOICES:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "on duplicate: use skip, update or add, not “{choice}”"), choice=on_duplicate
        )
    mapping = guess_mapping(parsed.headers) if mapping is None else mapping
    ignored = tuple(ignored_columns(parsed, mapping))
    problems = check_mapping(mapping, len(parsed.headers), parsed.headers)
    if problems:
        return ImportResult(0, 0, 0, problems, dry_run=dry_run, ignored_columns=ignored)
    if dry_run:
        with book.Session() as session:
            planner = _Planner(session, on_duplicate)
            for rows, found in iter_prepared(parsed, mapping):
                problems += found
                planner.plan(rows)
        if problems:
            return ImportResult(0, 0, 0, problems, dry_run=True, ignored_columns=ignored)
        return ImportResult(planner.added, planner.updated, planner.skipped, dry_run=True, ignored_columns=ignored)
    from storage.backups import backup_before

    backup = backup_before(book, "import")
    try:
        with book.Session.begin() as session, journaled_as_one(session.connection()):
            planner = _write(session, parsed, mapping, on_duplicate, progress, problems)
    except _StopError:
        return ImportResult(0, 0, 0, problems, backup=backup, ignored_columns=ignored)
    except _CancelledError:
        return ImportResult(0, 0, 0, cancelled=True, backup=backup, ignored_columns=ignored)
    return ImportResult(planner.added, planner.updated, planner.skipped, backup=backup, ignored_columns=ignored)


def _write(
    session: Session,
    parsed: ParsedFile,
    mapping: Mapping,
    on_duplicate: str,
    progress: Progress | None,
    problems: list[ImportProblem],
) -> _Planner:
    """Plan and save chunk by chunk; raises _StopError (after reading every row) if any row is bad."""
    planner = _Planner(session, on_duplicate)
    with _big_page_cache(session):
        _save_chunks(session, parsed, mapping, planner, progress, problems)
    return planner


#: SQLite's page cache during an import (KiB): the new rows' index pages stay in memory
#: instead of spilling to the journal before the commit. The default is 2 MiB.
IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def _big_page_cache(session: Session) -> Iterator[None]:
    """On SQLite, a bigger page cache on this transaction's connection, set back afterwards."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _save_chunks(
    session: Session,
    parsed: ParsedFile,
    mapping: Mapping,
    planner: _Planner,
    progress: Progress | None,
    problems: list[ImportProblem],
) -> None:
    """New clients inserted chunk by chunk as they are prepared; then the updates, if any."""
    stamp = now()
    tag_ids: dict[str, int] = {}
    total = len(parsed.rows)
    done = 0
    for rows, found in iter_prepared(parsed, mapping, search=True):
        problems += found
        done += len(rows) + len(found)
        if problems:
            continue  # nothing more is saved; the rest is read only to report every problem
        new, tokens = planner.plan(rows)
        if new:
            _add_tags(session, tag_ids, {t for row in new for t in row.tags})
            ids = _insert_batch(session, new, tag_ids, stamp)
            planner.saved.update(zip(tokens, ids, strict=True))
        if progress is not None and not progress(done, total):
            raise _CancelledError
    if problems:
        raise _StopError
    ids = list(planner.updates)
    for start in range(0, len(ids), BATCH // 4):
        chunk = ids[start : start + BATCH // 4]
        clients = session.scalars(
            select(models.Client)
            .where(models.Client.id.in_(chunk))
            .options(*(selectinload(getattr(models.Client, r)) for r in ("phones", "tags", "family", "dates")))
        )
        for client in clients:
            incoming, filled = planner.updates[client.id]
            draft = merge_draft(draft_of(client), incoming, filled)
            if int(draft.tier) != client.tier:
                _record_tier(client, draft.tier, stamp, "import")
            _apply(session, client, draft)
            client.updated_at = stamp
        session.flush()
        if progress is not None and not progress(done, total):
            raise _CancelledError


def merge_draft(base: ClientDraft, incoming: ClientDraft, filled: frozenset[str]) -> ClientDraft:
    """`base` with what `incoming` filled: phones and tags added, notes appended, others but the name replaced."""
    merged = replace(base, phones=list(base.phones), tags=list(base.tags))
    known = {phone_digits(p.number) for p in merged.phones}
    merged.phones += [p for p in incoming.phones if phone_digits(p.number) not in known]
    merged.tags += [t for t in incoming.tags if t not in merged.tags]
    if "notes" in filled and incoming.notes not in merged.notes:
        merged.notes = f"{merged.notes}\n{incoming.notes}".strip()
    for key in filled - {"name", "phone", "tags", "notes"}:  # the name stays: it is who the client is
        setattr(merged, key, getattr(incoming, key))
    return merged


def _add_tags(session: Session, tag_ids: dict[str, int], names: set[str]) -> None:
    """Fill `tag_ids` with the ids of `names`, creating the tags the book does not have yet."""
    missing = names - tag_ids.keys()
    if not missing:
        return
    found = session.execute(select(models.Tag.name, models.Tag.id).where(models.Tag.name.in_(missing)))
    tag_ids.update(dict(found.all()))
    new = sorted(missing - tag_ids.keys())
    if new:
        result = session.execute(
            insert(models.Tag).returning(models.Tag.name, models.Tag.id, sort_by_parameter_order=True),
            [{"name": name} for name in new],
        )
        tag_ids.update(dict(result.all()))


def _insert_batch(session: Session, prepared: list[PreparedRow], tag_ids: dict[str, int], stamp: datetime) -> list[int]:
    connection = session.connection()
    # On SQLite the rows go straight to the driver: the stamp as SQLAlchemy's DateTime stores it.
    when: object = stamp.strftime("%Y-%m-%d %H:%M:%S.%f") if connection.dialect.name == "sqlite" else stamp
    rows = [_client_row(row, when) for row in prepared]
    # The first insert takes the write lock; the rest get the ids that follow it.
    first = _insert_one(connection, models.Client.__table__, _CLIENT_COLUMNS, rows[0])
    ids = range(first, first + len(rows))
    if connection.dialect.name == "postgresql" and len(rows) > 1:  # ids given by hand: move the sequence on
        connection.execute(text("SELECT setval(pg_get_serial_sequence('client', 'id'), :last)"), {"last": ids[-1]})
    if len(rows) > 1:
        _bulk_insert(
            connection,
            models.Client.__table__,
            ("id", *_CLIENT_COLUMNS),
            [(i, *r) for i, r in zip(ids[1:], rows[1:], strict=True)],
        )
    values = [row.values for row in prepared]  # imported phones have no label
    phones = [(cid, n, "", i) for cid, v in zip(ids, values, strict=True) for i, n in enumerate(v[PHONES])]
    if phones:
        _bulk_insert(connection, models.Phone.__table__, ("client_id", "number", "label", "position"), phones)
    tags = [(cid, tag_ids[t]) for cid, v in zip(ids, values, strict=True) for t in v[TAGS]]
    if tags:
        _bulk_insert(connection, models.ClientTag.__table__, ("client_id", "tag_id"), tags)
    family = [
        (cid, relation, name, gender, notes, *_date_columns(birthday), i)
        for cid, v in zip(ids, values, strict=True)
        for i, (relation, name, gender, birthday, notes) in enumerate(v[FAMILY])
    ]
    if family:
        _bulk_insert(connection, models.FamilyMember.__table__, _FAMILY_COLUMNS, family)
    dates = [
        (cid, kind, label, person, *_date_columns(spec), yearly, notes, when, i)
        for cid, v in zip(ids, values, strict=True)
        for i, (label, spec, kind, yearly, person, notes) in enumerate(v[DATES])
    ]
    if dates:
        _bulk_insert(connection, models.ClientDate.__table__, _DATE_COLUMNS, dates)
    _bulk_insert(
        connection,
        models.TierChange.__table__,
        ("client_id", "from_tier", "to_tier", "changed_at", "reason"),
        [(cid, None, v[TIER], when, "import") for cid, v in zip(ids, values, strict=True)],
    )
    return list(ids)


def _insert_one(connection: Connection, table: Table, columns: tuple[str, ...], row: tuple) -> int:
    """Insert one row; its new primary key."""
    if connection.dialect.name != "sqlite":
        return connection.execute(insert(table), dict(zip(columns, row, strict=True))).inserted_primary_key[0]
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    return connection.exec_driver_sql(sql, row).lastrowid


def _bulk_insert(connection: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """executemany of value tuples in `columns` order; on SQLite straight through the driver,
    since SQLAlchemy's per-row work dominates."""
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    connection.exec_driver_sql(sql, rows)


#: The client columns an import fills, in the order of `_client_row`'s values.
_CLIENT_COLUMNS = (
    "name", "gender", "address_as", "company", "title", "wechat", "email", "address", "source", "personality",
    "preferences", "payment_habits", "health_notes", "notes", "tier", "is_teacher", "counts_nominal_age",
    "birthday_calendar", "birthday_year", "birthday_month", "birthday_day", "birthday_leap", "search_text",
    "sort_key", "last_contact_at", "archived_at", "created_at", "updated_at", "version",
)  # fmt: skip


#: A family member's columns and an important date's, in the order `_insert_batch` fills them.
_FAMILY_COLUMNS = ("client_id", "relation", "name", "gender", "notes", "birthday_calendar", "birthday_year",
                   "birthday_month", "birthday_day", "birthday_leap", "position")  # fmt: skip
_DATE_COLUMNS = ("client_id", "kind", "label", "person", "calendar", "year", "month", "day", "leap", "yearly",
                 "notes", "created_at", "position")  # fmt: skip


def _date_columns(spec: tuple | None) -> tuple:
    """A date's plain values (`import_rows.spec_values`) as columns: calendar, year, month, day, leap."""
    calendar, month, day, year, leap = spec or (None, None, None, None, False)
    return calendar, year, month, day, leap


def _client_row(row: PreparedRow, stamp: object) -> tuple:
    """The values of one new client, in `_CLIENT_COLUMNS` order."""
    (name, tier, gender, address_as, company, title, phones, wechat, email, address, tags, source, personality,
     preferences, payment_habits, health_notes, notes, is_teacher, counts, birthday, *_) = row.values  # fmt: skip
    search_text = row.search_text or build_search_text(name, company, phones, tags)
    return (
        name, gender, address_as, company, title, wechat, email, address, source, personality, preferences,
        payment_habits, health_notes, notes, tier, is_teacher, counts, *_date_columns(birthday), search_text,
        row.sort_key or pinyin_sort_key(name), None, None, stamp, stamp, 1,
    )  # fmt: skip
