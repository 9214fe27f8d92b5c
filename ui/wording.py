"""Dates and occasions written for people, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reminders.dates import DateSpec
from reminders.formatting import format_month_day
from ui.date_edit import LUNAR_DAYS, LUNAR_MONTHS
from ui.i18n import is_chinese


def describe_spec(spec: DateSpec) -> str:
    """'1985年3月12日', '农历闰四月初八', 'lunar leap 4/8 (1990)' ..."""
    if spec.is_lunar:
        if is_chinese():
            year = f"{spec.year}年" if spec.year else ""
            return f"农历{year}{'闰' if spec.leap else ''}{LUNAR_MONTHS[spec.month - 1]}{LUNAR_DAYS[spec.day - 1]}"
        leap = QCoreApplication.translate("Wording", "leap ") if spec.leap else ""
        text = QCoreApplication.translate("Wording", "lunar %1%2/%3").replace("%1", leap)
        text = text.replace("%2", str(spec.month)).replace("%3", str(spec.day))
        return f"{text} ({spec.year})" if spec.year else text
    text = format_month_day(spec.month, spec.day, "zh" if is_chinese() else "en")
    if spec.year is None:
        return text
    return f"{spec.year}年{text}" if is_chinese() else f"{text} {spec.year}"
