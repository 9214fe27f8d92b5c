"""When a date comes round: yearly occurrences, their adjustment rules, ages and milestones.

Rules for yearly dates (birthdays, anniversaries):

* a lunar day 30 falls, in a year whose month has only 29 days, on that month's last day;
* a leap-month (闰月) date falls, in a lunar year without that leap month, on the same day of
  the ordinary month (in a year that has it, on the leap month);
* 29 February falls on 28 February in common years;
* a lunar date occurs once per lunar year, a Gregorian one once per Gregorian year (so a
  lunar 11th/12th-month date can fall twice, or not at all, in one Gregorian year);
* the first occurrence is the first anniversary: the year of the date itself is not one.

`window_keys` gives every stored (month, day[, leap]) that can produce an occurrence in a
window, so storage can prefilter clients and call `occurrences` only on those.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from reminders import lunar
from reminders.dates import CalendarKind, DateSpec
from reminders.formatting import DAY_NAMES, MONTH_NAMES, chinese

LUNAR_DAY30 = "lunar_day30_short_month"
LEAP_ABSENT = "leap_month_absent"
FEB29 = "feb29_common_year"

#: Milestone birthdays counted by nominal age (虚岁) when the family counts that way.
NOMINAL_MILESTONE_FROM = 60


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One day on which a yearly (or one-off) date is kept.

    `rules` names the adjustments applied (usually none, at most two; `rule` is the first);
    `age` is the number of completed years when the original year is known, `nominal_age`
    the 虚岁 (lunar years touched, counting the first as 1). `month` is the (lunar or
    Gregorian) month the occurrence falls in.
    """

    date: date
    lunar: bool
    rules: tuple[str, ...] = ()
    lunar_year: int | None = None
    age: int | None = None
    nominal_age: int | None = None
    month: int = 0

    @property
    def rule(self) -> str | None:
        """The main adjustment applied, or None."""
        return self.rules[0] if self.rules else None

    def note(self, lang: str = "zh") -> str | None:
        """A short sentence explaining the adjustment ("今年在二十九日过"), or None if there was none."""
        if not self.rules:
            return None
        english = lang.startswith("en")
        parts = [_rule_note(rule, self, english) for rule in self.rules]
        return "; ".join(parts) if english else chinese("，".join(parts), lang)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _rule_note(rule: str, occ: Occurrence, english: bool) -> str:
    if rule == LUNAR_DAY30:
        day = lunar.to_lunar(occ.date).day
        return (
            f"celebrated on the {ordinal(day)} this year"
            if english
            else f"今年在{DAY_NAMES[day].replace('廿', '二十')}日过"
        )
    if rule == LEAP_ABSENT:
        if english:
            return f"no leap {ordinal(occ.month)} month this year, kept in the ordinary one"
        name = MONTH_NAMES[occ.month]
        return f"今年没有闰{name}月，在{name}月过"
    return "celebrated on 28 February this year" if english else "今年在2月28日过"


def milestone(age: int | None, nominal_age: int | None, counts_nominal: bool) -> int | None:
    """The milestone birthday (整寿/大寿) this is, or None.

    Every 10th birthday from 30 up by real age; when the family counts by 虚岁, the ones
    from 60 up (60, 70, 80, 90, 100 ...) are counted by nominal age instead.
    """
    if counts_nominal and nominal_age is not None and nominal_age >= NOMINAL_MILESTONE_FROM:
        return nominal_age if nominal_age % 10 == 0 else None
    if age is None or age < 30 or age % 10:
        return None
    if counts_nominal and age >= NOMINAL_MILESTONE_FROM:
        return None
    return age


@lru_cache(maxsize=65536)
def resolve_lunar(year: int, month: int, day: int, leap: bool) -> tuple[date, tuple[str, ...]]:
    """The day lunar (month, day, leap) is kept in lunar `year`, and the rules applied."""
    rules: list[str] = []
    if leap and lunar.leap_month(year) != month:
        leap = False
        rules.append(LEAP_ABSENT)
    length = lunar.month_length(year, month, leap)
    if day > length:
        day = length
        rules.append(LUNAR_DAY30)
    return lunar.to_solar(year, month, day, leap), tuple(rules)


def resolve_solar(year: int, month: int, day: int) -> tuple[date, tuple[str, ...]]:
    """The day Gregorian (month, day) is kept in `year`, and the rules applied."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28), (FEB29,)
    return date(year, month, day), ()


def _nominal_age_solar(birth: date, on: date) -> int | None:
    try:
        return lunar.lunar_year_of(on) - lunar.lunar_year_of(birth) + 1
    except lunar.LunarDateError:
        return None


def occurrences(spec: DateSpec, start: date, end: date) -> list[Occurrence]:
    """Every day in start..end (inclusive) on which the yearly date `spec` is kept, in order."""
    found = []
    for occ in yearless_occurrences(spec.calendar, spec.month, spec.day, spec.leap, start, end):
        ages = birth_ages(occ, spec)
        if ages is not None:
            found.append(replace(occ, age=ages[0], nominal_age=ages[1]) if spec.year is not None else occ)
    return found


def yearless_occurrences(
    kind: CalendarKind, month: int, day: int, leap: bool, start: date, end: date
) -> list[Occurrence]:
    """The days in start..end on which (month, day[, leap]) is kept, without ages.

    Clients born on the same day of different years share these; `birth_ages` adds the ages.
    """
    if end < start:
        return []
    if kind is CalendarKind.LUNAR:
        return _lunar_occurrences(month, day, leap, start, end)
    found = []
    for year in range(start.year, end.year + 1):
        on, rules = resolve_solar(year, month, day)
        if start <= on <= end:
            found.append(Occurrence(on, False, rules, None, None, None, month))
    return found


def birth_ages(occ: Occurrence, spec: DateSpec) -> tuple[int | None, int | None] | None:
    """(age, nominal age) at a year-less occurrence of `spec`; None if it falls in or before the
    date's own year (the first anniversary is the first occurrence). Without a year: (None, None).
    Raises ValueError for a Gregorian date that never existed (29 February of a common year).
    """
    if spec.year is None:
        return None, None
    if occ.lunar:
        assert occ.lunar_year is not None
        age = occ.lunar_year - spec.year
        return (age, age + 1) if age > 0 else None
    age = occ.date.year - spec.year
    if age <= 0:
        return None
    return age, _nominal_age_solar(date(spec.year, spec.month, spec.day), occ.date)


def _lunar_occurrences(month: int, day: int, leap: bool, start: date, end: date) -> list[Occurrence]:
    found: list[Occurrence] = []
    first_day, last_day = _lunar_range()
    start, end = max(start, first_day), min(end, last_day)
    if end < start:
        return found
    first, last = lunar.to_lunar(start).year, lunar.to_lunar(end).year
    for year in range(first, last + 1):
        on, rules = resolve_lunar(year, month, day, leap)
        if start <= on <= end:
            found.append(Occurrence(on, True, rules, year, None, None, month))
    return found


@lru_cache(maxsize=1)
def _lunar_range() -> tuple[date, date]:
    """The first and last Gregorian days the lunar tables cover."""
    return lunar.lunar_new_year(lunar.MIN_YEAR), lunar.lunar_year_end(lunar.MAX_YEAR)


def spec_date(spec: DateSpec) -> date:
    """The Gregorian day of a DateSpec that has a year (a one-off date, or a date of birth)."""
    if spec.year is None:
        raise ValueError(f"{spec} has no year, so it names no single day")
    if spec.is_lunar:
        return lunar.to_solar(spec.year, spec.month, spec.day, spec.leap)
    return date(spec.year, spec.month, spec.day)


def one_off_occurrence(spec: DateSpec, start: date, end: date) -> Occurrence | None:
    """The occurrence of a one-off (not yearly) date if its own day is in start..end, else None."""
    day = spec_date(spec)
    if not start <= day <= end:
        return None
    return Occurrence(day, spec.is_lunar, (), spec.year if spec.is_lunar else None, None, None, spec.month)


@dataclass(frozen=True, slots=True)
class WindowKeys:
    """Stored date keys that can produce an occurrence in a window (a superset, never missing one).

    `solar` holds Gregorian (month, day) pairs, `lunar` holds lunar (month, day, leap) triples.
    """

    solar: frozenset[tuple[int, int]]
    lunar: frozenset[tuple[int, int, bool]]

    def matches(self, spec: DateSpec) -> bool:
        """True if `spec` may occur in the window (then call `occurrences` to be sure)."""
        if spec.is_lunar:
            return (spec.month, spec.day, spec.leap) in self.lunar
        return (spec.month, spec.day) in self.solar


def window_keys(start: date, end: date) -> WindowKeys:
    """Every key whose date can fall in start..end, including the adjustment rules' cases."""
    solar: set[tuple[int, int]] = set()
    lunar_keys: set[tuple[int, int, bool]] = set()
    first_day, last_day = _lunar_range()
    day = start
    while day <= end:
        solar.add((day.month, day.day))
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            solar.add((2, 29))
        if first_day <= day <= last_day:
            lunar_keys.update(_lunar_keys(day))
        day += timedelta(days=1)
    return WindowKeys(frozenset(solar), frozenset(lunar_keys))


@lru_cache(maxsize=4096)
def _lunar_keys(day: date) -> tuple[tuple[int, int, bool], ...]:
    ld = lunar.to_lunar(day)
    days = {ld.day}
    if ld.day == 29 and lunar.month_length(ld.year, ld.month, ld.leap) == 29:
        days.add(30)
    leaps = {ld.leap}
    if not ld.leap and lunar.leap_month(ld.year) != ld.month:
        leaps.add(True)
    return tuple((ld.month, d, leap) for d in days for leap in leaps)
