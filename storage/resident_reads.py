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
from storage.agenda import CHILD_RELATIONS, spec_of


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
    query = select(
        fm.client_id, fm.relation, fm.name, fm.birthday_calendar, fm.birthday_year, fm.birthday_month,
        fm.birthday_day, fm.birthday_leap,
    ).order_by(fm.id)  # fmt: skip
    for client_id, relation, name, calendar, year, month, day, leap in connection.execute(
        _among(query, fm.client_id, client_ids)
    ).all():
        spec = spec_of(calendar, year, month, day, leap)
        if spec is not None:
            family[client_id].append(ClientDate("birthday", "", spec, True, f"{relation} {name}".strip()))
        if relation in CHILD_RELATIONS and year is not None and year > children.get(client_id, -1 << 30):
            children[client_id] = year
    dates: dict[int, list[ClientDate]] = defaultdict(list)
    query = select(
        cd.client_id, cd.kind, cd.label, cd.person, cd.calendar, cd.year, cd.month, cd.day, cd.leap, cd.yearly
    ).order_by(cd.id)
    for client_id, kind, label, person, calendar, year, month, day, leap, yearly in connection.execute(
        _among(query, cd.client_id, client_ids)
    ).all():
        spec = spec_of(calendar, year, month, day, leap)
        if spec is not None:
            dates[client_id].append(ClientDate(kind, label, spec, yearly, person))
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
