"""Reading dates as people type them, and a canonical text form for storing them.

`parse_date_spec` accepts Gregorian dates (1985-03-12, 1985/3/12, 03-12, 3/12,
1985年3月12日, 3月12日) and lunar ones (农历1990-04-08, 农历1990-闰04-08,
农历八月十五, 农历闰四月初八, 农历1990年四月初八, 阴历… and the ASCII form
lunar:1990-04-08 / lunar:1990-L04-08 / lunar:--08-15). `spec_to_text` writes
the canonical form that `parse_date_spec` reads back unchanged.
"""

from __future__ import annotations

import calendar
import re

from reminders import lunar
from reminders.dates import CalendarKind, DateSpec
from reminders.formatting import DAY_NAMES

ACCEPTED_FORMS = (
    "1985-03-12, 1985/3/12, 03-12, 3/12, 1985年3月12日, 3月12日; lunar: 农历1990-04-08, "
    "农历2020-闰04-08, 农历八月十五, 农历闰四月初八, 农历1990年四月初八 (阴历 works too), "
    "lunar:1990-04-08, lunar:2020-L04-08, lunar:--08-15"
)


class DateSpecError(ValueError):
    """A date text that cannot be read, or a date that does not exist (`code` and `params` name
    the problem for an interface that words it in its own language)."""

    def __init__(self, message: str, code: str = "", params: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


_MONTH_WORDS = {
    "正": 1, "元": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "十": 10, "十一": 11, "冬": 11, "十二": 12, "腊": 12, "臘": 12,
}  # fmt: skip
_DAY_WORDS = {name: number for number, name in enumerate(DAY_NAMES) if name}
_DAY_WORDS["卅"] = 30

_LUNAR_PREFIX = re.compile(r"^(?:农历|阴历|農曆|陰曆|旧历|舊曆|lunar\s*:?)", re.IGNORECASE)
_SOLAR_PREFIX = re.compile(r"^(?:公历|阳历|新历|公曆|陽曆|新曆|solar\s*:?)", re.IGNORECASE)

_YEAR = r"(?:(?P<year>\d{4})(?:年|[-/.])|--)?"
_LEAP = r"(?P<leap>闰|閏|L)?"
# 1985-03-12, 1985/3/12, 1985.3.12, 03-12, --03-12, 1990-L04-08, 1990年3月12日, 3月12日, 1990年闰4月8日
_NUMERIC = re.compile(_YEAR + _LEAP + r"(?P<month>\d{1,2})(?:月|[-/.])(?P<day>\d{1,2})(?:日|号|號)?$", re.I)
# 八月十五, 闰四月初八, 1990年四月初八, 腊月三十, 4月初八
_MONTH_RE = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
_DAY_RE = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_WORDS = re.compile(
    _YEAR + _LEAP + rf"(?P<month>{_MONTH_RE}|\d{{1,2}})月(?:(?P<dayword>{_DAY_RE})|(?P<day>\d{{1,2}})(?:日|号|號)?)$"
)

_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．：", "0123456789-/.:")


def _error(text: str, reason: str, code: str = "", params: tuple[object, ...] = ()) -> DateSpecError:
    """The text named with the reason (and the reason's code, when it has one)."""
    return DateSpecError(f"cannot read the date {text!r}: {reason}. Accepted forms: {ACCEPTED_FORMS}", code, params)


def parse_date_spec(text: str, *, lunar: bool = False) -> DateSpec:
    """Read a date as a person writes it; raises DateSpecError naming the text and the accepted forms.

    With `lunar` (a column headed 农历生日, say), a date without 农历 or 公历 before it is lunar.
    """
    cleaned = re.sub(r"\s+", "", text.translate(_FULL_WIDTH))
    is_lunar = lunar
    if match := _LUNAR_PREFIX.match(cleaned):
        is_lunar, cleaned = True, cleaned[match.end() :]
    elif match := _SOLAR_PREFIX.match(cleaned):
        is_lunar, cleaned = False, cleaned[match.end() :]
    match = _NUMERIC.match(cleaned) or (_WORDS.match(cleaned) if is_lunar else None)
    if match is None:
        raise _error(text, "it is empty" if not cleaned else "this is not a date form the notebook knows")
    parts = match.groupdict()
    month_text = parts["month"]
    month = int(month_text) if month_text.isdigit() else _MONTH_WORDS[month_text]
    day = _DAY_WORDS[parts["dayword"]] if parts.get("dayword") else int(parts["day"])
    year = int(parts["year"]) if parts["year"] else None
    leap = parts["leap"] is not None
    if leap and not is_lunar:
        raise _error(
            text, "a leap month (闰月) exists only in the lunar calendar; write 农历 or lunar: first", "solar_leap"
        )
    spec = DateSpec(CalendarKind.LUNAR if is_lunar else CalendarKind.SOLAR, month, day, year, leap)
    try:
        validate_date_spec(spec)
    except DateSpecError as exc:
        raise _error(text, str(exc), exc.code, exc.params) from None
    return spec


def looks_like_date(text: str) -> bool:
    """Whether `text` is written as a date (1985-03-12, 3月12日, 农历八月十五), even one that does not exist."""
    cleaned = re.sub(r"\s+", "", text.translate(_FULL_WIDTH))
    if match := _LUNAR_PREFIX.match(cleaned) or _SOLAR_PREFIX.match(cleaned):
        cleaned = cleaned[match.end() :]
    return bool(cleaned) and bool(_NUMERIC.match(cleaned) or _WORDS.match(cleaned))


def validate_date_spec(spec: DateSpec) -> None:
    """Raise DateSpecError (with a short reason) if `spec` names a day that does not exist."""
    if not 1 <= spec.month <= 12:
        raise DateSpecError(f"month {spec.month} is not between 1 and 12", "month_range", (spec.month,))
    if spec.is_lunar:
        _validate_lunar(spec)
        return
    if spec.leap:
        raise DateSpecError("a Gregorian date cannot be in a leap month", "solar_leap")
    if spec.year is not None and not 1 <= spec.year <= 9999:
        raise DateSpecError(f"year {spec.year} is out of range", "year_range", (spec.year,))
    if spec.year is None:
        longest = 29 if spec.month == 2 else calendar.monthrange(2001, spec.month)[1]
    else:
        longest = calendar.monthrange(spec.year, spec.month)[1]
    if not 1 <= spec.day <= longest:
        if spec.month == 2 and spec.day == 29:
            raise DateSpecError(
                f"{spec.year} is not a leap year, so February has 28 days", "not_leap_year", (spec.year,)
            )
        raise DateSpecError(
            f"month {spec.month} has {longest} days, not {spec.day}", "no_such_day", (spec.month, longest, spec.day)
        )


def _validate_lunar(spec: DateSpec) -> None:
    if not 1 <= spec.day <= 30:
        raise DateSpecError(f"a lunar month has 29 or 30 days, not {spec.day}", "lunar_day_range", (spec.day,))
    if spec.year is None:
        return
    if not lunar.MIN_YEAR <= spec.year <= lunar.MAX_YEAR:
        raise DateSpecError(
            f"lunar year {spec.year} is outside {lunar.MIN_YEAR}-{lunar.MAX_YEAR}",
            "lunar_year_range",
            (spec.year, lunar.MIN_YEAR, lunar.MAX_YEAR),
        )
    if spec.leap and lunar.leap_month(spec.year) != spec.month:
        actual = lunar.leap_month(spec.year)
        has = f"its leap month is {actual}" if actual else "it has no leap month"
        raise DateSpecError(
            f"lunar year {spec.year} has no leap month {spec.month} ({has})",
            "no_leap_month",
            (spec.year, spec.month, actual or 0),
        )
    length = lunar.month_length(spec.year, spec.month, spec.leap)
    if spec.day > length:
        month = f"leap month {spec.month}" if spec.leap else f"month {spec.month}"
        raise DateSpecError(
            f"lunar {spec.year} {month} has only {length} days", "short_lunar_month", (spec.year, spec.month, length)
        )


def spec_to_text(spec: DateSpec) -> str:
    """The canonical machine form: 1985-03-12, --03-12, lunar:1990-04-08, lunar:1990-L04-08, lunar:--08-15."""
    year = f"{spec.year:04d}-" if spec.year is not None else "--"
    body = f"{year}{'L' if spec.leap else ''}{spec.month:02d}-{spec.day:02d}"
    return f"lunar:{body}" if spec.is_lunar else body
