"""Lead-time rules: the declared defaults, client overrides and their JSON form."""

from __future__ import annotations

from datetime import date

import pytest

from reminders.leads import (
    ASAP,
    ASAP_HORIZON,
    Lead,
    action_on,
    default_lead_rules,
    horizon,
    lead_rules_from_json,
    lead_rules_to_json,
    leads_for,
    occasion_of,
    parse_lead_days,
    remind_dates,
)
from reminders.tiers import Tier

BIRTHDAY = date(2026, 9, 25)


def test_defaults_follow_the_tiers() -> None:
    rules = default_lead_rules("en")
    assert [lead.days for lead in rules[("birthday", Tier.CONFIDANT)]] == [7, 0]
    assert rules[("birthday", Tier.CONFIDANT)][0].action == "Order flowers or a cake"
    assert rules[("birthday", Tier.CONFIDANT)][1].action == "Call or visit"
    assert [lead.days for lead in rules[("birthday", Tier.FRIEND)]] == [3, 0]
    assert [lead.days for lead in rules[("birthday", Tier.ACQUAINTANCE)]] == [0]
    assert rules[("birthday", Tier.PASSERBY)] == ()
    assert [lead.days for lead in rules[("mid_autumn", Tier.FRIEND)]] == [7]
    assert [lead.days for lead in rules[("spring_festival", Tier.ACQUAINTANCE)]] == [0]
    assert [lead.days for lead in rules[("wedding", Tier.ACQUAINTANCE)]] == [ASAP, 1]
    assert [lead.days for lead in rules[("full_month", Tier.FRIEND)]] == [3]
    assert all(not leads for (_, tier), leads in rules.items() if tier is Tier.PASSERBY)


def test_chinese_defaults_have_chinese_actions() -> None:
    assert default_lead_rules("zh")[("birthday", Tier.CONFIDANT)][0].action == "订花或蛋糕"


@pytest.mark.parametrize(
    ("kind", "date_kind", "festival", "expected"),
    [
        ("birthday", "birthday", "", "birthday"),
        ("family", "birthday", "", "family_birthday"),
        ("family", "wedding", "", "wedding"),
        ("family", "gaokao", "", "family_event"),
        ("festival", "", "mid_autumn", "mid_autumn"),
        ("festival", "", "dragon_boat", "festival"),
        ("custom", "custom", "", "custom"),
        ("cadence", "", "", None),
    ],
)
def test_occasion_of(kind: str, date_kind: str, festival: str, expected: str | None) -> None:
    assert occasion_of(kind, date_kind, festival) == expected


def test_remind_dates_and_the_action_of_the_day() -> None:
    leads = leads_for(default_lead_rules("en"), "birthday", Tier.CONFIDANT)
    assert remind_dates(leads, BIRTHDAY) == (date(2026, 9, 18), BIRTHDAY)
    assert action_on(leads, BIRTHDAY, date(2026, 9, 10)) == "Order flowers or a cake"
    assert action_on(leads, BIRTHDAY, date(2026, 9, 20)) == "Order flowers or a cake"
    assert action_on(leads, BIRTHDAY, BIRTHDAY) == "Call or visit"


def test_asap_is_announced_within_the_horizon() -> None:
    leads = leads_for(default_lead_rules(), "wedding", Tier.FRIEND)
    days = remind_dates(leads, BIRTHDAY)
    assert days[0] == date.fromordinal(BIRTHDAY.toordinal() - ASAP_HORIZON)
    assert days[1] == date(2026, 9, 24)


def test_client_override_replaces_days_and_keeps_actions() -> None:
    rules = default_lead_rules("en")
    leads = leads_for(rules, "birthday", Tier.ACQUAINTANCE, (10,))
    assert leads == (Lead(10, "Send a greeting"),)
    passerby = leads_for(rules, "birthday", Tier.PASSERBY, (2, 0))
    assert [lead.days for lead in passerby] == [2, 0]
    assert passerby[0].action  # borrowed from another tier's default
    assert horizon(rules, (45,)) == 60


def test_json_keeps_only_changes_and_reads_back() -> None:
    rules = default_lead_rules("zh")
    assert lead_rules_to_json(rules, "zh") == {}
    rules[("birthday", Tier.PASSERBY)] = (Lead(0, "发个红包"),)
    rules[("mid_autumn", Tier.FRIEND)] = (Lead(10, "送月饼"), Lead(0, "打电话"))
    data = lead_rules_to_json(rules, "zh")
    assert data == {
        "birthday": {"passerby": [[0, "发个红包"]]},
        "mid_autumn": {"friend": [[10, "送月饼"], [0, "打电话"]]},
    }
    assert lead_rules_from_json(data, "zh") == rules


def test_bad_json_entries_are_dropped() -> None:
    data = {"nonsense": {}, "birthday": {"confidant": [[999, "x"]], "nobody": [[1, "y"]]}, "custom": "oops"}
    assert lead_rules_from_json(data, "en") == default_lead_rules("en")


def test_parse_lead_days() -> None:
    assert parse_lead_days("7, 0") == (7, 0)
    assert parse_lead_days("10，3") == (10, 3)
    assert parse_lead_days("asap, 1") == (ASAP, 1)
    assert parse_lead_days("") == ()
    with pytest.raises(ValueError):
        parse_lead_days("200")
    with pytest.raises(ValueError):
        parse_lead_days("soon")
