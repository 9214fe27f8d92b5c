"""Reminder states on a real SQLite book: Today list, Done/Snooze/Skip, overrides, two years of clock."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import inspect

from reminders import due as logic
from reminders.dates import CalendarKind, DateSpec
from reminders.leads import Lead, default_lead_rules
from reminders.tiers import Tier
from storage import clients
from storage import reminder_service as rs
from storage.errors import InvalidInput
from storage.records import ClientDraft, ImportantDate, PhoneEntry

pytestmark = pytest.mark.both_book_kinds


def _client(book, name: str, tier: Tier, birthday: DateSpec | None, **kw) -> int:
    draft = ClientDraft(name=name, tier=tier, birthday=birthday, phones=[PhoneEntry("13800138000")], **kw)
    return clients.create_client(book, draft).id


@pytest.fixture
def people(book) -> dict[str, int]:
    solar = CalendarKind.SOLAR
    wedding = ImportantDate("", DateSpec(solar, 5, 1, 2027), kind="wedding", yearly=False, person="女儿")
    return {
        "zhang": _client(book, "张三", Tier.CONFIDANT, DateSpec(solar, 3, 10, 1970)),
        "li": _client(book, "李四", Tier.FRIEND, DateSpec(CalendarKind.LUNAR, 8, 1, 1980)),
        "wang": _client(book, "王五", Tier.ACQUAINTANCE, DateSpec(solar, 11, 2, 1975), dates=[wedding]),
        "zhao": _client(book, "赵六", Tier.PASSERBY, DateSpec(solar, 3, 12, 1990)),
    }


def _birthday(items: list[rs.Reminder], client_id: int) -> rs.Reminder:
    return next(r for r in items if r.client_id == client_id and r.kind == "birthday")


def test_migration_creates_the_tables(book) -> None:
    tables = inspect(book.engine).get_table_names()
    assert {"reminder_state", "reminder_override"} <= set(tables)


def test_today_list_and_raising_once(book, people) -> None:
    now = datetime(2026, 3, 3, 10, 0)  # 张三's birthday in 7 days: his first reminder is due
    items = rs.today_list(book, now, lang="en")
    zhang = _birthday(items, people["zhang"])
    assert zhang.due and zhang.action == "Order flowers or a cake"
    assert zhang.remind_on == (date(2026, 3, 3), date(2026, 3, 10))
    assert zhang.phones == ("13800138000",)
    assert not any(r.client_id == people["zhao"] for r in items)  # passers-by: nothing
    raised = rs.raise_due(book, now, lang="en")
    assert zhang.key in {r.key for r in raised}
    assert rs.raise_due(book, now + timedelta(hours=2), lang="en") == []
    assert zhang.key in {r.key for r in rs.due_now(book, now, lang="en")}


def test_done_snooze_skip(book, people) -> None:
    now = datetime(2026, 3, 10, 10, 0)
    zhang = _birthday(rs.today_list(book, now), people["zhang"])
    rs.snooze(book, zhang.key, zhang.client_id, zhang.date, date(2026, 3, 11), now=now)
    assert zhang.key not in {r.key for r in rs.today_list(book, now)}
    assert zhang.key not in {r.key for r in rs.due_now(book, now)}
    tomorrow = datetime(2026, 3, 11, 9, 5)
    assert zhang.key in {r.key for r in rs.raise_due(book, tomorrow)}
    rs.mark_done(book, zhang.key, zhang.client_id, zhang.date, note="送了花", now=tomorrow)
    assert zhang.key not in {r.key for r in rs.today_list(book, tomorrow)}
    assert rs.state_note(book, zhang.key) == "送了花"
    assert clients.get_client(book, people["zhang"]).last_contact_at == tomorrow
    zhao_rules = default_lead_rules("zh")
    zhao_rules[("birthday", Tier.PASSERBY)] = (Lead(0, "发短信"),)
    rs.save_lead_rules(book, zhao_rules)
    zhao = _birthday(rs.today_list(book, datetime(2026, 3, 12, 10)), people["zhao"])
    rs.skip(book, zhao.key, zhao.client_id, zhao.date, now=datetime(2026, 3, 12, 10))
    assert zhao.key not in {r.key for r in rs.today_list(book, datetime(2026, 3, 12, 11))}
    rs.reopen(book, zhao.key)
    assert zhao.key in {r.key for r in rs.today_list(book, datetime(2026, 3, 12, 11))}
    with pytest.raises(InvalidInput):
        rs.snooze(book, zhao.key, zhao.client_id, zhao.date, date(2026, 3, 12), now=datetime(2026, 3, 12, 11))


def test_client_override_and_settings(book, people) -> None:
    rs.set_client_overrides(book, people["wang"], {"birthday": (10,)})
    assert rs.client_overrides(book, people["wang"]) == {"birthday": (10,)}
    items = rs.today_list(book, datetime(2026, 10, 23, 12))
    wang = _birthday(items, people["wang"])
    assert wang.remind_on == (date(2026, 10, 23),) and wang.due
    rs.set_remind_at(book, time(7, 30))
    assert rs.remind_at(book) == time(7, 30)
    with pytest.raises(InvalidInput):
        rs.set_client_overrides(book, people["wang"], {"nonsense": (1,)})


def test_wedding_is_announced_as_soon_as_it_is_near(book, people) -> None:
    items = rs.today_list(book, datetime(2027, 3, 20, 12))
    wedding = next(r for r in items if r.occasion_kind == "wedding")
    assert wedding.due and wedding.date == date(2027, 5, 1)


@pytest.mark.slow
def test_two_simulated_years_on_the_book(book, people) -> None:
    """Closed for days, asleep across 09:00, clock changes, snoozes and restarts: each stage once."""
    rng = random.Random(7)
    raised: Counter[tuple[str, date]] = Counter()
    raised_keys: set[str] = set()
    first_due: dict[str, date] = {}
    offset = timedelta(0)
    day = date(2026, 1, 1)
    end = date(2027, 12, 31)
    while day <= end:
        roll = rng.random()
        if roll < 0.06:
            day += timedelta(days=rng.randint(2, 8))  # the app closed for days
            continue
        if roll < 0.1:
            offset = rng.choice([timedelta(hours=-2), timedelta(days=-1), timedelta(hours=4), timedelta(0)])
        checks = 2 if roll > 0.7 else 1  # a restart or a wake-up mid-day: a second check
        for hour in sorted(rng.sample([7, 8, 9, 10, 13, 17, 22], checks)):  # often asleep at 9
            wall = datetime.combine(day, time(hour, rng.randint(0, 59))) + offset
            check = rs.check_due(book, wall)
            for reminder in check.raised:
                raised_keys.add(reminder.key)
                raised[(reminder.key, check.states[reminder.key].raised_on)] += 1
            for reminder in check.reminders:  # none lost: whatever is due has been raised at its stage
                state = check.states.get(reminder.key)
                current = logic.stage(rs._entry(reminder), state, wall, check.at)
                if current is not None:
                    assert state is not None and state.raised_on >= current, reminder
                first_due.setdefault(reminder.key, reminder.remind_on[0])
            for reminder in check.raised:  # the user acts on some of them
                roll = rng.random()
                if roll < 0.25:
                    until = wall.date() + timedelta(days=rng.choice([1, 3]))
                    rs.snooze(book, reminder.key, reminder.client_id, reminder.date, until, now=wall)
                elif roll < 0.35:
                    rs.mark_done(book, reminder.key, reminder.client_id, reminder.date, now=wall, touch=False)
                elif roll < 0.4:
                    rs.skip(book, reminder.key, reminder.client_id, reminder.date, now=wall)
        day += timedelta(days=1)
    assert raised and max(raised.values()) == 1
    kinds = {key.split(":")[0] for key in raised_keys}
    assert {"birthday", "festival", "family"} <= kinds
    for key, first in first_due.items():
        if first <= end - timedelta(days=20):
            assert key in raised_keys, key


def test_a_long_list_reads_phones_and_contacts_from_whole_tables_alike(book, monkeypatch) -> None:
    from storage.demo import fill_demo

    fill_demo(book, 60, seed=3)
    now = datetime(2026, 11, 24, 10)
    looked_up = rs.today_list(book, now)
    monkeypatch.setattr(rs, "_WHOLE_TABLES_FROM", 0)
    assert rs.today_list(book, now) == looked_up
    assert sum(1 for r in looked_up if r.phones) > 10 and any(r.due for r in looked_up)
