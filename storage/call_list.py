"""The call list from the book: the agenda, what is overdue, and each client's contact details.

Returns a plain `reminders.call_list.CallList`; printing it is the interface's job.
The greeting templates and the salesperson's name are book options, so the window and
the command line print the same sheet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from reminders.call_list import OCCASION_KINDS, ActionLookup, CallList, ClientContact, build_call_list
from reminders.tiers import Tier
from storage import models
from storage.agenda import agenda
from storage.db import Book
from storage.settings import SALESPERSON, BookOption, get_option, set_option

#: Greeting templates the salesperson changed, as `reminders.greetings.set_override` writes them.
GREETINGS = BookOption[dict[str, Any] | None]("greetings", None)

#: Ids per query, well under every database's limit on bound parameters.
CHUNK = 900


def load_call_list(
    book: Book,
    start: date,
    days: int,
    *,
    lang: str = "zh",
    kinds: Iterable[str] | None = None,
    client_ids: Sequence[int] | None = None,
) -> CallList:
    """Everything due from `start` for `days` days, plus what is overdue, ready to print."""
    days = max(days, 1)
    items: list[Any] = list(agenda(book, start, days, lang=lang, client_ids=client_ids))
    items += _overdue_items(book, start, lang)  # after the agenda: its items win over repeats
    if client_ids is not None:
        wanted = set(client_ids)
        items = [item for item in items if item.client_id in wanted]
    ids = list(dict.fromkeys(item.client_id for item in items))
    contacts = client_contacts(book, ids)
    return build_call_list(
        items,
        contacts,
        start,
        days,
        lang=lang,
        salesperson=get_option(book, SALESPERSON),
        overrides=get_option(book, GREETINGS),
        kinds=kinds,
        lookup=_action_lookup(book, items, start, lang),
    )


def client_contacts(book: Book, client_ids: Sequence[int]) -> dict[int, ClientContact]:
    """Name, form of address, company, phones and last contact of clients on the list."""
    c, p = models.Client, models.Phone
    rows: list[Any] = []
    phones: dict[int, list[str]] = {}
    with book.Session() as session:
        for chunk in _chunks(client_ids):
            rows += session.execute(
                select(c.id, c.name, c.tier, c.address_as, c.company, c.last_contact_at).where(
                    c.id.in_(chunk), c.archived_at.is_(None)
                )
            ).all()
            for client_id, number in session.execute(
                select(p.client_id, p.number).where(p.client_id.in_(chunk)).order_by(p.client_id, p.position)
            ):
                phones.setdefault(client_id, []).append(number)
    notes = _last_notes(book, [row[0] for row in rows])
    contacts = {}
    for client_id, name, tier, address_as, company, last_at in rows:
        note_at, note = notes.get(client_id, (None, ""))
        if note_at is not None and last_at is not None and last_at > note_at:
            note = ""  # a later contact was recorded without a note
        contacts[client_id] = ClientContact(
            client_id=client_id,
            name=name,
            tier=Tier(tier),
            address_as=address_as or "",
            company=company or "",
            phones=tuple(phones.get(client_id, ())),
            last_contact_at=last_at or note_at,
            last_note=note,
        )
    return contacts


def range_days(start: date, end: date) -> int:
    """How many days start..end covers, both included (at least one)."""
    return max((end - start).days + 1, 1)


def default_end(start: date, days: int) -> date:
    return start + timedelta(days=max(days, 1) - 1)


# --- what the other features add, when they are there ------------------------------------


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function of another feature's module, or None while that feature is not built."""
    try:
        found = importlib.import_module(module)
    except ImportError:
        return None
    return getattr(found, name, None)


def _overdue_items(book: Book, start: date, lang: str) -> list[Any]:
    """Occasions before `start` whose reminders were never handled (Done or Skip), if start is not later than today."""
    today_list = _optional("storage.reminder_service", "today_list")
    now = datetime.now()
    if today_list is None or start > now.date():
        return []
    return [r for r in today_list(book, now, lang=lang) if r.date < start]


def _last_notes(book: Book, client_ids: Sequence[int]) -> dict[int, tuple[datetime, str]]:
    """Each client's latest logged contact and its note (from the contact log, when there is one)."""
    try:
        from storage.care_models import Contact
    except ImportError:
        return {}
    found: dict[int, tuple[datetime, str]] = {}
    with book.Session() as session:
        for chunk in _chunks(client_ids):
            latest = (
                select(Contact.client_id, func.max(Contact.contacted_at).label("at"))
                .where(Contact.client_id.in_(chunk))
                .group_by(Contact.client_id)
                .subquery()
            )
            rows = session.execute(
                select(Contact.client_id, Contact.contacted_at, Contact.note)
                .join(latest, (Contact.client_id == latest.c.client_id) & (Contact.contacted_at == latest.c.at))
                .order_by(Contact.id)
            )
            for client_id, at, note in rows:
                found[client_id] = (at, note or "")
    return found


def _action_lookup(book: Book, items: Sequence[Any], start: date, lang: str) -> ActionLookup | None:
    """The lead-time rules' suggested action for each item (issue 4's reminder service), if any."""
    actions: dict[str, str] = {r.key: r.action for r in items if isinstance(getattr(r, "action", None), str)}
    fields_of = _optional("storage.reminder_service", "agenda_reminder_fields")
    dated = [item for item in items if item.kind in OCCASION_KINDS and hasattr(item, "detail")]
    if fields_of is not None and dated:
        for item, fields in zip(dated, fields_of(book, dated, start, lang), strict=True):
            if fields.get("action"):
                actions.setdefault(item.key, fields["action"])
    return (lambda item: actions.get(item.key)) if actions else None


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def sheet_options(book: Book) -> tuple[str, dict[str, Any]]:
    """The salesperson's name and the greeting templates they changed."""
    return get_option(book, SALESPERSON), dict(get_option(book, GREETINGS) or {})


def save_sheet_options(book: Book, salesperson: str, greetings: dict[str, Any]) -> None:
    set_option(book, SALESPERSON, salesperson.strip())
    set_option(book, GREETINGS, greetings or None)
