"""The agenda from the book: which clients have a date in a window, handed to the care engine.

Only clients whose stored dates can fall in the window are read (the engine's window
keys become an SQL filter), unless a festival in the window concerns every client. A book
whose dates are kept in memory (`storage.resident_dates`, the window's) is not read at all.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter

from sqlalchemy import case, func, select, true

from reminders.agenda import AgendaItem, build_agenda
from reminders.bulk import collector_paused
from reminders.festivals import (
    FESTIVALS,
    Audience,
    Festival,
    FestivalSetting,
    festival_days,
    festival_settings_from_json,
)
from reminders.occurrences import window_keys
from reminders.tiers import Tier
from storage import models
from storage.date_reads import (
    active_clients,
    load_client_dates,
    narrow_enough,
    with_festival_audience,
    young_children,
)
from storage.db import Book
from storage.settings import FESTIVALS as FESTIVALS_OPTION
from storage.settings import XIAONIAN, get_option


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
            clients = snapshot.agenda_clients(keys if narrow_enough(keys) else None, start.year, client_ids, audience)
            memo = kept.memo(start, days, lang)
            items = build_agenda(
                clients, start, days, settings, xiaonian, lang, presorted=True, memo=memo, rank=snapshot.rank()
            )
            if care:
                from storage.care_agenda import resident_care_items

                items = _with_care(items, resident_care_items(book, snapshot, start, days, lang, client_ids, memo))
            return items
    if not narrow_enough(keys):
        keys = None  # most of the year: read every client once
    clients = load_client_dates(book, keys, start, client_ids)
    if audience and keys is not None:
        clients = with_festival_audience(book, clients, start, client_ids, audience)
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
                query = select(*sums).where(active_clients(), _audience_filter(festival.audience, start))
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
        return c.id.in_(young_children(today))
    return true()
