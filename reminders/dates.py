"""A date as people give it: Gregorian or Chinese lunar, with or without a year.

`DateSpec` is the one shape every date in the book takes (a client's birthday,
a family member's, a custom date, a family event). Storage keeps its fields in
plain columns; the calendar engine turns it into real days.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CalendarKind(StrEnum):
    SOLAR = "solar"  # 公历, Gregorian
    LUNAR = "lunar"  # 农历, Chinese lunisolar


@dataclass(frozen=True, slots=True)
class DateSpec:
    """A day of the year in one calendar, optionally anchored to a year.

    For the lunar calendar, `year` is the lunar year and `leap` marks a leap
    month (闰月). `leap` is always False for Gregorian dates.
    """

    calendar: CalendarKind
    month: int
    day: int
    year: int | None = None
    leap: bool = False

    @property
    def is_lunar(self) -> bool:
        return self.calendar is CalendarKind.LUNAR
