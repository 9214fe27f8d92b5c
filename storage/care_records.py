"""Plain data of the relationship log, taken and returned by the services. `ui/` imports this."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reminders.cadence import CadenceStatus
from reminders.churn import Risk
from reminders.suggestions import TierSuggestion
from reminders.tiers import Tier

#: How a contact was made (visit 拜访, phone, WeChat, SMS, email, gift, event or meal).
CHANNELS = ("visit", "phone", "wechat", "sms", "email", "gift", "meal")
#: The five functions of a contact (客户联络的五大职能).
PURPOSES = ("care", "information", "deal", "service", "intelligence")
FEEDBACK_KINDS = ("complaint", "suggestion")
#: A complaint's steps, in order; "reported" (reported back to the client) closes it.
FEEDBACK_STATUSES = ("open", "checking", "fixed", "reported")
GIFT_DIRECTIONS = ("given", "received", "idea")
#: Why clients leave (shared/domain.md), plus "other".
LOSS_REASONS = (
    "staff_turnover",
    "broken_trust",
    "novelty",
    "neglect",
    "big_clients_favoured",
    "natural",
    "competitor",
    "price",
    "poor_service",
    "better_product",
    "other",
)
#: The four win-back steps, each with its CPR stance: understand, propose, respond; then review.
WINBACK_STEPS = ("reason", "plan", "carry_out", "review")
WINBACK_OUTCOMES = ("won_back", "not_won_back")


@dataclass(slots=True)
class ContactDraft:
    client_id: int
    channel: str
    purposes: tuple[str, ...]
    note: str = ""
    contacted_at: datetime | None = None  # None: now
    mood: int | None = None
    price_too_high: bool = False
    next_follow_up: date | None = None


@dataclass(frozen=True, slots=True)
class ContactEntry:
    id: int
    client_id: int
    contacted_at: datetime
    channel: str
    purposes: tuple[str, ...]
    note: str
    mood: int | None
    price_too_high: bool
    next_follow_up: date | None


@dataclass(slots=True)
class GiftDraft:
    client_id: int
    item: str
    direction: str = "given"
    given_on: date | None = None
    occasion: str = ""
    cost: int = 0
    notes: str = ""


@dataclass(frozen=True, slots=True)
class GiftEntry:
    id: int
    client_id: int
    direction: str
    given_on: date | None
    occasion: str
    item: str
    cost: int
    notes: str


@dataclass(frozen=True, slots=True)
class FavourBalance:
    """人情往来: what went each way."""

    given_count: int = 0
    given_total: int = 0
    received_count: int = 0
    received_total: int = 0

    @property
    def balance(self) -> int:
        """Yuan given minus yuan received."""
        return self.given_total - self.received_total


@dataclass(frozen=True, slots=True)
class FeedbackStepEntry:
    status: str
    at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class FeedbackEntry:
    id: int
    client_id: int
    client: str
    kind: str
    summary: str
    status: str
    opened_at: datetime
    steps: tuple[FeedbackStepEntry, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status != "reported"

    @property
    def next_status(self) -> str | None:
        index = FEEDBACK_STATUSES.index(self.status)
        return FEEDBACK_STATUSES[index + 1] if index + 1 < len(FEEDBACK_STATUSES) else None


@dataclass(frozen=True, slots=True)
class WinBackStepEntry:
    step: str
    at: datetime
    note: str
    follow_up_on: date | None


@dataclass(frozen=True, slots=True)
class LossEntry:
    id: int
    client_id: int
    client: str
    tier: Tier
    lost_on: date
    reasons: tuple[str, ...]
    other_reason: str
    note: str
    outcome: str | None
    outcome_on: date | None
    outcome_note: str
    steps: tuple[WinBackStepEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of a client's history. `kind`: contact, gift, feedback, tier, occasion, loss, winback."""

    at: datetime
    kind: str
    title: str  # short, in data terms (keys, names); the page words it
    detail: str = ""
    data: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ClientRisk:
    client_id: int
    name: str
    tier: Tier
    company: str
    last_contact_at: datetime | None
    cadence: CadenceStatus
    risk: Risk


@dataclass(frozen=True, slots=True)
class SuggestionEntry:
    client_id: int
    name: str
    suggestion: TierSuggestion


@dataclass(frozen=True, slots=True)
class Relationship:
    """Everything the client's page shows about the relationship, for one client."""

    client_id: int
    lost: LossEntry | None
    cadence: CadenceStatus
    risk: Risk
    interval_override: int | None
    favours: FavourBalance
    gift_ideas: tuple[GiftEntry, ...]
    open_feedback: tuple[FeedbackEntry, ...]
    timeline: tuple[TimelineEntry, ...]
    follow_up_on: date | None
    never_contacted: bool = False  # the silence counts from the day the client was added
