"""The import service: a parsed file into the book, all or nothing, fast enough for 100,000 rows.

Every row is checked before anything is written; one bad row stops the import
with its number and reason. New clients are inserted in batches with Core
`insert()`; duplicates (same phone digits, or same name and company, in the book
or earlier in the file) are skipped, merged into the existing file, or added.
A backup is taken before an import that writes, and a cancel rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from operator import itemgetter
from pathlib import Path

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session, selectinload

from storage import models
from storage.clients import _apply, _record_tier, now
from storage.convert import draft_of, spec_columns
from storage.db import Book
from storage.errors import InvalidInput
from storage.import_files import Mapping, ParsedFile, guess_mapping
from storage.import_rows import ImportProblem, PreparedRow, phone_digits, prepare_rows
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

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


class _CancelledError(Exception):
    pass


@dataclass(slots=True)
class _Plan:
    new: list[PreparedRow] = field(default_factory=list)
    updates: dict[int, tuple[ClientDraft, frozenset[str]]] = field(default_factory=dict)  # client id -> merged
    skipped: int = 0
    updated_new: int = 0  # rows merged into an earlier row of the same file


def import_clients(
    book: Book,
    parsed: ParsedFile,
    mapping: Mapping | None = None,
    on_duplicate: str = "skip",
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import `parsed` with `mapping` (recognised headers when None); nothing is written on any problem."""
    if on_duplicate not in DUPLICATE_CHOICES:
        raise InvalidInput(f"on duplicate: use skip, update or add, not “{on_duplicate}”")
    mapping = guess_mapping(parsed.headers) if mapping is None else mapping
    rows, problems = prepare_rows(parsed, mapping, search=not dry_run)
    if problems:
        return ImportResult(0, 0, 0, problems, dry_run=dry_run)
    with book.Session() as session:
        plan = _plan(session, rows, on_duplicate)
    updated = len(plan.updates) + plan.updated_new
    if dry_run or (not plan.new and not plan.updates):
        return ImportResult(len(plan.new), updated, plan.skipped, dry_run=dry_run)
    from storage.backups import backup_before

    backup = backup_before(book, "import")
    try:
        with book.Session.begin() as session:
            _write(session, plan, progress)
    except _CancelledError:
        return ImportResult(0, 0, 0, cancelled=True, backup=backup)
    return ImportResult(len(plan.new), updated, plan.skipped, backup=backup)


def _plan(session: Session, rows: list[PreparedRow], on_duplicate: str) -> _Plan:
    """Decide for each row: new client, update of which client, or skip."""
    by_phone: dict[str, int] = {}  # digits -> client id (>0) or -(1 + index in plan.new)
    by_name: dict[tuple[str, str], int] = {}
    if on_duplicate != "add":
        for client_id, number in session.execute(select(models.Phone.client_id, models.Phone.number)):
            digits = phone_digits(number)
            if len(digits) >= 5:
                by_phone.setdefault(digits, client_id)
        for client_id, name, company in session.execute(
            select(models.Client.id, models.Client.name, models.Client.company)
        ):
            by_name.setdefault((normalise(name), normalise(company)), client_id)
    plan = _Plan()
    for row in rows:
        draft = row.draft
        keys = [d for d in (phone_digits(p.number) for p in draft.phones) if len(d) >= 5]
        name_key = (normalise(draft.name), normalise(draft.company))
        match = next((by_phone[k] for k in keys if k in by_phone), None) if on_duplicate != "add" else None
        if match is None and on_duplicate != "add":
            match = by_name.get(name_key)
        if match is None:
            plan.new.append(row)
            match = -len(plan.new)
        elif on_duplicate == "skip":
            plan.skipped += 1
            continue
        elif match < 0:
            earlier = plan.new[-match - 1]
            merged = merge_draft(earlier.draft, draft, row.filled)
            plan.new[-match - 1] = PreparedRow(earlier.number, merged, earlier.filled | row.filled)
            plan.updated_new += 1
        else:
            base, filled = plan.updates.get(match, (None, frozenset()))
            plan.updates[match] = (merge_draft(base, draft, row.filled) if base else draft, filled | row.filled)
        if on_duplicate != "add":
            for key in keys:
                by_phone.setdefault(key, match)
            by_name.setdefault(name_key, match)
    return plan


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


def _write(session: Session, plan: _Plan, progress: Progress | None) -> None:
    total = len(plan.new) + len(plan.updates)
    done = 0
    stamp = now()
    tag_ids = _tag_ids(session, {t for row in plan.new for t in row.draft.tags})
    for start in range(0, len(plan.new), BATCH):
        batch = plan.new[start : start + BATCH]
        _insert_batch(session, batch, tag_ids, stamp)
        done += len(batch)
        if progress is not None and not progress(done, total):
            raise _CancelledError
    ids = list(plan.updates)
    for start in range(0, len(ids), BATCH // 4):
        chunk = ids[start : start + BATCH // 4]
        clients = session.scalars(
            select(models.Client)
            .where(models.Client.id.in_(chunk))
            .options(*(selectinload(getattr(models.Client, r)) for r in ("phones", "tags", "family", "dates")))
        )
        for client in clients:
            incoming, filled = plan.updates[client.id]
            draft = merge_draft(draft_of(client), incoming, filled)
            if int(draft.tier) != client.tier:
                _record_tier(client, draft.tier, stamp, "import")
            _apply(session, client, draft)
            client.updated_at = stamp
        session.flush()
        done += len(chunk)
        if progress is not None and not progress(done, total):
            raise _CancelledError


def _tag_ids(session: Session, names: set[str]) -> dict[str, int]:
    existing = dict(session.execute(select(models.Tag.name, models.Tag.id)).all())
    missing = sorted(names - existing.keys())
    if missing:
        result = session.execute(
            insert(models.Tag).returning(models.Tag.name, models.Tag.id, sort_by_parameter_order=True),
            [{"name": name} for name in missing],
        )
        existing.update(dict(result.all()))
    return existing


def _insert_batch(session: Session, prepared: list[PreparedRow], tag_ids: dict[str, int], stamp: datetime) -> None:
    connection = session.connection()
    # On SQLite the rows go straight to the driver: the stamp as SQLAlchemy's DateTime stores it.
    when: object = stamp.strftime("%Y-%m-%d %H:%M:%S.%f") if connection.dialect.name == "sqlite" else stamp
    rows = [_client_row(row, when) for row in prepared]
    batch = [row.draft for row in prepared]
    # The first insert takes the write lock; the rest get the ids that follow it.
    first = _insert_one(connection, models.Client.__table__, rows[0])
    ids = list(range(first, first + len(rows)))
    if len(rows) > 1:
        _bulk_insert(
            connection, models.Client.__table__, [dict(r, id=i) for r, i in zip(rows[1:], ids[1:], strict=True)]
        )
    phones = [
        {"client_id": cid, "number": p.number, "label": p.label, "position": i}
        for cid, draft in zip(ids, batch, strict=True)
        for i, p in enumerate(draft.phones)
    ]
    if phones:
        _bulk_insert(connection, models.Phone.__table__, phones)
    tags = [{"client_id": cid, "tag_id": tag_ids[t]} for cid, draft in zip(ids, batch, strict=True) for t in draft.tags]
    if tags:
        _bulk_insert(connection, models.ClientTag.__table__, tags)
    _bulk_insert(
        connection,
        models.TierChange.__table__,
        [
            {"client_id": cid, "from_tier": None, "to_tier": int(d.tier), "changed_at": when, "reason": "import"}
            for cid, d in zip(ids, batch, strict=True)
        ],
    )


def _insert_one(connection: Connection, table: Table, row: dict[str, object]) -> int:
    """Insert one row; its new primary key."""
    if connection.dialect.name != "sqlite":
        return connection.execute(insert(table), row).inserted_primary_key[0]
    columns = list(row)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    return connection.exec_driver_sql(sql, tuple(row[c] for c in columns)).lastrowid


def _bulk_insert(connection: Connection, table: Table, rows: list[dict[str, object]]) -> None:
    """executemany; on SQLite straight through the driver, since SQLAlchemy's per-row work dominates."""
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), rows)
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    values = itemgetter(*columns)
    connection.exec_driver_sql(
        sql, [values(row) for row in rows] if len(columns) > 1 else [(values(row),) for row in rows]
    )


def _client_row(row: PreparedRow, stamp: object) -> dict[str, object]:
    draft = row.draft
    calendar, year, month, day, leap = spec_columns(draft.birthday)
    search_text = row.search_text or build_search_text(
        draft.name, draft.company, [p.number for p in draft.phones], draft.tags
    )
    return {
        "name": draft.name, "gender": draft.gender, "address_as": draft.address_as, "company": draft.company,
        "title": draft.title, "wechat": draft.wechat, "email": draft.email, "address": draft.address,
        "source": draft.source, "personality": draft.personality, "preferences": draft.preferences,
        "payment_habits": draft.payment_habits, "health_notes": draft.health_notes, "notes": draft.notes,
        "tier": int(draft.tier), "is_teacher": draft.is_teacher, "counts_nominal_age": draft.counts_nominal_age,
        "birthday_calendar": calendar, "birthday_year": year, "birthday_month": month, "birthday_day": day,
        "birthday_leap": leap,
        "search_text": search_text, "sort_key": row.sort_key or pinyin_sort_key(draft.name),
        "last_contact_at": None, "archived_at": None,
        "created_at": stamp, "updated_at": stamp, "version": 1,
    }  # fmt: skip
