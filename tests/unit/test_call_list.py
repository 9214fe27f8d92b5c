"""The call list as plain data: greetings, default actions, grouping and order."""

from __future__ import annotations

from datetime import date

from reminders import greetings
from reminders.agenda import AgendaItem, ClientDates, OccasionDetail
from reminders.call_actions import suggested_action
from reminders.call_list import ClientContact, build_call_list, shorten
from reminders.tiers import Tier

START = date(2026, 9, 25)


def item(client_id: int, name: str, tier: Tier, day: date, kind: str = "birthday", festival: str = "") -> AgendaItem:
    detail = OccasionDetail(
        day, kind, "中秋节" if festival else "生日", festival, bool(festival), "农历八月十五", "生日 (52岁) · x",
        festival=festival,
    )  # fmt: skip
    return AgendaItem(ClientDates(client_id, name, tier), detail)


def contact(client_id: int, name: str, tier: Tier, address_as: str = "") -> ClientContact:
    return ClientContact(client_id, name, tier, address_as=address_as, phones=("13800138000",))


def test_render_fills_placeholders_and_falls_back_to_the_name() -> None:
    text = greetings.render("{address}，{occasion}快乐！{unknown}", address="", name="王建国", occasion="中秋节")
    assert text == "王建国，中秋节快乐！{unknown}"
    assert greetings.render("{称呼}好", address="李姐", name="李梅") == "李姐好"


def test_templates_differ_by_tier_and_overrides_win() -> None:
    formal = greetings.template_for(None, "zh", "birthday", Tier.PASSERBY)
    warm = greetings.template_for(None, "zh", "birthday", Tier.CONFIDANT)
    assert formal != warm and "生日快乐" in formal
    assert "birthday" in greetings.template_for(None, "en", "birthday", Tier.FRIEND).lower()
    changed = greetings.set_override(None, "zh", "birthday", Tier.FRIEND, "{address}，生日快乐！")
    assert greetings.template_for(changed, "zh", "birthday", Tier.FRIEND) == "{address}，生日快乐！"
    assert greetings.template_for(changed, "zh", "birthday", Tier.CONFIDANT) == warm
    back = greetings.set_override(changed, "zh", "birthday", Tier.FRIEND, "")
    assert back == {"zh": {}}


def test_every_festival_and_kind_has_a_greeting_and_an_action() -> None:
    for key in greetings.OCCASIONS:
        for tier in Tier:
            for lang in ("zh", "en"):
                assert greetings.default_template(lang, key, tier)
                assert suggested_action(key, tier, lang)
    assert greetings.default_template("en", "lantern", Tier.FRIEND).startswith("Happy {occasion}")


def test_grouped_by_day_overdue_first_then_closest_tier() -> None:
    items = [
        item(1, "甲", Tier.PASSERBY, START),
        item(2, "乙", Tier.CONFIDANT, START),
        item(3, "丙", Tier.FRIEND, date(2026, 9, 26)),
        item(4, "丁", Tier.ACQUAINTANCE, date(2026, 9, 20)),  # overdue
        item(5, "戊", Tier.CONFIDANT, date(2026, 9, 21)),  # overdue
    ]
    clients = {i: contact(i, n, t) for i, n, t in [(1, "甲", Tier.PASSERBY), (2, "乙", Tier.CONFIDANT),
               (3, "丙", Tier.FRIEND), (4, "丁", Tier.ACQUAINTANCE), (5, "戊", Tier.CONFIDANT)]}  # fmt: skip
    sheet = build_call_list(items, clients, START, 7, lang="zh", salesperson="小刘")
    assert [d.day for d in sheet.days] == [None, START, date(2026, 9, 26)]
    assert [e.name for e in sheet.days[0].entries] == ["戊", "丁"]
    assert [e.name for e in sheet.days[1].entries] == ["乙", "甲"]
    assert all(e.overdue for e in sheet.days[0].entries)
    assert len(sheet) == 5 and sheet.end == date(2026, 10, 1)


def test_entry_carries_both_dates_action_and_greeting() -> None:
    festival = item(1, "王建国", Tier.FRIEND, START, kind="festival", festival="mid_autumn")
    sheet = build_call_list([festival], {1: contact(1, "王建国", Tier.FRIEND, "王总")}, START, 1)
    entry = sheet.entries[0]
    assert entry.solar_text == "2026-09-25" and entry.lunar_text == "农历八月十五"
    assert entry.greeting.startswith("王总，中秋快乐")
    assert entry.action == suggested_action("festival", Tier.FRIEND, "zh")


def test_kinds_filter_and_missing_clients_are_left_out() -> None:
    items = [item(1, "甲", Tier.FRIEND, START), item(2, "乙", Tier.FRIEND, START, "festival", "mid_autumn")]
    sheet = build_call_list(items, {1: contact(1, "甲", Tier.FRIEND)}, START, 1, kinds={"festival"})
    assert len(sheet) == 0
    assert shorten("一" * 100, 10) == "一" * 9 + "…"
