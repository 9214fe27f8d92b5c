"""Yearly occurrences, adjustment rules, ages, milestones and the storage prefilter keys."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reminders import lunar
from reminders.dates import CalendarKind, DateSpec
from reminders.occurrences import (
    FEB29,
    LEAP_ABSENT,
    LUNAR_DAY30,
    milestone,
    occurrences,
    one_off_occurrence,
    spec_date,
    window_keys,
)

S, L = CalendarKind.SOLAR, CalendarKind.LUNAR


def only(spec: DateSpec, start: date, end: date):
    found = occurrences(spec, start, end)
    assert len(found) == 1, found
    return found[0]


def test_plain_gregorian_birthday() -> None:
    occ = only(DateSpec(S, 3, 12, 1985), date(2026, 1, 1), date(2026, 12, 31))
    assert occ.date == date(2026, 3, 12)
    assert (occ.lunar, occ.rule, occ.age, occ.lunar_year) == (False, None, 41, None)
    assert occ.nominal_age == 42  # born lunar 1985, 12 March 2026 is in lunar 2026
    assert occ.note() is None


def test_nominal_age_of_a_gregorian_birthday_before_spring_festival() -> None:
    # Born 1990-01-15 (lunar 1989); on 2026-01-15 it is still lunar 2025: 虚岁 37, real age 36.
    occ = only(DateSpec(S, 1, 15, 1990), date(2026, 1, 1), date(2026, 1, 31))
    assert (occ.age, occ.nominal_age) == (36, 37)


def test_lunar_birthday_with_ages() -> None:
    occ = only(DateSpec(L, 8, 15, 1974), date(2026, 1, 1), date(2026, 12, 31))
    assert occ.date == date(2026, 9, 25)
    assert (occ.lunar, occ.lunar_year, occ.age, occ.nominal_age) == (True, 2026, 52, 53)


def test_lunar_day30_in_a_short_month() -> None:
    # Lunar 1990's 2nd month had 30 days; 2025's has 29, so 二月三十 is kept on 二月廿九.
    assert lunar.month_length(1990, 2) == 30 and lunar.month_length(2025, 2) == 29
    spec = DateSpec(L, 2, 30, 1990)
    occ = only(spec, date(2025, 1, 29), date(2026, 1, 28))
    assert occ.date == lunar.to_solar(2025, 2, 29) == date(2025, 3, 28)
    assert occ.rule == LUNAR_DAY30
    assert occ.note() == "今年在二十九日过"
    assert occ.note("en") == "celebrated on the 29th this year"
    assert occ.note("zh_TW") == "今年在二十九日過"
    # 2024's 2nd month has 30 days: no adjustment.
    assert lunar.month_length(2024, 2) == 30
    assert only(spec, date(2024, 2, 10), date(2025, 1, 28)).rule is None


def test_leap_month_birthday_with_and_without_the_leap_month() -> None:
    occ_2020 = only(DateSpec(L, 4, 8, None, leap=True), date(2020, 1, 25), date(2021, 2, 11))
    assert occ_2020.date == lunar.to_solar(2020, 4, 8, leap=True) == date(2020, 5, 30)
    assert occ_2020.rule is None
    occ_2026 = only(DateSpec(L, 4, 8, None, leap=True), date(2026, 1, 1), date(2026, 12, 31))
    assert occ_2026.date == lunar.to_solar(2026, 4, 8)
    assert occ_2026.rule == LEAP_ABSENT
    assert occ_2026.note() == "今年没有闰四月，在四月过"
    assert "no leap 4th month" in occ_2026.note("en")
    # An ordinary-month birthday stays in the ordinary month even in a year with that leap month.
    assert only(DateSpec(L, 4, 8), date(2020, 1, 1), date(2020, 12, 31)).date == date(2020, 4, 30)
    # Born in 2020's leap 4th month: first birthday (2021) in the ordinary 4th month.
    born = only(DateSpec(L, 4, 8, 2020, leap=True), date(2021, 1, 1), date(2021, 12, 31))
    assert (born.date, born.rule, born.age) == (date(2021, 5, 19), LEAP_ABSENT, 1)


def test_leap_month_day30_can_need_both_rules() -> None:
    # A year-less leap 2nd-month day 30, in 2025 (no leap 2nd month, 2nd month of 29 days).
    spec = DateSpec(L, 2, 30, None, leap=True)
    occ = only(spec, date(2025, 1, 29), date(2026, 1, 28))
    assert occ.rules == (LEAP_ABSENT, LUNAR_DAY30)
    assert occ.date == date(2025, 3, 28)
    assert occ.note() == "今年没有闰二月，在二月过，今年在二十九日过"


def test_feb29_birthday() -> None:
    spec = DateSpec(S, 2, 29, 2000)
    common = only(spec, date(2025, 1, 1), date(2025, 12, 31))
    assert common.date == date(2025, 2, 28) and common.rule == FEB29 and common.age == 25
    assert common.note() == "今年在2月28日过"
    leap = only(spec, date(2024, 1, 1), date(2024, 12, 31))
    assert leap.date == date(2024, 2, 29) and leap.rule is None


def test_year_of_birth_is_not_an_occurrence() -> None:
    assert occurrences(DateSpec(S, 3, 12, 2026), date(2026, 1, 1), date(2026, 12, 31)) == []
    assert occurrences(DateSpec(S, 3, 12, 2027), date(2026, 1, 1), date(2026, 12, 31)) == []
    assert only(DateSpec(S, 3, 12, 2025), date(2026, 1, 1), date(2026, 12, 31)).age == 1
    assert occurrences(DateSpec(L, 8, 15, 2026), date(2026, 1, 1), date(2026, 12, 31)) == []


def test_lunar_winter_date_can_fall_twice_or_never_in_a_gregorian_year() -> None:
    # 腊月初一 falls in late December or in January: some Gregorian years hold two, some none.
    spec = DateSpec(L, 12, 1)
    counts = {y: len(occurrences(spec, date(y, 1, 1), date(y, 12, 31))) for y in range(2000, 2040)}
    assert set(counts.values()) == {0, 1, 2}
    twice = next(y for y, n in counts.items() if n == 2)
    both = occurrences(spec, date(twice, 1, 1), date(twice, 12, 31))
    assert both[0].lunar_year + 1 == both[1].lunar_year


def test_empty_and_reversed_windows() -> None:
    assert occurrences(DateSpec(S, 3, 12), date(2026, 3, 13), date(2026, 3, 11)) == []
    assert occurrences(DateSpec(S, 3, 12), date(2026, 3, 13), date(2027, 3, 11)) == []


def test_one_off() -> None:
    spec = DateSpec(S, 10, 1, 2026)
    assert one_off_occurrence(spec, date(2026, 9, 1), date(2026, 10, 31)).date == date(2026, 10, 1)
    assert one_off_occurrence(spec, date(2027, 9, 1), date(2027, 10, 31)) is None
    lunar_once = one_off_occurrence(DateSpec(L, 8, 15, 2026), date(2026, 9, 1), date(2026, 9, 30))
    assert lunar_once.date == date(2026, 9, 25) and lunar_once.lunar
    with pytest.raises(ValueError, match="no year"):
        one_off_occurrence(DateSpec(S, 10, 1), date(2026, 1, 1), date(2026, 12, 31))
    assert spec_date(DateSpec(L, 1, 1, 2025)) == date(2025, 1, 29)


@pytest.mark.parametrize(
    ("age", "nominal", "counts_nominal", "expected"),
    [
        (30, 31, False, 30), (40, 41, False, 40), (50, 51, True, 50), (60, 61, False, 60),
        (70, 71, False, 70), (100, 101, False, 100), (20, 21, False, None), (10, 11, False, None),
        (45, 46, False, None), (59, 60, True, 60), (60, 61, True, None), (69, 70, True, 70),
        (99, 100, True, 100), (30, 31, True, 30), (49, 50, True, None), (None, None, False, None),
        (None, None, True, None), (0, 1, False, None),
    ],
)  # fmt: skip
def test_milestone(age: int | None, nominal: int | None, counts_nominal: bool, expected: int | None) -> None:
    assert milestone(age, nominal, counts_nominal) == expected


def test_window_keys_include_rule_cases() -> None:
    # 2025 lunar 2nd month has 29 days; its 29th is 2025-03-28.
    keys = window_keys(date(2025, 3, 28), date(2025, 3, 28))
    assert (2, 29, False) in keys.lunar and (2, 30, False) in keys.lunar
    assert (2, 29, True) in keys.lunar and (2, 30, True) in keys.lunar  # no leap 2 in 2025
    assert keys.solar == {(3, 28)}
    # 2025 has a leap 6th month: an ordinary 6th-month day does not carry the leap key.
    assert (6, 1, True) not in window_keys(date(2025, 6, 25), date(2025, 6, 25)).lunar
    assert (6, 1, True) in window_keys(date(2025, 7, 25), date(2025, 7, 25)).lunar
    assert (2, 29) in window_keys(date(2025, 2, 28), date(2025, 2, 28)).solar
    assert (2, 29) not in window_keys(date(2024, 2, 28), date(2024, 2, 28)).solar
    assert window_keys(date(2024, 2, 28), date(2024, 2, 28)).matches(DateSpec(S, 2, 28))


@st.composite
def yearly_specs(draw: st.DrawFn) -> DateSpec:
    year = draw(st.none() | st.integers(1930, 2030))
    if draw(st.booleans()):
        month = draw(st.integers(1, 12))
        day = draw(st.integers(1, 31 if month != 2 else 29))
        day = min(day, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
        if year is not None and (month, day) == (2, 29) and not calendar.isleap(year):
            year = 2000
        return DateSpec(S, month, day, year)
    if year is None:
        return DateSpec(L, draw(st.integers(1, 12)), draw(st.integers(1, 30)), None, draw(st.booleans()))
    info = draw(st.sampled_from(lunar.year_months(year)))
    return DateSpec(L, info.month, draw(st.integers(1, info.days)), year, info.leap)


@settings(max_examples=150, deadline=None)
@given(yearly_specs(), st.dates(date(1990, 1, 1), date(2060, 1, 1)), st.integers(0, 60))
def test_window_keys_never_miss(spec: DateSpec, start: date, days: int) -> None:
    end = start + timedelta(days=days)
    if occurrences(spec, start, end):
        assert window_keys(start, end).matches(spec)


@settings(max_examples=100, deadline=None)
@given(yearly_specs(), st.integers(1950, 2090))
def test_exactly_once_per_year(spec: DateSpec, year: int) -> None:
    if spec.year is not None and year <= spec.year:
        year = spec.year + 1 + year % 50
    if spec.is_lunar:
        start, end = lunar.lunar_new_year(year), lunar.lunar_year_end(year)
    else:
        start, end = date(year, 1, 1), date(year, 12, 31)
    found = occurrences(spec, start, end)
    assert len(found) == 1
    if spec.is_lunar:
        assert found[0].lunar_year == year
        day = lunar.to_lunar(found[0].date)
        assert day.month == spec.month and day.day in (spec.day, spec.day - 1)
    if spec.year is not None:
        assert found[0].age == year - spec.year
