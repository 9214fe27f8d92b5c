"""Gifts and favours (礼物与人情): the per-tier budget and the repeat check.

"Gifts must not be expensive" (礼物一定不要太贵重): budgets are small by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from reminders.tiers import Tier

#: Yuan per gift, by tier.
DEFAULT_BUDGETS: dict[Tier, int] = {
    Tier.PASSERBY: 50,
    Tier.ACQUAINTANCE: 200,
    Tier.FRIEND: 500,
    Tier.CONFIDANT: 1000,
}
#: The same item to the same client within this many days is flagged as a repeat.
REPEAT_DAYS = 730


def budgets_from_json(data: Mapping[str, object] | None) -> dict[Tier, int]:
    result = dict(DEFAULT_BUDGETS)
    for tier in Tier:
        value = (data or {}).get(tier.key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            result[tier] = value
    return result


def budgets_to_json(budgets: Mapping[Tier, int]) -> dict[str, int]:
    return {tier.key: budgets[tier] for tier in Tier}


@dataclass(frozen=True, slots=True)
class GiftWarnings:
    """What to ask about before saving a gift given."""

    over_budget_by: int = 0  # yuan above the tier's budget; 0 when within it
    budget: int = 0
    repeat_of: date | None = None  # when the same item was last given

    @property
    def any(self) -> bool:
        return self.over_budget_by > 0 or self.repeat_of is not None


def normalise_item(item: str) -> str:
    """Items compare without case, spaces or punctuation: "Tea set" == "tea-set"."""
    return "".join(ch for ch in item.casefold() if ch.isalnum())


def gift_warnings(
    tier: Tier,
    cost: int,
    item: str,
    on: date,
    earlier: Iterable[tuple[date, str]],
    budgets: Mapping[Tier, int] | None = None,
) -> GiftWarnings:
    """Check a gift given on `on` against the budget and the client's `earlier` gifts (date, item)."""
    budget = (budgets if budgets is not None else DEFAULT_BUDGETS)[tier]
    wanted = normalise_item(item)
    repeat = None
    if wanted:
        for when, other in earlier:
            if normalise_item(other) == wanted and abs((on - when).days) <= REPEAT_DAYS:
                repeat = when if repeat is None or when > repeat else repeat
    return GiftWarnings(over_budget_by=max(0, cost - budget), budget=budget, repeat_of=repeat)
