"""Agenda items of the relationship log: follow-ups, keep-in-touch cadence and aging complaints.

They are real `reminders.agenda.AgendaItem`s (kinds "followup", "cadence" and
"complaint"), dated on the day they fell due, so an overdue one keeps a stable key
and sorts before the window. `storage.agenda.agenda` appends them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from operator import attrgetter

from sqlalchemy import Connection, and_, func, or_, select

from reminders.agenda import AgendaItem, ClientDates, OccasionDetail
from reminders.cadence import interval_for
from reminders.tiers import Tier
from storage import care_models as cm
from storage import models
from storage.care_settings import complaint_days, contact_intervals
from storage.db import Book

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
    end = start + timedelta(days=days - 1)
    en = lang.startswith("en")
    with book.engine.connect() as connection:  # plain rows: no ORM bookkeeping for thousands of them
        items = _followups(connection, end, en, client_ids) + _cadence(book, connection, start, end, en, client_ids)
        items += _complaints(book, connection, start, end, en, client_ids)
    # Each kind comes in client order (tier, then name); two stable sorts give date, then tier.
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


def _who(row) -> ClientDates:
    return ClientDates(row[0], row[1], _TIERS[row[2]])


def _active(query, client_ids: Sequence[int] | None, *, lost_too: bool = False):
    """Not archived (nor lost unless `lost_too`), on the list if one is given, in client order
    (tier, then name). One expression for both dates, so that SQLite does not walk their nearly
    all-NULL indexes."""
    c = models.Client
    gone = c.archived_at if lost_too else func.coalesce(c.archived_at, c.lost_at)
    query = query.where(gone.is_(None)).order_by(c.tier.desc(), c.sort_key, c.id)
    return query.where(c.id.in_(client_ids)) if client_ids is not None else query


def _followups(connection: Connection, end: date, en: bool, client_ids: Sequence[int] | None) -> list[AgendaItem]:
    c, fu = models.Client, cm.FollowUp
    query = (
        select(c.id, c.name, c.tier, fu.id, fu.due_on, fu.note, fu.source)
        .join(fu, fu.client_id == c.id)
        .where(fu.done_at.is_(None), fu.due_on <= end, or_(c.lost_at.is_(None), fu.source == "winback"))
    )
    rows = connection.execute(_active(query, client_ids, lost_too=True)).all()
    items = []
    for row in rows:
        _, _, _, fid, due, note, source = row
        note = note.splitlines()[0][:60] if note else ""
        if source == "winback":
            tail = f"Win-back follow-up: {note}" if en else f"挽回跟进：{note}"
        else:
            tail = f"Follow up: {note}" if en else f"跟进：{note}"
        items.append(AgendaItem(_who(row), _detail("followup", due, str(fid), tail.rstrip("：: "), en)))
    return items


def _cadence(
    book: Book, connection: Connection, start: date, end: date, en: bool, client_ids: Sequence[int] | None
) -> list[AgendaItem]:
    """Clients silent past their interval by `end`. The interval test runs in SQL, tier by tier,
    so a book where most clients are in touch reads only the few that are not. Clients who fell
    due on the same day with the same interval share one detail."""
    intervals = contact_intervals(book)
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
    items = []
    details: dict[tuple[int, int], OccasionDetail] = {}
    tier_days = [intervals.get(tier) for tier in Tier]
    last_day = end.toordinal()
    for row in connection.execute(_active(query, client_ids)).all():
        client_id, name, tier, last_touch_at, own_interval = row
        interval = tier_days[tier] if own_interval is None else interval_for(_TIERS[tier], own_interval, intervals)
        if interval is None:
            continue
        since = last_touch_at.date()
        due = since.toordinal() + interval
        if due > last_day:
            continue
        detail = details.get((due, interval))
        if detail is None:
            silent = max(start.toordinal(), due) - since.toordinal()
            if en:
                tail = f"Not contacted for {silent} days ({interval}-day interval)"
            else:
                tail = f"已 {silent} 天未联络（联络周期 {interval} 天）"
            detail = details[due, interval] = _detail("cadence", date.fromordinal(due), "", tail, en)
        items.append(AgendaItem(ClientDates(client_id, name, _TIERS[tier]), detail))
    return items


def _complaints(
    book: Book, connection: Connection, start: date, end: date, en: bool, client_ids: Sequence[int] | None
) -> list[AgendaItem]:
    wait = complaint_days(book)
    c, fb = models.Client, cm.Feedback
    query = (
        select(c.id, c.name, c.tier, fb.id, fb.opened_at, fb.summary)
        .join(fb, fb.client_id == c.id)
        .where(fb.kind == "complaint", fb.status != "reported")
    )
    items = []
    for row in connection.execute(_active(query, client_ids)).all():
        _, _, _, fid, opened, summary = row
        due = date.fromordinal(min(opened.date().toordinal() + wait, date.max.toordinal()))  # even a year-9999 record
        if due > end:
            continue
        age = (max(start, due) - opened.date()).days
        summary = summary.splitlines()[0][:60]
        tail = f"Complaint open for {age} days: {summary}" if en else f"投诉已 {age} 天未办结：{summary}"
        items.append(AgendaItem(_who(row), _detail("complaint", due, str(fid), tail, en)))
    return items
