"""Contacts (联络记录) and follow-ups: one service per user action, each in its own transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import select, update

from reminders.lunar import MAX_YEAR, MIN_YEAR, lunar_year_end
from storage import care_models as cm
from storage import models
from storage.care_records import CHANNELS, PURPOSES, ContactDraft, ContactEntry
from storage.clients import now as local_now
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound

#: How far ahead of this computer's clock a contact may be dated: another device's clock, or the
#: minute typed before it came round. A contact is logged once it has happened.
CLOCK_SKEW = timedelta(minutes=5)
#: The first year a contact can be dated in (the calendar's first year).
FIRST_CONTACT_YEAR = MIN_YEAR


def parse_purposes(values: Sequence[str]) -> tuple[str, ...]:
    """Purposes from one or more arguments, each possibly comma-separated; unknown ones refused."""
    found: list[str] = []
    for value in values:
        for part in value.replace("，", ",").split(","):
            part = part.strip().lower()
            if not part:
                continue
            if part not in PURPOSES:
                raise InvalidInput.worded(
                    QT_TRANSLATE_NOOP("Storage", "unknown purpose {purpose}: use {purposes}"),
                    purpose=repr(part),
                    purposes=", ".join(PURPOSES),
                    field="purpose",
                )
            if part not in found:
                found.append(part)
    return tuple(found)


def contact_time(at: datetime, now: datetime) -> datetime:
    """When a contact was made, to the second, in local time (a time with a UTC offset is turned into
    it); refused if later than `now` + CLOCK_SKEW or before FIRST_CONTACT_YEAR."""
    if at.tzinfo is not None:
        try:
            at = at.astimezone().replace(tzinfo=None)  # the local wall-clock time, as every time is stored
        except OverflowError:  # a year at the edge of what Python holds: refused below all the same
            at = at.replace(tzinfo=None)
    at = at.replace(microsecond=0)
    if at.year < FIRST_CONTACT_YEAR:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "the contact time {at} is before {year}: check the year"),
            at=at.isoformat(sep=" ", timespec="minutes"),
            year=FIRST_CONTACT_YEAR,
            field="at",
        )
    if at > now + CLOCK_SKEW:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "the contact time {at} is in the future: log a contact once it has happened"),
            at=at.isoformat(sep=" ", timespec="minutes"),
            field="at",
        )
    return at


def check_contact(draft: ContactDraft, now: datetime | None = None) -> ContactDraft:
    """The draft cleaned (purposes parsed, note trimmed, the time made local and checked against
    `now`, this computer's clock by default); raises InvalidInput for what cannot be logged."""
    if draft.channel not in CHANNELS:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "unknown channel {channel}: use {channels}"),
            channel=repr(draft.channel),
            channels=", ".join(CHANNELS),
            field="channel",
        )
    purposes = parse_purposes(draft.purposes)
    if not purposes:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "choose at least one purpose of the contact"), field="purpose"
        )
    if draft.mood is not None and not 1 <= draft.mood <= 5:
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "satisfaction is from 1 to 5"), field="mood")
    last_day = lunar_year_end(MAX_YEAR)
    if draft.next_follow_up is not None and draft.next_follow_up > last_day:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "the next follow-up {day} is past {last}, the last day the calendar knows"),
            day=draft.next_follow_up.isoformat(),
            last=last_day.isoformat(),
            field="next_follow_up",
        )
    if draft.contacted_at is not None:
        draft.contacted_at = contact_time(draft.contacted_at, now or local_now())
    draft.purposes = purposes
    draft.note = draft.note.strip()
    return draft


def log_contact(book: Book, draft: ContactDraft) -> ContactEntry:
    """Record a contact; updates the client's last contact, closes their open follow-ups
    (they were followed up) and opens a new one on `next_follow_up`."""
    stamp = local_now()
    draft = check_contact(draft, stamp)
    with book.Session.begin() as session:
        client = session.get(models.Client, draft.client_id)
        if client is None:
            raise NotFound.worded(
                QT_TRANSLATE_NOOP("Storage", "there is no client #{client_id}"), client_id=draft.client_id
            )
        at = draft.contacted_at or stamp
        if draft.next_follow_up is not None and draft.next_follow_up < at.date():
            raise InvalidInput.worded(
                QT_TRANSLATE_NOOP("Storage", "the next follow-up cannot be before the contact"), field="next_follow_up"
            )
        contact = cm.Contact(
            client_id=client.id,
            contacted_at=at,
            channel=draft.channel,
            purposes=",".join(draft.purposes),
            note=draft.note,
            mood=draft.mood,
            price_too_high=draft.price_too_high,
            next_follow_up=draft.next_follow_up,
            created_at=stamp,
        )
        session.add(contact)
        if client.last_contact_at is None or at > client.last_contact_at:
            client.last_contact_at = at
        session.execute(
            update(cm.FollowUp)
            .where(cm.FollowUp.client_id == client.id, cm.FollowUp.done_at.is_(None), cm.FollowUp.created_at < at)
            .values(done_at=stamp)
        )
        if draft.next_follow_up is not None:
            session.add(
                cm.FollowUp(
                    client_id=client.id,
                    due_on=draft.next_follow_up,
                    note=draft.note,
                    source="contact",
                    created_at=at,  # when the promise was made: a later contact fulfils it
                )
            )
        session.flush()
        return _entry(contact)


def list_contacts(book: Book, client_id: int, limit: int | None = None) -> list[ContactEntry]:
    """A client's contacts, newest first."""
    with book.Session() as session:
        query = (
            select(cm.Contact)
            .where(cm.Contact.client_id == client_id)
            .order_by(cm.Contact.contacted_at.desc(), cm.Contact.id.desc())
        )
        if limit is not None:
            query = query.limit(limit)
        return [_entry(c) for c in session.scalars(query)]


def next_follow_up(book: Book, client_id: int) -> date | None:
    """The earliest open follow-up of a client."""
    with book.Session() as session:
        return session.scalar(
            select(cm.FollowUp.due_on)
            .where(cm.FollowUp.client_id == client_id, cm.FollowUp.done_at.is_(None))
            .order_by(cm.FollowUp.due_on)
            .limit(1)
        )


def _entry(contact: cm.Contact) -> ContactEntry:
    return ContactEntry(
        id=contact.id,
        client_id=contact.client_id,
        contacted_at=contact.contacted_at,
        channel=contact.channel,
        purposes=tuple(p for p in contact.purposes.split(",") if p),
        note=contact.note,
        mood=contact.mood,
        price_too_high=contact.price_too_high,
        next_follow_up=contact.next_follow_up,
    )
