"""The call list as plain data: who to call, grouped by day, overdue first, closest tier first.

`build_call_list` turns agenda items (of any kind: occasions, follow-ups, overdue contacts,
complaints, overdue reminders) and what is known about each client into `CallEntry`s, each
with its suggested action and greeting. Nothing here knows about storage or Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from reminders import greetings
from reminders.call_actions import suggested_action
from reminders.formatting import format_lunar
from reminders.lunar import LunarDateError, to_lunar
from reminders.tiers import Tier

#: Longest last-contact note printed, in characters.
NOTE_LENGTH = 60
#: Kinds that are dated occasions; others (follow-ups, keep-in-touch, complaints ...) are care work.
OCCASION_KINDS = frozenset({"birthday", "family", "custom", "festival"})


@dataclass(frozen=True, slots=True)
class ClientContact:
    """What the call list shows about a client, besides the occasion."""

    client_id: int
    name: str
    tier: Tier
    address_as: str = ""
    company: str = ""
    phones: tuple[str, ...] = ()
    last_contact_at: datetime | None = None
    last_note: str = ""


@dataclass(frozen=True, slots=True)
class CallEntry:
    """One line of work on the sheet: a client, an occasion, what to do and what to say."""

    key: str
    kind: str
    date: date
    overdue: bool
    client: ClientContact
    occasion: str  # what, e.g. "生日（52岁）" or "中秋节"
    solar_text: str  # "2026-09-25"
    lunar_text: str  # "农历八月十五"
    note: str  # why the day moved, or the engine's remark; often ""
    action: str
    greeting: str

    @property
    def tier(self) -> Tier:
        return self.client.tier

    @property
    def name(self) -> str:
        return self.client.name


@dataclass(frozen=True, slots=True)
class CallDay:
    """Entries under one heading: a day, or `day=None` for everything overdue."""

    day: date | None
    entries: tuple[CallEntry, ...]


@dataclass(frozen=True, slots=True)
class CallList:
    """The whole sheet: the range, whose list it is, and the days with something due."""

    start: date
    end: date
    salesperson: str
    lang: str
    days: tuple[CallDay, ...] = ()
    generated_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))

    @property
    def entries(self) -> list[CallEntry]:
        return [entry for day in self.days for entry in day.entries]

    def __len__(self) -> int:
        return sum(len(day.entries) for day in self.days)


#: Looks up a suggested action for an agenda item (e.g. from the lead-time rules); None = no opinion.
ActionLookup = Callable[[Any], "str | None"]


def shorten(text: str, length: int = NOTE_LENGTH) -> str:
    """One line of at most `length` characters, with "…" when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def lunar_of(day: date, lang: str) -> str:
    try:
        found = to_lunar(day)
    except LunarDateError:
        return ""
    return format_lunar(found.month, found.day, found.leap, lang=lang)


def _what(item: Any) -> str:
    """The occasion with its person and age, without the date: the first part of the engine's line."""
    detail = getattr(item, "detail", None)
    tail = getattr(detail, "tail", "") if detail is not None else ""
    if tail:
        return tail.split(" · ")[0]
    return str(getattr(item, "occasion", "") or getattr(item, "title", ""))


def _person(person: str, lang: str) -> str:
    """ "儿子 小明" reads "儿子小明" inside a Chinese sentence."""
    return person if lang.startswith("en") else person.replace(" ", "")


def make_entry(
    item: Any,
    client: ClientContact,
    start: date,
    lang: str,
    overrides: Mapping[str, Any] | None = None,
    lookup: ActionLookup | None = None,
) -> CallEntry:
    """One entry from an agenda item (any object with the `AgendaItem` properties)."""
    kind = str(item.kind)
    day: date = item.date
    overdue = day < start
    key = greetings.occasion_key(
        kind, getattr(item, "date_kind", ""), getattr(item, "festival", ""), getattr(item, "milestone", None)
    )
    # Only occasions can be days without greetings (清明); follow-ups and the like always get an opener.
    welcome = kind not in OCCASION_KINDS or bool(getattr(item, "greeting", True))
    action = lookup(item) if lookup is not None else None
    if not action:
        late = overdue and kind in OCCASION_KINDS
        action = suggested_action(key if welcome else "remembrance", client.tier, lang, overdue=late)
    greeting = ""
    if welcome:
        template = greetings.template_for(overrides, lang, key, client.tier)
        greeting = greetings.render(
            template,
            address=client.address_as,
            name=client.name,
            occasion=str(getattr(item, "occasion", "")),
            person=_person(str(getattr(item, "person", "") or ""), lang),
        )
    lunar_text = getattr(item, "lunar_text", "") or lunar_of(day, lang)
    return CallEntry(
        key=str(item.key),
        kind=kind,
        date=day,
        overdue=overdue,
        client=client,
        occasion=_what(item),
        solar_text=day.isoformat(),
        lunar_text=lunar_text,
        note=str(getattr(item, "rule_note", "") or ""),
        action=action,
        greeting=greeting,
    )


def build_call_list(
    items: Iterable[Any],
    clients: Mapping[int, ClientContact],
    start: date,
    days: int,
    *,
    lang: str = "zh",
    salesperson: str = "",
    overrides: Mapping[str, Any] | None = None,
    kinds: Iterable[str] | None = None,
    lookup: ActionLookup | None = None,
) -> CallList:
    """Group `items` by day (all overdue ones under one heading first), closest tier first.

    Items of clients missing from `clients` (archived since, say) and items of kinds not in
    `kinds` (when given) are left out; the same item key is listed once.
    """
    wanted = set(kinds) if kinds is not None else None
    end = start + timedelta(days=max(days, 1) - 1)
    seen: set[str] = set()
    entries: list[CallEntry] = []
    for item in items:
        client = clients.get(item.client_id)
        if client is None or (wanted is not None and item.kind not in wanted) or item.key in seen:
            continue
        if item.date > end:
            continue
        seen.add(item.key)
        entries.append(make_entry(item, client, start, lang, overrides, lookup))
    overdue = sorted((e for e in entries if e.overdue), key=lambda e: (-e.tier, e.date))
    current = sorted((e for e in entries if not e.overdue), key=lambda e: (e.date, -e.tier))
    groups: list[CallDay] = []
    if overdue:
        groups.append(CallDay(None, tuple(overdue)))
    by_day: dict[date, list[CallEntry]] = {}
    for entry in current:
        by_day.setdefault(entry.date, []).append(entry)
    groups.extend(CallDay(day, tuple(found)) for day, found in by_day.items())
    return CallList(start=start, end=end, salesperson=salesperson, lang=lang, days=tuple(groups))
