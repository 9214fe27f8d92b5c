"""The relationship log's services on a real SQLite book: contacts, gifts, feedback, churn and win-back."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from reminders.tiers import Tier
from storage import care, clients, feedback, gifts, log, stats, timeline, winback
from storage.agenda import agenda
from storage.care_records import ContactDraft, GiftDraft
from storage.errors import InvalidInput, NotFound
from storage.records import ClientDraft

pytestmark = pytest.mark.both_book_kinds

TODAY = date.today()


def _client(book, name: str = "王总", tier: Tier = Tier.FRIEND) -> int:
    return clients.create_client(book, ClientDraft(name=name, tier=tier)).id


def test_logging_a_contact_updates_last_contact_and_makes_a_follow_up(book) -> None:
    cid = _client(book)
    at = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=10)
    entry = log.log_contact(
        book,
        ContactDraft(cid, "visit", ("care", "deal"), " 送了茶叶 ", at, mood=4, next_follow_up=TODAY + timedelta(3)),
    )
    assert entry.purposes == ("care", "deal") and entry.note == "送了茶叶"
    assert clients.get_client(book, cid).last_contact_at == at
    items = [i for i in agenda(book, TODAY, 7) if i.kind == "followup"]
    assert [(i.client_id, i.date) for i in items] == [(cid, TODAY + timedelta(3))]
    assert items[0].to_json_dict()["kind"] == "followup"

    # the next contact fulfils the follow-up; an older back-dated one does not move last_contact
    log.log_contact(book, ContactDraft(cid, "phone", ("service",), "", at + timedelta(days=1)))
    assert not [i for i in agenda(book, TODAY, 7) if i.kind == "followup"]
    log.log_contact(book, ContactDraft(cid, "sms", ("information",), "", at - timedelta(days=30)))
    assert clients.get_client(book, cid).last_contact_at == at + timedelta(days=1)


def test_contact_input_is_checked(book) -> None:
    cid = _client(book)
    with pytest.raises(InvalidInput, match="channel"):
        log.log_contact(book, ContactDraft(cid, "fax", ("care",)))
    with pytest.raises(InvalidInput, match="purpose"):
        log.log_contact(book, ContactDraft(cid, "phone", ()))
    with pytest.raises(InvalidInput, match="unknown purpose"):
        log.parse_purposes(["care,gossip"])
    assert log.parse_purposes(["care, deal", "care", "SERVICE"]) == ("care", "deal", "service")
    with pytest.raises(InvalidInput, match="1 to 5"):
        log.log_contact(book, ContactDraft(cid, "phone", ("care",), mood=6))


def test_cadence_items_for_overdue_clients_only(book) -> None:
    confidant = _client(book, "知己甲", Tier.CONFIDANT)
    friend = _client(book, "朋友乙", Tier.FRIEND)
    passer = _client(book, "过客丙", Tier.PASSERBY)
    long_ago = datetime.combine(TODAY - timedelta(days=20), datetime.min.time())
    for cid in (confidant, friend, passer):
        log.log_contact(book, ContactDraft(cid, "phone", ("care",), "", long_ago))
    items = [i for i in agenda(book, TODAY, 1, lang="en") if i.kind == "cadence"]
    assert [i.client_id for i in items] == [confidant]
    assert items[0].date == TODAY - timedelta(days=6)
    assert "Not contacted for 20 days (14-day interval)" in items[0].title
    care.set_contact_interval(book, friend, 10)
    assert {i.client_id for i in agenda(book, TODAY, 1) if i.kind == "cadence"} == {confidant, friend}


def test_gift_budget_repeat_balance_and_ideas(book) -> None:
    cid = _client(book, tier=Tier.ACQUAINTANCE)
    draft = GiftDraft(cid, "茶叶", "given", TODAY - timedelta(days=400), "中秋", 150)
    assert not gifts.check_gift(book, draft).any
    gifts.record_gift(book, draft)
    warn = gifts.check_gift(book, GiftDraft(cid, "茶叶 ", "given", TODAY, "春节", 260))
    assert warn.over_budget_by == 60 and warn.repeat_of == TODAY - timedelta(days=400)
    gifts.record_gift(book, GiftDraft(cid, "土特产", "received", TODAY, "", 80))
    gifts.record_gift(book, GiftDraft(cid, "高考试卷", "idea"))
    balance = gifts.favour_balance(book, cid)
    assert (balance.given_count, balance.given_total, balance.received_total, balance.balance) == (1, 150, 80, 70)
    rel = timeline.relationship(book, cid)
    assert [g.item for g in rel.gift_ideas] == ["高考试卷"]
    assert [e.kind for e in rel.timeline].count("gift") == 2


def test_a_gift_idea_given_or_removed_and_put_back(book) -> None:
    cid, other = _client(book), _client(book)
    idea = gifts.record_gift(book, GiftDraft(cid, "兰花", "idea", occasion="乔迁", cost=120))
    with pytest.raises(NotFound):  # another client's gift cannot carry out this idea
        gifts.record_gift(book, GiftDraft(other, "兰花", "given", TODAY), from_idea=idea.id)
    given = gifts.record_gift(book, GiftDraft(cid, "兰花", "given", TODAY, "乔迁", 120), from_idea=idea.id)
    assert [(g.direction, g.item) for g in gifts.list_gifts(book, cid)] == [("given", "兰花")]
    assert gifts.delete_gift_idea(book, given.id) is None  # only ideas are removed this way
    second = gifts.record_gift(book, GiftDraft(cid, "茶叶", "idea", notes="他爱喝普洱"))
    removed = gifts.delete_gift_idea(book, second.id)
    assert removed == second and gifts.delete_gift_idea(book, second.id) is None
    back = gifts.record_gift(book, gifts.idea_draft(removed))
    assert (back.item, back.direction, back.notes) == ("茶叶", "idea", "他爱喝普洱")
    assert [g.item for g in timeline.relationship(book, cid).gift_ideas] == ["茶叶"]


def test_complaint_lifecycle_cannot_skip_the_report_back(book) -> None:
    cid = _client(book)
    opened = datetime.combine(TODAY - timedelta(days=5), datetime.min.time())
    item = feedback.open_feedback(book, cid, "complaint", "送货晚了三天", at=opened)
    assert item.status == "open" and item.next_status == "checking"
    assert [i.kind for i in agenda(book, TODAY, 1) if i.kind == "complaint"] == ["complaint"]
    with pytest.raises(InvalidInput, match="next step"):
        feedback.advance_feedback(book, item.id, "fixed")
    feedback.advance_feedback(book, item.id, "checking", "问了仓库, 属实")
    fixed = feedback.advance_feedback(book, item.id, "fixed", "换了物流")
    assert fixed.status == "fixed" and fixed.is_open
    with pytest.raises(InvalidInput, match="reported back"):
        feedback.advance_feedback(book, item.id, "reported", "")
    done = feedback.advance_feedback(book, item.id, "reported", "电话告知王总, 请他监督")
    assert [s.status for s in done.steps] == ["open", "checking", "fixed", "reported"]
    assert not done.is_open
    with pytest.raises(InvalidInput, match="already closed"):
        feedback.advance_feedback(book, item.id, "reported", "again")
    assert not [i for i in agenda(book, TODAY, 1) if i.kind == "complaint"]


def test_a_young_complaint_waits_for_the_set_days(book) -> None:
    cid = _client(book)
    feedback.open_feedback(book, cid, "complaint", "价格贵")
    assert not [i for i in agenda(book, TODAY, 1) if i.kind == "complaint"]
    assert [i.date for i in agenda(book, TODAY, 4) if i.kind == "complaint"] == [TODAY + timedelta(3)]


def test_risk_explained_and_at_risk_sorted(book) -> None:
    calm = _client(book, "平安")
    worried = _client(book, "担心")
    log.log_contact(book, ContactDraft(calm, "phone", ("care",), "", mood=4))
    old = datetime.combine(TODAY - timedelta(days=61), datetime.min.time())
    log.log_contact(book, ContactDraft(worried, "visit", ("deal",), "", old - timedelta(days=5), mood=5))
    log.log_contact(book, ContactDraft(worried, "visit", ("deal",), "", old, mood=3, price_too_high=True))
    feedback.open_feedback(book, worried, "complaint", "质量问题")
    rel = timeline.relationship(book, worried)
    assert [r.kind for r in rel.risk.reasons] == ["silence", "complaint", "satisfaction", "price"]
    assert rel.risk.reasons[0].days == 61
    assert [r.client_id for r in care.at_risk(book)] == [worried]


def test_mark_lost_leaves_active_lists_and_win_back_returns(book) -> None:
    cid = _client(book, "流失客户")
    other = _client(book, "留下客户")
    with pytest.raises(InvalidInput, match="other reason"):
        winback.mark_lost(book, cid, TODAY, ["other"])
    loss = winback.mark_lost(book, cid, TODAY, ["price", "competitor"], note="被对手低价挖走")
    assert clients.count_clients(book) == 1
    assert [r.id for r in clients.find_clients(book, "")] == [other]
    assert cid not in {r.client_id for r in care.client_risks(book)}
    with pytest.raises(InvalidInput, match="already"):
        winback.mark_lost(book, cid, TODAY, ["price"])

    winback.add_winback_step(book, loss.id, "reason", "电话了解: 对手便宜 8%")
    winback.add_winback_step(book, loss.id, "plan", "提供季度返利", follow_up_on=TODAY + timedelta(days=2))
    items = [i for i in agenda(book, TODAY, 3) if i.kind == "followup"]
    assert [i.client_id for i in items] == [cid]  # win-back follow-ups show even though the client is lost
    with pytest.raises(InvalidInput, match="why"):
        winback.close_winback(book, loss.id, "not_won_back")
    done = winback.close_winback(book, loss.id, "won_back", "签了新单")
    assert done.outcome == "won_back" and [s.step for s in done.steps] == ["reason", "plan"]
    assert clients.count_clients(book) == 2
    assert not [i for i in agenda(book, TODAY, 3) if i.kind == "followup"]
    kinds = {e.kind for e in timeline.client_timeline(book, cid)}
    assert {"loss", "winback", "outcome", "tier"} <= kinds


def test_tier_suggestions_accept_and_dismiss(book) -> None:
    up = _client(book, "升级", Tier.ACQUAINTANCE)
    down = _client(book, "降级", Tier.FRIEND)
    for months_ago in (9, 6, 3, 0):
        at = datetime.combine(TODAY - timedelta(days=30 * months_ago), datetime.min.time())
        log.log_contact(book, ContactDraft(up, "visit", ("care",), "", at))
    log.log_contact(
        book,
        ContactDraft(down, "phone", ("deal",), "", datetime.combine(TODAY - timedelta(days=100), datetime.min.time())),
    )
    found = {s.client_id: s.suggestion for s in care.tier_suggestions(book)}
    assert found[up].proposed is Tier.FRIEND and found[down].proposed is Tier.ACQUAINTANCE
    care.accept_suggestion(book, up, Tier.FRIEND, "4 warm contacts")
    assert clients.get_client(book, up).tier is Tier.FRIEND
    assert clients.get_client(book, up).tier_history[-1].reason == "4 warm contacts"
    care.dismiss_suggestion(book, down, "down")
    assert not care.tier_suggestions(book)


def test_stats_on_an_empty_book_and_with_losses(book) -> None:
    empty = stats.figures(book)
    assert empty.active == 0 and all(p.rate is None for p in empty.months) and empty.winback.rate is None
    ids = [_client(book, f"客户{i}", Tier.ACQUAINTANCE) for i in range(4)]
    last_month_end = TODAY.replace(day=1) - timedelta(days=1)
    from storage import models

    with book.Session.begin() as session:  # the clients joined long ago
        for client in session.query(models.Client):
            client.created_at = datetime(2020, 1, 1)
    winback.mark_lost(book, ids[0], TODAY.replace(day=1), ["neglect"])
    data = stats.figures(book)
    assert data.active == 3 and data.lost_now == 1
    assert (data.months[-1].lost, data.months[-1].base, data.months[-1].rate) == (1, 4, 25.0)
    assert data.months[-2].base == 4 and data.months[-2].rate == 0.0
    assert data.lost_reasons == {"neglect": 1}
    assert data.to_json_dict()["pyramid"]["acquaintance"]["clients"] == 3
    assert last_month_end < TODAY
