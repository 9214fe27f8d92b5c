"""Cadence, churn-risk, churn-rate, gift and tier-suggestion arithmetic, checked by hand."""

from __future__ import annotations

from datetime import date

from reminders.cadence import DEFAULT_INTERVALS, cadence_status, interval_for, intervals_from_json
from reminders.churn import (
    Membership,
    RiskInput,
    RiskScale,
    churn_rates,
    month_periods,
    quarter_periods,
    risk_score,
    silence_points,
    winback_rate,
)
from reminders.gifts import gift_warnings
from reminders.suggestions import ContactSignal, suggest_tier
from reminders.tiers import Tier


def test_default_intervals_and_overrides() -> None:
    assert DEFAULT_INTERVALS[Tier.CONFIDANT] == 14
    assert interval_for(Tier.FRIEND) == 30
    assert interval_for(Tier.PASSERBY) is None
    assert interval_for(Tier.PASSERBY, 45) == 45
    assert interval_for(Tier.FRIEND, 0) == 30  # 0 is no override
    assert intervals_from_json({"friend": 21, "acquaintance": "x", "passerby": None})[Tier.FRIEND] == 21
    assert intervals_from_json({"acquaintance": "x"})[Tier.ACQUAINTANCE] == 90


def test_cadence_status() -> None:
    status = cadence_status(date(2026, 1, 1), date(2026, 3, 3), 30)
    assert status.days_silent == 61
    assert status.overdue and status.days_over == 31
    assert status.due_on == date(2026, 1, 31)
    assert not cadence_status(date(2026, 1, 1), date(2026, 1, 31), 30).overdue  # on the day: not yet past
    assert not cadence_status(date(2020, 1, 1), date(2026, 1, 1), None).overdue


def test_cadence_status_of_a_contact_dated_at_the_end_of_time_does_not_overflow() -> None:
    status = cadence_status(date(9999, 12, 30), date(2026, 6, 1), 30)
    assert status.due_on == date.max and not status.overdue


def test_silence_points() -> None:
    assert silence_points(30, 30) == 0
    assert silence_points(40, 30) == 27  # 20 + 20 * 10/30 = 26.7
    assert silence_points(61, 30) == 40  # capped
    assert silence_points(200, None) == 10
    assert silence_points(100, None) == 0


def test_risk_score_of_the_example_on_the_page() -> None:
    risk = risk_score(
        RiskInput(
            today=date(2026, 12, 1),
            since=date(2026, 10, 1),
            interval=30,
            open_complaints=[date(2026, 11, 3)],
            ratings=[4, 5, 3],
            price_flag_on=date(2026, 11, 20),
        )
    )
    # silence 61 days: 40; one complaint: 25; 5 -> 3: 20; price: 15 -> 100 (capped at 100)
    assert [r.kind for r in risk.reasons] == ["silence", "complaint", "satisfaction", "price"]
    assert risk.score == 100 and RiskScale().level(risk.score) == "high"
    assert risk.english() == (
        "no contact for 61 days, past the 30-day interval; an open complaint since 3 Nov 2026; "
        "satisfaction fell from 5 to 3; said the price is too high"
    )


def test_a_client_never_contacted_is_worded_from_the_day_they_were_added() -> None:
    risk = risk_score(RiskInput(today=date(2026, 12, 1), since=date(2026, 1, 1), interval=None, never_contacted=True))
    assert risk.english() == "never contacted since being added 334 days ago"
    risk = risk_score(RiskInput(today=date(2026, 12, 1), since=date(2026, 10, 1), interval=30, never_contacted=True))
    assert risk.english() == "never contacted since being added 61 days ago, past the 30-day interval"


def test_risk_score_quiet_client_and_old_price_flag() -> None:
    calm = risk_score(RiskInput(today=date(2026, 6, 1), since=date(2026, 5, 20), interval=30, ratings=[3, 4]))
    assert calm.score == 0 and RiskScale().level(calm.score) == "none" and calm.reasons == ()
    old = risk_score(
        RiskInput(today=date(2026, 6, 1), since=date(2026, 5, 20), interval=30, price_flag_on=date(2025, 1, 1))
    )
    assert old.score == 0
    two = risk_score(
        RiskInput(today=date(2026, 6, 1), since=date(2026, 5, 20), interval=30, open_complaints=[date(2026, 5, 1)] * 3)
    )
    assert two.score == 35 and RiskScale().level(two.score) == "medium"


def test_month_and_quarter_periods() -> None:
    months = month_periods(date(2026, 2, 10), 3)
    assert months == [
        (date(2025, 12, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 28)),
    ]
    quarters = quarter_periods(date(2026, 5, 5), 2)
    assert quarters == [(date(2026, 1, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 6, 30))]


def test_churn_rate_by_hand() -> None:
    # 10 clients since 2025; 2 lost in March (one won back in April), 1 lost in April.
    members = [Membership(date(2025, 1, 1)) for _ in range(7)]
    members += [
        Membership(date(2025, 1, 1), ((date(2026, 3, 5), None),)),
        Membership(date(2025, 1, 1), ((date(2026, 3, 20), date(2026, 4, 10)),)),
        Membership(date(2025, 1, 1), ((date(2026, 4, 2), None),)),
    ]
    march, april = churn_rates(members, [(date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 4, 30))])
    assert (march.lost, march.base, march.rate) == (2, 10, 20.0)
    assert (april.lost, april.base, april.won_back) == (1, 8, 1)
    assert april.rate == 12.5


def test_churn_rate_of_an_empty_book_and_a_month_with_nobody_active() -> None:
    assert churn_rates([], month_periods(date(2026, 3, 1), 2))[0].rate is None
    # the only client arrives in March and is lost in March: nobody was active at the end of February
    (march,) = churn_rates(
        [Membership(date(2026, 3, 2), ((date(2026, 3, 9), None),))], [(date(2026, 3, 1), date(2026, 3, 31))]
    )
    assert (march.lost, march.base, march.rate) == (1, 0, None)


def test_winback_rate() -> None:
    rate = winback_rate(["won_back", "not_won_back", None, "won_back"])
    assert (rate.losses, rate.won_back, rate.given_up, rate.rate) == (4, 2, 1, 50.0)
    assert winback_rate([]).rate is None


def test_gift_budget_and_repeat() -> None:
    earlier = [(date(2025, 1, 1), "Tea set"), (date(2020, 1, 1), "月饼")]
    warnings = gift_warnings(Tier.ACQUAINTANCE, 250, "tea-set", date(2026, 6, 1), earlier)
    assert warnings.over_budget_by == 50 and warnings.budget == 200
    assert warnings.repeat_of == date(2025, 1, 1)
    assert not gift_warnings(Tier.FRIEND, 300, "月饼", date(2026, 6, 1), earlier).any  # 2020 is over two years ago


def test_tier_suggestions() -> None:
    today = date(2026, 12, 1)
    warm = [ContactSignal(date(2026, m, 1), True) for m in (3, 6, 9, 11)]
    up = suggest_tier(Tier.ACQUAINTANCE, today, date(2026, 11, 1), 90, warm)
    assert up is not None and up.proposed is Tier.FRIEND and up.warm_contacts == 4 and up.span_days == 245
    assert suggest_tier(Tier.ACQUAINTANCE, today, date(2026, 11, 1), 90, warm[:3]) is None
    assert suggest_tier(Tier.CONFIDANT, today, date(2026, 11, 1), 14, warm) is None
    down = suggest_tier(Tier.FRIEND, today, date(2026, 8, 1), 30, [])
    assert down is not None and down.proposed is Tier.ACQUAINTANCE and down.days_silent == 122
    assert suggest_tier(Tier.PASSERBY, today, date(2020, 1, 1), None, []) is None


def test_only_contacts_since_the_last_move_count_towards_the_next() -> None:
    today = date(2026, 12, 1)
    warm = [ContactSignal(date(2026, m, 1), True) for m in (3, 6, 9, 11)]
    assert suggest_tier(Tier.FRIEND, today, date(2026, 11, 1), 30, warm, tier_since=date(2026, 11, 15)) is None
