"""Festival dates against published calendars, defaults and stored settings."""

from __future__ import annotations

from datetime import date

import pytest

from reminders.festivals import (
    FESTIVALS,
    FESTIVALS_BY_KEY,
    Audience,
    FestivalSetting,
    default_festival_settings,
    festival_dates,
    festival_days,
    festival_settings_from_json,
    festival_settings_to_json,
)
from reminders.tiers import Tier


def day_of(key: str, year: int, xiaonian: str = "north") -> list[date]:
    return festival_days(FESTIVALS_BY_KEY[key], date(year, 1, 1), date(year, 12, 31), xiaonian)


@pytest.mark.parametrize(
    ("key", "year", "expected"),
    [
        ("spring_festival", 2025, date(2025, 1, 29)),
        ("spring_festival", 2026, date(2026, 2, 17)),
        ("lantern", 2025, date(2025, 2, 12)),
        ("dragon_boat", 2025, date(2025, 5, 31)),
        ("dragon_boat", 2026, date(2026, 6, 19)),
        ("qixi", 2025, date(2025, 8, 29)),
        ("mid_autumn", 2024, date(2024, 9, 17)),
        ("mid_autumn", 2026, date(2026, 9, 25)),
        ("double_ninth", 2025, date(2025, 10, 29)),
        ("laba", 2026, date(2026, 1, 26)),
        ("new_years_eve", 2025, date(2025, 1, 28)),  # 腊月廿九: lunar 2024's 12th month has 29 days
        ("new_years_eve", 2026, date(2026, 2, 16)),
        ("new_years_eve", 2024, date(2024, 2, 9)),  # 腊月三十
        ("qingming", 2025, date(2025, 4, 4)),
        ("qingming", 2026, date(2026, 4, 5)),
        ("winter_solstice", 2025, date(2025, 12, 21)),
        ("winter_solstice", 2026, date(2026, 12, 22)),
        ("new_year", 2026, date(2026, 1, 1)),
        ("womens_day", 2026, date(2026, 3, 8)),
        ("teachers_day", 2026, date(2026, 9, 10)),
        ("national_day", 2026, date(2026, 10, 1)),
        ("christmas", 2026, date(2026, 12, 25)),
        ("mothers_day", 2025, date(2025, 5, 11)),
        ("mothers_day", 2026, date(2026, 5, 10)),
        ("fathers_day", 2025, date(2025, 6, 15)),
        ("fathers_day", 2026, date(2026, 6, 21)),
    ],
)
def test_festival_days(key: str, year: int, expected: date) -> None:
    assert day_of(key, year) == [expected]


def test_xiaonian_north_and_south() -> None:
    assert day_of("xiaonian", 2025) == [date(2025, 1, 22)]  # 腊月廿三
    assert day_of("xiaonian", 2025, "south") == [date(2025, 1, 23)]  # 腊月廿四


def test_new_years_eve_is_the_day_before_spring_festival() -> None:
    for year in range(1950, 2090):
        eve = day_of("new_years_eve", year)
        spring = day_of("spring_festival", year)
        assert len(spring) == 1 and len(eve) <= 1
        assert not eve or eve[0] < spring[0]
    assert festival_days(FESTIVALS_BY_KEY["new_years_eve"], date(2033, 1, 1), date(2033, 2, 28)) == [date(2033, 1, 30)]


def test_festival_dates_sorted_and_complete_over_a_year() -> None:
    found = festival_dates(date(2026, 1, 1), date(2026, 12, 31))
    days = [d for _, d in found]
    assert days == sorted(days)
    assert {f.key for f, _ in found} == {f.key for f in FESTIVALS}
    assert len(found) == len(FESTIVALS)


def test_defaults() -> None:
    settings = default_festival_settings()
    close = frozenset({Tier.ACQUAINTANCE, Tier.FRIEND, Tier.CONFIDANT})
    friends = frozenset({Tier.FRIEND, Tier.CONFIDANT})
    for key in ("spring_festival", "mid_autumn"):
        assert settings[key] == FestivalSetting(True, close)
    on_for_friends = ("new_year", "lantern", "dragon_boat", "double_ninth", "new_years_eve", "national_day",
                      "mothers_day", "fathers_day")  # fmt: skip
    for key in on_for_friends:
        assert settings[key] == FestivalSetting(True, friends), key
    off = ("qixi", "qingming", "winter_solstice", "laba", "xiaonian", "christmas", "womens_day", "labour_day",
           "childrens_day", "teachers_day")  # fmt: skip
    for key in off:
        assert not settings[key].enabled, key
    assert len(settings) == len(FESTIVALS) == 20


def test_audiences_and_remembrance() -> None:
    assert FESTIVALS_BY_KEY["womens_day"].audience is Audience.WOMEN
    assert FESTIVALS_BY_KEY["childrens_day"].audience is Audience.YOUNG_CHILDREN
    assert FESTIVALS_BY_KEY["teachers_day"].audience is Audience.TEACHERS
    assert FESTIVALS_BY_KEY["spring_festival"].audience is Audience.ALL
    assert FESTIVALS_BY_KEY["qingming"].greeting is False
    assert all(f.greeting for f in FESTIVALS if f.key != "qingming")
    assert FESTIVALS_BY_KEY["mid_autumn"].name("en") == "Mid-Autumn Festival"
    assert FESTIVALS_BY_KEY["mid_autumn"].name() == "中秋节"


def test_settings_json_round_trip() -> None:
    settings = default_festival_settings()
    settings["qixi"] = FestivalSetting(True, frozenset({Tier.CONFIDANT}))
    data = festival_settings_to_json(settings)
    assert data["qixi"] == {"enabled": True, "tiers": ["confidant"]}
    assert data["spring_festival"]["tiers"] == ["acquaintance", "friend", "confidant"]
    assert festival_settings_from_json(data) == settings


def test_settings_from_partial_or_bad_json() -> None:
    settings = festival_settings_from_json({"christmas": {"enabled": True}, "unknown": {}, "qixi": "junk"})
    assert settings["christmas"] == FestivalSetting(True, frozenset({Tier.FRIEND, Tier.CONFIDANT}))
    assert "unknown" not in settings
    assert settings["qixi"] == default_festival_settings()["qixi"]
    assert festival_settings_from_json(None) == default_festival_settings()
