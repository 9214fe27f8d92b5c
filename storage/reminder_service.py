"""Reminders from the book: what is coming, what is due, what to raise now, and Done/Snooze/Skip.

The agenda gives the occasions, the lead rules (a book option plus per-client overrides)
give the reminder days, and `reminders.due` decides; the states live in `reminder_state`.
Every function takes the time it should act at, so tests can drive the clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, select, update

from reminders import due as logic
from reminders.agenda import AgendaItem
from reminders.bulk import collector_paused
from reminders.call_actions import suggested_action
from reminders.leads import (
    OCCASIONS,
    Lead,
    LeadRules,
    action_on,
    format_lead_days,
    horizon,
    lead_rules_from_json,
    lead_rules_to_json,
    leads_for,
    occasion_of,
    parse_lead_days,
    remind_dates,
)
from storage import models
from storage.agenda import agenda
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from storage.records import Reminder
from storage.settings import BookOption, get_option, set_option

#: The user's lead times and actions, as `reminders.leads.lead_rules_to_json` writes them.
LEAD_RULES = BookOption[dict[str, Any] | None]("lead_rules", None)
#: The time of day reminders appear, "HH:MM".
REMIND_AT = BookOption[str]("remind_at", "09:00")
#: Unhandled occasions stay on the list (overdue) this many days after their day.
OVERDUE_DAYS = 14
#: The Today view shows the coming days up to this many days ahead.
COMING_DAYS = 7
#: States of occasions older than this are forgotten.
KEEP_STATES_DAYS = 400
_CHUNK = 500
#: Past this many clients, their phones and last contacts are picked from whole tables.
_WHOLE_TABLES_FROM = 5_000


# --- settings ----------------------------------------------------------------------------


def lead_rules(book: Book, lang: str = "zh") -> LeadRules:
    return lead_rules_from_json(get_option(book, LEAD_RULES), lang)


def save_lead_rules(book: Book, rules: LeadRules, lang: str = "zh") -> None:
    set_option(book, LEAD_RULES, lead_rules_to_json(rules, lang))


def remind_at(book: Book) -> time:
    return parse_time(get_option(book, REMIND_AT))


def set_remind_at(book: Book, value: time) -> None:
    set_option(book, REMIND_AT, value.strftime("%H:%M"))


def parse_time(text: str) -> time:
    try:
        hours, minutes = str(text).split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return time(9, 0)


def client_overrides(book: Book, client_id: int) -> dict[str, tuple[int, ...]]:
    """The client's own lead days, by occasion."""
    o = models.ReminderOverride
    with book.Session() as session:
        rows = session.execute(select(o.occasion, o.lead_days).where(o.client_id == client_id)).all()
    return {occasion: _days_or_empty(text) for occasion, text in rows}


def set_client_overrides(book: Book, client_id: int, overrides: Mapping[str, Sequence[int] | None]) -> None:
    """Replace the client's own lead days; an occasion given None (or left out) follows the defaults."""
    for occasion in overrides:
        if occasion not in OCCASIONS:
            raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "unknown occasion: {occasion}"), occasion=occasion)
    o = models.ReminderOverride
    with book.Session.begin() as session:
        if session.get(models.Client, client_id) is None:
            raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "no client with id {client_id}"), client_id=client_id)
        session.execute(delete(o).where(o.client_id == client_id))
        for occasion, days in overrides.items():
            if days is not None:
                session.add(o(client_id=client_id, occasion=occasion, lead_days=format_lead_days(days)))


def _days_or_empty(text: str) -> tuple[int, ...]:
    try:
        return parse_lead_days(text)
    except ValueError:
        return ()


def _all_overrides(book: Book) -> dict[tuple[int, str], tuple[int, ...]]:
    o = models.ReminderOverride
    with book.Session() as session:
        rows = session.execute(select(o.client_id, o.occasion, o.lead_days)).all()
    return {(cid, occasion): _days_or_empty(text) for cid, occasion, text in rows}


# --- reading -----------------------------------------------------------------------------


def reminders_around(book: Book, today: date, lang: str = "zh") -> list[Reminder]:
    """Every occasion from OVERDUE_DAYS ago to as far ahead as any reminder reaches, with its
    reminders and stored state (handled ones included). Occasions without reminders are left out.
    """
    rules = lead_rules(book, lang)
    overrides = _all_overrides(book)
    ahead = max(horizon(rules, (d for days in overrides.values() for d in days)), COMING_DAYS)
    start = today - timedelta(days=OVERDUE_DAYS)
    items = _dated_agenda(book, start, OVERDUE_DAYS + ahead + 1, lang)
    found: list[tuple[AgendaItem, str, tuple[date, ...], str]] = []
    for item in items:
        occasion = occasion_of(item.kind, item.date_kind, item.festival)
        leads = leads_for(rules, occasion, item.tier, overrides.get((item.client_id, occasion)))
        if not leads:
            continue
        days = remind_dates(leads, item.date)
        if item.date > today + timedelta(days=COMING_DAYS) and days[0] > today:
            continue  # neither coming this week nor announced yet
        found.append((item, occasion, days, action_on(leads, item.date, today)))
    client_ids = sorted({item.client_id for item, *_ in found})
    phones, contacts = _phones_and_contacts(book, client_ids)
    states = _states(book, [item.key for item, *_ in found])
    result = []
    for item, occasion, days, action in found:
        state = states.get(item.key)
        result.append(
            Reminder(
                item.key, item.client_id, item.client, item.tier, item.kind, item.occasion, occasion,
                item.festival, item.date, item.lunar, item.lunar_text, item.title, days, action,
                phones.get(item.client_id, ()), contacts.get(item.client_id),
                state.status if state else logic.OPEN, state.snooze_until if state else None,
            )
        )  # fmt: skip
    return result


def _dated_agenda(book: Book, start: date, days: int, lang: str) -> list[AgendaItem]:
    """The dated occasions only (birthdays, family events, custom dates, festivals)."""
    return agenda(book, start, days, lang=lang, care=False)


def care_reminders(book: Book, today: date, lang: str = "zh") -> list[Reminder]:
    """Follow-ups, clients silent past their interval and aging complaints due by the coming week,
    as Today items (reminded on the day they fall due; overdue ones keep that day)."""
    from storage.care_agenda import care_items

    items = care_items(book, today, COMING_DAYS + 1, lang=lang)
    phones, contacts = _phones_and_contacts(book, sorted({item.client_id for item in items}))
    return [
        Reminder(
            item.key, item.client_id, item.client, item.tier, item.kind, item.occasion, item.kind, "",
            item.date, False, "", item.title, (item.date,), suggested_action(item.kind, item.tier, lang),
            phones.get(item.client_id, ()), contacts.get(item.client_id),
        )
        for item in items
    ]  # fmt: skip


def today_list(book: Book, now: datetime, lang: str = "zh") -> list[Reminder]:
    """What the Today view shows: unhandled, not snoozed past today; `due` set on those due now.

    Besides the dated occasions, the relationship log's follow-ups, keep-in-touch and complaint
    items are listed (they are not popped up: Today is where they are worked through). The list
    can hold tens of thousands: the cyclic garbage collector waits (see reminders.bulk).
    """
    at = remind_at(book)
    today = now.date()
    with collector_paused():
        reminders = reminders_around(book, today, lang) + care_reminders(book, today, lang)
        states = _states_of_reminders(book, reminders)
        result = []
        for reminder, state in states:
            if logic.is_quiet(state, today):
                continue
            due = logic.is_due(_entry(reminder), state, now, at)
            if reminder.date <= today + timedelta(days=COMING_DAYS) or due:
                result.append(_with_due(reminder, due))
        return result


def due_now(book: Book, now: datetime, lang: str = "zh") -> list[Reminder]:
    """What is due now and not yet handled: the list the popups and `guanxi due` show."""
    at = remind_at(book)
    return [
        _with_due(reminder, True)
        for reminder, state in _states_of_reminders(book, reminders_around(book, now.date(), lang))
        if logic.is_due(_entry(reminder), state, now, at)
    ]


def raise_due(book: Book, now: datetime, lang: str = "zh") -> list[Reminder]:
    """Record and return the reminders to raise now: each reminder day of an occasion once."""
    return check_due(book, now, lang).raised


@dataclass(frozen=True, slots=True)
class Check:
    """One check: what was raised, and every occasion looked at with its state afterwards."""

    raised: list[Reminder]
    reminders: list[Reminder]
    states: dict[str, logic.ReminderState]
    at: time


def check_due(book: Book, now: datetime, lang: str = "zh") -> Check:
    """Raise what is due now (see `raise_due`), keeping what was looked at for the caller."""
    at = remind_at(book)
    reminders = reminders_around(book, now.date(), lang)
    by_key = {r.key: r for r in reminders}
    with book.Session() as session:
        states = _load_states(session, list(by_key))
    decision = logic.decide((_entry(r) for r in reminders), states, now, at)
    raised: list[str] = []
    if decision.updates:  # write only when something is raised: a heartbeat costs no disk sync
        with book.Session.begin() as session:
            fresh = _load_states(session, [state.key for state in decision.updates])
            for state in decision.updates:
                before = states.get(state.key)
                if fresh.get(state.key) != before:
                    continue  # changed meanwhile (another check, or Done/Snooze): decide next time
                _store(session, state, by_key[state.key], now)
                raised.append(state.key)
            cutoff = now.date() - timedelta(days=KEEP_STATES_DAYS)
            session.execute(delete(models.ReminderState).where(models.ReminderState.occasion_on < cutoff))
        states.update({s.key: s for s in decision.updates if s.key in raised})
    return Check([_with_due(by_key[key], True) for key in raised], reminders, states, at)


# --- acting ------------------------------------------------------------------------------


def mark_done(
    book: Book, key: str, client_id: int, occasion_on: date, *, note: str = "", now: datetime | None = None,
    touch: bool = True,
) -> None:  # fmt: skip
    """Done: the occasion leaves the lists. With `touch`, the client's last contact becomes now."""
    stamp = now or datetime.now().replace(microsecond=0)
    with book.Session.begin() as session:
        state = _load_states(session, [key]).get(key)
        _store(session, logic.handled(state, key, logic.DONE), None, stamp, client_id, occasion_on, note=note)
        if touch:
            session.execute(update(models.Client).where(models.Client.id == client_id).values(last_contact_at=stamp))


def skip(book: Book, key: str, client_id: int, occasion_on: date, *, now: datetime | None = None) -> None:
    """Skip this year: the occasion leaves the lists; next year's comes as usual."""
    stamp = now or datetime.now().replace(microsecond=0)
    with book.Session.begin() as session:
        state = _load_states(session, [key]).get(key)
        _store(session, logic.handled(state, key, logic.SKIPPED), None, stamp, client_id, occasion_on)


def snooze(
    book: Book, key: str, client_id: int, occasion_on: date, until: date, *, now: datetime | None = None
) -> None:
    """Snooze: off the lists until `until`, when it is raised again at the reminder time."""
    stamp = now or datetime.now().replace(microsecond=0)
    if until <= stamp.date():
        raise InvalidInput.worded(QT_TRANSLATE_NOOP("Storage", "choose a day after today to snooze to"))
    with book.Session.begin() as session:
        state = _load_states(session, [key]).get(key)
        _store(session, logic.snoozed(state, key, until), None, stamp, client_id, occasion_on)


def reopen(book: Book, key: str) -> None:
    """Undo Done, Skip or Snooze: the occasion is open again (not raised again today)."""
    with book.Session.begin() as session:
        row = session.get(models.ReminderState, key)
        if row is not None:
            row.status, row.snooze_until, row.handled_at = logic.OPEN, None, None


def state_note(book: Book, key: str) -> str:
    with book.Session() as session:
        row = session.get(models.ReminderState, key)
        return row.note if row else ""


# --- helpers -----------------------------------------------------------------------------


def _entry(reminder: Reminder) -> logic.DueEntry:
    return logic.DueEntry(reminder.key, reminder.date, reminder.remind_on)


def _with_due(reminder: Reminder, due: bool) -> Reminder:
    """The reminder marked due or not (the same object when it already says so). Today lists
    tens of thousands, and `dataclasses.replace` costs several times a plain construction."""
    if reminder.due == due:
        return reminder
    return Reminder(**{name: getattr(reminder, name) for name in _ALL_BUT_DUE}, due=due)


_ALL_BUT_DUE = tuple(field.name for field in fields(Reminder) if field.name != "due")


def _states_of_reminders(book: Book, reminders: list[Reminder]) -> list[tuple[Reminder, logic.ReminderState | None]]:
    states = _states(book, [r.key for r in reminders])
    return [(r, states.get(r.key)) for r in reminders]


def _states(book: Book, keys: Sequence[str]) -> dict[str, logic.ReminderState]:
    with book.Session() as session:
        return _load_states(session, keys)


def _load_states(session, keys: Sequence[str]) -> dict[str, logic.ReminderState]:
    s = models.ReminderState
    found: dict[str, logic.ReminderState] = {}
    for i in range(0, len(keys), _CHUNK):
        rows = session.execute(
            select(s.key, s.status, s.snooze_until, s.raised_on, s.shown_at).where(s.key.in_(keys[i : i + _CHUNK]))
        ).all()
        for key, status, until, raised, shown in rows:
            found[key] = logic.ReminderState(key, status, until, raised, shown)
    return found


def _store(
    session, state: logic.ReminderState, reminder: Reminder | None, stamp: datetime,
    client_id: int | None = None, occasion_on: date | None = None, *, note: str | None = None,
) -> None:  # fmt: skip
    row = session.get(models.ReminderState, state.key)
    if row is None:
        if reminder is not None:
            client_id, occasion_on = reminder.client_id, reminder.date
        if session.get(models.Client, client_id) is None:
            raise NotFound.worded(QT_TRANSLATE_NOOP("Storage", "no client with id {client_id}"), client_id=client_id)
        row = models.ReminderState(key=state.key, client_id=client_id, occasion_on=occasion_on, note="")
        session.add(row)
    row.status = state.status
    row.snooze_until = state.snooze_until
    row.raised_on = state.raised_on
    row.shown_at = state.shown_at
    if state.status in logic.HANDLED:
        row.handled_at = stamp
    if note is not None:
        row.note = note
    row.updated_at = stamp


def _phones_and_contacts(
    book: Book, client_ids: Sequence[int]
) -> tuple[dict[int, tuple[str, ...]], dict[int, datetime | None]]:
    phones: dict[int, list[str]] = defaultdict(list)
    contacts: dict[int, datetime | None] = {}
    p, c = models.Phone, models.Client
    if len(client_ids) > _WHOLE_TABLES_FROM:  # one pass over each table beats hundreds of lookups
        wanted = set(client_ids)
        with book.engine.connect() as connection:
            for cid, number in connection.execute(select(p.client_id, p.number).order_by(p.client_id, p.position)):
                if cid in wanted:
                    phones[cid].append(number)
            contacts = {cid: last for cid, last in connection.execute(select(c.id, c.last_contact_at)) if cid in wanted}
        return {cid: tuple(numbers) for cid, numbers in phones.items()}, contacts
    with book.Session() as session:
        for i in range(0, len(client_ids), _CHUNK):
            chunk = client_ids[i : i + _CHUNK]
            for cid, number in session.execute(
                select(p.client_id, p.number).where(p.client_id.in_(chunk)).order_by(p.client_id, p.position)
            ):
                phones[cid].append(number)
            for cid, last in session.execute(select(c.id, c.last_contact_at).where(c.id.in_(chunk))):
                contacts[cid] = last
    return {cid: tuple(numbers) for cid, numbers in phones.items()}, contacts


def agenda_reminder_fields(book: Book, items: Sequence[AgendaItem], today: date, lang: str = "zh") -> list[dict]:
    """For `agenda --json`: each item's first reminder day (ISO) and suggested action, or None."""
    fields = []
    for item, leads in zip(items, item_leads(book, items, lang), strict=True):
        days = remind_dates(leads, item.date)
        fields.append(
            {
                "remind_on": days[0].isoformat() if days else None,
                "action": action_on(leads, item.date, today) if leads else None,
            }
        )
    return fields


def item_leads(book: Book, items: Sequence[AgendaItem], lang: str = "zh") -> list[tuple[Lead, ...]]:
    """Each agenda item's leads: the book's rules for its occasion and tier, or the client's own days."""
    rules = lead_rules(book, lang)
    overrides = _all_overrides(book)
    leads = []
    for item in items:
        occasion = occasion_of(item.kind, item.date_kind, item.festival)
        leads.append(leads_for(rules, occasion, item.tier, overrides.get((item.client_id, occasion))))
    return leads
