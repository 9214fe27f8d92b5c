"""The festivals the notebook knows, declared as data, and which are on for which tiers.

Each `Festival` says how its day is found (a fixed lunar date, the last day of the lunar
year, a solar term, a fixed Gregorian date, or the nth weekday of a month), whether it is
on by default and for which tiers, and which clients it concerns (everyone, women,
clients with young children, teachers). 清明 is a day of remembrance, not of greetings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from dateutil.rrule import YEARLY, rrule, weekdays

from reminders import lunar
from reminders.tiers import Tier


class RuleKind(StrEnum):
    LUNAR = "lunar"  # a fixed lunar month/day
    LUNAR_YEAR_END = "lunar_year_end"  # the last day of the 12th lunar month (29th or 30th)
    SOLAR_TERM = "solar_term"  # 清明, 冬至
    GREGORIAN = "gregorian"  # a fixed Gregorian month/day
    NTH_WEEKDAY = "nth_weekday"  # e.g. the 2nd Sunday of May


class Audience(StrEnum):
    ALL = "all"
    WOMEN = "women"
    YOUNG_CHILDREN = "young_children"
    TEACHERS = "teachers"


ALL_CLOSE = frozenset({Tier.ACQUAINTANCE, Tier.FRIEND, Tier.CONFIDANT})
FRIENDS = frozenset({Tier.FRIEND, Tier.CONFIDANT})


@dataclass(frozen=True, slots=True)
class Festival:
    """One festival: its names, how its day is found, its defaults and its audience.

    `south_day` is the lunar day used instead of `day` when 小年 is kept the southern way.
    `weekday` (0 = Monday) and `nth` describe a floating Gregorian day.
    """

    key: str
    chinese: str
    english: str
    kind: RuleKind
    month: int = 0
    day: int = 0
    term: str = ""
    weekday: int = 6
    nth: int = 0
    south_day: int | None = None
    default_enabled: bool = False
    default_tiers: frozenset[Tier] = FRIENDS
    audience: Audience = Audience.ALL
    greeting: bool = True

    def name(self, lang: str = "zh") -> str:
        return self.english if lang.startswith("en") else self.chinese


def _lunar(key: str, zh: str, en: str, month: int, day: int, **kw: Any) -> Festival:
    return Festival(key, zh, en, RuleKind.LUNAR, month, day, **kw)


def _greg(key: str, zh: str, en: str, month: int, day: int, **kw: Any) -> Festival:
    return Festival(key, zh, en, RuleKind.GREGORIAN, month, day, **kw)


# Roughly in calendar order.
FESTIVALS: tuple[Festival, ...] = (
    _greg("new_year", "元旦", "New Year's Day", 1, 1, default_enabled=True),
    _lunar("spring_festival", "春节", "Spring Festival", 1, 1, default_enabled=True, default_tiers=ALL_CLOSE),
    _lunar("lantern", "元宵节", "Lantern Festival", 1, 15, default_enabled=True),
    _greg("womens_day", "妇女节", "Women's Day", 3, 8, audience=Audience.WOMEN),
    Festival("qingming", "清明节", "Qingming Festival", RuleKind.SOLAR_TERM, term="清明", greeting=False),
    _greg("labour_day", "劳动节", "Labour Day", 5, 1),
    Festival("mothers_day", "母亲节", "Mother's Day", RuleKind.NTH_WEEKDAY, 5, nth=2, default_enabled=True),
    _lunar("dragon_boat", "端午节", "Dragon Boat Festival", 5, 5, default_enabled=True),
    _greg("childrens_day", "儿童节", "Children's Day", 6, 1, audience=Audience.YOUNG_CHILDREN),
    Festival("fathers_day", "父亲节", "Father's Day", RuleKind.NTH_WEEKDAY, 6, nth=3, default_enabled=True),
    _lunar("qixi", "七夕", "Qixi Festival", 7, 7),
    _greg("teachers_day", "教师节", "Teachers' Day", 9, 10, audience=Audience.TEACHERS),
    _lunar("mid_autumn", "中秋节", "Mid-Autumn Festival", 8, 15, default_enabled=True, default_tiers=ALL_CLOSE),
    _greg("national_day", "国庆节", "National Day", 10, 1, default_enabled=True),
    _lunar("double_ninth", "重阳节", "Double Ninth Festival", 9, 9, default_enabled=True),
    Festival("winter_solstice", "冬至", "Winter Solstice", RuleKind.SOLAR_TERM, term="冬至"),
    _greg("christmas", "圣诞节", "Christmas", 12, 25),
    _lunar("laba", "腊八节", "Laba Festival", 12, 8),
    _lunar("xiaonian", "小年", "Little New Year", 12, 23, south_day=24),
    Festival("new_years_eve", "除夕", "Chinese New Year's Eve", RuleKind.LUNAR_YEAR_END, default_enabled=True),
)

FESTIVALS_BY_KEY: dict[str, Festival] = {f.key: f for f in FESTIVALS}


def _lunar_years(start: date, end: date) -> range:
    return range(lunar.to_lunar(start).year, lunar.to_lunar(end).year + 1)


def festival_days(festival: Festival, start: date, end: date, xiaonian: str = "north") -> list[date]:
    """The days in start..end (inclusive) on which `festival` falls."""
    if festival.kind is RuleKind.LUNAR:
        day = festival.south_day if xiaonian == "south" and festival.south_day else festival.day
        found = [lunar.to_solar(y, festival.month, day) for y in _lunar_years(start, end)]
    elif festival.kind is RuleKind.LUNAR_YEAR_END:
        found = [lunar.lunar_year_end(y) for y in _lunar_years(start, end)]
    elif festival.kind is RuleKind.SOLAR_TERM:
        found = [lunar.solar_term(y, festival.term) for y in range(start.year, end.year + 1)]
    elif festival.kind is RuleKind.GREGORIAN:
        found = [date(y, festival.month, festival.day) for y in range(start.year, end.year + 1)]
    else:
        rule = rrule(
            YEARLY,
            bymonth=festival.month,
            byweekday=weekdays[festival.weekday](festival.nth),
            dtstart=datetime(start.year, 1, 1),
            until=datetime(end.year, 12, 31),
        )
        found = [d.date() for d in rule]
    return [d for d in found if start <= d <= end]


def festival_dates(start: date, end: date, xiaonian: str = "north") -> list[tuple[Festival, date]]:
    """Every (festival, day) with the day in start..end, in date order."""
    found = [(f, d) for f in FESTIVALS for d in festival_days(f, start, end, xiaonian)]
    return sorted(found, key=lambda pair: pair[1])


@dataclass(frozen=True, slots=True)
class FestivalSetting:
    """Whether a festival is on in this book, and for which tiers."""

    enabled: bool
    tiers: frozenset[Tier]


def default_festival_settings() -> dict[str, FestivalSetting]:
    """The out-of-the-box settings: the declared defaults of every festival."""
    return {f.key: FestivalSetting(f.default_enabled, f.default_tiers) for f in FESTIVALS}


def festival_settings_to_json(settings: Mapping[str, FestivalSetting]) -> dict[str, Any]:
    """Settings as a plain dict: {key: {"enabled": bool, "tiers": ["friend", ...]}}."""
    return {key: {"enabled": s.enabled, "tiers": [t.key for t in sorted(s.tiers)]} for key, s in settings.items()}


def festival_settings_from_json(data: Mapping[str, Any] | None) -> dict[str, FestivalSetting]:
    """Read stored settings; festivals missing from `data` keep their defaults, unknown keys are dropped."""
    settings = default_festival_settings()
    for key, value in (data or {}).items():
        if key not in settings or not isinstance(value, Mapping):
            continue
        default = settings[key]
        tiers: Iterable[str] | None = value.get("tiers")
        settings[key] = FestivalSetting(
            bool(value.get("enabled", default.enabled)),
            frozenset(Tier.parse(t) for t in tiers) if tiers is not None else default.tiers,
        )
    return settings
