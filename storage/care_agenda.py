"""Agenda items of the relationship log: follow-ups, keep-in-touch cadence and aging complaints.

They are real `reminders.agenda.AgendaItem`s (kinds "followup", "cadence" and
"complaint"), dated on the day they fell due, so an overdue one keeps a stable key
and sorts before the window. `storage.agenda.agenda` appends them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, func, or_, select

from reminders.agenda import AgendaItem, ClientDates, OccasionDetail
from reminders.cadence import interval_for
from reminders.tiers import Tier
from storage import care_models as cm
from storage import models
from storage.care_settings import complaint_days, contact_intervals
from storage.db import Book

if TYPE_CHECKING:
    from reminders.agenda import AgendaMemo
    from storage.dates_in_memory import Snapshot

#: (who, follow-up id, due on, note, source)
FollowUpEntry = tuple[ClientDates, int, date, str, str]
#: (who, the day last in touch as an ordinal, the client's own interval)
SilentEntry = tuple[ClientDates, int, "int | None"]
#: (who, complaint id, opened at, summary)
ComplaintEntry = tuple[ClientDates, int, datetime, str]

CARE_KINDS = ("followup", "cadence", "complaint")
_OCCASION = {
    "followup": ("跟进", "Follow-up"),
    "cadence": ("保持联络", "Keep in touch"),
    "complaint": ("投诉", "Complaint"),
}


def care_items(
    book: Book, start: date, days: int, *, lang: str = "zh", client_ids: Sequence[int] | None = None
) -> list[AgendaItem]:
    """Everything of these kinds due on or before the window's last day and not yet dealt with."""
    if days <= 0:
        return []
    from storage.resident_dates import kept_dates

    with kept_dates(book) as kept:
        if kept is not None:
            return resident_care_items(book, kept.snapshot, start, days, lang, client_ids, kept.memo(start, days, lang))
    end = start + timedelta(days=days - 1)
    en = lang.startswith("en")
    intervals, wait = contact_intervals(book), complaint_days(book)
    with book.engine.connect() as connection:  # plain rows: no ORM bookkeeping for thousands of them
        items = _followups(_followup_rows(connection, end, client_ids), end, en)
        items += _cadence(_silent_rows(connection, end, intervals, client_ids), start, end, intervals, en)
        items += _complaints(_complaint_rows(connection, client_ids), start, end, wait, en)
    return _in_agenda_order(items)


def resident_care_items(
    book: Book,
    snapshot: Snapshot,
    start: date,
    days: int,
    lang: str,
    client_ids: Sequence[int] | None,
    memo: AgendaMemo | None = None,
) -> list[AgendaItem]:
    """`care_items` from the dates kept in memory (`storage.resident_dates`; call with its lock held).

    The same items in the same order, gathered by (day, tier) instead of sorted: the quiet
    clients come a whole group at a time (a tier's clients last in touch on one day). A
    follow-up's or complaint's detail, and a group's items, are kept in the window's `memo` by
    the id of the row or list (`storage.resident_dates` drops those it replaces).
    """
    end = start + timedelta(days=days - 1)
    en = lang.startswith("en")
    intervals, wait = contact_intervals(book), complaint_days(book)
    wanted = None if client_ids is None else set(client_ids)
    known = memo.care if memo is not None and memo.fits(start, days, lang) else {}
    followups: dict[tuple[int, int], list[AgendaItem]] = defaultdict(list)
    for who, row in snapshot.followup_rows(wanted):
        placed = known.get(id(row))
        if placed is None:
            placed = known[id(row)] = (row, 0, _followup_detail(*row, end, en))
        if placed[2] is not None:
            followups[row[1].toordinal(), -who.tier].append(AgendaItem(who, placed[2]))
    complaints: dict[tuple[int, int], list[AgendaItem]] = defaultdict(list)
    for who, row in snapshot.complaint_rows(wanted):
        placed = known.get(id(row))
        if placed is None or placed[1] != wait:
            placed = known[id(row)] = (row, wait, _complaint_detail(*row, start, end, wait, en))
        if placed[2] is not None:
            complaints[placed[2].date.toordinal(), -who.tier].append(AgendaItem(who, placed[2]))
    cadence = _resident_cadence(snapshot, start, end, intervals, wanted, en, known)
    kinds = (followups, cadence, complaints)
    buckets = sorted({bucket for kind in kinds for bucket in kind})
    return [item for bucket in buckets for kind in kinds if bucket in kind for item in kind[bucket]]


def _resident_cadence(
    snapshot: Snapshot,
    start: date,
    end: date,
    intervals: dict[Tier, int | None],
    wanted: set[int] | None,
    en: bool,
    known: dict[int, tuple[object, int, Any]],
) -> dict[tuple[int, int], list[AgendaItem]]:
    """Keep-in-touch items by (due day, -tier), each bucket in client order. A whole group's
    items are kept in `known` by the identity of the group's list (replaced when it changes)."""
    cadence: dict[tuple[int, int], list[AgendaItem]] = defaultdict(list)
    details: dict[tuple[int, int], OccasionDetail] = {}
    first_day, last_day = start.toordinal(), end.toordinal()
    for tier, since, interval, members in snapshot.touch.silent_groups(last_day, intervals):
        if wanted is not None:
            detail = _cadence_detail(details, since, interval, first_day, en)
            who = (m[2] for m in members if m[1] in wanted)
            cadence[since + interval, -tier] += map(AgendaItem, who, repeat(detail))
            continue
        placed = known.get(id(members))
        if placed is None or placed[1] != interval:
            detail = _cadence_detail(details, since, interval, first_day, en)
            items = list(map(AgendaItem, map(_CLIENT, members), repeat(detail)))
            placed = known[id(members)] = (members, interval, items)
        cadence[since + interval, -tier] += placed[2]
    mixed = set()
    for tier, since, interval, (_key, client_id, client) in snapshot.touch.silent_own(last_day, intervals):
        if wanted is None or client_id in wanted:
            detail = _cadence_detail(details, since, interval, first_day, en)
            cadence[since + interval, -tier].append(AgendaItem(client, detail))
            mixed.add((since + interval, -tier))
    sort_keys = snapshot.sort_key
    for bucket in mixed:
        cadence[bucket].sort(key=lambda item: sort_keys[item.who.client_id])
    return cadence


_CLIENT = itemgetter(2)


def _in_agenda_order(items: list[AgendaItem]) -> list[AgendaItem]:
    """Each kind comes in client order (tier, then name); two stable sorts give date, then tier."""
    items.sort(key=_TIER_OF, reverse=True)
    items.sort(key=_DATE_OF)
    return items


_TIER_OF = attrgetter("who.tier")
_DATE_OF = attrgetter("detail.date")


def _detail(kind: str, day: date, tag: str, tail: str, en: bool) -> OccasionDetail:
    return OccasionDetail(
        date=day,
        kind=kind,
        occasion=_OCCASION[kind][en],
        tag=tag,
        lunar=False,
        lunar_text="",
        tail=tail,
        greeting=False,
    )


_TIERS = tuple(Tier)  # indexing is far cheaper than calling the enum, row after row


def _active(query, client_ids: Sequence[int] | None, *, lost_too: bool = False):
    """Not archived (nor lost unless `lost_too`), on the list if one is given, in client order
    (tier, then name). One expression for both dates, so that SQLite does not walk their nearly
    all-NULL indexes."""
    c = models.Client
    gone = c.archived_at if lost_too else func.coalesce(c.archived_at, c.lost_at)
    query = query.where(gone.is_(None)).order_by(c.tier.desc(), c.sort_key, c.id)
    return query.where(c.id.in_(client_ids)) if client_ids is not None else query


def _followup_rows(connection: Connection, end: date, client_ids: Sequence[int] | None) -> Iterator[FollowUpEntry]:
    """Open follow-ups due by `end` (a lost client's only from a win-back), in client order."""
    c, fu = models.Client, cm.FollowUp
    query = (
        select(c.id, c.name, c.tier, fu.id, fu.due_on, fu.note, fu.source)
        .join(fu, fu.client_id == c.id)
        .where(fu.done_at.is_(None), fu.due_on <= end, or_(c.lost_at.is_(None), fu.source == "winback"))
    )
    rows = connection.execute(_active(query, client_ids, lost_too=True).order_by(fu.id))
    for client_id, name, tier, *followup in rows:
        yield (ClientDates(client_id, name, _TIERS[tier]), *followup)


def _followups(entries: Iterable[FollowUpEntry], end: date, en: bool) -> list[AgendaItem]:
    items = []
    for who, *followup in entries:
        detail = _followup_detail(*followup, end, en)
        if detail is not None:
            items.append(AgendaItem(who, detail))
    return items


def _followup_detail(fid: int, due: date, note: str, source: str, end: date, en: bool) -> OccasionDetail | None:
    """The detail of an open follow-up due by `end`; None if it is due later."""
    if due > end:
        return None
    note = note.splitlines()[0][:60] if note else ""
    if source == "winback":
        tail = f"Win-back follow-up: {note}" if en else f"挽回跟进：{note}"
    else:
        tail = f"Follow up: {note}" if en else f"跟进：{note}"
    return _detail("followup", due, str(fid), tail.rstrip("：: "), en)


def _silent_rows(
    connection: Connection, end: date, intervals: dict[Tier, int | None], client_ids: Sequence[int] | None
) -> Iterator[SilentEntry]:
    """Clients who may be silent past their interval by `end`, in client order. The interval test
    runs in SQL, tier by tier, so a book where most clients are in touch reads only the few that are not."""
    c = models.Client
    last_touch = func.coalesce(c.last_contact_at, c.created_at)
    due_by = datetime.combine(end, time.max)
    by_tier = [
        and_(c.tier == int(tier), last_touch <= due_by - timedelta(days=days))
        for tier, days in intervals.items()
        if days is not None
    ]
    condition = or_(c.contact_interval.is_not(None), *by_tier)
    query = select(c.id, c.name, c.tier, last_touch, c.contact_interval).where(condition)
    for client_id, name, tier, last_touch_at, own_interval in connection.execute(_active(query, client_ids)):
        yield ClientDates(client_id, name, _TIERS[tier]), last_touch_at.toordinal(), own_interval


def _cadence(
    entries: Iterable[SilentEntry], start: date, end: date, intervals: dict[Tier, int | None], en: bool
) -> list[AgendaItem]:
    """Clients silent past their interval by `end`. Clients who fell due on the same day with the
    same interval share one detail."""
    items = []
    details: dict[tuple[int, int], OccasionDetail] = {}
    tier_days = [intervals.get(tier) for tier in Tier]
    last_day = end.toordinal()
    first_day = start.toordinal()
    for who, since, own_interval in entries:
        interval = tier_days[who.tier] if own_interval is None else interval_for(who.tier, own_interval, intervals)
        if interval is None:
            continue
        due = since + interval
        if due > last_day:
            continue
        detail = _cadence_detail(details, since, interval, first_day, en)
        items.append(AgendaItem(who, detail))
    return items


def _cadence_detail(
    details: dict[tuple[int, int], OccasionDetail], since: int, interval: int, first_day: int, en: bool
) -> OccasionDetail:
    """The shared detail of clients last in touch on day `since` (ordinals) who fell due after `interval` days."""
    due = since + interval
    detail = details.get((due, interval))
    if detail is None:
        silent = max(first_day, due) - since
        if en:
            tail = f"Not contacted for {silent} days ({interval}-day interval)"
        else:
            tail = f"已 {silent} 天未联络（联络周期 {interval} 天）"
        detail = details[due, interval] = _detail("cadence", date.fromordinal(due), "", tail, en)
    return detail


def _complaint_rows(connection: Connection, client_ids: Sequence[int] | None) -> Iterator[ComplaintEntry]:
    """Open complaints of active clients, in client order."""
    c, fb = models.Client, cm.Feedback
    query = (
        select(c.id, c.name, c.tier, fb.id, fb.opened_at, fb.summary)
        .join(fb, fb.client_id == c.id)
        .where(fb.kind == "complaint", fb.status != "reported")
    )
    for client_id, name, tier, *complaint in connection.execute(_active(query, client_ids).order_by(fb.id)):
        yield (ClientDates(client_id, name, _TIERS[tier]), *complaint)


def _complaints(entries: Iterable[ComplaintEntry], start: date, end: date, wait: int, en: bool) -> list[AgendaItem]:
    items = []
    for who, *complaint in entries:
        detail = _complaint_detail(*complaint, start, end, wait, en)
        if detail is not None:
            items.append(AgendaItem(who, detail))
    return items


def _complaint_detail(
    fid: int, opened: datetime, summary: str, start: date, end: date, wait: int, en: bool
) -> OccasionDetail | None:
    """The detail of a complaint open `wait` days by `end`; None if it is not yet."""
    due = date.fromordinal(min(opened.date().toordinal() + wait, date.max.toordinal()))  # even a year-9999 record
    if due > end:
        return None
    age = (max(start, due) - opened.date()).days
    summary = summary.splitlines()[0][:60]
    tail = f"Complaint open for {age} days: {summary}" if en else f"投诉已 {age} 天未办结：{summary}"
    return _detail("complaint", due, str(fid), tail, en)
