"""Reading dates as people write them, and the canonical text form."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reminders import lunar
from reminders.dates import CalendarKind, DateSpec
from reminders.formatting import format_spec
from reminders.parsing import DateSpecError, parse_date_spec, spec_to_text, validate_date_spec

S, L = CalendarKind.SOLAR, CalendarKind.LUNAR


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("1985-03-12", DateSpec(S, 3, 12, 1985)),
        ("1985/3/12", DateSpec(S, 3, 12, 1985)),
        ("1985.3.12", DateSpec(S, 3, 12, 1985)),
        ("03-12", DateSpec(S, 3, 12)),
        ("--03-12", DateSpec(S, 3, 12)),
        ("3/12", DateSpec(S, 3, 12)),
        ("1985年3月12日", DateSpec(S, 3, 12, 1985)),
        ("3月12日", DateSpec(S, 3, 12)),
        ("3月12号", DateSpec(S, 3, 12)),
        ("公历1985年3月12日", DateSpec(S, 3, 12, 1985)),
        (" ２０２０年２月２９日 ", DateSpec(S, 2, 29, 2020)),
        ("02-29", DateSpec(S, 2, 29)),
        ("农历1990-04-08", DateSpec(L, 4, 8, 1990)),
        ("农历2020-闰04-08", DateSpec(L, 4, 8, 2020, leap=True)),
        ("农历八月十五", DateSpec(L, 8, 15)),
        ("农历闰四月初八", DateSpec(L, 4, 8, leap=True)),
        ("农历1990年四月初八", DateSpec(L, 4, 8, 1990)),
        ("农历腊月三十", DateSpec(L, 12, 30)),
        ("农历正月初一", DateSpec(L, 1, 1)),
        ("农历冬月廿九", DateSpec(L, 11, 29)),
        ("农历十一月二十", DateSpec(L, 11, 20)),
        ("农历十月初十", DateSpec(L, 10, 10)),
        ("农历十二月廿三", DateSpec(L, 12, 23)),
        ("农历2020年闰4月8日", DateSpec(L, 4, 8, 2020, leap=True)),
        ("阴历八月十五", DateSpec(L, 8, 15)),
        ("阴历1990-04-08", DateSpec(L, 4, 8, 1990)),
        ("農曆臘月初八", DateSpec(L, 12, 8)),
        ("lunar:1990-04-08", DateSpec(L, 4, 8, 1990)),
        ("lunar:2020-L04-08", DateSpec(L, 4, 8, 2020, leap=True)),
        ("lunar:--08-15", DateSpec(L, 8, 15)),
        ("Lunar: --L04-08", DateSpec(L, 4, 8, leap=True)),
    ],
)
def test_accepted_forms(text: str, spec: DateSpec) -> None:
    assert parse_date_spec(text) == spec


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023-02-29", "not a leap year"),
        ("1900-02-29", "not a leap year"),
        ("04-31", "30 days"),
        ("13/1", "month 13"),
        ("0/5", "month 0"),
        ("3/0", "not 0"),
        ("hello", "not a date form"),
        ("", "empty"),
        ("1990-L04-08", "only in the lunar calendar"),
        ("lunar:1990-L04-08", "no leap month 4 (its leap month is 5)"),
        ("农历2024年闰四月初一", "it has no leap month"),
        ("农历2024年腊月三十", "only 29 days"),
        ("lunar:--08-31", "29 or 30 days"),
        ("农历十三月初一", "not a date form"),
        ("lunar:1800-01-01", "outside"),
    ],
)
def test_rejected_forms(text: str, reason: str) -> None:
    with pytest.raises(DateSpecError) as info:
        parse_date_spec(text)
    message = str(info.value)
    assert reason in message
    assert repr(text) in message
    assert "Accepted forms" in message and "lunar:--08-15" in message


def test_date_spec_error_is_a_value_error() -> None:
    assert issubclass(DateSpecError, ValueError)


def test_no_year_accepts_any_lunar_day_up_to_30() -> None:
    validate_date_spec(DateSpec(L, 12, 30, leap=True))
    validate_date_spec(DateSpec(S, 2, 29))


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        (DateSpec(S, 3, 12, 1985), "1985-03-12"),
        (DateSpec(S, 3, 12), "--03-12"),
        (DateSpec(L, 4, 8, 1990), "lunar:1990-04-08"),
        (DateSpec(L, 4, 8, 2020, True), "lunar:2020-L04-08"),
        (DateSpec(L, 8, 15), "lunar:--08-15"),
    ],
)
def test_spec_to_text(spec: DateSpec, text: str) -> None:
    assert spec_to_text(spec) == text


def test_format_spec() -> None:
    assert format_spec(DateSpec(S, 3, 12, 1985)) == "1985-03-12"
    assert format_spec(DateSpec(S, 3, 12)) == "03-12"
    assert format_spec(DateSpec(L, 8, 15, 1990)) == "农历1990年八月十五"
    assert format_spec(DateSpec(L, 4, 8, leap=True)) == "农历闰四月初八"
    assert format_spec(DateSpec(L, 4, 8, leap=True), "en") == "lunar leap 4/8"


@st.composite
def date_specs(draw: st.DrawFn) -> DateSpec:
    """Any valid DateSpec, in either calendar, with or without a year."""
    if draw(st.booleans()):
        d = draw(st.dates())
        return DateSpec(S, d.month, d.day, d.year if draw(st.booleans()) else None)
    if draw(st.booleans()):
        return DateSpec(L, draw(st.integers(1, 12)), draw(st.integers(1, 30)), None, draw(st.booleans()))
    year = draw(st.integers(lunar.MIN_YEAR, lunar.MAX_YEAR))
    info = draw(st.sampled_from(lunar.year_months(year)))
    return DateSpec(L, info.month, draw(st.integers(1, info.days)), year, info.leap)


@settings(max_examples=300, deadline=None)
@given(date_specs())
def test_canonical_text_round_trips(spec: DateSpec) -> None:
    assert parse_date_spec(spec_to_text(spec)) == spec


@settings(max_examples=200, deadline=None)
@given(date_specs())
def test_displayed_text_round_trips(spec: DateSpec) -> None:
    """What the notebook shows ("03-12", "农历闰四月初八") can be typed back in."""
    assert parse_date_spec(format_spec(spec)) == spec


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_parser_never_crashes(text: str) -> None:
    try:
        spec = parse_date_spec(text)
    except DateSpecError:
        return
    validate_date_spec(spec)


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("2月30日", "no_such_day", (2, 29, 30)),
        ("2023-02-29", "not_leap_year", (2023,)),
        ("农历1990-闰04-08", "no_leap_month", (1990, 4, 5)),
        ("1990-13-01", "month_range", (13,)),
        ("1990-闰03-01", "solar_leap", ()),
        ("农历1850年四月初八", "lunar_year_range", (1850, 1900, 2100)),
        ("hello", "", ()),  # unreadable: no day to speak of
    ],
)
def test_a_day_that_does_not_exist_names_its_problem(text: str, code: str, params: tuple) -> None:
    """The code and values let the interface word the problem in its own language."""
    with pytest.raises(DateSpecError) as raised:
        parse_date_spec(text)
    assert (raised.value.code, raised.value.params) == (code, params)
