"""Writing dates the way people read them: 农历八月十五, 农历闰四月初八, 1985-03-12, lunar 8/15."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reminders.dates import DateSpec

#: Lunar month names, index 1-12 (正月 is the first, 冬月 the 11th, 腊月 the 12th).
MONTH_NAMES = ("", "正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")

_DIGITS = "一二三四五六七八九"


def _day_name(day: int) -> str:
    if day <= 10:
        return "初" + ("十" if day == 10 else _DIGITS[day - 1])
    if day < 20:
        return "十" + _DIGITS[day - 11]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 21]
    return "三十"


#: Lunar day names, index 1-30: 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十.
DAY_NAMES = ("", *(_day_name(d) for d in range(1, 31)))

#: Simplified to Traditional for the characters of the engine's own words (dates, occasions,
#: festivals, notes). Text the user typed (names, labels) is never converted.
_SIMPLIFIED = "农历闰腊岁过没寿虚节礼纪乔迁开业满劳动妇儿师亲国庆圣诞缅怀贺结无当阴阳"
_TRADITIONAL_CHARS = "農曆閏臘歲過沒壽虛節禮紀喬遷開業滿勞動婦兒師親國慶聖誕緬懷賀結無當陰陽"
_TRADITIONAL = str.maketrans(_SIMPLIFIED, _TRADITIONAL_CHARS)


@lru_cache(maxsize=64)
def is_traditional(lang: str) -> bool:
    """True for Traditional Chinese language tags (zh_TW, zh-Hant, zh_HK ...)."""
    tag = lang.lower().replace("-", "_")
    return tag.startswith("zh_") and any(part in tag for part in ("hant", "tw", "hk", "mo"))


def chinese(text: str, lang: str) -> str:
    """Return Simplified `text` in Traditional characters when `lang` asks for them."""
    return text.translate(_TRADITIONAL) if is_traditional(lang) else text


def format_lunar(month: int, day: int, leap: bool = False, year: int | None = None, lang: str = "zh") -> str:
    """A lunar date as text: "农历1990年闰四月初八" in Chinese, "lunar 1990 leap 4/8" in English."""
    if lang.startswith("en"):
        parts = ["lunar"]
        if year is not None:
            parts.append(str(year))
        if leap:
            parts.append("leap")
        parts.append(f"{month}/{day}")
        return " ".join(parts)
    year_text = f"{year}年" if year is not None else ""
    text = f"农历{year_text}{'闰' if leap else ''}{MONTH_NAMES[month]}月{DAY_NAMES[day]}"
    return chinese(text, lang)


def format_solar(month: int, day: int, year: int | None = None) -> str:
    """A Gregorian date as ISO text: "1985-03-12", or "03-12" without a year."""
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"{month:02d}-{day:02d}"


def format_spec(spec: DateSpec, lang: str = "zh") -> str:
    """Any DateSpec as people read it, in either calendar."""
    if spec.is_lunar:
        return format_lunar(spec.month, spec.day, spec.leap, spec.year, lang)
    return format_solar(spec.month, spec.day, spec.year)


#: English month and weekday names, fixed: `strftime` follows the process locale, which Qt sets
#: from the system (a Chinese system would print "9月" inside an English interface).
MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_FULL = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip
WEEKDAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def format_day(day: date, lang: str = "zh") -> str:
    """A Gregorian day as people write it: "2026年9月25日" in Chinese, "25 Sep 2026" in English."""
    if lang.startswith("en"):
        return f"{day.day} {MONTH_ABBR[day.month]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def format_month_day(month: int, day: int, lang: str = "zh") -> str:
    """A day of the year without the year: "9月25日" / "25 Sep"."""
    return f"{day} {MONTH_ABBR[month]}" if lang.startswith("en") else f"{month}月{day}日"
