"""The agenda from the book: which clients have a date in a window, handed to the care engine.

Only clients whose stored dates can fall in the window are read (the engine's window
keys become an SQL filter), unless a festival in the window concerns every client.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from sqlalchemy import Select, and_, false, or_, select, tuple_

from reminders.agenda import AgendaItem, ClientDate, ClientDates, build_agenda
from reminders.dates import CalendarKind, DateSpec
from reminders.festivals import FESTIVALS, FestivalSetting, festival_days, festival_settings_from_json
from reminders.occurrences import WindowKeys, window_keys
from reminders.tiers import Tier
from storage import models
from storage.db import Book
from storage.settings import FESTIVALS as FESTIVALS_OPTION
from storage.settings import XIAONIAN, get_option

#: Past this many keys a window covers most of the year: reading everyone is cheaper.
MAX_KEYS_IN_SQL = 250
#: Family relations that make a child, for Children's Day.
CHILD_RELATIONS = ("儿子", "女儿", "孙子", "孙女", "外孙", "外孙女", "son", "daughter", "child")
YOUNG_CHILD_YEARS = 14
_TIERS = tuple(Tier)  # indexing is far cheaper than calling the enum, row after row


def festival_settings(book: Book) -> dict[str, FestivalSetting]:
    return festival_settings_from_json(get_option(book, FESTIVALS_OPTION))


def agenda(
    book: Book,
    start: date,
    days: int,
    *,
    lang: str = "zh",
    client_ids: Sequence[int] | None = None,
    festivals: bool = True,
    care: bool = True,
) -> list[AgendaItem]:
    """Every occasion in start..start+days-1 for clients on the list, sorted as the engine sorts.

    With `care`, follow-ups, keep-in-touch and complaint items (storage.care_agenda) due by
    the last day are merged in by date; overdue ones come first, on the day they fell due.
    """
    if days <= 0:
        return []
    end = start + timedelta(days=days - 1)
    settings = festival_settings(book) if festivals else {}
    xiaonian = get_option(book, XIAONIAN)
    keys = window_keys(start, end)
    clients = load_client_dates(book, keys, start, client_ids)
    if festivals and _festival_in_window(settings, start, end, xiaonian):
        clients = _with_festival_audience(book, clients, start, client_ids)
    items = build_agenda(clients, start, days, settings, xiaonian=xiaonian, lang=lang, presorted=True)
    if care:
        from storage.care_agenda import care_items

        items = sorted(items + care_items(book, start, days, lang=lang, client_ids=client_ids), key=_item_date)
    return items


def _item_date(item: AgendaItem) -> date:
    return item.date


def next_occasions(book: Book, client_ids: Sequence[int], today: date | None = None) -> dict[int, tuple[date, str]]:
    """For each client, the day and name of their next own or family occasion within a year."""
    if not client_ids:
        return {}
    today = today or date.today()
    clients = load_client_dates(book, None, today, client_ids)
    found: dict[int, tuple[date, str]] = {}
    for item in build_agenda(clients, today, 366, {}, presorted=True):
        if item.client_id not in found:
            found[item.client_id] = (item.date, f"{item.person} {item.occasion}".strip())
    return found


def _festival_in_window(settings: dict[str, FestivalSetting], start: date, end: date, xiaonian: str) -> bool:
    for festival in FESTIVALS:
        setting = settings.get(festival.key)
        if setting and setting.enabled and setting.tiers and festival_days(festival, start, end, xiaonian):
            return True
    return False


def load_client_dates(
    book: Book, keys: WindowKeys | None, today: date, client_ids: Sequence[int] | None = None
) -> list[ClientDates]:
    """Clients on the list with their dates, confidants first then by name.

    With `keys`, only clients having a date that can fall in the window, and only those dates.
    """
    narrow = keys is not None and len(keys.solar) + len(keys.lunar) <= MAX_KEYS_IN_SQL
    c, fm, cd = models.Client, models.FamilyMember, models.ClientDate
    with book.engine.connect() as session:  # plain rows: no ORM bookkeeping for them
        family_query = select(
            fm.client_id,
            fm.relation,
            fm.name,
            fm.birthday_calendar,
            fm.birthday_year,
            fm.birthday_month,
            fm.birthday_day,
            fm.birthday_leap,
        )
        dates_query = select(
            cd.client_id, cd.kind, cd.label, cd.person, cd.calendar, cd.year, cd.month, cd.day, cd.leap, cd.yearly
        )
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
        ).where(c.archived_at.is_(None), c.lost_at.is_(None))
        if client_ids is not None:
            client_query = client_query.where(c.id.in_(client_ids))
            family_query = family_query.where(fm.client_id.in_(client_ids))
            dates_query = dates_query.where(cd.client_id.in_(client_ids))
        if narrow:
            assert keys is not None
            family_query = family_query.where(
                _matches(keys, fm.birthday_calendar, fm.birthday_month, fm.birthday_day, fm.birthday_leap)
            )
            dates_query = dates_query.where(_matches(keys, cd.calendar, cd.month, cd.day, cd.leap))
        family_rows = session.execute(family_query).all()
        date_rows = session.execute(dates_query).all()
        if narrow:
            assert keys is not None
            wanted = {row[0] for row in family_rows} | {row[0] for row in date_rows}
            birthday_match = _matches(keys, c.birthday_calendar, c.birthday_month, c.birthday_day, c.birthday_leap)
            client_query = client_query.where(or_(birthday_match, _in_ids(c.id, wanted)))
        client_rows = session.execute(_ordered(client_query)).all()

    by_client: dict[int, list[ClientDate]] = defaultdict(list)
    young: set[int] = set()
    for client_id, relation, name, calendar, year, month, day, leap in family_rows:
        spec = _spec(calendar, year, month, day, leap)
        if spec is not None:
            by_client[client_id].append(ClientDate("birthday", "", spec, True, f"{relation} {name}".strip()))
        if relation in CHILD_RELATIONS and year is not None and today.year - year <= YOUNG_CHILD_YEARS:
            young.add(client_id)
    for client_id, kind, label, person, calendar, year, month, day, leap, yearly in date_rows:
        spec = _spec(calendar, year, month, day, leap)
        if spec is not None:
            by_client[client_id].append(ClientDate(kind, label, spec, yearly, person))
    return [
        ClientDates(
            client_id=row[0],
            name=row[1],
            tier=_TIERS[row[2]],
            gender=row[3],
            is_teacher=row[4],
            has_young_children=row[0] in young,
            counts_nominal_age=row[5],
            birthday=_spec(*row[6:11]) if keys is None or not narrow or _spec_in(keys, row[6:11]) else None,
            dates=tuple(by_client.get(row[0], ())),
        )
        for row in client_rows
    ]


def _with_festival_audience(
    book: Book, dated: list[ClientDates], today: date, client_ids: Sequence[int] | None
) -> list[ClientDates]:
    """Every client on the list, for a festival: those with dates in the window keep them.

    Only the few columns a festival needs are read for the rest, not their families and dates.
    """
    c, fm = models.Client, models.FamilyMember
    query = select(c.id, c.name, c.tier, c.gender, c.is_teacher, c.counts_nominal_age).where(
        c.archived_at.is_(None), c.lost_at.is_(None)
    )
    children = select(fm.client_id).where(
        fm.relation.in_(CHILD_RELATIONS), fm.birthday_year >= today.year - YOUNG_CHILD_YEARS
    )
    if client_ids is not None:
        query = query.where(c.id.in_(client_ids))
        children = children.where(fm.client_id.in_(client_ids))
    with book.engine.connect() as connection:  # plain rows: no ORM bookkeeping for 100,000 of them
        rows = connection.execute(_ordered(query)).all()
        young = set(connection.execute(children).scalars())
    known = {client.client_id: client for client in dated}
    return [
        known.get(row[0])
        or ClientDates(
            client_id=row[0],
            name=row[1],
            tier=_TIERS[row[2]],
            gender=row[3],
            is_teacher=row[4],
            has_young_children=row[0] in young,
            counts_nominal_age=row[5],
        )
        for row in rows
    ]


def _ordered(query: Select) -> Select:
    c = models.Client
    return query.order_by(c.tier.desc(), c.sort_key, c.id)


def _matches(keys: WindowKeys, calendar, month, day, leap):
    clauses = []
    if keys.solar:
        clauses.append(and_(calendar == CalendarKind.SOLAR.value, tuple_(month, day).in_(sorted(keys.solar))))
    if keys.lunar:
        lunar = sorted((m, d, bool(lp)) for m, d, lp in keys.lunar)
        clauses.append(and_(calendar == CalendarKind.LUNAR.value, tuple_(month, day, leap).in_(lunar)))
    return or_(*clauses) if clauses else false()


def _in_ids(column, ids: Iterable[int]):
    ids = list(ids)
    return column.in_(ids) if ids else false()


def _spec_in(keys: WindowKeys, columns: Sequence) -> bool:
    spec = _spec(*columns)
    return spec is not None and keys.matches(spec)


def _spec(calendar: str | None, year: int | None, month: int | None, day: int | None, leap: bool) -> DateSpec | None:
    if not calendar or month is None or day is None:
        return None
    return DateSpec(CalendarKind(calendar), month, day, year, bool(leap))
