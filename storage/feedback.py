"""Feedback and complaints (意见反馈): open, check, fix, and report back to the client.

The order is enforced here, not only in the window: a complaint cannot skip a step,
so a fixed complaint is never closed without the report-back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import care_models as cm
from storage import models
from storage.care_records import FEEDBACK_KINDS, FEEDBACK_STATUSES, FeedbackEntry, FeedbackStepEntry
from storage.clients import now
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound


def open_feedback(book: Book, client_id: int, kind: str, summary: str, *, at: datetime | None = None) -> FeedbackEntry:
    """Write down a complaint or suggestion; it starts "open"."""
    if kind not in FEEDBACK_KINDS:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "unknown kind of feedback {kind}"), kind=repr(kind), field="kind"
        )
    summary = summary.strip()
    if not summary:
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "write down what the client said"), field="summary")
    with book.Session.begin() as session:
        client = session.get(models.Client, client_id)
        if client is None:
            raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=client_id)
        stamp = (at or now()).replace(microsecond=0)
        item = cm.Feedback(
            client_id=client_id, kind=kind, summary=summary, status="open", opened_at=stamp, updated_at=stamp
        )
        session.add(item)
        session.flush()
        session.add(cm.FeedbackStep(feedback_id=item.id, status="open", step_at=stamp, note=""))
        session.flush()
        return _entry(session, item, client.name)


def advance_feedback(
    book: Book, feedback_id: int, status: str, note: str = "", *, at: datetime | None = None
) -> FeedbackEntry:
    """Move feedback to its next step. Skipping a step (fixed -> closed without reporting back) is refused."""
    if status not in FEEDBACK_STATUSES:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "unknown step {status}: use {statuses}"),
            status=repr(status),
            statuses=", ".join(FEEDBACK_STATUSES),
            field="status",
        )
    with book.Session.begin() as session:
        item = session.get(cm.Feedback, feedback_id)
        if item is None:
            raise NotFound.worded(
                QT_TRANSLATE_NOOP("Storage", "there is no feedback #{feedback_id}"), feedback_id=feedback_id
            )
        current = FEEDBACK_STATUSES.index(item.status)
        if item.status == "reported":
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "this feedback is already closed: it was reported back to the client")
            )
        if FEEDBACK_STATUSES.index(status) != current + 1:
            wanted = FEEDBACK_STATUSES[current + 1]
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "the next step of this feedback is {wanted}, not {status}"),
                wanted=repr(wanted),
                status=repr(status),
                field="status",
            )
        if status == "reported" and not note.strip():
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "note how the fix was reported back to the client"), field="note"
            )
        stamp = (at or now()).replace(microsecond=0)
        item.status = status
        item.updated_at = stamp
        session.add(cm.FeedbackStep(feedback_id=item.id, status=status, step_at=stamp, note=note.strip()))
        session.flush()
        name = session.scalar(select(models.Client.name).where(models.Client.id == item.client_id)) or ""
        return _entry(session, item, name)


def list_feedback(
    book: Book, *, client_id: int | None = None, open_only: bool = False, client_ids: Sequence[int] | None = None
) -> list[FeedbackEntry]:
    """Feedback, oldest open first; with `client_id`, one client's, newest first."""
    with book.Session() as session:
        query = select(cm.Feedback, models.Client.name).join(models.Client, models.Client.id == cm.Feedback.client_id)
        if client_id is not None:
            query = query.where(cm.Feedback.client_id == client_id).order_by(cm.Feedback.opened_at.desc())
        else:
            query = query.where(models.Client.lost_at.is_(None), models.Client.archived_at.is_(None))
            query = query.order_by(cm.Feedback.opened_at)
        if client_ids is not None:
            query = query.where(cm.Feedback.client_id.in_(client_ids))
        if open_only:
            query = query.where(cm.Feedback.status != "reported")
        return [_entry(session, item, name) for item, name in session.execute(query).all()]


def _entry(session: Session, item: cm.Feedback, name: str) -> FeedbackEntry:
    steps = session.scalars(
        select(cm.FeedbackStep)
        .where(cm.FeedbackStep.feedback_id == item.id)
        .order_by(cm.FeedbackStep.step_at, cm.FeedbackStep.id)
    )
    return FeedbackEntry(
        id=item.id,
        client_id=item.client_id,
        client=name,
        kind=item.kind,
        summary=item.summary,
        status=item.status,
        opened_at=item.opened_at,
        steps=tuple(FeedbackStepEntry(s.status, s.step_at, s.note) for s in steps),
    )
