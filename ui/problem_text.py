"""What the book refused, worded in the interface language from the problem's code.

The services name each problem a person can fix with a code and its values (`InvalidInput`,
`ImportProblem`) beside their English message, which the command line prints as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The wording of each code; %1, %2… are its values in order.
_TEMPLATES = {
    "name_required": QT_TRANSLATE_NOOP("Problems", "A client needs a name."),
    "name_too_long": QT_TRANSLATE_NOOP("Problems", "A name has at most %1 characters."),
    "email": QT_TRANSLATE_NOOP("Problems", "“%1” is not an email address."),
    "phone": QT_TRANSLATE_NOOP(
        "Problems", "“%1” is not a phone number: 3 to 20 digits, and only + - ( ) and spaces besides."
    ),
    "tag_too_long": QT_TRANSLATE_NOOP("Problems", "The tag “%1…” is longer than 50 characters."),
    "family_needs_name": QT_TRANSLATE_NOOP("Problems", "Each family member needs a relation or a name."),
    "date_needs_label": QT_TRANSLATE_NOOP("Problems", "A custom date needs a label, e.g. 合作纪念日."),
    "date_needs_year": QT_TRANSLATE_NOOP("Problems", "A date that happens once needs its year."),
    "year_range": QT_TRANSLATE_NOOP("Problems", "The year %1 is out of range (1800-2200)."),
    "not_leap_year": QT_TRANSLATE_NOOP("Problems", "%1 is not a leap year: February has 28 days."),
    "no_leap_month": QT_TRANSLATE_NOOP("Problems", "The lunar year %1 has no leap month %2."),
    "short_lunar_month": QT_TRANSLATE_NOOP("Problems", "In the lunar year %1, month %2 has only %3 days."),
    "no_such_day": QT_TRANSLATE_NOOP("Problems", "Month %1 has %2 days, not %3."),
    "lunar_day_range": QT_TRANSLATE_NOOP("Problems", "A lunar month has 29 or 30 days, not %1."),
    "month_range": QT_TRANSLATE_NOOP("Problems", "There is no month %1: months go from 1 to 12."),
    "solar_leap": QT_TRANSLATE_NOOP("Problems", "Only a lunar date can be in a leap month (闰月)."),
    "lunar_year_range": QT_TRANSLATE_NOOP("Problems", "The lunar calendar here covers %2 to %3, not the year %1."),
    "unknown_tier": QT_TRANSLATE_NOOP(
        "Problems", "“%1” is not a relationship tier: use 过客, 熟人, 朋友 or 知己 (or the English names)."
    ),
    "bad_birthday": QT_TRANSLATE_NOOP(
        "Problems",
        "The birthday “%1” cannot be read: write e.g. 1985-03-12, 03-12, 农历八月十五 or 农历1990年四月初八.",
    ),
    "unknown_gender": QT_TRANSLATE_NOOP("Problems", "“%1” is not a gender: use 男 or 女 (M or F)."),
    "entry_gender": QT_TRANSLATE_NOOP("Problems", "Entry %1: “%2” is not 男 or 女."),
    "entry_no_date": QT_TRANSLATE_NOOP("Problems", "Entry %1: the date is missing."),
    "entry_kind": QT_TRANSLATE_NOOP("Problems", "Entry %1: “%2” is not a kind of date; use one of %3."),
    "entry_yearly": QT_TRANSLATE_NOOP("Problems", "Entry %1: write 每年 or 一次, not “%2”."),
    "entry_date": QT_TRANSLATE_NOOP(
        "Problems", "Entry %1: “%2” is not a day that exists, or not written as e.g. 2009-09-22 or 农历八月十五."
    ),
    "mapped_twice": QT_TRANSLATE_NOOP("Problems", "Two columns are mapped to %1: map only one."),
    "name_not_mapped": QT_TRANSLATE_NOOP("Problems", "No column is mapped to the name (姓名)."),
}


def problem_text(code: str, params: tuple[object, ...] = ()) -> str | None:
    """The problem `code` in the interface language with its values filled in; None for a code
    without wording here (the caller shows the service's own message)."""
    template = _TEMPLATES.get(code)
    if template is None:
        return None
    text = QCoreApplication.translate("Problems", template)
    for number, value in reversed(list(enumerate(params, start=1))):  # %10 before %1
        text = text.replace(f"%{number}", str(value))
    return text
