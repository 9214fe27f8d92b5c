"""Today lists the relationship log's work too: follow-ups, clients gone quiet, aging complaints."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from reminders.tiers import Tier
from storage import clients
from storage.care_records import ContactDraft
from storage.feedback import open_feedback
from storage.log import log_contact
from storage.records import ClientDraft
from storage.reminder_service import mark_done, today_list

pytestmark = pytest.mark.both_book_kinds


def test_followups_cadence_and_complaints_appear_on_today_and_leave_when_done(book) -> None:
    now = datetime.now().replace(microsecond=0)
    today = now.date()
    promised = clients.create_client(book, ClientDraft(name="约好", tier=Tier.ACQUAINTANCE))
    log_contact(
        book,
        ContactDraft(
            promised.id,
            "phone",
            ("deal",),
            "send the quote",
            contacted_at=now - timedelta(days=3),
            next_follow_up=today - timedelta(days=1),
        ),
    )
    quiet = clients.create_client(book, ClientDraft(name="久未联系", tier=Tier.FRIEND))
    log_contact(book, ContactDraft(quiet.id, "visit", ("care",), contacted_at=now - timedelta(days=45)))
    unhappy = clients.create_client(book, ClientDraft(name="有投诉", tier=Tier.ACQUAINTANCE))
    log_contact(book, ContactDraft(unhappy.id, "phone", ("service",), contacted_at=now - timedelta(days=1)))
    open_feedback(book, unhappy.id, "complaint", "送货晚了", at=now - timedelta(days=5))

    listed = {(r.client, r.kind): r for r in today_list(book, now)}
    assert ("约好", "followup") in listed
    assert ("久未联系", "cadence") in listed
    assert ("有投诉", "complaint") in listed
    cadence = listed[("久未联系", "cadence")]
    assert cadence.action and cadence.date < today  # overdue: the day the interval ran out
    assert "45" in cadence.title

    mark_done(book, cadence.key, cadence.client_id, cadence.date, now=now)
    assert ("久未联系", "cadence") not in {(r.client, r.kind) for r in today_list(book, now)}


def test_today_groups_many_quiet_clients_under_one_row(qtbot, book) -> None:
    from ui.today_model import GROUP_AT, TodayModel

    now = datetime.now().replace(microsecond=0)
    for number in range(GROUP_AT + 2):
        client = clients.create_client(book, ClientDraft(name=f"静{number}", tier=Tier.FRIEND))
        log_contact(book, ContactDraft(client.id, "phone", ("care",), contacted_at=now - timedelta(days=40)))
    model = TodayModel()
    model.set_reminders(today_list(book, now), date.today())
    overdue = model.index(0, 0)
    assert model.rowCount(overdue) == 1  # one "Keep in touch: N clients" row
    group = model.index(0, 0, overdue)
    assert str(GROUP_AT + 2) in model.data(group)
    assert model.rowCount(group) == GROUP_AT + 2
