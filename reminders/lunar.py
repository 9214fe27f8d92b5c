"""The Chinese lunar calendar (农历): conversions, month lengths, leap months, solar terms.

This is the only module that imports `lunar_python` (6tail's lunar-python). It
turns each lunar year into a small table of months once (cached), and answers
every other question with plain date arithmetic on that table, so converting
the same lunar date for thousands of clients costs one table lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

#: Lunar years this module answers for (the library goes further; the book does not need to).
MIN_YEAR = 1900
MAX_YEAR = 2100

#: Offset between a proleptic Gregorian ordinal and lunar-python's (noon) Julian day number.
_JD_OFFSET = 1721425

#: The solar terms the book uses, with their index in lunar-python's table of a lunar year.
#: In the table of lunar year Y, "清明" falls in April of Gregorian year Y and "DONG_ZHI"
#: is the winter solstice in December of Gregorian year Y.
_TERM_INDEX = {"清明": 8, "冬至": 25}


class LunarDateError(ValueError):
    """A lunar date that does not exist (wrong month, no such leap month, day 30 of a short month)."""


@dataclass(frozen=True, slots=True)
class LunarDay:
    """A day of the lunar calendar: lunar year, month (1-12), day (1-30), leap month flag."""

    year: int
    month: int
    day: int
    leap: bool = False


@dataclass(frozen=True, slots=True)
class LunarMonthInfo:
    """One month of a lunar year: its number, leap flag, first Gregorian day and length."""

    month: int
    leap: bool
    first: date
    days: int


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise LunarDateError(f"lunar year {year} is outside the supported range {MIN_YEAR}-{MAX_YEAR}")


@cache
def year_months(year: int) -> tuple[LunarMonthInfo, ...]:
    """The months of lunar year `year` in order (a leap month follows its ordinary month)."""
    _check_year(year)
    months = []
    from lunar_python import LunarYear  # imported on first use: the window paints without it

    for m in LunarYear(year).getMonthsInYear():
        first = date.fromordinal(int(m.getFirstJulianDay()) - _JD_OFFSET)
        months.append(LunarMonthInfo(abs(m.getMonth()), m.getMonth() < 0, first, m.getDayCount()))
    return tuple(months)


@cache
def _month_index(year: int) -> dict[tuple[int, bool], LunarMonthInfo]:
    return {(m.month, m.leap): m for m in year_months(year)}


def _month(year: int, month: int, leap: bool) -> LunarMonthInfo:
    info = _month_index(year).get((month, leap))
    if info is None:
        what = f"leap month {month}" if leap else f"month {month}"
        raise LunarDateError(f"lunar year {year} has no {what}")
    return info


def leap_month(year: int) -> int:
    """The leap month (闰月) of lunar year `year`, or 0 if it has none."""
    for m in year_months(year):
        if m.leap:
            return m.month
    return 0


def month_length(year: int, month: int, leap: bool = False) -> int:
    """Days (29 or 30) in the given month of lunar year `year`."""
    return _month(year, month, leap).days


def lunar_new_year(year: int) -> date:
    """The Gregorian date of Spring Festival (正月初一) of lunar year `year`."""
    return year_months(year)[0].first


def lunar_year_end(year: int) -> date:
    """The last day of lunar year `year` (除夕): the day before the next Spring Festival."""
    last = year_months(year)[-1]
    return last.first + timedelta(days=last.days - 1)


@lru_cache(maxsize=65536)
def to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The Gregorian date of a lunar date; raises LunarDateError if that day does not exist."""
    info = _month(year, month, leap)
    if not 1 <= day <= info.days:
        raise LunarDateError(f"lunar {year}/{'L' if leap else ''}{month} has {info.days} days, not {day}")
    return info.first + timedelta(days=day - 1)


@lru_cache(maxsize=65536)
def to_lunar(d: date) -> LunarDay:
    """The lunar date of a Gregorian day."""
    if not lunar_new_year(MIN_YEAR) <= d <= lunar_year_end(MAX_YEAR):
        raise LunarDateError(f"{d.isoformat()} is outside the supported lunar years {MIN_YEAR}-{MAX_YEAR}")
    year = d.year - 1 if d.year > MAX_YEAR or d < lunar_new_year(d.year) else d.year
    for m in reversed(year_months(year)):
        if m.first <= d:
            return LunarDay(year, m.month, (d - m.first).days + 1, m.leap)
    raise AssertionError("unreachable: a lunar year starts with its first month")  # pragma: no cover


def lunar_year_of(d: date) -> int:
    """The lunar year `d` falls in. Spring Festival is always between 21 January and 20 February,
    so only days in that stretch need the (costly, once per year) calendar computation."""
    if (d.month, d.day) >= (2, 21):
        return d.year
    if (d.month, d.day) < (1, 21):
        return d.year - 1
    return to_lunar(d).year


@cache
def solar_term(year: int, name: str) -> date:
    """The Gregorian date (Beijing time) of solar term `name` (清明 or 冬至) in Gregorian `year`."""
    if name not in _TERM_INDEX:
        raise ValueError(f"unknown solar term {name!r}: use one of {', '.join(_TERM_INDEX)}")
    _check_year(year)
    from lunar_python import LunarYear, Solar

    jd = LunarYear(year).getJieQiJulianDays()[_TERM_INDEX[name]]
    solar = Solar.fromJulianDay(jd)
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def _library_to_lunar(d: date) -> LunarDay:
    """Ask lunar-python directly (used by the tests to cross-check the table)."""
    from lunar_python import Solar

    lunar = Solar.fromYmd(d.year, d.month, d.day).getLunar()
    return LunarDay(lunar.getYear(), abs(lunar.getMonth()), lunar.getDay(), lunar.getMonth() < 0)


def _library_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """Ask lunar-python directly (used by the tests to cross-check the table)."""
    from lunar_python import Lunar

    solar = Lunar.fromYmd(year, -month if leap else month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())
