"""Tier suggestions: who seems ready to move up the ladder, and who is drifting down.

Only proposals: the user accepts or dismisses each one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reminders.tiers import Tier

#: Warm contacts (care, or a mood of 4-5) needed within a year to propose a move up...
WARM_CONTACTS_UP = 4
#: ...spread over at least this many days.
WARM_SPAN_DAYS = 90
#: Silence of this many intervals proposes a move down.
SILENT_INTERVALS_DOWN = 3


@dataclass(frozen=True, slots=True)
class ContactSignal:
    on: date
    warm: bool


@dataclass(frozen=True, slots=True)
class TierSuggestion:
    current: Tier
    proposed: Tier
    direction: str  # "up" or "down"
    warm_contacts: int = 0
    span_days: int = 0
    days_silent: int = 0

    def english(self) -> str:
        if self.direction == "up":
            return f"{self.warm_contacts} warm contacts over {self.span_days} days"
        return f"no contact for {self.days_silent} days"


def suggest_tier(
    tier: Tier,
    today: date,
    since: date,
    interval: int | None,
    contacts: Sequence[ContactSignal],
    tier_since: date | None = None,
) -> TierSuggestion | None:
    """Propose one step up or down, or nothing.

    Up: at least 4 warm contacts in the last 365 days, the first and last at least 90
    days apart, and the last contact within the interval. Down: silent for three
    intervals or more (no interval, no proposal).
    """
    days_silent = max(0, (today - since).days)
    if interval is not None and tier > Tier.PASSERBY and days_silent >= SILENT_INTERVALS_DOWN * interval:
        return TierSuggestion(tier, Tier(tier - 1), "down", days_silent=days_silent)
    if tier >= Tier.CONFIDANT:
        return None
    warm = sorted(
        c.on
        for c in contacts
        if c.warm and 0 <= (today - c.on).days <= 365 and (tier_since is None or c.on >= tier_since)
    )
    if len(warm) < WARM_CONTACTS_UP:
        return None
    span = (warm[-1] - warm[0]).days
    if span < WARM_SPAN_DAYS or (interval is not None and days_silent > interval):
        return None
    return TierSuggestion(tier, Tier(tier + 1), "up", warm_contacts=len(warm), span_days=span)
