"""Services for the client book: one function per user action, each in its own transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from reminders.tiers import Tier
from storage import models
from storage.convert import file_of, spec_columns, spec_from_columns
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, AmbiguousName, EditConflict, InvalidInput, NotFound
from storage.records import ClientDraft, ClientFile, ClientRow, SearchEntries
from storage.search import SearchIndex, build_search_text, pinyin_sort_key
from storage.validation import clean_draft

#: Columns the client list can be sorted by, mapped to their ORDER BY expressions.
SORT_COLUMNS = ("name", "tier", "company", "phone", "last_contact")


def now() -> datetime:
    """Local wall-clock time, to the second: the salesperson's day, as they live it."""
    return datetime.now().replace(microsecond=0)


def create_client(book: Book, draft: ClientDraft, *, reason: str = "", request_key: str | None = None) -> ClientFile:
    """Add a client. With `request_key` (chosen once per new client, before the first try), a
    retry after a lost connection returns the client the first try added instead of a second."""
    draft = clean_draft(draft)
    with book.Session.begin() as session:
        if request_key is not None:
            added = session.scalar(select(models.Client.id).where(models.Client.request_key == request_key))
            if added is not None:
                return file_of(_load(session, added))
        stamp = now()
        client = models.Client(created_at=stamp, updated_at=stamp, tier=int(draft.tier), request_key=request_key)
        _apply(session, client, draft)
        client.tier_changes.append(
            models.TierChange(from_tier=None, to_tier=int(draft.tier), changed_at=stamp, reason=reason)
        )
        session.add(client)
        session.flush()
        return file_of(client)


def update_client(
    book: Book,
    client_id: int,
    draft: ClientDraft,
    *,
    expected_version: int | None = None,
    reason: str = "",
    opened: ClientDraft | None = None,
) -> ClientFile:
    """Save an edited file. A tier change is recorded in the history with `reason`.

    With `expected_version`, a file changed by someone else since it was opened is
    refused with EditConflict rather than silently overwritten.
    """
    draft = clean_draft(draft)
    try:
        with book.Session.begin() as session:
            client = _load(session, client_id)
            if expected_version is not None and client.version != expected_version:
                from storage.conflicts import changed_fields, edit_conflict
                from storage.convert import draft_of

                stored = draft_of(client)
                if not changed_fields(stored, draft):  # already saved (a retry whose first try got through)
                    return file_of(client)
                raise edit_conflict(client.name, stored, draft, opened)  # `opened`: the file as first read
            stamp = now()
            if int(draft.tier) != client.tier:
                _record_tier(client, draft.tier, stamp, reason)
            _apply(session, client, draft)
            client.updated_at = stamp
            session.flush()
            return file_of(client)
    except StaleDataError as error:
        raise EditConflict.worded(
            QT_TRANSLATE_NOOP("Storage", "the client was changed elsewhere while saving; reopen it and try again")
        ) from error


def get_client(book: Book, client_id: int) -> ClientFile:
    with book.Session() as session:
        return file_of(_load(session, client_id))


def set_tier(book: Book, client_ids: Sequence[int], tier: Tier, reason: str = "") -> list[int]:
    """Move clients to `tier`; returns the ids that really changed."""
    changed: list[int] = []
    with book.Session.begin() as session:
        stamp = now()
        for client in session.scalars(select(models.Client).where(models.Client.id.in_(client_ids))):
            if client.tier != int(tier):
                _record_tier(client, tier, stamp, reason)
                client.updated_at = stamp
                changed.append(client.id)
    return changed


def archive_clients(book: Book, client_ids: Sequence[int]) -> list[int]:
    """Take clients off the list (not deleted); returns the ids archived."""
    return _set_archived(book, client_ids, now())


def restore_clients(book: Book, client_ids: Sequence[int]) -> list[int]:
    return _set_archived(book, client_ids, None)


def delete_archived_clients(book: Book, client_ids: Sequence[int]) -> int:
    """Delete archived clients for good; a client still on the list is refused."""
    with book.Session.begin() as session:
        clients = list(session.scalars(select(models.Client).where(models.Client.id.in_(client_ids))))
        active = [c.name for c in clients if c.archived_at is None]
        if active:
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "archive {names} before deleting for good"), names=", ".join(active[:3])
            )
        for client in clients:
            session.delete(client)
        return len(clients)


def count_clients(book: Book, *, archived: bool = False) -> int:
    with book.Session() as session:
        return session.scalar(select(func.count()).select_from(models.Client).where(_archived_clause(archived)))


def list_tags(book: Book) -> dict[int, str]:
    with book.Session() as session:
        return dict(session.execute(select(models.Tag.id, models.Tag.name).order_by(models.Tag.name)).all())


def search_entries(
    book: Book, *, archived: bool = False, sort: str = "name", descending: bool = False
) -> SearchEntries:
    """Id, search text, tier and tags of every client in the list, in display order."""
    if sort not in SORT_COLUMNS:
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "cannot sort by {sort}"), sort=sort)
    with book.Session() as session:
        client = models.Client
        order = _order_by(sort, descending)
        rows = session.execute(
            select(client.id, client.search_text, client.tier).where(_archived_clause(archived)).order_by(*order)
        ).all()
        tags: dict[int, set[int]] = {}
        for client_id, tag_id in session.execute(select(models.ClientTag.client_id, models.ClientTag.tag_id)):
            tags.setdefault(client_id, set()).add(tag_id)
        tag_names = dict(session.execute(select(models.Tag.id, models.Tag.name)).all())
    empty: frozenset[int] = frozenset()
    return SearchEntries(
        ids=[r[0] for r in rows],
        texts=[r[1] for r in rows],
        tiers=[r[2] for r in rows],
        tag_ids=[frozenset(tags[r[0]]) if r[0] in tags else empty for r in rows],
        tag_names=tag_names,
    )


def first_rows(
    book: Book, limit: int, *, sort: str = "name", next_occasion: bool = False, lang: str = "zh"
) -> list[ClientRow]:
    """The first screen of the list, fetched before the full index is built."""
    with book.Session() as session:
        ids = list(
            session.scalars(
                select(models.Client.id).where(_archived_clause(False)).order_by(*_order_by(sort, False)).limit(limit)
            )
        )
    return rows_for_ids(book, ids, next_occasion=next_occasion, lang=lang)


def rows_for_ids(
    book: Book, client_ids: Sequence[int], *, next_occasion: bool = True, lang: str = "zh"
) -> list[ClientRow]:
    """List rows for the given ids, in the same order (missing ids are left out).

    `next_occasion=False` skips working out each client's next occasion (the calendar
    engine's first use is the slow part of start-up).
    """
    if not client_ids:
        return []
    client = models.Client
    with book.Session() as session:
        found = {
            c.id: c
            for c in session.scalars(
                select(client)
                .where(client.id.in_(client_ids))
                .options(selectinload(client.phones), selectinload(client.tags))
            )
        }
        rows = [_row_of(found[i]) for i in client_ids if i in found]
    return _with_next_occasions(book, rows, lang) if next_occasion else rows


def _with_next_occasions(book: Book, rows: list[ClientRow], lang: str) -> list[ClientRow]:
    """Fill in each row's next occasion (own or family dates, within a year; no festivals), named in `lang`."""
    from storage.agenda import next_occasions

    upcoming = next_occasions(book, [r.id for r in rows if not r.archived_at], lang=lang)
    return [
        replace(row, next_occasion_on=upcoming[row.id][0], next_occasion=upcoming[row.id][1])
        if row.id in upcoming
        else row
        for row in rows
    ]


def find_clients(book: Book, query: str, *, archived: bool = False, limit: int | None = None) -> list[ClientRow]:
    """Clients matching `query` the way instant search does, in name order."""
    entries = search_entries(book, archived=archived)
    index = SearchIndex(entries.ids, entries.texts, entries.tiers, entries.tag_ids)
    ids = index.filter(query)
    return rows_for_ids(book, ids[:limit] if limit is not None else ids)


def resolve_client(book: Book, reference: str) -> ClientRow:
    """A client named on the command line: an id, an exact name, or a unique match."""
    reference = reference.strip()
    if reference.isdigit():
        rows = rows_for_ids(book, [int(reference)])
        if rows:
            return rows[0]
    with book.Session() as session:
        exact = list(
            session.scalars(select(models.Client.id).where(models.Client.name == reference, _archived_clause(False)))
        )
    if len(exact) == 1:
        return rows_for_ids(book, exact)[0]
    candidates = rows_for_ids(book, exact) if exact else find_clients(book, reference, limit=21)
    if not candidates:
        raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "no client matches “{reference}”"), reference=reference)
    if len(candidates) == 1:
        return candidates[0]
    names = [f"{c.name} (#{c.id}{', ' + c.company if c.company else ''})" for c in candidates[:20]]
    raise AmbiguousName(f"“{reference}” matches several clients: {'; '.join(names)}", names)


# --- inside a session -------------------------------------------------------------------


def _load(session: Session, client_id: int) -> models.Client:
    client = session.get(
        models.Client,
        client_id,
        options=[
            selectinload(models.Client.phones),
            selectinload(models.Client.tags),
            selectinload(models.Client.family),
            selectinload(models.Client.dates),
            selectinload(models.Client.tier_changes),
        ],
    )
    if client is None:
        raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=client_id)
    return client


def _record_tier(client: models.Client, tier: Tier, stamp: datetime, reason: str) -> None:
    client.tier_changes.append(
        models.TierChange(from_tier=client.tier, to_tier=int(tier), changed_at=stamp, reason=reason.strip())
    )
    client.tier = int(tier)


def _apply(session: Session, client: models.Client, draft: ClientDraft) -> None:
    for field in (
        "name",
        "gender",
        "address_as",
        "company",
        "title",
        "wechat",
        "email",
        "address",
        "source",
        "personality",
        "preferences",
        "payment_habits",
        "health_notes",
        "notes",
        "is_teacher",
        "counts_nominal_age",
    ):
        setattr(client, field, getattr(draft, field))
    client.tier = int(draft.tier)
    (
        client.birthday_calendar,
        client.birthday_year,
        client.birthday_month,
        client.birthday_day,
        client.birthday_leap,
    ) = spec_columns(draft.birthday)
    client.phones = [models.Phone(number=p.number, label=p.label, position=i) for i, p in enumerate(draft.phones)]
    client.tags = _tags(session, draft.tags)
    client.family = [
        models.FamilyMember(
            relation=m.relation.strip(),
            name=m.name.strip(),
            gender=m.gender,
            notes=m.notes.strip(),
            position=i,
            **dict(
                zip(
                    ("birthday_calendar", "birthday_year", "birthday_month", "birthday_day", "birthday_leap"),
                    spec_columns(m.birthday),
                    strict=True,
                )
            ),
        )
        for i, m in enumerate(draft.family)
    ]
    stamp = now()
    client.dates = [
        models.ClientDate(
            kind=d.kind,
            label=d.label.strip(),
            person=d.person.strip(),
            calendar=d.spec.calendar.value,
            year=d.spec.year,
            month=d.spec.month,
            day=d.spec.day,
            leap=d.spec.leap,
            yearly=d.yearly,
            notes=d.notes.strip(),
            created_at=stamp,
            position=i,
        )
        for i, d in enumerate(draft.dates)
    ]
    client.search_text = build_search_text(draft.name, draft.company, [p.number for p in draft.phones], draft.tags)
    client.sort_key = pinyin_sort_key(draft.name)


def _tags(session: Session, names: Iterable[str]) -> list[models.Tag]:
    names = list(dict.fromkeys(names))
    if not names:
        return []
    existing = {t.name: t for t in session.scalars(select(models.Tag).where(models.Tag.name.in_(names)))}
    return [existing.get(name) or models.Tag(name=name) for name in names]


def _set_archived(book: Book, client_ids: Sequence[int], stamp: datetime | None) -> list[int]:
    changed = []
    with book.Session.begin() as session:
        for client in session.scalars(select(models.Client).where(models.Client.id.in_(client_ids))):
            if (client.archived_at is None) != (stamp is None):
                client.archived_at = stamp
                changed.append(client.id)
    return changed


def _archived_clause(archived: bool):
    column = models.Client.archived_at
    if archived:
        return column.is_not(None)
    return column.is_(None) & models.Client.lost_at.is_(None)  # lost clients leave the list too


def _order_by(sort: str, descending: bool) -> list:
    client = models.Client
    if sort == "phone":
        first_phone = (
            select(models.Phone.number)
            .where(models.Phone.client_id == client.id)
            .order_by(models.Phone.position)
            .limit(1)
            .scalar_subquery()
        )
        key = first_phone
    else:
        key = {
            "name": client.sort_key,
            "tier": client.tier,
            "company": client.company,
            "last_contact": client.last_contact_at,
        }[sort]
    primary = key.desc() if descending else key.asc()
    return [primary.nulls_last(), client.sort_key, client.id]


def _row_of(client: models.Client) -> ClientRow:
    return ClientRow(
        id=client.id,
        name=client.name,
        tier=Tier(client.tier),
        company=client.company,
        phones=tuple(p.number for p in client.phones),
        tags=tuple(t.name for t in client.tags),
        birthday=spec_from_columns(
            client.birthday_calendar,
            client.birthday_year,
            client.birthday_month,
            client.birthday_day,
            client.birthday_leap,
        ),
        last_contact_at=client.last_contact_at,
        archived_at=client.archived_at,
    )
