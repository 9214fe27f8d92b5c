"""Tables of the relationship log: contacts, follow-ups, gifts, feedback, losses and win-back steps.

They sit beside `storage.models` (same `Base`, same naming convention) and, like it,
avoid anything SQLite-only. Lists of keys (a contact's purposes, a loss's reasons) are
kept as comma-separated text, which every database reads the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base


class Contact(Base):
    """One touch (联络记录): a visit, a call, a WeChat message, a gift, a meal ..."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    contacted_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[str] = mapped_column(String(20))
    purposes: Mapped[str] = mapped_column(String(100), default="")  # "care,deal"
    note: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[int | None] = mapped_column(SmallInteger)  # satisfaction 1..5
    price_too_high: Mapped[bool] = mapped_column(Boolean, default=False)
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FollowUp(Base):
    """A promise to get back to the client on a day; shown on Today until the next contact."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="contact")  # "contact" or "winback"
    done_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Gift(Base):
    """A gift or favour given or received (人情往来), or an idea noted for later."""

    __tablename__ = "gift"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(10))  # "given", "received" or "idea"
    given_on: Mapped[date | None] = mapped_column(Date)
    occasion: Mapped[str] = mapped_column(String(100), default="")
    item: Mapped[str] = mapped_column(String(200))
    cost: Mapped[int] = mapped_column(Integer, default=0)  # whole yuan
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Feedback(Base):
    """A complaint or suggestion (意见反馈), moving open -> checking -> fixed -> reported."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # "complaint" or "suggestion"
    summary: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), index=True)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class FeedbackStep(Base):
    """One dated step of a complaint's handling, with a note."""

    __tablename__ = "feedback_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    step_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class Loss(Base):
    """A client lost (客户流失): when, why, and how the win-back ended."""

    __tablename__ = "loss"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    lost_on: Mapped[date] = mapped_column(Date, index=True)
    reasons: Mapped[str] = mapped_column(String(300), default="")  # "price,competitor"
    other_reason: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str | None] = mapped_column(String(15))  # None, "won_back" or "not_won_back"
    outcome_on: Mapped[date | None] = mapped_column(Date)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class WinBackStep(Base):
    """A note on one of the four win-back steps (客户挽回), optionally with a follow-up day."""

    __tablename__ = "winback_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    loss_id: Mapped[int] = mapped_column(ForeignKey("loss.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(12))  # "reason", "plan", "carry_out", "review"
    step_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
