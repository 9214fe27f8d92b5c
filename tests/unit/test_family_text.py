"""Family members and important dates in one spreadsheet cell: written, read back, and bad lines named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reminders.dates import CalendarKind, DateSpec
from reminders.parsing import DateSpecError, validate_date_spec
from storage.errors import InvalidInput
from storage.family_text import KIND_NAMES, format_dates, format_family, parse_dates, parse_family
from storage.records import FamilyMemberEntry, ImportantDate

LUNAR_LEAP = DateSpec(CalendarKind.LUNAR, 4, 8, 2020, leap=True)


def test_a_family_cell_reads_as_people_write_it() -> None:
    text = "儿子 | 王小明 | 男 | 2009-09-22 | 2027年高考\n母亲｜李秀英｜女｜农历八月十五\n\n妻子"
    assert parse_family(text) == [
        FamilyMemberEntry("儿子", "王小明", "M", DateSpec(CalendarKind.SOLAR, 9, 22, 2009), "2027年高考"),
        FamilyMemberEntry("母亲", "李秀英", "F", DateSpec(CalendarKind.LUNAR, 8, 15)),
        FamilyMemberEntry("妻子"),
    ]


def test_a_dates_cell_knows_the_kinds_and_one_off_dates() -> None:
    text = "合作纪念日 | 2019-09-28\n | 2015-05-01 | 婚礼\n开业 | 2024-03-08 | opening | 一次 | 弟弟 | 送花篮"
    assert parse_dates(text) == [
        ImportantDate("合作纪念日", DateSpec(CalendarKind.SOLAR, 9, 28, 2019)),
        ImportantDate("", DateSpec(CalendarKind.SOLAR, 5, 1, 2015), "wedding"),
        ImportantDate("开业", DateSpec(CalendarKind.SOLAR, 3, 8, 2024), "opening", False, "弟弟", "送花篮"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("儿子 | 小明 | 中", "family line 1: “中” is not 男 or 女"),
        ("妻子\n儿子 | 小明 | 男 | 2月30日", "family line 2:"),
    ],
)
def test_a_bad_family_line_is_named(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_family(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("合作纪念日", "dates line 1: the date is missing"),
        ("生日会 | 2019-01-01 | 派对", "dates line 1: unknown kind “派对”"),
        ("开业 | 2019-01-01 | 开业 | 有时", "write 每年 or 一次"),
    ],
)
def test_a_bad_dates_line_is_named(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_dates(text)


def _valid(spec: DateSpec) -> bool:
    """Only dates the client form accepts (lunar day 30 exists in that year's month, and so on)."""
    try:
        validate_date_spec(spec)
    except DateSpecError:
        return False
    return True


_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="|｜"), max_size=12)
_WORD = _TEXT.map(lambda s: " ".join(s.split()))
_SPEC = st.one_of(
    st.builds(
        DateSpec,
        st.just(CalendarKind.SOLAR),
        st.integers(1, 12),
        st.integers(1, 28),
        st.none() | st.integers(1900, 2100),
    ),
    st.builds(
        DateSpec,
        st.just(CalendarKind.LUNAR),
        st.integers(1, 12),
        st.integers(1, 30),
        st.none() | st.integers(1901, 2099),
    ),
    st.just(LUNAR_LEAP),
).filter(_valid)


@given(
    st.lists(
        st.builds(
            FamilyMemberEntry, _WORD.filter(bool), _WORD, st.sampled_from(["", "M", "F"]), st.none() | _SPEC, _WORD
        ),
        max_size=4,
    )
)
def test_family_round_trip(members: list[FamilyMemberEntry]) -> None:
    assert parse_family(format_family(members)) == members


@given(
    st.lists(
        st.builds(ImportantDate, _WORD, _SPEC, st.sampled_from(sorted(KIND_NAMES)), st.booleans(), _WORD, _WORD),
        max_size=4,
    )
)
def test_dates_round_trip(dates: list[ImportantDate]) -> None:
    assert parse_dates(format_dates(dates)) == dates
