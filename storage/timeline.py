"""A client's whole history, newest first, and what their page shows about the relationship."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select

from reminders.cadence import cadence_status, interval_for
from reminders.churn import Risk, RiskInput, risk_score
from reminders.dates import CalendarKind
from reminders.lunar import to_solar
from reminders.tiers import Tier
from storage import care_models as cm
from storage import models
from storage.care_records import Relationship, TimelineEntry
from storage.care_settings import contact_intervals
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, NotFound
from storage.feedback import list_feedback
from storage.gifts import favour_balance, list_gifts
from storage.log import list_contacts, next_follow_up
from storage.winback import list_losses


def client_timeline(book: Book, client_id: int) -> list[TimelineEntry]:
    """Contacts, gifts, feedback steps, tier changes, dated occasions, losses and win-back steps."""
    entries: list[TimelineEntry] = []
    for c in list_contacts(book, client_id):
        entries.append(
            TimelineEntry(
                c.contacted_at,
                "contact",
                c.channel,
                c.note,
                {"purposes": c.purposes, "mood": c.mood, "price": c.price_too_high, "next": c.next_follow_up},
            )
        )
    for g in list_gifts(book, client_id):
        if g.direction != "idea" and g.given_on is not None:
            entries.append(
                TimelineEntry(
                    _at(g.given_on),
                    "gift",
                    g.item,
                    g.notes,
                    {"direction": g.direction, "cost": g.cost, "occasion": g.occasion},
                )
            )
    for f in list_feedback(book, client_id=client_id):
        for step in f.steps:
            entries.append(
                TimelineEntry(step.at, "feedback", f.summary, step.note, {"kind": f.kind, "status": step.status})
            )
    for loss in list_losses(book, client_id=client_id):
        entries.append(
            TimelineEntry(_at(loss.lost_on), "loss", ",".join(loss.reasons), loss.note, {"other": loss.other_reason})
        )
        for step in loss.steps:
            entries.append(TimelineEntry(step.at, "winback", step.step, step.note, {"follow_up": step.follow_up_on}))
        if loss.outcome:
            entries.append(
                TimelineEntry(_at(loss.outcome_on or loss.lost_on), "outcome", loss.outcome, loss.outcome_note)
            )
    with book.Session() as session:
        for change in session.scalars(select(models.TierChange).where(models.TierChange.client_id == client_id)):
            entries.append(
                TimelineEntry(
                    change.changed_at,
                    "tier",
                    "",
                    change.reason,
                    {"from": None if change.from_tier is None else Tier(change.from_tier), "to": Tier(change.to_tier)},
                )
            )
        for d in session.scalars(select(models.ClientDate).where(models.ClientDate.client_id == client_id)):
            day = _dated(d.calendar, d.year, d.month, d.day, d.leap)
            if day is not None and day <= date.today():
                entries.append(
                    TimelineEntry(_at(day), "occasion", d.label, d.notes, {"kind": d.kind, "person": d.person})
                )
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries


def relationship(book: Book, client_id: int, today: date | None = None) -> Relationship:
    """The relationship section of a client's page."""
    today = today or date.today()
    with book.Session() as session:
        client = session.get(models.Client, client_id)
        if client is None:
            raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=client_id)
        tier, created, last, override = (
            Tier(client.tier),
            client.created_at,
            client.last_contact_at,
            client.contact_interval,
        )
        lost = client.lost_at is not None
        ratings = list(
            session.scalars(
                select(cm.Contact.mood)
                .where(cm.Contact.client_id == client_id, cm.Contact.mood.is_not(None))
                .order_by(cm.Contact.contacted_at, cm.Contact.id)
            )
        )
        price_at = session.scalar(
            select(cm.Contact.contacted_at)
            .where(cm.Contact.client_id == client_id, cm.Contact.price_too_high.is_(True))
            .order_by(cm.Contact.contacted_at.desc())
            .limit(1)
        )
    feedback = list_feedback(book, client_id=client_id)
    open_feedback = tuple(f for f in feedback if f.is_open)
    since = (last or created).date()
    interval = interval_for(tier, override, contact_intervals(book))
    risk = (
        Risk(0)
        if lost
        else risk_score(
            RiskInput(
                today=today,
                since=since,
                interval=interval,
                open_complaints=[f.opened_at.date() for f in open_feedback if f.kind == "complaint"],
                ratings=ratings,
                price_flag_on=price_at.date() if price_at else None,
                never_contacted=last is None,
            )
        )
    )
    losses = list_losses(book, client_id=client_id)
    return Relationship(
        client_id=client_id,
        lost=losses[0] if lost and losses else None,
        cadence=cadence_status(since, today, interval),
        risk=risk,
        interval_override=override,
        favours=favour_balance(book, client_id),
        gift_ideas=tuple(g for g in list_gifts(book, client_id) if g.direction == "idea"),
        open_feedback=open_feedback,
        timeline=tuple(client_timeline(book, client_id)),
        follow_up_on=next_follow_up(book, client_id),
        never_contacted=last is None,
    )


def _at(day: date) -> datetime:
    return datetime.combine(day, time(12))


def _dated(calendar: str, year: int | None, month: int, day: int, leap: bool) -> date | None:
    """The day a dated occasion happened (its first year), or None without a year."""
    if year is None:
        return None
    try:
        if calendar == CalendarKind.LUNAR.value:
            return to_solar(year, month, day, leap)
        return date(year, month, day)
    except (ValueError, KeyError):
        return None
