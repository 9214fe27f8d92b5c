"""The at-risk threshold of the churn watch: levels follow the book's number, high 25 points above it."""

from __future__ import annotations

import pytest

from reminders.churn import DEFAULT_AT_RISK, MAX_AT_RISK, MIN_AT_RISK, RiskScale


def test_the_default_scale_keeps_25_and_50() -> None:
    scale = RiskScale()
    assert (scale.at_risk_from, scale.high_from) == (25, 50)
    levels = [scale.level(score) for score in (0, 1, 24, 25, 49, 50, 100)]
    assert levels == ["none", "low", "low", "medium", "medium", "high", "high"]


def test_levels_follow_a_set_threshold() -> None:
    scale = RiskScale(40)
    assert scale.high_from == 65
    assert [scale.level(score) for score in (25, 39, 40, 64, 65)] == ["low", "low", "medium", "medium", "high"]
    assert not scale.is_at_risk(39) and scale.is_at_risk(40)
    low = RiskScale(10)
    assert low.level(25) == "medium" and low.level(35) == "high" and low.is_at_risk(10)


def test_high_risk_is_capped_at_100() -> None:
    assert RiskScale(90).high_from == 100
    assert RiskScale(90).level(99) == "medium" and RiskScale(90).level(100) == "high"
    top = RiskScale(MAX_AT_RISK)
    assert top.high_from == 100 and top.level(99) == "low" and top.level(100) == "high"


@pytest.mark.parametrize("stored", [None, "30", 30.0, True, MIN_AT_RISK - 1, MAX_AT_RISK + 1, -25, [30], {}])
def test_a_stored_value_that_is_not_a_threshold_falls_back_to_the_default(stored) -> None:
    assert RiskScale.from_json(stored).at_risk_from == DEFAULT_AT_RISK


@pytest.mark.parametrize("stored", [MIN_AT_RISK, 30, MAX_AT_RISK])
def test_a_threshold_in_range_is_kept(stored: int) -> None:
    assert RiskScale.from_json(stored).at_risk_from == stored
