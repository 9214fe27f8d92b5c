"""What the Calendar view shows, as plain data: the lunar day and festivals of each day, and
a month's agenda with festival items grouped per festival day.

No Qt and no SQLAlchemy here: the grid asks `month_cells`, the loader thread calls
`summarize` on what `storage.agenda.agenda` returned.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from reminders import lunar
from reminders.agenda import AgendaItem
from reminders.festivals import Festival, festival_dates
from reminders.formatting import DAY_NAMES, MONTH_FULL, MONTH_NAMES, chinese, format_day, format_lunar
from reminders.tiers import Tier

if TYPE_CHECKING:
    from storage.agenda import FestivalCount


@dataclass(frozen=True, slots=True)
class DayCell:
    """One day of the grid: its lunar day ("十五", or the month "八月" on 初一) and festivals
    (`festivals` named in full, `grid_names` as the cell shows them: see `grid_name`)."""

    day: date
    lunar_text: str
    first_of_month: bool
    festivals: tuple[str, ...] = ()
    grid_names: tuple[str, ...] = ()


def lunar_day_text(day: date, lang: str = "zh") -> tuple[str, bool]:
    """The lunar day as a calendar prints it: "十五", or "八月"/"闰六月" on 初一 (with True)."""
    try:
        ld = lunar.to_lunar(day)
    except lunar.LunarDateError:
        return "", False
    if ld.day == 1:
        return chinese(f"{'闰' if ld.leap else ''}{MONTH_NAMES[ld.month]}月", lang), True
    return DAY_NAMES[ld.day], False


@lru_cache(maxsize=64)
def month_cells(year: int, month: int, lang: str = "zh", xiaonian: str = "north") -> dict[date, DayCell]:
    """Every day of a Gregorian month with its lunar text and the festivals on it (all of them,
    on or off in the settings: the grid is a calendar, the agenda is what the book cares about)."""
    first, last = date(year, month, 1), date(year, month, monthrange(year, month)[1])
    names: dict[date, list[str]] = {}
    short: dict[date, list[str]] = {}
    for festival, day in festival_dates(first, last, xiaonian):
        names.setdefault(day, []).append(chinese(festival.name(lang), lang))
        short.setdefault(day, []).append(grid_name(festival, lang))
    cells = {}
    for number in range(1, last.day + 1):
        day = date(year, month, number)
        text, first_of_month = lunar_day_text(day, lang)
        cells[day] = DayCell(day, text, first_of_month, tuple(names.get(day, ())), tuple(short.get(day, ())))
    return cells


def grid_name(festival: Festival, lang: str = "zh") -> str:
    """A festival's name in a calendar cell: in English without the " Festival" a narrow cell has no
    room for ("Mid-Autumn", "Dragon Boat"), but for the Spring Festival, which it would leave unnamed."""
    name = chinese(festival.name(lang), lang)
    if lang.startswith("en") and festival.key != "spring_festival":
        return name.removesuffix(" Festival")
    return name


def day_cell(day: date, lang: str = "zh", xiaonian: str = "north") -> DayCell:
    """The cell of any day (through its month's cached cells)."""
    return month_cells(day.year, day.month, lang, xiaonian)[day]


def lunar_date(day: date, lang: str = "zh") -> str:
    """A day's lunar month and day: "农历八月十五", "lunar 8/15" ("" outside the lunar tables)."""
    try:
        ld = lunar.to_lunar(day)
    except lunar.LunarDateError:
        return ""
    return format_lunar(ld.month, ld.day, ld.leap, lang=lang)


def both_forms(day: date, lang: str = "zh") -> str:
    """A day in both calendars: "2026年9月25日（农历八月十五）", "25 Sep 2026 (lunar 8/15)"."""
    shown = format_day(day, lang)
    lunar_text = lunar_date(day, lang)
    if not lunar_text:
        return shown
    return f"{shown} ({lunar_text})" if lang.startswith("en") else chinese(f"{shown}（{lunar_text}）", lang)


def month_title(year: int, month: int, lang: str = "zh") -> str:
    """A month as the calendar heads it: "2026年9月", "September 2026" (not the process locale's names)."""
    if lang.startswith("en"):
        return f"{MONTH_FULL[month]} {year}"
    return f"{year}年{month}月"


@dataclass(slots=True)
class FestivalGroup:
    """All clients greeted on one festival day, counted rather than listed."""

    date: date
    festival: str  # the festival key
    occasion: str  # its name as shown (中秋节)
    greeting: bool
    count: int = 0
    by_tier: dict[Tier, int] = field(default_factory=dict)


Row = AgendaItem | FestivalGroup
#: Agenda kinds the calendar shows.
OCCASION_KINDS = frozenset({"birthday", "family", "custom", "festival"})


@dataclass(slots=True)
class MonthAgenda:
    """A window's occasions: clients' own ones listed, festival ones grouped, rows per day."""

    start: date
    end: date
    by_day: dict[date, list[Row]] = field(default_factory=dict)
    personal_count: dict[date, int] = field(default_factory=dict)
    xiaonian: str = "north"

    def rows(self, day: date | None = None) -> list[Row]:
        """The rows of one day, or of the whole window when `day` is None."""
        if day is not None:
            return list(self.by_day.get(day, ()))
        return [row for key in sorted(self.by_day) for row in self.by_day[key]]

    def count(self, day: date) -> int:
        """How many of the clients' own occasions (birthdays, family events ...) fall on `day`."""
        return self.personal_count.get(day, 0)


def summarize(
    items: Iterable[AgendaItem],
    start: date,
    end: date,
    xiaonian: str = "north",
    counted: Iterable[FestivalCount] = (),
    lang: str = "zh",
) -> MonthAgenda:
    """Group the agenda: one `FestivalGroup` per festival day (first on its day), others as they come.

    Festivals come either as the agenda's items (one per client) or already `counted`.
    """
    festivals: dict[tuple[date, str], FestivalGroup] = {}
    for count in counted:
        name = chinese(count.festival.name(lang), lang)
        group = FestivalGroup(count.day, count.festival.key, name, count.festival.greeting)
        group.by_tier = dict(count.by_tier)
        group.count = sum(count.by_tier.values())
        festivals[count.day, count.festival.key] = group
    personal: dict[date, list[Row]] = {}
    for item in items:
        if item.kind not in OCCASION_KINDS or not start <= item.date <= end:
            continue  # the calendar shows occasions, not follow-ups or contacts due
        if item.kind == "festival":
            key = (item.date, item.festival)
            group = festivals.get(key)
            if group is None:
                group = festivals[key] = FestivalGroup(item.date, item.festival, item.occasion, item.greeting)
            group.count += 1
            group.by_tier[item.tier] = group.by_tier.get(item.tier, 0) + 1
        else:
            personal.setdefault(item.date, []).append(item)
    agenda = MonthAgenda(start, end, xiaonian=xiaonian)
    for (day, _key), group in festivals.items():
        agenda.by_day.setdefault(day, []).append(group)
    for day, rows in personal.items():
        agenda.by_day.setdefault(day, []).extend(rows)
        agenda.personal_count[day] = len(rows)
    return agenda


def load_month(book: object, year: int, month: int, lang: str) -> MonthAgenda:
    """Read a month's agenda from the book (slow at 100k clients: call it off the main thread)."""
    from storage.agenda import agenda, festival_counts
    from storage.settings import XIAONIAN, get_option

    first = date(year, month, 1)
    days = monthrange(year, month)[1]
    # Occasions only: follow-ups and contacts due (the `care` items) belong to the Today view.
    # Festivals are counted in the book, not listed client by client.
    items = agenda(book, first, days, lang=lang, festivals=False, care=False)  # type: ignore[arg-type]
    counted = festival_counts(book, first, days)  # type: ignore[arg-type]
    xiaonian = get_option(book, XIAONIAN)  # type: ignore[arg-type]
    return summarize(items, first, date(year, month, days), xiaonian, counted, lang)
