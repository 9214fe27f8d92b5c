"""Plain data that services take and return. No SQLAlchemy here: `ui/` imports this."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reminders.dates import DateSpec
from reminders.due import OPEN
from reminders.tiers import Tier

#: Kinds of important date a client's page can hold (family events and custom dates).
DATE_KINDS = (
    "custom",
    "wedding",
    "funeral",
    "full_month",
    "hundred_days",
    "zhongkao",
    "gaokao",
    "moving",
    "opening",
    "anniversary",
)

#: How a text cell starts that a spreadsheet runs as a formula or a command (formula injection):
#: export writes such a CSV cell behind a single quote, the usual neutraliser.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class PhoneEntry:
    number: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class FamilyMemberEntry:
    relation: str
    name: str = ""
    gender: str = ""
    birthday: DateSpec | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ImportantDate:
    """A custom date or family event; `yearly` ones come back every year."""

    label: str
    spec: DateSpec
    kind: str = "custom"
    yearly: bool = True
    person: str = ""
    notes: str = ""


@dataclass(slots=True)
class ClientDraft:
    """Everything the user can edit on a client's file."""

    name: str
    tier: Tier = Tier.ACQUAINTANCE
    gender: str = ""
    address_as: str = ""
    company: str = ""
    title: str = ""
    phones: list[PhoneEntry] = field(default_factory=list)
    wechat: str = ""
    email: str = ""
    address: str = ""
    tags: list[str] = field(default_factory=list)
    source: str = ""
    personality: str = ""
    preferences: str = ""
    payment_habits: str = ""
    health_notes: str = ""
    notes: str = ""
    is_teacher: bool = False
    counts_nominal_age: bool = False
    birthday: DateSpec | None = None
    family: list[FamilyMemberEntry] = field(default_factory=list)
    dates: list[ImportantDate] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TierChangeEntry:
    from_tier: Tier | None
    to_tier: Tier
    changed_at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class ClientFile:
    """A client's whole file as stored, with what the user cannot edit directly."""

    id: int
    version: int
    draft: ClientDraft
    created_at: datetime
    updated_at: datetime
    last_contact_at: datetime | None
    archived_at: datetime | None
    tier_history: tuple[TierChangeEntry, ...]

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def tier(self) -> Tier:
        return self.draft.tier


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the client list: enough to show, nothing more."""

    id: int
    name: str
    tier: Tier
    company: str
    phones: tuple[str, ...]
    tags: tuple[str, ...]
    birthday: DateSpec | None
    last_contact_at: datetime | None
    archived_at: datetime | None
    next_occasion_on: date | None = None
    next_occasion: str = ""  # e.g. "生日" or "合作纪念日", as the engine names it

    def to_json_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "tier": self.tier.key,
            "company": self.company,
            "phones": list(self.phones),
            "tags": list(self.tags),
            "last_contact": self.last_contact_at.isoformat(timespec="minutes") if self.last_contact_at else None,
            "archived": self.archived_at is not None,
            "next_occasion": self.next_occasion or None,
            "next_occasion_on": self.next_occasion_on.isoformat() if self.next_occasion_on else None,
        }


def client_row_from_json(data: dict) -> ClientRow:
    """The inverse of `ClientRow.to_json_dict` (the birthday is not kept there)."""
    return ClientRow(
        id=int(data["id"]),
        name=str(data["name"]),
        tier=Tier.parse(str(data["tier"])),
        company=str(data.get("company") or ""),
        phones=tuple(data.get("phones") or ()),
        tags=tuple(data.get("tags") or ()),
        birthday=None,
        last_contact_at=datetime.fromisoformat(data["last_contact"]) if data.get("last_contact") else None,
        archived_at=None,
        next_occasion_on=date.fromisoformat(data["next_occasion_on"]) if data.get("next_occasion_on") else None,
        next_occasion=str(data.get("next_occasion") or ""),
    )


@dataclass(frozen=True, slots=True)
class SearchEntries:
    """What the in-memory search index needs, in one sort order, for every listed client."""

    ids: list[int]
    texts: list[str]
    tiers: list[int]
    tag_ids: list[frozenset[int]]
    tag_names: dict[int, str]


@dataclass(frozen=True, slots=True)
class Reminder:
    """One occasion of one client with its reminders, as the Today view and the popups show it."""

    key: str
    client_id: int
    client: str
    tier: Tier
    kind: str
    occasion: str
    occasion_kind: str  # the lead-time occasion ("birthday", "mid_autumn" ...)
    festival: str
    date: date
    lunar: bool
    lunar_text: str
    title: str
    remind_on: tuple[date, ...]
    action: str
    phones: tuple[str, ...]
    last_contact_at: datetime | None
    status: str = OPEN
    snooze_until: date | None = None
    due: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "date": self.date.isoformat(),
            "client": self.client,
            "client_id": self.client_id,
            "tier": self.tier.key,
            "kind": self.kind,
            "occasion": self.occasion,
            "festival": self.festival,
            "title": self.title,
            "lunar_text": self.lunar_text,
            "remind_on": self.remind_on[0].isoformat() if self.remind_on else None,
            "action": self.action,
            "phones": list(self.phones),
            "last_contact": self.last_contact_at.isoformat(timespec="minutes") if self.last_contact_at else None,
            "status": self.status,
            "snooze_until": self.snooze_until.isoformat() if self.snooze_until else None,
        }

    def to_cache(self) -> list[Any]:
        """Every field, for the remembered first screen of Today (`reminder_from_cache` reads it back)."""
        return [
            self.key, self.client_id, self.client, int(self.tier), self.kind, self.occasion, self.occasion_kind,
            self.festival, self.date.isoformat(), self.lunar, self.lunar_text, self.title,
            [day.isoformat() for day in self.remind_on], self.action, list(self.phones),
            self.last_contact_at.isoformat() if self.last_contact_at else None, self.status,
            self.snooze_until.isoformat() if self.snooze_until else None, self.due,
        ]  # fmt: skip


def reminder_from_cache(data: list[Any]) -> Reminder:
    """The inverse of `Reminder.to_cache`: an equal Reminder."""
    (key, client_id, client, tier, kind, occasion, occasion_kind, festival, day, lunar, lunar_text, title,
     remind_on, action, phones, last_contact, status, snooze_until, due) = data  # fmt: skip
    return Reminder(
        str(key), int(client_id), str(client), Tier(int(tier)), str(kind), str(occasion), str(occasion_kind),
        str(festival), date.fromisoformat(day), bool(lunar), str(lunar_text), str(title),
        tuple(date.fromisoformat(d) for d in remind_on), str(action), tuple(str(p) for p in phones),
        datetime.fromisoformat(last_contact) if last_contact else None, str(status),
        date.fromisoformat(snooze_until) if snooze_until else None, bool(due),
    )  # fmt: skip
