"""Book-wide options of the relationship log: cadences, gift budgets, complaint age, the at-risk threshold."""

from __future__ import annotations

from typing import Any

from reminders.cadence import intervals_from_json
from reminders.churn import DEFAULT_AT_RISK, RiskScale
from reminders.gifts import budgets_from_json
from reminders.tiers import Tier
from storage.db import Book
from storage.settings import BookOption, get_option

#: Days between contacts by tier key ({"friend": 30, "passerby": null ...}).
CONTACT_INTERVALS = BookOption[dict[str, Any] | None]("contact_intervals", None)
#: Yuan per gift by tier key.
GIFT_BUDGETS = BookOption[dict[str, Any] | None]("gift_budgets", None)
#: An open complaint older than this many days appears on Today.
COMPLAINT_DAYS = BookOption[int]("complaint_days", 3)
#: A client is at risk from this churn-risk score (0-100) on; see `reminders.churn.RiskScale`.
AT_RISK_FROM = BookOption[int]("at_risk_from", DEFAULT_AT_RISK)
#: Tier suggestions the user dismissed: {client id: "up"/"down" + ":" + ISO day}.
DISMISSED_SUGGESTIONS = BookOption[dict[str, str]]("dismissed_tier_suggestions", {})


def contact_intervals(book: Book) -> dict[Tier, int | None]:
    return intervals_from_json(get_option(book, CONTACT_INTERVALS))


def gift_budgets(book: Book) -> dict[Tier, int]:
    return budgets_from_json(get_option(book, GIFT_BUDGETS))


def complaint_days(book: Book) -> int:
    value = get_option(book, COMPLAINT_DAYS)
    return value if isinstance(value, int) and value >= 0 else COMPLAINT_DAYS.default


def risk_scale(book: Book) -> RiskScale:
    """The book's at-risk threshold (the default when unset or out of range) and the levels it gives."""
    return RiskScale.from_json(get_option(book, AT_RISK_FROM))
