"""The agenda: what is due, in what order, with what words."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from reminders import lunar
from reminders.agenda import (
    ClientDate,
    ClientDates,
    build_agenda,
    full_month_date,
    gaokao_date,
    hundred_days_date,
)
from reminders.dates import CalendarKind, DateSpec
from reminders.festivals import FestivalSetting, default_festival_settings
from reminders.parsing import parse_date_spec
from reminders.tiers import Tier

NO_FESTIVALS: dict[str, FestivalSetting] = {}


def client(cid: int = 1, name: str = "张三", tier: Tier = Tier.FRIEND, **kw: object) -> ClientDates:
    return ClientDates(cid, name, tier, **kw)  # type: ignore[arg-type]


def test_helpers() -> None:
    assert full_month_date(date(2026, 1, 1)) == date(2026, 1, 31)
    assert hundred_days_date(date(2026, 1, 1)) == date(2026, 4, 10)  # day 1 = 1 Jan, day 100 = 10 Apr
    assert gaokao_date(2026) == date(2026, 6, 7)


def test_lunar_birthday_item() -> None:
    c = client(birthday=parse_date_spec("农历1974年八月十五"))
    [item] = build_agenda([c], date(2026, 9, 20), 10, NO_FESTIVALS)
    assert item.date == date(2026, 9, 25)
    assert (item.kind, item.client, item.client_id, item.tier) == ("birthday", "张三", 1, Tier.FRIEND)
    assert item.occasion == "生日"
    assert item.title == "张三 · 生日（52岁） · 2026-09-25 (农历八月十五)"
    assert item.lunar and item.lunar_text == "农历八月十五"
    assert item.key == "birthday:1::2026-09-25"
    assert item.milestone is None and item.rule_note is None
    data = item.to_json_dict()
    assert data["date"] == "2026-09-25" and data["tier"] == "friend" and data["title"] == item.title
    assert data["key"] == item.key and data["lunar"] is True


def test_rule_note_in_title_and_english() -> None:
    c = client(birthday=DateSpec(CalendarKind.LUNAR, 2, 30, 1990))
    [item] = build_agenda([c], date(2025, 3, 20), 14, NO_FESTIVALS)
    assert item.date == date(2025, 3, 28)
    assert item.rule_note == "今年在二十九日过"
    assert item.title.endswith(" · 今年在二十九日过")
    [en] = build_agenda([c], date(2025, 3, 20), 14, NO_FESTIVALS, lang="en")
    assert en.title == "张三 · Birthday (age 35) · 2025-03-28 (lunar 2/29) · celebrated on the 29th this year"


def test_milestones_in_agenda() -> None:
    real = client(birthday=DateSpec(CalendarKind.SOLAR, 3, 12, 1966))
    [item] = build_agenda([real], date(2026, 3, 1), 30, NO_FESTIVALS)
    assert item.milestone == 60 and "60岁 大寿" in item.title
    nominal = client(birthday=DateSpec(CalendarKind.LUNAR, 8, 15, 1967), counts_nominal_age=True)
    [item] = build_agenda([nominal], date(2026, 9, 1), 30, NO_FESTIVALS)
    assert (item.age, item.nominal_age, item.milestone) == (59, 60, 60)
    assert "虚岁60 大寿" in item.title


def test_family_and_custom_dates() -> None:
    c = client(
        dates=(
            ClientDate("birthday", "", DateSpec(CalendarKind.SOLAR, 9, 20, 2018), True, "儿子 小明"),
            ClientDate("custom", "合作纪念日", DateSpec(CalendarKind.SOLAR, 9, 22, 2020), True),
            ClientDate("wedding", "", DateSpec(CalendarKind.SOLAR, 9, 26, 2026), False, "女儿 小红"),
            ClientDate("wedding", "", DateSpec(CalendarKind.SOLAR, 9, 26, 2027), False, "侄子"),
            ClientDate("full_month", "", DateSpec(CalendarKind.SOLAR, 9, 27, 2026), False, "孙子"),
        )
    )
    items = build_agenda([c], date(2026, 9, 20), 10, NO_FESTIVALS)
    assert [(i.kind, i.occasion, i.person) for i in items] == [
        ("family", "生日", "儿子 小明"),
        ("custom", "合作纪念日", ""),
        ("family", "婚礼", "女儿 小红"),
        ("family", "满月", "孙子"),
    ]
    assert items[0].title == "张三 · 儿子 小明 生日（8岁） · 2026-09-20"
    assert items[1].title == "张三 · 合作纪念日（6周年） · 2026-09-22"
    assert len({i.key for i in items}) == 4


def test_festival_items_respect_tiers_settings_and_audience() -> None:
    clients = [
        client(1, "甲", Tier.CONFIDANT, gender="F"),
        client(2, "乙", Tier.ACQUAINTANCE, is_teacher=True),
        client(3, "丙", Tier.PASSERBY, gender="F"),
    ]
    fs = default_festival_settings()
    items = build_agenda(clients, date(2026, 9, 25), 1, fs)
    assert [(i.client, i.occasion, i.kind) for i in items] == [
        ("甲", "中秋节", "festival"),
        ("乙", "中秋节", "festival"),
    ]
    assert items[0].key == "festival:1:mid_autumn:2026-09-25"
    assert items[0].title == "甲 · 中秋节 · 2026-09-25 (农历八月十五)"
    # Teachers' Day is off by default; switched on, it reaches only the teacher.
    fs["teachers_day"] = FestivalSetting(True, frozenset(Tier))
    assert [i.client for i in build_agenda(clients, date(2026, 9, 10), 1, fs)] == ["乙"]
    fs["womens_day"] = FestivalSetting(True, frozenset(Tier))
    assert [i.client for i in build_agenda(clients, date(2026, 3, 8), 1, fs)] == ["甲", "丙"]
    fs["qingming"] = FestivalSetting(True, frozenset(Tier))
    [item, *_] = build_agenda(clients, date(2026, 4, 5), 1, fs)
    assert item.greeting is False and "缅怀" in item.title


def test_order_date_then_tier_then_name() -> None:
    bday = DateSpec(CalendarKind.SOLAR, 9, 25)
    clients = [
        client(1, "王五", Tier.ACQUAINTANCE, birthday=bday),
        client(2, "李四", Tier.CONFIDANT, birthday=DateSpec(CalendarKind.SOLAR, 9, 26)),
        client(3, "赵六", Tier.CONFIDANT),
        client(4, "陈七", Tier.ACQUAINTANCE),
        client(5, "A", Tier.FRIEND, birthday=bday),
    ]
    items = build_agenda(clients, date(2026, 9, 24), 3, default_festival_settings())
    got = [(i.date.day, i.tier, i.client) for i in items]
    assert got == sorted(got, key=lambda g: (g[0], -g[1], g[2]))
    # Names compare by code point: 李 < 赵, 王 < 陈.
    assert [i.client for i in items if i.date.day == 25] == ["李四", "赵六", "A", "A", "王五", "王五", "陈七"]
    presorted = sorted(clients, key=lambda c: (-c.tier, c.name))
    again = build_agenda(presorted, date(2026, 9, 24), 3, default_festival_settings(), presorted=True)
    assert [i.key for i in again] == [i.key for i in items]


def test_empty_window() -> None:
    assert build_agenda([client(birthday=DateSpec(CalendarKind.SOLAR, 1, 1))], date(2026, 1, 1), 0, {}) == []


def test_english_festival_and_traditional() -> None:
    items = build_agenda([client()], date(2026, 9, 25), 1, default_festival_settings(), lang="en")
    assert items[0].occasion == "Mid-Autumn Festival"
    assert items[0].title == "张三 · Mid-Autumn Festival · 2026-09-25 (lunar 8/15)"
    tw = build_agenda([client()], date(2026, 9, 25), 1, default_festival_settings(), lang="zh_TW")
    assert tw[0].title == "张三 · 中秋節 · 2026-09-25 (農曆八月十五)"


@st.composite
def yearly_dates(draw: st.DrawFn) -> DateSpec:
    if draw(st.booleans()):
        d = draw(st.dates(date(1950, 1, 1), date(2010, 12, 31)))
        return DateSpec(CalendarKind.SOLAR, d.month, d.day, d.year if draw(st.booleans()) else None)
    return DateSpec(CalendarKind.LUNAR, draw(st.integers(1, 12)), draw(st.integers(1, 30)), None, draw(st.booleans()))


@settings(max_examples=40, deadline=None)
@given(st.lists(yearly_dates(), min_size=1, max_size=5), st.integers(2000, 2080), st.integers(1, 60))
def test_windows_tiling_a_year_list_each_occasion_once(specs: list[DateSpec], year: int, width: int) -> None:
    clients = [client(i, f"c{i}", birthday=spec) for i, spec in enumerate(specs)]
    fs = default_festival_settings()
    start, end = date(year, 1, 1), date(year, 12, 31)
    whole = build_agenda(clients, start, (end - start).days + 1, fs)
    tiled = []
    day = start
    while day <= end:
        days = min(width, (end - day).days + 1)
        tiled.extend(build_agenda(clients, day, days, fs))
        day += timedelta(days=days)
    assert [i.key for i in tiled] == [i.key for i in whole]
    assert len({i.key for i in whole}) == len(whole)
    for i, spec in enumerate(specs):
        mine = [item for item in whole if item.kind == "birthday" and item.client_id == i]
        if not spec.is_lunar and (spec.year is None or spec.year < year):
            assert len(mine) == 1
        if spec.is_lunar:  # once per lunar year: one or two in a Gregorian year, never more
            assert len(mine) <= 2
            assert len({lunar.to_lunar(item.date).year for item in mine}) == len(mine)


def test_english_anniversaries_have_proper_ordinals() -> None:
    from reminders.occurrences import ordinal

    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"
    ]  # fmt: skip


def _one_day_order(clients: list[ClientDates], day: date, festivals: dict[str, FestivalSetting]) -> list[tuple]:
    return [(item.client, item.kind, item.occasion) for item in build_agenda(clients, day, 1, festivals)]


def test_a_festival_day_keeps_client_order_with_own_dates_first() -> None:
    """Own dates are merged into the festival's long run client by client, not put before or after it."""
    everyone = {"mid_autumn": FestivalSetting(True, frozenset(Tier))}
    born_on_the_day = {"birthday": DateSpec(CalendarKind.LUNAR, 8, 15, 1980)}
    clients = [
        client(1, "Ann", Tier.CONFIDANT),
        client(2, "Bo", Tier.FRIEND, **born_on_the_day),
        client(3, "Cy", Tier.FRIEND),
        client(4, "Dee", Tier.FRIEND, **born_on_the_day),
        client(5, "Eve", Tier.PASSERBY, **born_on_the_day),
        client(6, "Al", Tier.ACQUAINTANCE),
    ]
    order = _one_day_order(clients, date(2026, 9, 25), everyone)
    assert order == [
        ("Ann", "festival", "中秋节"),
        ("Bo", "birthday", "生日"),
        ("Bo", "festival", "中秋节"),
        ("Cy", "festival", "中秋节"),
        ("Dee", "birthday", "生日"),
        ("Dee", "festival", "中秋节"),
        ("Al", "festival", "中秋节"),
        ("Eve", "birthday", "生日"),
        ("Eve", "festival", "中秋节"),
    ]


def test_two_festivals_on_one_day_follow_each_client_in_festival_order() -> None:
    both = {key: FestivalSetting(True, frozenset({Tier.FRIEND})) for key in ("mid_autumn", "national_day")}
    clients = [client(1, "Bo", Tier.FRIEND), client(2, "Cy", Tier.FRIEND), client(3, "Al", Tier.PASSERBY)]
    order = _one_day_order(clients, date(2020, 10, 1), both)  # 中秋 fell on 国庆 in 2020
    assert order == [
        ("Bo", "festival", "中秋节"),
        ("Bo", "festival", "国庆节"),
        ("Cy", "festival", "中秋节"),
        ("Cy", "festival", "国庆节"),
    ]
