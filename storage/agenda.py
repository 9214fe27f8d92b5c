"""The agenda from the book: which clients have a date in a window, handed to the care engine.

Only clients whose stored dates can fall in the window are read (the engine's window
keys become an SQL filter), unless a festival in the window concerns every client. A book
whose dates are kept in memory (`storage.resident_dates`, the window's) is not read at all.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter

from sqlalchemy import Select, and_, case, false, func, or_, select, true

from reminders.agenda import AgendaItem, ClientDate, ClientDates, build_agenda
from reminders.bulk import collector_paused
from reminders.dates import CalendarKind, DateSpec
from reminders.festivals import (
    FESTIVALS,
    Audience,
    Festival,
    FestivalSetting,
    festival_days,
    festival_settings_from_json,
)
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
    with collector_paused():
        return _agenda(book, start, days, lang, client_ids, festivals, care)


def _agenda(
    book: Book, start: date, days: int, lang: str, client_ids: Sequence[int] | None, festivals: bool, care: bool
) -> list[AgendaItem]:
    from storage.resident_dates import kept_dates

    end = start + timedelta(days=days - 1)
    settings = festival_settings(book) if festivals else {}
    xiaonian = get_option(book, XIAONIAN)
    audience = _festival_tiers(settings, start, end, xiaonian) if festivals else frozenset()
    keys = window_keys(start, end)
    with kept_dates(book) as kept:
        if kept is not None:
            snapshot = kept.snapshot
            clients = snapshot.agenda_clients(keys if _narrow(keys) else None, start.year, client_ids, audience)
            memo = kept.memo(start, days, lang)
            items = build_agenda(
                clients, start, days, settings, xiaonian, lang, presorted=True, memo=memo, rank=snapshot.rank()
            )
            if care:
                from storage.care_agenda import resident_care_items

                items = _with_care(items, resident_care_items(book, snapshot, start, days, lang, client_ids, memo))
            return items
    if not _narrow(keys):
        keys = None  # most of the year: read every client once
    clients = load_client_dates(book, keys, start, client_ids)
    if audience and keys is not None:
        clients = _with_festival_audience(book, clients, start, client_ids, audience)
    items = build_agenda(clients, start, days, settings, xiaonian=xiaonian, lang=lang, presorted=True)
    if care:
        from storage.care_agenda import care_items

        items = _with_care(items, care_items(book, start, days, lang=lang, client_ids=client_ids))
    return items


def _with_care(occasions: list[AgendaItem], care: list[AgendaItem]) -> list[AgendaItem]:
    """Both lists (each sorted by date) merged by date; on a day, the occasions first.

    Equal to a stable sort of the two, in slices between the days the care items fall on.
    """
    merged: list[AgendaItem] = []
    taken = done = 0
    while done < len(care):
        day = care[done].detail.date
        upto = bisect_right(care, day, lo=done, key=_DATE_OF)
        at = bisect_right(occasions, day, lo=taken, key=_DATE_OF)
        merged += occasions[taken:at]
        merged += care[done:upto]
        taken, done = at, upto
    merged += occasions[taken:]
    return merged


_DATE_OF = attrgetter("detail.date")


def next_occasions(
    book: Book, client_ids: Sequence[int], today: date | None = None, *, lang: str = "zh"
) -> dict[int, tuple[date, str]]:
    """For each client, the day and name (in `lang`) of their next own or family occasion within a year."""
    if not client_ids:
        return {}
    today = today or date.today()
    clients = load_client_dates(book, None, today, client_ids)
    found: dict[int, tuple[date, str]] = {}
    for item in build_agenda(clients, today, 366, {}, lang=lang, presorted=True):
        if item.client_id not in found:
            found[item.client_id] = (item.date, f"{item.person} {item.occasion}".strip())
    return found


def _festival_tiers(settings: dict[str, FestivalSetting], start: date, end: date, xiaonian: str) -> frozenset[Tier]:
    """The tiers some festival in the window concerns (none if no festival falls in it)."""
    tiers: frozenset[Tier] = frozenset()
    for festival in FESTIVALS:
        setting = settings.get(festival.key)
        if setting and setting.enabled and setting.tiers and festival_days(festival, start, end, xiaonian):
            tiers |= setting.tiers
    return tiers


def _narrow(keys: WindowKeys) -> bool:
    return len(keys.solar) + len(keys.lunar) <= MAX_KEYS_IN_SQL


def load_client_dates(
    book: Book, keys: WindowKeys | None, today: date, client_ids: Sequence[int] | None = None
) -> list[ClientDates]:
    """Clients on the list with their dates, confidants first then by name.

    With `keys`, only clients having a date that can fall in the window, and only those dates
    (a superset: the engine checks each date again).
    """
    narrow = keys is not None and _narrow(keys)
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
        ).where(_active())
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
        client_rows = session.execute(_ordered(client_query)).all()

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


def _with_festival_audience(
    book: Book, dated: list[ClientDates], today: date, client_ids: Sequence[int] | None, tiers: frozenset[Tier]
) -> list[ClientDates]:
    """The clients with dates in the window and every client of the festivals' tiers, in order.

    Only the few columns a festival needs are read for the others, not their families and dates.
    """
    c, fm = models.Client, models.FamilyMember
    query = select(c.id, c.name, c.tier, c.gender, c.is_teacher, c.counts_nominal_age).where(_active())
    children = _young_children(today)
    if client_ids is not None:
        query = query.where(c.id.in_(client_ids))
        children = children.where(fm.client_id.in_(client_ids))
    with book.engine.connect() as connection:  # plain rows: no ORM bookkeeping for 100,000 of them
        rows = connection.execute(_ordered(query)).all()
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


@dataclass(frozen=True, slots=True)
class FestivalCount:
    """How many clients a festival day concerns, tier by tier."""

    day: date
    festival: Festival
    by_tier: dict[Tier, int]


def festival_counts(book: Book, start: date, days: int) -> list[FestivalCount]:
    """Each enabled festival day in start..start+days-1 with its clients counted, not listed.

    The same clients `agenda` would list one by one (its tiers, its audience: women, parents of
    young children, teachers), for views that only show how many (the calendar).
    """
    if days <= 0:
        return []
    end = start + timedelta(days=days - 1)
    settings, xiaonian = festival_settings(book), get_option(book, XIAONIAN)
    c = models.Client
    by_audience: dict[Audience, dict[Tier, int]] = {}
    counted = []
    with book.engine.connect() as connection:
        for festival in FESTIVALS:
            setting = settings.get(festival.key)
            found = festival_days(festival, start, end, xiaonian) if setting and setting.enabled else []
            if not found or not setting.tiers:
                continue
            if festival.audience not in by_audience:
                # One pass summing per tier: SQLite's GROUP BY would sort the whole table first.
                sums = [func.coalesce(func.sum(case((c.tier == int(tier), 1), else_=0)), 0) for tier in Tier]
                query = select(*sums).where(_active(), _audience_filter(festival.audience, start))
                by_audience[festival.audience] = dict(zip(Tier, connection.execute(query).one(), strict=True))
            by_tier = {tier: n for tier, n in by_audience[festival.audience].items() if tier in setting.tiers and n}
            counted += [FestivalCount(day, festival, by_tier) for day in found if by_tier]
    return sorted(counted, key=lambda count: count.day)


def _audience_filter(audience: Audience, today: date):
    """The SQL twin of `reminders.agenda.concerns` (tests/integration/test_agenda.py keeps them in step)."""
    c = models.Client
    if audience is Audience.WOMEN:
        return c.gender == "F"
    if audience is Audience.TEACHERS:
        return c.is_teacher.is_(True)
    if audience is Audience.YOUNG_CHILDREN:
        return c.id.in_(_young_children(today))
    return true()


def _young_children(today: date) -> Select:
    """Clients with a child young enough for Children's Day (born within YOUNG_CHILD_YEARS)."""
    fm = models.FamilyMember
    return select(fm.client_id).where(
        fm.relation.in_(CHILD_RELATIONS), fm.birthday_year >= today.year - YOUNG_CHILD_YEARS
    )


def _active():
    """Neither archived nor lost. Written as one expression so that SQLite does not walk the
    nearly all-NULL archived/lost indexes instead of the date indexes."""
    c = models.Client
    return func.coalesce(c.archived_at, c.lost_at).is_(None)


def _ordered(query: Select) -> Select:
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
