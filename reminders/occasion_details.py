"""An occasion in words: what it is, the day in both calendars, the age and why the day moved.

`reminders.agenda` places dates in a window; this module turns each placed date, or festival day,
into the `OccasionDetail` a person reads ("生日（52岁） · 2026-09-25 (农历八月十五)"). One detail is
shared by every client on a festival day, and by clients born on the same day of the same year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from reminders import lunar
from reminders.dates import CalendarKind, DateSpec
from reminders.festivals import Festival
from reminders.formatting import chinese, format_lunar
from reminders.occurrences import Occurrence, birth_ages, milestone, one_off_occurrence, ordinal, yearless_occurrences

if TYPE_CHECKING:
    from reminders.agenda import ClientDate

#: Family events; other kinds are custom dates.
FAMILY_KINDS = ("wedding", "funeral", "full_month", "hundred_days", "zhongkao", "gaokao", "moving", "opening")

#: Shown names of date kinds: (one-off zh, yearly zh, one-off en, yearly en).
KIND_NAMES = {
    "birthday": ("生日", "生日", "Birthday", "Birthday"),
    "wedding": ("婚礼", "结婚纪念日", "Wedding", "Wedding anniversary"),
    "funeral": ("白事", "忌日", "Funeral", "Memorial day"),
    "full_month": ("满月", "满月", "Full-month celebration", "Full-month celebration"),
    "hundred_days": ("百日", "百日", "Hundred-days celebration", "Hundred-days celebration"),
    "zhongkao": (
        "中考",
        "中考",
        "Zhongkao (high-school entrance exam)",
        "Zhongkao (high-school entrance exam)",
    ),
    "gaokao": ("高考", "高考", "Gaokao (college entrance exam)", "Gaokao"),
    "moving": ("乔迁", "乔迁纪念日", "House moving", "House-moving anniversary"),
    "opening": ("开业", "开业纪念日", "Shop opening", "Opening anniversary"),
    "custom": ("纪念日", "纪念日", "Special day", "Anniversary"),
}


@dataclass(slots=True, unsafe_hash=True)  # treat as immutable; not frozen, which would make it slow to build
class OccasionDetail:
    """The "what" and "when" of an agenda item; one is shared by all clients on a festival day."""

    date: date
    kind: str  # "birthday", "family", "custom" or "festival"
    occasion: str
    tag: str  # the middle of the item key: "" for the client's birthday, the festival key ...
    lunar: bool
    lunar_text: str
    tail: str  # the title after the client's name
    person: str = ""
    age: int | None = None
    nominal_age: int | None = None
    milestone: int | None = None
    rule_note: str | None = None
    date_kind: str = ""  # the ClientDate kind ("wedding", "custom" ...) or "birthday"
    festival: str = ""  # the festival key, for festival items
    greeting: bool = True  # False for days of remembrance (清明)


def _english(lang: str) -> bool:
    return lang.startswith("en")


def lunar_day_text(day: date, lang: str) -> str:
    try:
        ld = lunar.to_lunar(day)
    except lunar.LunarDateError:
        return ""
    return format_lunar(ld.month, ld.day, ld.leap, lang=lang)


def day_text(day: date, is_lunar: bool, lunar_text: str) -> str:
    return f"{day.isoformat()} ({lunar_text})" if is_lunar and lunar_text else day.isoformat()


def kind_name(kind: str, yearly: bool, lang: str) -> str:
    names = KIND_NAMES.get(kind, KIND_NAMES["custom"])
    return chinese(names[(2 if _english(lang) else 0) + (1 if yearly else 0)], lang)


def _age_text(
    age: int, nominal_age: int | None, is_birthday: bool, counts_nominal: bool, mark: int | None, lang: str
) -> str:
    if not is_birthday:
        return f" ({ordinal(age)} anniversary)" if _english(lang) else f"（{age}周年）"
    nominal = counts_nominal and nominal_age is not None
    if _english(lang):
        text = f"nominal age {nominal_age}" if nominal else f"age {age}"
        return f" ({text}, milestone)" if mark else f" ({text})"
    text = f"虚岁{nominal_age}" if nominal else f"{age}岁"
    if mark:
        text += " 大寿" if mark >= 60 else " 整寿"
    return chinese(f"（{text}）", lang)  # Chinese brackets, no space before them


@dataclass(frozen=True, slots=True)
class Base:
    """A year-less occurrence and the parts of its line that do not depend on the year of birth."""

    occ: Occurrence
    lunar_text: str
    note: str | None
    when: str  # the day as read, then the note: "2026-09-25 (农历八月十五) · 今年在二十九日过"


def yearless_bases(
    kind: CalendarKind, month: int, day: int, leap: bool, start: date, end: date, lang: str
) -> list[Base]:
    bases = []
    for occ in yearless_occurrences(kind, month, day, leap, start, end):
        lunar_text = lunar_day_text(occ.date, lang)
        note = occ.note(lang)
        when = day_text(occ.date, occ.lunar, lunar_text)
        bases.append(Base(occ, lunar_text, note, f"{when} · {note}" if note else when))
    return bases


class What(NamedTuple):
    """What a dated occasion is, whatever day it falls on."""

    kind: str  # the item kind: "birthday", "family" or "custom"
    date_kind: str  # "birthday", a family event ("wedding" ...) or "custom"
    name: str  # as shown: 生日, 结婚纪念日, the custom label ...
    person: str = ""  # the family member concerned
    tag: str = ""  # the middle of the item key


def date_detail(
    base: Base, ages: tuple[int | None, int | None], what: What, counts_nominal: bool, lang: str
) -> OccasionDetail:
    occ = base.occ
    age, nominal = ages
    is_birthday = what.date_kind == "birthday"
    mark = milestone(age, nominal, counts_nominal) if is_birthday else None
    who = f"{what.person} {what.name}" if what.person else what.name
    age_text = _age_text(age, nominal, is_birthday, counts_nominal, mark, lang) if age is not None else ""
    return OccasionDetail(
        occ.date, what.kind, what.name, what.tag, occ.lunar, base.lunar_text, f"{who}{age_text} · {base.when}",
        what.person, age, nominal, mark, base.note, what.date_kind,
    )  # fmt: skip


def festival_detail(festival: Festival, day: date, lang: str) -> OccasionDetail:
    is_lunar = festival.kind in ("lunar", "lunar_year_end")
    lunar_text = lunar_day_text(day, lang)
    name = chinese(festival.name(lang), lang)
    parts = [name, day_text(day, is_lunar, lunar_text)]
    if not festival.greeting:
        remembrance = "a day of remembrance, not of greetings" if _english(lang) else "缅怀之日，不宜道贺"
        parts.append(chinese(remembrance, lang))
    tail = " · ".join(parts)
    return OccasionDetail(
        day, "festival", name, festival.key, is_lunar, lunar_text, tail,
        festival=festival.key, greeting=festival.greeting,
    )  # fmt: skip


def yearly_details(
    bases: dict[tuple, list[Base]], spec: DateSpec, start: date, end: date, lang: str, what: What, nominal: bool
) -> tuple[OccasionDetail, ...]:
    """The details of a yearly date in the window; none if it cannot be placed."""
    key = (spec.calendar, spec.month, spec.day, spec.leap)
    found = bases.get(key)
    if found is None:
        try:
            found = bases[key] = yearless_bases(*key, start, end, lang)
        except ValueError:  # a lunar year outside the tables
            found = bases[key] = []
    out = []
    for base in found:
        try:
            ages = birth_ages(base.occ, spec)
        except ValueError:  # a date that never existed, such as 29 February of a common year
            return ()
        if ages is not None:
            out.append(date_detail(base, ages, what, nominal, lang))
    return tuple(out)


def entry_details(
    bases: dict[tuple, list[Base]], entry: ClientDate, counts_nominal: bool, start: date, end: date, lang: str
) -> tuple[OccasionDetail, ...]:
    if entry.kind == "birthday":
        kind, date_kind = "family", "birthday"
    elif entry.kind in FAMILY_KINDS:
        kind, date_kind = "family", entry.kind
    else:
        kind, date_kind = "custom", "custom"
    name = entry.label if entry.label and date_kind != "birthday" else kind_name(date_kind, entry.yearly, lang)
    what = What(kind, date_kind, name, entry.person, f"{date_kind}/{entry.person}/{entry.label}")
    if entry.yearly:
        return yearly_details(bases, entry.spec, start, end, lang, what, counts_nominal)
    try:
        occ = one_off_occurrence(entry.spec, start, end)
    except ValueError:
        return ()
    if occ is None:
        return ()
    lunar_text = lunar_day_text(occ.date, lang)
    base = Base(occ, lunar_text, None, day_text(occ.date, occ.lunar, lunar_text))
    return (date_detail(base, (None, None), what, counts_nominal, lang),)
