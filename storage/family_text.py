"""Family members and important dates as the text of one spreadsheet cell, and back.

One entry per line, its fields separated by " | " (trailing empty fields left out):

    家庭成员: relation | name | 男/女 | birthday | notes
              儿子 | 王小明 | 男 | 2009-09-22 | 2027年高考
    重要日子: label | date | kind | 每年/一次 | person | notes
              合作纪念日 | 2019-09-28
              婚礼 | 2015-05-01 | 婚礼 | 每年

Dates are written and read as the client's birthday is (`reminders.formatting.format_spec`,
`reminders.parsing.parse_date_spec`), so lunar dates and leap months survive a round trip.
"""

from __future__ import annotations

import re

from reminders.dates import DateSpec
from reminders.formatting import format_spec
from reminders.parsing import DateSpecError, parse_date_spec
from storage.errors import InvalidInput
from storage.records import DATE_KINDS, FamilyMemberEntry, ImportantDate

#: The kinds of date by their Chinese names (and their keys, which are read too).
KIND_NAMES = {
    "custom": "纪念日",
    "wedding": "婚礼",
    "funeral": "白事",
    "full_month": "满月",
    "hundred_days": "百日",
    "zhongkao": "中考",
    "gaokao": "高考",
    "moving": "乔迁",
    "opening": "开业",
}
_KINDS = {name: key for key, name in KIND_NAMES.items()} | {key: key for key in DATE_KINDS}
_GENDERS = {"男": "M", "女": "F", "m": "M", "f": "F", "": ""}
_YEARLY = {"每年": True, "yearly": True, "一次": False, "once": False, "": True}
_FIELDS = re.compile(r"\s*[|｜]\s*")


def format_family(members: list[FamilyMemberEntry]) -> str:
    lines = []
    for m in members:
        gender = {"M": "男", "F": "女"}.get(m.gender, "")
        lines.append(_join(m.relation, m.name, gender, format_spec(m.birthday) if m.birthday else "", m.notes))
    return "\n".join(lines)


def format_dates(dates: list[ImportantDate]) -> str:
    lines = []
    for d in dates:
        kind = "" if d.kind == "custom" else KIND_NAMES.get(d.kind, d.kind)
        lines.append(_join(d.label, format_spec(d.spec), kind, "" if d.yearly else "一次", d.person, d.notes))
    return "\n".join(lines)


def parse_family(text: str) -> list[FamilyMemberEntry]:
    """The family members of a cell; raises InvalidInput naming the line that cannot be read."""
    members = []
    for number, fields in _lines(text):
        relation, name, gender, birthday, notes = _padded(fields, 5)
        if gender.casefold() not in _GENDERS:
            raise InvalidInput(
                f"family line {number}: “{gender}” is not 男 or 女",
                field="family",
                code="entry_gender",
                params=(number, gender),
            )
        spec = _date(birthday, number, "family") if birthday else None
        members.append(FamilyMemberEntry(relation, name, _GENDERS[gender.casefold()], spec, notes))
    return members


def parse_dates(text: str) -> list[ImportantDate]:
    """The important dates of a cell; raises InvalidInput naming the line that cannot be read."""
    dates = []
    for number, fields in _lines(text):
        label, day, kind, yearly, person, notes = _padded(fields, 6)
        if not day:
            raise InvalidInput(
                f"dates line {number}: the date is missing", field="dates", code="entry_no_date", params=(number,)
            )
        if kind and kind not in _KINDS:
            names = "、".join(KIND_NAMES.values())
            raise InvalidInput(
                f"dates line {number}: unknown kind “{kind}”; use one of {names}",
                field="dates",
                code="entry_kind",
                params=(number, kind, names),
            )
        if yearly.casefold() not in _YEARLY:
            raise InvalidInput(
                f"dates line {number}: write 每年 or 一次, not “{yearly}”",
                field="dates",
                code="entry_yearly",
                params=(number, yearly),
            )
        key = _KINDS[kind] if kind else "custom"
        spec = _date(day, number, "dates")
        dates.append(ImportantDate(label, spec, key, _YEARLY[yearly.casefold()], person, notes))
    return dates


def _join(*fields: str) -> str:
    values = [" ".join(f.split()) for f in fields]  # a line break inside a field would split the entry
    while values and not values[-1]:
        values.pop()
    return " | ".join(values)


def _lines(text: str) -> list[tuple[int, list[str]]]:
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    return [(number, _FIELDS.split(line)) for number, line in enumerate(lines, 1) if line]


def _padded(fields: list[str], size: int) -> list[str]:
    if len(fields) > size:  # the notes may hold the separator themselves
        fields = [*fields[: size - 1], " | ".join(fields[size - 1 :])]
    return fields + [""] * (size - len(fields))


def _date(text: str, number: int, field: str) -> DateSpec:
    try:
        return parse_date_spec(text)
    except DateSpecError as error:
        raise InvalidInput(
            f"{field} line {number}: {error}", field=field, code="entry_date", params=(number, text)
        ) from None
