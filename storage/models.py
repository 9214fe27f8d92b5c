"""The book's tables, as typed SQLAlchemy classes.

Dates that people give (birthdays, family events, custom dates) are kept as a
`reminders.dates.DateSpec` spread over plain columns: calendar ("solar"/"lunar"),
year (nullable), month, day and leap. Tiers are kept as the integer value of
`reminders.tiers.Tier`. The schema avoids anything SQLite-only so that the same
migrations build a team book on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Client(Base):
    """A client's file (客户档案)."""

    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(1), default="")  # "F", "M" or ""
    address_as: Mapped[str] = mapped_column(String(50), default="")  # form of address, e.g. 王总
    company: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    wechat: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(100), default="")
    personality: Mapped[str] = mapped_column(Text, default="")
    preferences: Mapped[str] = mapped_column(Text, default="")
    payment_habits: Mapped[str] = mapped_column(Text, default="")
    health_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    tier: Mapped[int] = mapped_column(SmallInteger, default=1, index=True)
    is_teacher: Mapped[bool] = mapped_column(Boolean, default=False)
    counts_nominal_age: Mapped[bool] = mapped_column(Boolean, default=False)  # family counts 虚岁

    birthday_calendar: Mapped[str | None] = mapped_column(String(5))
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(SmallInteger)
    birthday_day: Mapped[int | None] = mapped_column(SmallInteger)
    birthday_leap: Mapped[bool] = mapped_column(Boolean, default=False)

    #: Everything instant search looks at, lowercased: name, its pinyin in full and
    #: by initials, company, tags and phone digits. Kept up to date by the services.
    search_text: Mapped[str] = mapped_column(Text, default="")
    #: The name's pinyin, for sorting Chinese names the way people expect.
    sort_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    #: Set while the client is lost (客户流失): off the active lists, still in the book.
    lost_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    #: Days between contacts for this client, overriding their tier's cadence.
    contact_interval: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: The salesperson (database role) whose client this is; "local" in a SQLite book.
    owner: Mapped[str] = mapped_column(String(63), server_default=FetchedValue(), index=True)
    #: Chosen by the form before its first try to add the client: a retried save finds it (migration 0009).
    request_key: Mapped[str | None] = mapped_column(String(32), unique=True, index=True)

    phones: Mapped[list[Phone]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Phone.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary="client_tag", order_by="Tag.name")
    family: Mapped[list[FamilyMember]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="FamilyMember.position"
    )
    dates: Mapped[list[ClientDate]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientDate.position"
    )
    tier_changes: Mapped[list[TierChange]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="TierChange.changed_at"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_client_birthday", "birthday_calendar", "birthday_month", "birthday_day"),)


class Phone(Base):
    __tablename__ = "phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    client: Mapped[Client] = relationship(back_populates="phones")


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)


class ClientTag(Base):
    __tablename__ = "client_tag"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True)


class FamilyMember(Base):
    """A member of the client's family, whose dates the salesperson remembers too."""

    __tablename__ = "family_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(30))  # 妻子, 儿子, 母亲 ...
    name: Mapped[str] = mapped_column(String(100), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # e.g. "高考 2027"
    birthday_calendar: Mapped[str | None] = mapped_column(String(5))
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(SmallInteger)
    birthday_day: Mapped[int | None] = mapped_column(SmallInteger)
    birthday_leap: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    client: Mapped[Client] = relationship(back_populates="family")

    __table_args__ = (Index("ix_family_member_birthday", "birthday_calendar", "birthday_month", "birthday_day"),)


class ClientDate(Base):
    """An important date: a custom one (合作纪念日) or a family event (婚礼, 满月, 高考 ...)."""

    __tablename__ = "client_date"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="custom")
    label: Mapped[str] = mapped_column(String(100), default="")
    person: Mapped[str] = mapped_column(String(100), default="")  # whose event, if not the client's
    calendar: Mapped[str] = mapped_column(String(5), default="solar")
    year: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(SmallInteger)
    day: Mapped[int] = mapped_column(SmallInteger)
    leap: Mapped[bool] = mapped_column(Boolean, default=False)
    yearly: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    client: Mapped[Client] = relationship(back_populates="dates")

    __table_args__ = (Index("ix_client_date_day", "calendar", "month", "day"),)


class TierChange(Base):
    """One move on the relationship ladder, kept for the client's history."""

    __tablename__ = "tier_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    from_tier: Mapped[int | None] = mapped_column(SmallInteger)  # None when the client was created
    to_tier: Mapped[int] = mapped_column(SmallInteger)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[Client] = relationship(back_populates="tier_changes")


class ClientShare(Base):
    """A client shared by its owner with another salesperson (team books)."""

    __tablename__ = "client_share"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(63), primary_key=True, index=True)


class ClientChange(Base):
    """One row of the client change journal (`storage.journal`), written by triggers on SQLite."""

    __tablename__ = "client_change"

    seq: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(Integer)  # no foreign key: deleted clients are journaled too

    __table_args__ = {"sqlite_autoincrement": True}


class Setting(Base):
    """A book-wide option (festival switches, lead times ...), stored as JSON text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReminderState(Base):
    """What happened to one occurrence's reminders (keyed by `AgendaItem.key`): raised, snoozed, done, skipped."""

    __tablename__ = "reminder_state"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    occasion_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open, snoozed, done, skipped
    snooze_until: Mapped[date | None] = mapped_column(Date)
    raised_on: Mapped[date | None] = mapped_column(Date)  # the reminder stage last raised
    shown_at: Mapped[datetime | None] = mapped_column(DateTime)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ReminderOverride(Base):
    """A client's own lead days for one occasion ("10 days before her birthday"), e.g. "10" or "7, 0"."""

    __tablename__ = "reminder_override"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    occasion: Mapped[str] = mapped_column(String(30), primary_key=True)
    lead_days: Mapped[str] = mapped_column(String(100))
