"""What is coming up: birthdays, family events, custom dates and festivals, client by client.

Plain data in (`ClientDates`), plain data out (`AgendaItem`). Each item carries the
client, what the occasion is, the day in both calendars and the line a person reads.
Festival items share one `OccasionDetail` per festival day, so listing a festival for
tens of thousands of clients costs one small object each. This module places the dates;
`reminders.occasion_details` words them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import chain, repeat
from operator import attrgetter
from typing import Any

from reminders.dates import DateSpec
from reminders.festivals import FESTIVALS, Audience, FestivalSetting, festival_days
from reminders.occasion_details import (
    Base,
    OccasionDetail,
    What,
    entry_details,
    festival_detail,
    kind_name,
    yearly_details,
)
from reminders.occurrences import (
    WindowKeys,
    window_keys,
)
from reminders.tiers import Tier


def full_month_date(birth: date) -> date:
    """满月: the baby's full-month celebration, 30 days after birth."""
    return birth + timedelta(days=30)


def hundred_days_date(birth: date) -> date:
    """百日: the 100th day of life, counting the day of birth as day 1 (so birth + 99 days)."""
    return birth + timedelta(days=99)


def gaokao_date(year: int) -> date:
    """The first day of the national college entrance exam (高考): 7 June."""
    return date(year, 6, 7)


@dataclass(frozen=True, slots=True)
class ClientDate:
    """A dated occasion in a client's file.

    `kind` is "birthday" (a family member's; `person` names them, e.g. "儿子 小明"), a family
    event ("wedding", "funeral", "full_month", "hundred_days", "zhongkao", "gaokao", "moving",
    "opening") or "custom" (`label` names it, e.g. "合作纪念日"). `yearly` dates recur every year;
    the others occur once, on their own day (they need a year).
    """

    kind: str
    label: str
    spec: DateSpec
    yearly: bool
    person: str = ""


@dataclass(slots=True, eq=False)  # not frozen: built for every client of a festival, so cheap to make
class ClientDates:
    """What the agenda needs to know about one client."""

    client_id: int
    name: str
    tier: Tier
    gender: str = ""  # "F", "M" or ""
    is_teacher: bool = False
    has_young_children: bool = False
    counts_nominal_age: bool = False
    birthday: DateSpec | None = None
    dates: tuple[ClientDate, ...] = ()


@dataclass(slots=True, unsafe_hash=True)  # treat as immutable; not frozen: built by the hundred thousand
class AgendaItem:
    """One thing to do something about: a client, a day and an occasion.

    It holds just the client and the shared `OccasionDetail` (so a festival listed for every
    client costs one small object each); everything else is read through properties:
    date, kind, client (the name), client_id, tier, occasion, title, lunar, lunar_text,
    milestone, rule_note, person, key, age, nominal_age, date_kind, festival, greeting.
    """

    who: ClientDates
    detail: OccasionDetail

    date = property(lambda self: self.detail.date, doc="The day of the occasion.")
    kind = property(lambda self: self.detail.kind, doc='"birthday", "family", "custom" or "festival".')
    client = property(lambda self: self.who.name, doc="The client's name.")
    client_id = property(lambda self: self.who.client_id)
    tier = property(lambda self: self.who.tier)
    occasion = property(lambda self: self.detail.occasion, doc="The occasion as shown (生日, 中秋节 ...).")
    lunar = property(lambda self: self.detail.lunar, doc="True if the occasion follows the lunar calendar.")
    lunar_text = property(lambda self: self.detail.lunar_text, doc="The day in the lunar calendar.")
    milestone = property(lambda self: self.detail.milestone, doc="The milestone birthday, if it is one.")
    rule_note = property(lambda self: self.detail.rule_note, doc="Why the day moved this year, if it did.")
    person = property(lambda self: self.detail.person, doc="The family member concerned, if any.")
    age = property(lambda self: self.detail.age)
    nominal_age = property(lambda self: self.detail.nominal_age)
    festival = property(lambda self: self.detail.festival)
    greeting = property(lambda self: self.detail.greeting)
    date_kind = property(lambda self: self.detail.date_kind)

    @property
    def title(self) -> str:
        """The full line a person reads, e.g. "张三 · 生日（52岁） · 2026-09-25 (农历八月十五)"."""
        return f"{self.client} · {self.detail.tail}"

    @property
    def key(self) -> str:
        """A stable identity of this occurrence, e.g. "birthday:42::2026-09-25"."""
        return f"{self.kind}:{self.client_id}:{self.detail.tag}:{self.date.isoformat()}"

    def to_json_dict(self) -> dict[str, Any]:
        """A plain dict for JSON: dates as ISO text, the tier as its key."""
        d = self.detail
        return {
            "date": self.date.isoformat(),
            "kind": self.kind,
            "client": self.client,
            "client_id": self.client_id,
            "tier": self.tier.key,
            "occasion": d.occasion,
            "title": self.title,
            "lunar": d.lunar,
            "lunar_text": d.lunar_text,
            "milestone": d.milestone,
            "rule_note": d.rule_note,
            "person": d.person,
            "key": self.key,
            "age": d.age,
            "nominal_age": d.nominal_age,
            "date_kind": d.date_kind,
            "festival": d.festival,
            "greeting": d.greeting,
        }


def concerns(audience: Audience, client: ClientDates) -> bool:
    """Whether a festival for `audience` concerns the client (whatever the tier)."""
    if audience is Audience.ALL:
        return True
    if audience is Audience.WOMEN:
        return client.gender == "F"
    if audience is Audience.YOUNG_CHILDREN:
        return client.has_young_children
    return client.is_teacher


@dataclass(slots=True)
class AgendaMemo:
    """The details of dates already placed in one window, in one language.

    A caller that asks for the same window again (the app's Today list, its calendar) keeps
    one and passes it back. Each entry is a pure function of its key (a date as entered, with
    whose it is and how ages are counted), so it never goes stale, whatever the book's changes.
    """

    start: date
    days: int
    lang: str
    bases: dict[tuple, list[Base]] = field(default_factory=dict)
    # Keyed by the id of the spec or entry (each value holds the object, so the id stays its own)
    # and whether ages are nominal: hashing a dataclass by value would cost more than the work saved.
    birthdays: dict[tuple[int, bool], tuple[DateSpec, tuple[OccasionDetail, ...]]] = field(default_factory=dict)
    entries: dict[tuple[int, bool], tuple[ClientDate, tuple[OccasionDetail, ...]]] = field(default_factory=dict)
    #: Each client's items with their days, by the id of the client object (see `_add_own_dates`);
    #: None: not kept. The items are shared by the lists returned: treat them as immutable.
    clients: dict[int, tuple[ClientDates, tuple[tuple[date, AgendaItem], ...]]] | None = None
    #: What `storage.care_agenda` made of a row or group, by its id: (it, the setting used, what).
    care: dict[int, tuple[object, int, Any]] = field(default_factory=dict)

    def fits(self, start: date, days: int, lang: str) -> bool:
        return (self.start, self.days, self.lang) == (start, days, lang)


def build_agenda(
    clients: Iterable[ClientDates],
    start: date,
    days: int,
    festivals: Mapping[str, FestivalSetting],
    xiaonian: str = "north",
    lang: str = "zh",
    presorted: bool = False,
    memo: AgendaMemo | None = None,
    rank: Mapping[int, int] | None = None,
) -> list[AgendaItem]:
    """Everything due in start..start+days-1, sorted by date, then tier (confidant first), then name.

    Pass `presorted=True` when `clients` already come in that order (tier descending, then
    name), e.g. from an ordered database query, to skip sorting them here, and `rank` (each
    client id's place in that order, gaps allowed) if it is at hand. Dates that cannot be
    placed (a spec outside the supported lunar years, say) are skipped. A `memo` made for
    another window or language is not used.
    """
    if days <= 0:
        return []
    if memo is None or not memo.fits(start, days, lang):
        memo = AgendaMemo(start, days, lang)
    end = start + timedelta(days=days - 1)
    ordered = clients if presorted else _sort_clients(clients)
    if not isinstance(ordered, list):
        ordered = list(ordered)
    buckets: dict[date, list[AgendaItem]] = {start + timedelta(days=i): [] for i in range(days)}
    _add_own_dates(ordered, buckets, start, end, memo)
    festival_runs: dict[date, list[list[AgendaItem]]] = {}
    by_tier: list[list[ClientDates]] | None = None
    for festival in FESTIVALS:
        setting = festivals.get(festival.key)
        if setting is None or not setting.enabled or not setting.tiers:
            continue
        for day in festival_days(festival, start, end, xiaonian):
            if by_tier is None:
                by_tier = _by_tier(ordered)
            detail = festival_detail(festival, day, lang)
            run = list(map(AgendaItem, _audience(by_tier, setting.tiers, festival.audience), repeat(detail)))
            if run:
                festival_runs.setdefault(day, []).append(run)
    if festival_runs:
        if rank is None:
            rank = {client.client_id: i for i, client in enumerate(ordered)}
        for day, runs in festival_runs.items():
            buckets[day] = _merge(buckets[day], runs, rank)
    return list(chain.from_iterable(buckets.values()))


def _add_own_dates(
    ordered: list[ClientDates], buckets: dict[date, list[AgendaItem]], start: date, end: date, memo: AgendaMemo
) -> None:
    """Birthdays, family events and custom dates, client by client (so each day stays in client order).

    Clients born on the same day share the year-less work (`bases`), and those born on the
    same day of the same year share their details (`memo`). A memo with `clients` also keeps
    each client's items, for a caller whose client objects are replaced, never changed.
    """
    keys = window_keys(start, end)
    placed_dates = _DatePlacer(keys, start, end, memo)
    kept = memo.clients
    if kept is None:
        for client in ordered:
            for detail in placed_dates(client):
                buckets[detail.date].append(AgendaItem(client, detail))
        return
    for client in ordered:
        known = kept.get(id(client))
        if known is None:
            items = tuple((detail.date, AgendaItem(client, detail)) for detail in placed_dates(client))
            known = kept[id(client)] = (client, items)
        for day, item in known[1]:
            buckets[day].append(item)


class _DatePlacer:
    """The details of a client's own dates in one window (none for most clients)."""

    def __init__(self, keys: WindowKeys, start: date, end: date, memo: AgendaMemo) -> None:
        self.may_fall = keys.matches
        self.start, self.end, self.memo = start, end, memo
        self.birthday = What("birthday", "birthday", kind_name("birthday", True, memo.lang))

    def __call__(self, client: ClientDates) -> tuple[OccasionDetail, ...]:
        memo, nominal = self.memo, client.counts_nominal_age
        found: tuple[OccasionDetail, ...] = ()
        spec = client.birthday
        if spec is not None and self.may_fall(spec):
            known = memo.birthdays.get((id(spec), nominal))
            if known is None:
                placed = yearly_details(memo.bases, spec, self.start, self.end, memo.lang, self.birthday, nominal)
                known = memo.birthdays[id(spec), nominal] = (spec, placed)
            found = known[1]
        for entry in client.dates:
            if self.may_fall(entry.spec):
                placed_entry = memo.entries.get((id(entry), nominal))
                if placed_entry is None:
                    placed = entry_details(memo.bases, entry, nominal, self.start, self.end, memo.lang)
                    placed_entry = memo.entries[id(entry), nominal] = (entry, placed)
                found += placed_entry[1]
        return found


def _by_tier(ordered: list[ClientDates]) -> list[list[ClientDates]]:
    """The clients of each tier, in client order (indexed by tier)."""
    groups: list[list[ClientDates]] = [[] for _ in Tier]
    for client in ordered:
        groups[client.tier].append(client)
    return groups


def _audience(by_tier: list[list[ClientDates]], tiers: frozenset[Tier], audience: Audience) -> list[ClientDates]:
    """The clients a festival concerns, in client order (confidants first, as `ordered` is)."""
    members = [client for tier in sorted(tiers, reverse=True) for client in by_tier[tier]]
    if audience is Audience.ALL:
        return members
    return [client for client in members if concerns(audience, client)]


def _merge(own: list[AgendaItem], runs: list[list[AgendaItem]], rank: Mapping[int, int]) -> list[AgendaItem]:
    """One day's items in client order: the clients' own dates first, then festivals in festival order.

    Every list comes in client order. The usual day has one festival run of thousands and a few
    dozen own dates: those are placed by bisection instead of sorting the whole day.
    """
    if len(runs) == 1 and not own:
        return runs[0]

    def position(item: AgendaItem) -> int:
        return rank[item.who.client_id]

    if len(runs) > 1 or len(own) > len(runs[0]):
        merged = own + [item for run in runs for item in run]
        merged.sort(key=position)  # stable: a client's own date, then each festival in order
        return merged
    run = runs[0]
    merged, taken = [], 0
    for item in own:
        at = bisect_left(run, position(item), lo=taken, key=position)
        merged += run[taken:at]
        merged.append(item)
        taken = at
    merged += run[taken:]
    return merged


def _sort_clients(clients: Iterable[ClientDates]) -> list[ClientDates]:
    """Clients by tier (confidant first), then name, then id: sort by name and id, then bucket by tier."""
    by_tier: list[list[ClientDates]] = [[] for _ in Tier]
    ordered = sorted(clients, key=attrgetter("client_id"))
    ordered.sort(key=attrgetter("name"))  # stable: equal names stay in id order
    for client in ordered:
        by_tier[client.tier].append(client)
    return [client for group in reversed(by_tier) for client in group]
