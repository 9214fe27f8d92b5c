"""Lost clients (客户流失) and win-back plans (客户挽回).

A lost client leaves the active lists (the client list, the agenda, Today) but stays in
the book with all their history. A win-back plan follows the four steps (find the real
reason, plan, carry out, review) and ends won back (the client is active again) or not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reminders.tiers import Tier
from storage import care_models as cm
from storage import models
from storage.care_records import LOSS_REASONS, WINBACK_OUTCOMES, WINBACK_STEPS, LossEntry, WinBackStepEntry
from storage.clients import now
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound


def mark_lost(
    book: Book, client_id: int, lost_on: date, reasons: Sequence[str], *, other: str = "", note: str = ""
) -> LossEntry:
    """Mark a client lost on `lost_on` for one or more `reasons` (LOSS_REASONS)."""
    reasons = tuple(dict.fromkeys(r.strip() for r in reasons if r.strip()))
    if not reasons:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "choose at least one reason the client was lost"), field="reasons"
        )
    unknown = [r for r in reasons if r not in LOSS_REASONS]
    if unknown:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "unknown reason {reason}: use {reasons}"),
            reason=repr(unknown[0]),
            reasons=", ".join(LOSS_REASONS),
            field="reasons",
        )
    if "other" in reasons and not other.strip():
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "say what the other reason is"), field="other")
    if lost_on > date.today():
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "the day the client was lost cannot be in the future"), field="lost_on"
        )
    with book.Session.begin() as session:
        client = session.get(models.Client, client_id)
        if client is None:
            raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=client_id)
        if client.lost_at is not None:
            raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "{name} is already marked lost"), name=client.name)
        stamp = now()
        client.lost_at = datetime.combine(lost_on, time())
        client.updated_at = stamp
        loss = cm.Loss(
            client_id=client_id,
            lost_on=lost_on,
            reasons=",".join(reasons),
            other_reason=other.strip() if "other" in reasons else "",
            note=note.strip(),
            outcome_note="",
            created_at=stamp,
        )
        session.add(loss)
        session.flush()
        return _entry(session, loss, client)


def add_winback_step(
    book: Book, loss_id: int, step: str, note: str, *, follow_up_on: date | None = None, at: datetime | None = None
) -> LossEntry:
    """Note progress on one of the four steps; a follow-up day becomes an item on Today."""
    if step not in WINBACK_STEPS:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "unknown win-back step {step}: use {steps}"),
            step=repr(step),
            steps=", ".join(WINBACK_STEPS),
            field="step",
        )
    if not note.strip():
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "write a note for this step"), field="note")
    with book.Session.begin() as session:
        loss = _open_loss(session, loss_id)
        stamp = (at or now()).replace(microsecond=0)
        session.add(
            cm.WinBackStep(loss_id=loss.id, step=step, step_at=stamp, note=note.strip(), follow_up_on=follow_up_on)
        )
        if follow_up_on is not None:
            session.add(
                cm.FollowUp(
                    client_id=loss.client_id, due_on=follow_up_on, note=note.strip(), source="winback", created_at=stamp
                )
            )
        session.flush()
        return _entry(session, loss, session.get(models.Client, loss.client_id))


def close_winback(book: Book, loss_id: int, outcome: str, note: str = "", *, on: date | None = None) -> LossEntry:
    """End a win-back: "won_back" makes the client active again (history kept); "not_won_back" needs the why."""
    if outcome not in WINBACK_OUTCOMES:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "unknown outcome {outcome}: use {outcomes}"),
            outcome=repr(outcome),
            outcomes=", ".join(WINBACK_OUTCOMES),
            field="outcome",
        )
    if outcome == "not_won_back" and not note.strip():
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "note why the client was not won back: the review learns from it"),
            field="note",
        )
    with book.Session.begin() as session:
        loss = _open_loss(session, loss_id)
        client = session.get(models.Client, loss.client_id)
        loss.outcome = outcome
        loss.outcome_on = on or date.today()
        loss.outcome_note = note.strip()
        session.execute(
            update(cm.FollowUp)
            .where(cm.FollowUp.client_id == loss.client_id, cm.FollowUp.source == "winback")
            .where(cm.FollowUp.done_at.is_(None))
            .values(done_at=now())
        )
        if outcome == "won_back":
            client.lost_at = None
            client.updated_at = now()
        session.flush()
        return _entry(session, loss, client)


def list_losses(book: Book, *, open_only: bool = False, client_id: int | None = None) -> list[LossEntry]:
    """Losses, newest first: with `open_only`, only clients still lost with no outcome yet."""
    with book.Session() as session:
        query = select(cm.Loss, models.Client).join(models.Client, models.Client.id == cm.Loss.client_id)
        if open_only:
            query = query.where(cm.Loss.outcome.is_(None))
        if client_id is not None:
            query = query.where(cm.Loss.client_id == client_id)
        query = query.order_by(cm.Loss.lost_on.desc(), cm.Loss.id.desc())
        return [_entry(session, loss, client) for loss, client in session.execute(query).all()]


def current_loss(book: Book, client_id: int) -> LossEntry | None:
    """The client's loss while they are lost, else None."""
    with book.Session() as session:
        client = session.get(models.Client, client_id)
        if client is None or client.lost_at is None:
            return None
        loss = session.scalar(
            select(cm.Loss).where(cm.Loss.client_id == client_id).order_by(cm.Loss.id.desc()).limit(1)
        )
        return _entry(session, loss, client) if loss else None


def _open_loss(session: Session, loss_id: int) -> cm.Loss:
    loss = session.get(cm.Loss, loss_id)
    if loss is None:
        raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "there is no loss #{loss_id}"), loss_id=loss_id)
    if loss.outcome is not None:
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "this win-back is already closed"))
    return loss


def _entry(session: Session, loss: cm.Loss, client: models.Client) -> LossEntry:
    steps = session.scalars(
        select(cm.WinBackStep)
        .where(cm.WinBackStep.loss_id == loss.id)
        .order_by(cm.WinBackStep.step_at, cm.WinBackStep.id)
    )
    return LossEntry(
        id=loss.id,
        client_id=loss.client_id,
        client=client.name,
        tier=Tier(client.tier),
        lost_on=loss.lost_on,
        reasons=tuple(r for r in loss.reasons.split(",") if r),
        other_reason=loss.other_reason,
        note=loss.note,
        outcome=loss.outcome,
        outcome_on=loss.outcome_on,
        outcome_note=loss.outcome_note,
        steps=tuple(WinBackStepEntry(s.step, s.step_at, s.note, s.follow_up_on) for s in steps),
    )
