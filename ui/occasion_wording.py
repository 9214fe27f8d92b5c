"""A stored date written both ways for the client's page: as given, and the real day it falls on.

"农历1966年八月十五 · 下次 2026年9月25日（农历八月十五）", "12 Mar 1985 · next 12 Mar 2027 (lunar 2/5)",
"农历2026年八月十五 = 2026年9月25日". The interface language decides the wording.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from reminders.dates import DateSpec
from reminders.formatting import format_day
from reminders.occurrences import Occurrence, occurrences, spec_date
from ui import i18n
from ui.calendar_data import both_forms
from ui.wording import describe_spec

#: How far ahead the next occurrence is looked for (a leap-month or 29 Feb date may skip a year).
LOOK_AHEAD_DAYS = 4 * 366


def next_occurrence(spec: DateSpec, today: date) -> Occurrence | None:
    """The first day on or after `today` a yearly date is kept, or None if it cannot be placed."""
    try:
        found = occurrences(spec, today, today + timedelta(days=LOOK_AHEAD_DAYS))
    except ValueError:
        return None
    return found[0] if found else None


def spec_both_ways(spec: DateSpec, yearly: bool = True, today: date | None = None) -> str:
    """The date as given and, for a yearly date, its next occurrence with the rule that moved it."""
    lang = i18n.current()
    given = describe_spec(spec)
    if yearly:
        occ = next_occurrence(spec, today or date.today())
        if occ is None:
            return given
        text = QCoreApplication.translate("Occasions", "next %1").replace("%1", both_forms(occ.date, lang))
        note = occ.note(lang)
        return " · ".join(x for x in (given, text, note) if x)
    if spec.year is None:
        return given
    try:
        day = spec_date(spec)
    except ValueError:
        return given
    return f"{given} = {format_day(day, lang)}" if spec.is_lunar else both_forms(day, lang)
