"""The lunar calendar against published tables, and round trips over 1901-2099."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reminders import lunar
from reminders.formatting import format_lunar
from reminders.lunar import LunarDateError, LunarDay

# Spring Festival (正月初一), from the Hong Kong Observatory / Purple Mountain Observatory tables.
SPRING_FESTIVAL = {
    1901: date(1901, 2, 19),
    1950: date(1950, 2, 17),
    1980: date(1980, 2, 16),
    2000: date(2000, 2, 5),
    2020: date(2020, 1, 25),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2033: date(2033, 1, 31),
    2050: date(2050, 1, 23),
}

MID_AUTUMN = {
    2000: date(2000, 9, 12),
    2010: date(2010, 9, 22),
    2020: date(2020, 10, 1),
    2023: date(2023, 9, 29),
    2024: date(2024, 9, 17),
    2025: date(2025, 10, 6),
    2026: date(2026, 9, 25),
}

# 2033 is the famous "2033 problem": the accepted answer is a leap 11th month (闰十一月).
LEAP_MONTHS = {2020: 4, 2023: 2, 2025: 6, 2033: 11, 2017: 6, 2028: 5, 2024: 0, 2026: 0}


@pytest.mark.parametrize(("year", "expected"), SPRING_FESTIVAL.items())
def test_spring_festival(year: int, expected: date) -> None:
    assert lunar.lunar_new_year(year) == expected
    assert lunar.to_solar(year, 1, 1) == expected
    assert lunar.to_lunar(expected) == LunarDay(year, 1, 1, False)


@pytest.mark.parametrize(("year", "expected"), MID_AUTUMN.items())
def test_mid_autumn(year: int, expected: date) -> None:
    assert lunar.to_solar(year, 8, 15) == expected


@pytest.mark.parametrize(("year", "month"), LEAP_MONTHS.items())
def test_leap_months(year: int, month: int) -> None:
    assert lunar.leap_month(year) == month


def test_leap_month_dates() -> None:
    # 2020 闰四月初一 = 2020-05-23; 2023 闰二月初一 = 2023-03-22; 2025 闰六月初一 = 2025-07-25.
    assert lunar.to_solar(2020, 4, 1, leap=True) == date(2020, 5, 23)
    assert lunar.to_solar(2023, 2, 1, leap=True) == date(2023, 3, 22)
    assert lunar.to_solar(2025, 6, 1, leap=True) == date(2025, 7, 25)
    assert lunar.to_lunar(date(2025, 7, 25)) == LunarDay(2025, 6, 1, True)


def test_month_lengths_and_year_end() -> None:
    # 2024's 12th month has 29 days (除夕 2025-01-28 is 腊月廿九); so has 2025's (除夕 2026-02-16).
    assert lunar.month_length(2024, 12) == 29
    assert lunar.lunar_year_end(2024) == date(2025, 1, 28)
    assert lunar.to_lunar(date(2025, 1, 28)) == LunarDay(2024, 12, 29, False)
    assert lunar.lunar_year_end(2025) == date(2026, 2, 16)
    assert lunar.lunar_year_end(2022) == date(2023, 1, 21)
    assert lunar.to_lunar(date(2023, 1, 21)) == LunarDay(2022, 12, 30, False)
    assert {lunar.month_length(2023, m) for m in range(1, 13)} <= {29, 30}


def test_range_edges() -> None:
    assert lunar.to_lunar(date(1900, 1, 31)) == LunarDay(1900, 1, 1, False)
    assert lunar.to_lunar(date(2100, 12, 31)).year == 2100
    assert lunar.to_lunar(date(2101, 1, 28)) == LunarDay(2100, 12, lunar.month_length(2100, 12), False)
    with pytest.raises(LunarDateError):
        lunar.to_lunar(date(1900, 1, 30))
    with pytest.raises(LunarDateError):
        lunar.to_lunar(date(2101, 6, 1))


def test_missing_days_raise() -> None:
    with pytest.raises(LunarDateError):
        lunar.to_solar(2024, 12, 30)
    with pytest.raises(LunarDateError):
        lunar.to_solar(2024, 4, 1, leap=True)
    with pytest.raises(LunarDateError):
        lunar.month_length(2026, 3, leap=True)
    with pytest.raises(LunarDateError):
        lunar.to_solar(1800, 1, 1)


@pytest.mark.parametrize(
    ("year", "qingming", "dongzhi"),
    [(2024, date(2024, 4, 4), date(2024, 12, 21)), (2025, date(2025, 4, 4), date(2025, 12, 21)),
     (2026, date(2026, 4, 5), date(2026, 12, 22)), (2019, date(2019, 4, 5), date(2019, 12, 22))],
)  # fmt: skip
def test_solar_terms(year: int, qingming: date, dongzhi: date) -> None:
    assert lunar.solar_term(year, "清明") == qingming
    assert lunar.solar_term(year, "冬至") == dongzhi


def test_unknown_solar_term() -> None:
    with pytest.raises(ValueError, match="unknown solar term"):
        lunar.solar_term(2025, "立春")


def test_table_agrees_with_library_on_sample_days() -> None:
    for ordinal in range(date(1901, 2, 19).toordinal(), date(2100, 12, 31).toordinal(), 1327):
        d = date.fromordinal(ordinal)
        assert lunar.to_lunar(d) == lunar._library_to_lunar(d)


@st.composite
def lunar_days(draw: st.DrawFn) -> LunarDay:
    year = draw(st.integers(1901, 2099))
    months = lunar.year_months(year)
    info = draw(st.sampled_from(months))
    return LunarDay(year, info.month, draw(st.integers(1, info.days)), info.leap)


@settings(max_examples=300, deadline=None)
@given(lunar_days())
def test_lunar_round_trip(day: LunarDay) -> None:
    solar = lunar.to_solar(day.year, day.month, day.day, day.leap)
    assert lunar.to_lunar(solar) == day


@settings(max_examples=40, deadline=None)
@given(lunar_days())
def test_to_solar_agrees_with_library(day: LunarDay) -> None:
    expected = lunar._library_to_solar(day.year, day.month, day.day, day.leap)
    assert lunar.to_solar(day.year, day.month, day.day, day.leap) == expected


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1901, 2, 19), date(2100, 1, 1)))
def test_solar_round_trip(d: date) -> None:
    day = lunar.to_lunar(d)
    assert lunar.to_solar(day.year, day.month, day.day, day.leap) == d


def test_year_has_12_or_13_months_in_order() -> None:
    for year in (1901, 1950, 2020, 2023, 2033, 2099):
        months = lunar.year_months(year)
        assert len(months) == (13 if lunar.leap_month(year) else 12)
        for a, b in itertools.pairwise(months):
            assert (b.first - a.first).days == a.days


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [((8, 15, False), "农历八月十五", "lunar 8/15"), ((4, 8, True), "农历闰四月初八", "lunar leap 4/8"),
     ((1, 1, False), "农历正月初一", "lunar 1/1"), ((12, 30, False), "农历腊月三十", "lunar 12/30"),
     ((11, 20, False), "农历冬月二十", "lunar 11/20"), ((10, 21, False), "农历十月廿一", "lunar 10/21"),
     ((3, 10, False), "农历三月初十", "lunar 3/10"), ((2, 19, False), "农历二月十九", "lunar 2/19")],
)  # fmt: skip
def test_format_lunar(args: tuple[int, int, bool], zh: str, en: str) -> None:
    assert format_lunar(*args) == zh
    assert format_lunar(*args, lang="en") == en


def test_format_lunar_with_year_and_traditional() -> None:
    assert format_lunar(4, 8, True, 2020) == "农历2020年闰四月初八"
    assert format_lunar(12, 30, False, lang="zh_TW") == "農曆臘月三十"


def test_lunar_year_of_agrees_with_the_full_conversion_around_spring_festival() -> None:
    from datetime import date, timedelta

    from reminders.lunar import lunar_year_of, to_lunar

    for year in (1901, 1950, 1985, 2020, 2026, 2033, 2099):
        day = date(year, 1, 15)
        while day <= date(year, 2, 25):
            assert lunar_year_of(day) == to_lunar(day).year, day
            day += timedelta(days=1)
