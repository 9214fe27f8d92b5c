"""Gifts and favours (礼物与人情): record, check against the budget, and the running balance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from reminders.gifts import GiftWarnings, gift_warnings
from reminders.tiers import Tier
from storage import care_models as cm
from storage import models
from storage.care_records import GIFT_DIRECTIONS, FavourBalance, GiftDraft, GiftEntry
from storage.care_settings import gift_budgets
from storage.clients import now
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound


def _clean(draft: GiftDraft) -> GiftDraft:
    if draft.direction not in GIFT_DIRECTIONS:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "unknown gift direction {direction}"),
            direction=repr(draft.direction),
            field="direction",
        )
    draft.item = draft.item.strip()
    if not draft.item:
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "say what the gift is"), field="item")
    if draft.cost < 0:
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "the cost cannot be negative"), field="cost")
    if draft.direction != "idea" and draft.given_on is None:
        draft.given_on = date.today()
    return draft


def check_gift(book: Book, draft: GiftDraft) -> GiftWarnings:
    """What to ask before saving a gift given: over the tier's budget, or the same item within two years."""
    draft = _clean(draft)
    if draft.direction != "given":
        return GiftWarnings()
    with book.Session() as session:
        tier = session.scalar(select(models.Client.tier).where(models.Client.id == draft.client_id))
        if tier is None:
            raise NotFound.worded(
                QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=draft.client_id
            )
        earlier = session.execute(
            select(cm.Gift.given_on, cm.Gift.item).where(
                cm.Gift.client_id == draft.client_id, cm.Gift.direction == "given", cm.Gift.given_on.is_not(None)
            )
        ).all()
    assert draft.given_on is not None
    return gift_warnings(Tier(tier), draft.cost, draft.item, draft.given_on, earlier, gift_budgets(book))


def record_gift(book: Book, draft: GiftDraft, *, from_idea: int | None = None) -> GiftEntry:
    """Save a gift given or received, or a gift idea (the warnings are the caller's to ask about).

    With `from_idea`, the gift is that idea of the same client's carried out: the idea goes in
    the same transaction.
    """
    draft = _clean(draft)
    with book.Session.begin() as session:
        if session.get(models.Client, draft.client_id) is None:
            raise NotFound.worded(
                QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=draft.client_id
            )
        if from_idea is not None:
            idea = session.get(cm.Gift, from_idea)
            if idea is None or idea.direction != "idea" or idea.client_id != draft.client_id:
                raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "that gift idea is no longer in the book"))
            session.delete(idea)
        gift = cm.Gift(
            client_id=draft.client_id,
            direction=draft.direction,
            given_on=draft.given_on if draft.direction != "idea" else None,
            occasion=draft.occasion.strip(),
            item=draft.item,
            cost=draft.cost,
            notes=draft.notes.strip(),
            created_at=now(),
        )
        session.add(gift)
        session.flush()
        return _entry(gift)


def delete_gift_idea(book: Book, gift_id: int) -> GiftEntry | None:
    """Remove a gift idea; what was removed (None if it was already gone), so that it can be put back."""
    with book.Session.begin() as session:
        gift = session.get(cm.Gift, gift_id)
        if gift is None or gift.direction != "idea":
            return None
        removed = _entry(gift)
        session.delete(gift)
        return removed


def idea_draft(idea: GiftEntry) -> GiftDraft:
    """A draft that records `idea` again (to undo its removal)."""
    return GiftDraft(idea.client_id, idea.item, "idea", None, idea.occasion, idea.cost, idea.notes)


def list_gifts(book: Book, client_id: int) -> list[GiftEntry]:
    """A client's gifts and ideas, newest first (ideas last)."""
    with book.Session() as session:
        gifts = session.scalars(
            select(cm.Gift)
            .where(cm.Gift.client_id == client_id)
            .order_by(cm.Gift.given_on.desc().nulls_last(), cm.Gift.id.desc())
        )
        return [_entry(g) for g in gifts]


def favour_balance(book: Book, client_id: int) -> FavourBalance:
    with book.Session() as session:
        rows = session.execute(
            select(cm.Gift.direction, func.count(), func.coalesce(func.sum(cm.Gift.cost), 0))
            .where(cm.Gift.client_id == client_id, cm.Gift.direction.in_(("given", "received")))
            .group_by(cm.Gift.direction)
        ).all()
    by = {direction: (count, total) for direction, count, total in rows}
    given, received = by.get("given", (0, 0)), by.get("received", (0, 0))
    return FavourBalance(given[0], int(given[1]), received[0], int(received[1]))


def _entry(gift: cm.Gift) -> GiftEntry:
    return GiftEntry(
        id=gift.id,
        client_id=gift.client_id,
        direction=gift.direction,
        given_on=gift.given_on,
        occasion=gift.occasion,
        item=gift.item,
        cost=gift.cost,
        notes=gift.notes,
    )
