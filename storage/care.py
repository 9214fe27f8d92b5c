"""Keep-in-touch cadence, churn risk and tier suggestions across the book, and their agenda items.

The arithmetic is in `reminders.cadence`, `reminders.churn` and `reminders.suggestions`;
this module reads what they need in a few set-wise queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from reminders.cadence import cadence_status, interval_for
from reminders.churn import RiskInput, RiskScale, risk_score
from reminders.suggestions import ContactSignal, suggest_tier
from reminders.tiers import Tier
from storage import care_models as cm
from storage import models
from storage.care_records import ClientRisk, SuggestionEntry
from storage.care_settings import DISMISSED_SUGGESTIONS, contact_intervals, risk_scale
from storage.clients import set_tier
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from storage.settings import get_option, set_option

#: A dismissed suggestion stays away this long, unless its direction changes.
DISMISS_DAYS = 90


@dataclass(slots=True)
class Signals:
    """The warning signs of the active clients, as read from the book."""

    clients: list[tuple] = field(default_factory=list)  # id, name, tier, company, created, last, interval
    complaints: dict[int, list[date]] = field(default_factory=dict)
    ratings: dict[int, list[int]] = field(default_factory=dict)
    price: dict[int, date] = field(default_factory=dict)


def load_signals(book: Book, client_ids: Sequence[int] | None = None) -> Signals:
    c, fb, ct = models.Client, cm.Feedback, cm.Contact
    active = (c.archived_at.is_(None), c.lost_at.is_(None))
    with book.Session() as session:
        query = select(c.id, c.name, c.tier, c.company, c.created_at, c.last_contact_at, c.contact_interval).where(
            *active
        )
        if client_ids is not None:
            query = query.where(c.id.in_(client_ids))
        clients = list(session.execute(query.order_by(c.tier.desc(), c.sort_key, c.id)).all())
        wanted = None if client_ids is None else list(client_ids)
        complaints: dict[int, list[date]] = defaultdict(list)
        q = select(fb.client_id, fb.opened_at).where(fb.kind == "complaint", fb.status != "reported")
        for client_id, opened in session.execute(q if wanted is None else q.where(fb.client_id.in_(wanted))):
            complaints[client_id].append(opened.date())
        ratings: dict[int, list[int]] = defaultdict(list)
        q = select(ct.client_id, ct.mood).where(ct.mood.is_not(None)).order_by(ct.contacted_at, ct.id)
        for client_id, mood in session.execute(q if wanted is None else q.where(ct.client_id.in_(wanted))):
            ratings[client_id].append(mood)
        q = select(ct.client_id, func.max(ct.contacted_at)).where(ct.price_too_high.is_(True)).group_by(ct.client_id)
        price = {
            client_id: when.date()
            for client_id, when in session.execute(q if wanted is None else q.where(ct.client_id.in_(wanted)))
        }
    return Signals(clients, dict(complaints), dict(ratings), price)


def _since(created: datetime, last: datetime | None) -> date:
    return (last or created).date()


def client_risks(book: Book, today: date | None = None, client_ids: Sequence[int] | None = None) -> list[ClientRisk]:
    """Every active client's cadence and churn risk, highest risk first."""
    today = today or date.today()
    intervals = contact_intervals(book)
    signals = load_signals(book, client_ids)
    result = []
    for cid, name, tier, company, created, last, override in signals.clients:
        tier = Tier(tier)
        interval = interval_for(tier, override, intervals)
        since = _since(created, last)
        risk = risk_score(
            RiskInput(
                today=today,
                since=since,
                interval=interval,
                open_complaints=signals.complaints.get(cid, ()),
                ratings=signals.ratings.get(cid, ()),
                price_flag_on=signals.price.get(cid),
                never_contacted=last is None,
            )
        )
        result.append(ClientRisk(cid, name, tier, company, last, cadence_status(since, today, interval), risk))
    result.sort(key=lambda r: (-r.risk.score, -r.tier, r.name))
    return result


def at_risk(book: Book, today: date | None = None, scale: RiskScale | None = None) -> list[ClientRisk]:
    """Clients at risk (medium or high: from the book's threshold, 25 by default), highest first;
    lower scores show on their page. `scale`: the book's, when the caller has read it already."""
    scale = scale or risk_scale(book)
    return [r for r in client_risks(book, today) if scale.is_at_risk(r.risk.score)]


def set_contact_interval(book: Book, client_id: int, days: int | None) -> None:
    """Give a client their own keep-in-touch interval (None: back to their tier's)."""
    if days is not None and not 1 <= days <= 3650:
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "the interval is from 1 to 3650 days"), field="interval")
    with book.Session.begin() as session:
        client = session.get(models.Client, client_id)
        if client is None:
            raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=client_id)
        client.contact_interval = days


# --- tier suggestions --------------------------------------------------------------------


def tier_suggestions(book: Book, today: date | None = None) -> list[SuggestionEntry]:
    """Clients whose record suggests a move up or down, not yet dismissed."""
    today = today or date.today()
    intervals = contact_intervals(book)
    dismissed = get_option(book, DISMISSED_SUGGESTIONS) or {}
    c, ct = models.Client, cm.Contact
    with book.Session() as session:
        clients = session.execute(
            select(c.id, c.name, c.tier, c.created_at, c.last_contact_at, c.contact_interval)
            .where(c.archived_at.is_(None), c.lost_at.is_(None))
            .order_by(c.tier.desc(), c.sort_key)
        ).all()
        start = datetime.combine(date(today.year - 1, today.month, min(today.day, 28)), datetime.min.time())
        contacts: dict[int, list[ContactSignal]] = defaultdict(list)
        for client_id, at, purposes, mood in session.execute(
            select(ct.client_id, ct.contacted_at, ct.purposes, ct.mood).where(ct.contacted_at >= start)
        ):
            warm = "care" in purposes.split(",") or (mood is not None and mood >= 4)
            contacts[client_id].append(ContactSignal(at.date(), warm))
        tc = models.TierChange
        moved = dict(
            session.execute(
                select(tc.client_id, func.max(tc.changed_at)).where(tc.from_tier.is_not(None)).group_by(tc.client_id)
            ).all()
        )
    result = []
    for cid, name, tier, created, last, override in clients:
        tier = Tier(tier)
        suggestion = suggest_tier(
            tier,
            today,
            _since(created, last),
            interval_for(tier, override, intervals),
            contacts.get(cid, ()),
            moved[cid].date() if cid in moved else None,
        )
        if suggestion is None or _is_dismissed(dismissed.get(str(cid)), suggestion.direction, today):
            continue
        result.append(SuggestionEntry(cid, name, suggestion))
    return result


def _is_dismissed(mark: str | None, direction: str, today: date) -> bool:
    if not mark or ":" not in mark:
        return False
    was, day = mark.split(":", 1)
    try:
        return was == direction and (today - date.fromisoformat(day)).days < DISMISS_DAYS
    except ValueError:
        return False


def dismiss_suggestion(book: Book, client_id: int, direction: str, today: date | None = None) -> None:
    dismissed = dict(get_option(book, DISMISSED_SUGGESTIONS) or {})
    dismissed[str(client_id)] = f"{direction}:{(today or date.today()).isoformat()}"
    set_option(book, DISMISSED_SUGGESTIONS, dismissed)


def accept_suggestion(book: Book, client_id: int, tier: Tier, reason: str) -> list[int]:
    """Move the client as proposed, with the reason kept in the tier history."""
    return set_tier(book, [client_id], tier, reason)
