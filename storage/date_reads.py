"""Clients' dates read from the book as the care engine takes them (`reminders.agenda.ClientDates`).

`load_client_dates` reads only the clients whose stored dates can fall in a window (the engine's
window keys become an SQL filter). The family-birthday and important-date rows, and how each
becomes a `ClientDate`, are shared with the dates kept in memory (`storage.resident_reads`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from sqlalchemy import Select, and_, false, func, or_, select

from reminders.agenda import ClientDate, ClientDates
from reminders.dates import CalendarKind, DateSpec
from reminders.occurrences import WindowKeys
from reminders.tiers import Tier
from storage import models
from storage.db import Book

#: Past this many keys a window covers most of the year: reading everyone is cheaper.
MAX_KEYS_IN_SQL = 250
#: Family relations that make a child, for Children's Day.
CHILD_RELATIONS = ("儿子", "女儿", "孙子", "孙女", "外孙", "外孙女", "son", "daughter", "child")
YOUNG_CHILD_YEARS = 14
_TIERS = tuple(Tier)  # indexing is far cheaper than calling the enum, row after row


def narrow_enough(keys: WindowKeys) -> bool:
    return len(keys.solar) + len(keys.lunar) <= MAX_KEYS_IN_SQL


def load_client_dates(
    book: Book, keys: WindowKeys | None, today: date, client_ids: Sequence[int] | None = None
) -> list[ClientDates]:
    """Clients on the list with their dates, confidants first then by name.

    With `keys`, only clients having a date that can fall in the window, and only those dates
    (a superset: the engine checks each date again).
    """
    narrow = keys is not None and narrow_enough(keys)
    c, fm, cd = models.Client, models.FamilyMember, models.ClientDate
    with book.engine.connect() as session:  # plain rows: no ORM bookkeeping for them
        family_query, dates_query = family_birthdays_query(), important_dates_query()
        client_query = select(
            c.id,
            c.name,
            c.tier,
            c.gender,
            c.is_teacher,
            c.counts_nominal_age,
            c.birthday_calendar,
            c.birthday_year,
            c.birthday_month,
            c.birthday_day,
            c.birthday_leap,
        ).where(active_clients())
        if client_ids is not None:
            client_query = client_query.where(c.id.in_(client_ids))
            family_query = family_query.where(fm.client_id.in_(client_ids))
            dates_query = dates_query.where(cd.client_id.in_(client_ids))
        if narrow:
            assert keys is not None
            family_match = _matches(keys, fm.birthday_calendar, fm.birthday_month, fm.birthday_day)
            dates_match = _matches(keys, cd.calendar, cd.month, cd.day)
            family_query = family_query.where(family_match)
            dates_query = dates_query.where(dates_match)
            client_query = client_query.where(
                or_(
                    _matches(keys, c.birthday_calendar, c.birthday_month, c.birthday_day),
                    c.id.in_(select(fm.client_id).where(family_match)),
                    c.id.in_(select(cd.client_id).where(dates_match)),
                )
            )
        family_rows = session.execute(family_query).all()
        date_rows = session.execute(dates_query).all()
        client_rows = session.execute(in_client_order(client_query)).all()

    by_client: dict[int, list[ClientDate]] = defaultdict(list)
    young: set[int] = set()
    for client_id, relation, name, calendar, year, month, day, leap in family_rows:
        entry = family_birthday(relation, name, calendar, year, month, day, leap)
        if entry is not None:
            by_client[client_id].append(entry)
        if relation in CHILD_RELATIONS and year is not None and today.year - year <= YOUNG_CHILD_YEARS:
            young.add(client_id)
    for client_id, *row in date_rows:
        entry = important_date(*row)
        if entry is not None:
            by_client[client_id].append(entry)
    no_dates: tuple[ClientDate, ...] = ()
    return [
        ClientDates(
            client_id,
            name,
            _TIERS[tier],
            gender,
            is_teacher,
            client_id in young,
            counts_nominal_age,
            spec_of(*birthday) if birthday[0] else None,
            tuple(by_client[client_id]) if client_id in by_client else no_dates,
        )
        for client_id, name, tier, gender, is_teacher, counts_nominal_age, *birthday in client_rows
    ]


def family_birthdays_query() -> Select:
    """Family members' birthdays: (client id, relation, name, calendar, year, month, day, leap)."""
    fm = models.FamilyMember
    return select(
        fm.client_id, fm.relation, fm.name, fm.birthday_calendar, fm.birthday_year, fm.birthday_month,
        fm.birthday_day, fm.birthday_leap,
    )  # fmt: skip


def important_dates_query() -> Select:
    """Important dates: (client id, kind, label, person, calendar, year, month, day, leap, yearly)."""
    cd = models.ClientDate
    return select(
        cd.client_id, cd.kind, cd.label, cd.person, cd.calendar, cd.year, cd.month, cd.day, cd.leap, cd.yearly
    )


def family_birthday(
    relation: str, name: str, calendar: str | None, year: int | None, month: int | None, day: int | None, leap: bool
) -> ClientDate | None:
    """A family member's birthday as the engine takes it ("儿子 小明"'s), or None without one."""
    spec = spec_of(calendar, year, month, day, leap)
    return None if spec is None else ClientDate("birthday", "", spec, True, f"{relation} {name}".strip())


def important_date(
    kind: str, label: str, person: str, calendar: str, year: int | None, month: int, day: int, leap: bool, yearly: bool
) -> ClientDate | None:
    """A custom date or family event as the engine takes it, or None if it names no day."""
    spec = spec_of(calendar, year, month, day, leap)
    return None if spec is None else ClientDate(kind, label, spec, yearly, person)


def with_festival_audience(
    book: Book, dated: list[ClientDates], today: date, client_ids: Sequence[int] | None, tiers: frozenset[Tier]
) -> list[ClientDates]:
    """The clients with dates in the window and every client of the festivals' tiers, in order.

    Only the few columns a festival needs are read for the others, not their families and dates.
    """
    c, fm = models.Client, models.FamilyMember
    query = select(c.id, c.name, c.tier, c.gender, c.is_teacher, c.counts_nominal_age).where(active_clients())
    children = young_children(today)
    if client_ids is not None:
        query = query.where(c.id.in_(client_ids))
        children = children.where(fm.client_id.in_(client_ids))
    with book.engine.connect() as connection:  # plain rows: no ORM bookkeeping for 100,000 of them
        rows = connection.execute(in_client_order(query)).all()
        young = set(connection.execute(children).scalars())
    known = {client.client_id: client for client in dated}
    for client in dated:  # they were read with only their family in the window
        client.has_young_children = client.client_id in young
    wanted = tuple(tier in tiers for tier in Tier)
    return [
        known.get(client_id)
        or ClientDates(client_id, name, _TIERS[tier], gender, is_teacher, client_id in young, counts_nominal_age)
        for client_id, name, tier, gender, is_teacher, counts_nominal_age in rows
        if wanted[tier] or client_id in known
    ]


def young_children(today: date) -> Select:
    """Clients with a child young enough for Children's Day (born within YOUNG_CHILD_YEARS)."""
    fm = models.FamilyMember
    return select(fm.client_id).where(
        fm.relation.in_(CHILD_RELATIONS), fm.birthday_year >= today.year - YOUNG_CHILD_YEARS
    )


def active_clients():
    """Neither archived nor lost. Written as one expression so that SQLite does not walk the
    nearly all-NULL archived/lost indexes instead of the date indexes."""
    c = models.Client
    return func.coalesce(c.archived_at, c.lost_at).is_(None)


def in_client_order(query: Select) -> Select:
    c = models.Client
    return query.order_by(c.tier.desc(), c.sort_key, c.id)


def _matches(keys: WindowKeys, calendar, month, day):
    """Dates whose (calendar, month, day) is among the keys, one indexed term per month
    (the leap flag is left to the engine)."""
    days: dict[tuple[str, int], set[int]] = defaultdict(set)
    for m, d in keys.solar:
        days[CalendarKind.SOLAR.value, m].add(d)
    for m, d, _leap in keys.lunar:
        days[CalendarKind.LUNAR.value, m].add(d)
    clauses = [and_(calendar == kind, month == m, day.in_(sorted(found))) for (kind, m), found in sorted(days.items())]
    return or_(*clauses) if clauses else false()


_CALENDARS = {kind.value: kind for kind in CalendarKind}


@lru_cache(maxsize=1 << 17)  # clients born on the same day share one (immutable) DateSpec
def spec_of(calendar: str | None, year: int | None, month: int | None, day: int | None, leap: bool) -> DateSpec | None:
    if not calendar or month is None or day is None:
        return None
    return DateSpec(_CALENDARS[calendar], month, day, year, bool(leap))
