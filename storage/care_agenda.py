"""Agenda items of the relationship log: follow-ups, keep-in-touch cadence and aging complaints.

They are real `reminders.agenda.AgendaItem`s (kinds "followup", "cadence" and
"complaint"), dated on the day they fell due, so an overdue one keeps a stable key
and sorts before the window. `storage.agenda.agenda` appends them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select

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
    items = _followups(book, end, en, client_ids) + _cadence(book, start, end, en, client_ids)
    items += _complaints(book, start, end, en, client_ids)
    items.sort(key=lambda item: (item.date, -item.tier, item.client, item.client_id))
    return items


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
    return ClientDates(client_id=row[0], name=row[1], tier=_TIERS[row[2]])


def _active(query, client_ids: Sequence[int] | None):
    c = models.Client
    query = query.where(c.archived_at.is_(None))
    return query.where(c.id.in_(client_ids)) if client_ids is not None else query


def _followups(book: Book, end: date, en: bool, client_ids: Sequence[int] | None) -> list[AgendaItem]:
    c, fu = models.Client, cm.FollowUp
    query = (
        select(c.id, c.name, c.tier, fu.id, fu.due_on, fu.note, fu.source)
        .join(fu, fu.client_id == c.id)
        .where(fu.done_at.is_(None), fu.due_on <= end, or_(c.lost_at.is_(None), fu.source == "winback"))
    )
    with book.Session() as session:
        rows = session.execute(_active(query, client_ids)).all()
    items = []
    for row in rows:
        _, _, _, fid, due, note, source = row
        note = note.splitlines()[0][:60] if note else ""
        if source == "winback":
            tail = f"win-back follow-up: {note}" if en else f"挽回跟进: {note}"
        else:
            tail = f"follow up: {note}" if en else f"跟进: {note}"
        items.append(AgendaItem(_who(row), _detail("followup", due, str(fid), tail.rstrip(": "), en)))
    return items


def _cadence(book: Book, start: date, end: date, en: bool, client_ids: Sequence[int] | None) -> list[AgendaItem]:
    """Clients silent past their interval by `end`. The interval test runs in SQL, tier by tier,
    so a book where most clients are in touch reads only the few that are not."""
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
    query = select(c.id, c.name, c.tier, c.created_at, c.last_contact_at, c.contact_interval).where(
        c.lost_at.is_(None), condition
    )
    with book.Session() as session:
        rows = session.execute(_active(query, client_ids)).all()
    items = []
    for row in rows:
        interval = interval_for(_TIERS[row[2]], row[5], intervals)
        if interval is None:
            continue
        since = (row[4] or row[3]).date()
        due = since + timedelta(days=interval)
        if due > end:
            continue
        silent = (max(start, due) - since).days
        if en:
            tail = f"not contacted for {silent} days ({interval}-day interval)"
        else:
            tail = f"已 {silent} 天未联络 (联络周期 {interval} 天)"
        items.append(AgendaItem(_who(row), _detail("cadence", due, "", tail, en)))
    return items


def _complaints(book: Book, start: date, end: date, en: bool, client_ids: Sequence[int] | None) -> list[AgendaItem]:
    wait = complaint_days(book)
    c, fb = models.Client, cm.Feedback
    query = (
        select(c.id, c.name, c.tier, fb.id, fb.opened_at, fb.summary)
        .join(fb, fb.client_id == c.id)
        .where(fb.kind == "complaint", fb.status != "reported", c.lost_at.is_(None))
    )
    with book.Session() as session:
        rows = session.execute(_active(query, client_ids)).all()
    items = []
    for row in rows:
        _, _, _, fid, opened, summary = row
        due = opened.date() + timedelta(days=wait)
        if due > end:
            continue
        age = (max(start, due) - opened.date()).days
        summary = summary.splitlines()[0][:60]
        tail = f"complaint open for {age} days: {summary}" if en else f"投诉已 {age} 天未办结: {summary}"
        items.append(AgendaItem(_who(row), _detail("complaint", due, str(fid), tail, en)))
    return items
