"""The SQL reads behind `storage.resident_dates`: a book's (or some clients') agenda data as plain rows.

They read what `storage.agenda` and `storage.care_agenda` read, for every client not archived
at once (or for the changed ones), in the order the rows were entered.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, and_, func, select

from reminders.agenda import ClientDate
from storage import care_models as cm
from storage import models
from storage.date_reads import (
    CHILD_RELATIONS,
    family_birthday,
    family_birthdays_query,
    important_date,
    important_dates_query,
)


def read_clients(connection: Connection, client_ids: list[int] | None) -> list:
    c = models.Client
    query = select(
        c.id, c.name, c.tier, c.gender, c.is_teacher, c.counts_nominal_age,
        c.birthday_calendar, c.birthday_year, c.birthday_month, c.birthday_day, c.birthday_leap,
        c.sort_key, _last_touch(), c.contact_interval, c.lost_at.is_not(None),
    ).where(c.archived_at.is_(None))  # fmt: skip
    return connection.execute(_among(query, c.id, client_ids)).all()


def _last_touch():
    c = models.Client
    return func.coalesce(c.last_contact_at, c.created_at)


def read_dates(
    connection: Connection, client_ids: list[int] | None
) -> tuple[dict[int, tuple[ClientDate, ...]], dict[int, tuple[ClientDate, ...]], dict[int, int]]:
    """Family birthdays and dated events by client (in the order they were entered), and each
    client's youngest child's birth year."""
    fm, cd = models.FamilyMember, models.ClientDate
    family: dict[int, list[ClientDate]] = defaultdict(list)
    children: dict[int, int] = {}
    query = family_birthdays_query().order_by(fm.id)
    for client_id, relation, name, calendar, year, month, day, leap in connection.execute(
        _among(query, fm.client_id, client_ids)
    ).all():
        entry = family_birthday(relation, name, calendar, year, month, day, leap)
        if entry is not None:
            family[client_id].append(entry)
        if relation in CHILD_RELATIONS and year is not None and year > children.get(client_id, -1 << 30):
            children[client_id] = year
    dates: dict[int, list[ClientDate]] = defaultdict(list)
    query = important_dates_query().order_by(cd.id)
    for client_id, *row in connection.execute(_among(query, cd.client_id, client_ids)).all():
        entry = important_date(*row)
        if entry is not None:
            dates[client_id].append(entry)
    return (
        {client_id: tuple(found) for client_id, found in family.items()},
        {client_id: tuple(found) for client_id, found in dates.items()},
        children,
    )


def read_care(connection: Connection, client_ids: list[int] | None) -> tuple[dict, dict]:
    """Open follow-ups and open complaints by client, in the order they were made."""
    fu, fb = cm.FollowUp, cm.Feedback
    followups: dict[int, list] = defaultdict(list)
    query = select(fu.client_id, fu.id, fu.due_on, fu.note, fu.source).where(fu.done_at.is_(None)).order_by(fu.id)
    for client_id, *row in connection.execute(_among(query, fu.client_id, client_ids)):
        followups[client_id].append(tuple(row))
    complaints: dict[int, list] = defaultdict(list)
    query = (
        select(fb.client_id, fb.id, fb.opened_at, fb.summary)
        .where(and_(fb.kind == "complaint", fb.status != "reported"))
        .order_by(fb.id)
    )
    for client_id, *row in connection.execute(_among(query, fb.client_id, client_ids)):
        complaints[client_id].append(tuple(row))
    return (
        {client_id: tuple(rows) for client_id, rows in followups.items()},
        {client_id: tuple(rows) for client_id, rows in complaints.items()},
    )


def _among(query, column, client_ids: list[int] | None):
    return query if client_ids is None else query.where(column.in_(client_ids))
