"""The call list from the book: the agenda, what is overdue, and each client's contact details.

Returns a plain `reminders.call_list.CallList`; printing it is the interface's job.
The greeting templates and the salesperson's name are book options, so the window and
the command line print the same sheet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from reminders.call_list import ActionLookup, CallList, ClientContact, build_call_list
from reminders.tiers import Tier
from storage import models
from storage.agenda import agenda
from storage.db import Book
from storage.settings import SALESPERSON, BookOption, get_option

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
    items = _overdue_items(book, start, lang) + items
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
        lookup=_action_lookup(book, lang),
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
        contacts[client_id] = ClientContact(
            client_id=client_id,
            name=name,
            tier=Tier(tier),
            address_as=address_as or "",
            company=company or "",
            phones=tuple(phones.get(client_id, ())),
            last_contact_at=note_at or last_at,
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
    """Reminders from before `start` that were never handled (the reminder states' service)."""
    overdue = _optional("storage.due", "overdue_items")
    return list(overdue(book, start, lang=lang)) if overdue is not None else []


def _last_notes(book: Book, client_ids: Sequence[int]) -> dict[int, tuple[Any, str]]:
    """Each client's last contact and its note, from the contact log when there is one."""
    last = _optional("storage.log", "last_contacts")
    return dict(last(book, client_ids)) if last is not None and client_ids else {}


def _action_lookup(book: Book, lang: str) -> ActionLookup | None:
    """The lead-time rules' suggested action for an item, when those rules exist."""
    suggest = _optional("reminders.leads", "suggested_action_for")
    return (lambda item: suggest(item, lang=lang)) if suggest is not None else None


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]
