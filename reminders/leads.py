"""Lead times and suggested actions: how many days ahead each occasion is announced, per tier.

A declared table of defaults maps (occasion, tier) to a list of `Lead`s (days ahead plus
the suggested action). The user's changes are kept as JSON (only what differs from the
defaults), and a client may override the days for one occasion ("10 days before her
birthday"). `ASAP` means "as soon as the date is in the book" (for weddings and funerals):
it is announced as soon as it falls within `ASAP_HORIZON` days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reminders.tiers import Tier

#: Lead days meaning "as soon as it is entered".
ASAP = -1
#: How far ahead an ASAP occasion is announced.
ASAP_HORIZON = 60
#: The longest lead a user may set, in days.
MAX_LEAD = 60

#: The occasions that have their own lead times, in the order the settings show them.
OCCASIONS: tuple[str, ...] = (
    "birthday",  # the client's own birthday
    "family_birthday",  # a family member's birthday
    "spring_festival",
    "mid_autumn",
    "festival",  # every other festival
    "wedding",
    "funeral",
    "full_month",
    "hundred_days",
    "family_event",  # exams, moving house, shop opening
    "custom",  # the client's own special days (合作纪念日 ...)
)

_NAMES = {
    "birthday": ("生日", "Birthday"),
    "family_birthday": ("家人生日", "Family member's birthday"),
    "spring_festival": ("春节", "Spring Festival"),
    "mid_autumn": ("中秋节", "Mid-Autumn Festival"),
    "festival": ("其他节日", "Other festivals"),
    "wedding": ("婚礼", "Wedding"),
    "funeral": ("白事", "Funeral"),
    "full_month": ("满月", "Full-month celebration"),
    "hundred_days": ("百日", "Hundred-days celebration"),
    "family_event": ("其他家事（升学、乔迁、开业）", "Other family events (exams, moving, opening)"),
    "custom": ("纪念日", "Special days"),
}

#: The default actions, in Chinese and English.
_ACTIONS = {
    "flowers": ("订花或蛋糕", "Order flowers or a cake"),
    "call": ("打电话或上门祝贺", "Call or visit"),
    "greet": ("发一条问候", "Send a greeting"),
    "visit_gift": ("登门拜访或送一份小礼", "Visit or send a small gift"),
    "gift_envelope": ("准备贺礼或红包", "Prepare a gift or a red envelope"),
    "attend": ("到场或致意", "Attend or send your regards"),
    "condolence": ("送上慰问", "Offer your condolences"),
    "small_gift": ("准备一份小礼物", "Prepare a small gift"),
    "congratulate": ("打电话祝贺", "Call to congratulate"),
}


@dataclass(frozen=True, slots=True)
class Lead:
    """Announce the occasion `days` before it (0 = on the day, ASAP = at once) with an action."""

    days: int
    action: str = ""

    def remind_on(self, occasion_day: date) -> date:
        days = ASAP_HORIZON if self.days == ASAP else self.days
        return occasion_day - timedelta(days=days)


LeadRules = dict[tuple[str, Tier], tuple[Lead, ...]]


def occasion_name(occasion: str, lang: str = "zh") -> str:
    names = _NAMES.get(occasion, (occasion, occasion))
    return names[1] if lang.startswith("en") else names[0]


def _act(key: str, lang: str) -> str:
    return _ACTIONS[key][1 if lang.startswith("en") else 0]


def default_lead_rules(lang: str = "zh") -> LeadRules:
    """The out-of-the-box table, in the spirit of the training texts (shared/domain.md)."""
    C, F, A = Tier.CONFIDANT, Tier.FRIEND, Tier.ACQUAINTANCE  # noqa: N806 - passers-by: nothing by default

    def L(days: int, action: str) -> Lead:
        return Lead(days, _act(action, lang))

    table: dict[str, dict[Tier, tuple[Lead, ...]]] = {
        "birthday": {C: (L(7, "flowers"), L(0, "call")), F: (L(3, "flowers"), L(0, "call")), A: (L(0, "greet"),)},
        "family_birthday": {C: (L(3, "small_gift"), L(0, "greet")), F: (L(0, "greet"),)},
        "spring_festival": {C: (L(7, "visit_gift"),), F: (L(7, "visit_gift"),), A: (L(0, "greet"),)},
        "mid_autumn": {C: (L(7, "visit_gift"),), F: (L(7, "visit_gift"),), A: (L(0, "greet"),)},
        "festival": {C: (L(0, "greet"),), F: (L(0, "greet"),), A: (L(0, "greet"),)},
        "wedding": {t: (L(ASAP, "gift_envelope"), L(1, "attend")) for t in (C, F, A)},
        "funeral": {t: (L(ASAP, "condolence"), L(1, "attend")) for t in (C, F, A)},
        "full_month": {t: (L(3, "gift_envelope"),) for t in (C, F, A)},
        "hundred_days": {t: (L(3, "gift_envelope"),) for t in (C, F, A)},
        "family_event": {C: (L(3, "small_gift"),), F: (L(3, "small_gift"),), A: (L(0, "congratulate"),)},
        "custom": {C: (L(3, "small_gift"), L(0, "call")), F: (L(0, "call"),), A: (L(0, "greet"),)},
    }
    rules: LeadRules = {}
    for occasion in OCCASIONS:
        for tier in Tier:
            rules[(occasion, tier)] = table[occasion].get(tier, ())
    return rules


#: The agenda item kinds that have lead times; other kinds (follow-ups ...) have their own rules.
DATED_KINDS = ("birthday", "family", "custom", "festival")


def occasion_of(kind: str, date_kind: str, festival: str) -> str | None:
    """Which lead-time occasion an agenda item belongs to (from its kind, date_kind and festival).

    None for kinds that are not dated occasions.
    """
    if kind not in DATED_KINDS:
        return None
    if kind == "festival":
        return festival if festival in ("spring_festival", "mid_autumn") else "festival"
    if kind == "birthday":
        return "birthday"
    if date_kind == "birthday":
        return "family_birthday"
    if date_kind in ("wedding", "funeral", "full_month", "hundred_days"):
        return date_kind
    if kind == "family":
        return "family_event"
    return "custom"


def leads_for(
    rules: Mapping[tuple[str, Tier], Sequence[Lead]],
    occasion: str | None,
    tier: Tier,
    override_days: Sequence[int] | None = None,
) -> tuple[Lead, ...]:
    """The leads for one client's occasion, sorted from the earliest reminder to the latest.

    A client's override replaces the days; each day takes the action of the nearest default
    lead (or the first default action when there is none).
    """
    if occasion is None:
        return ()
    base = tuple(rules.get((occasion, tier), ()))
    if override_days is not None:
        fallback = _first_action(rules, occasion)
        leads = []
        for days in dict.fromkeys(override_days):
            near = min(base, key=lambda lead: abs(_days(lead) - _days(Lead(days))), default=None)
            leads.append(Lead(days, near.action if near else fallback))
        base = tuple(leads)
    return tuple(sorted(base, key=_days, reverse=True))


def _first_action(rules: Mapping[tuple[str, Tier], Sequence[Lead]], occasion: str) -> str:
    for tier in reversed(Tier):
        for lead in rules.get((occasion, tier), ()):
            if lead.action:
                return lead.action
    return ""


def _days(lead: Lead) -> int:
    return ASAP_HORIZON if lead.days == ASAP else lead.days


def horizon(rules: Mapping[tuple[str, Tier], Sequence[Lead]], extra_days: Iterable[int] = ()) -> int:
    """How many days ahead of today an occasion may already need a reminder."""
    found = [_days(lead) for leads in rules.values() for lead in leads]
    found += [ASAP_HORIZON if d == ASAP else d for d in extra_days]
    return max(found, default=0)


def remind_dates(leads: Sequence[Lead], occasion_day: date) -> tuple[date, ...]:
    """The days on which reminders are raised, earliest first, without repeats."""
    return tuple(sorted({lead.remind_on(occasion_day) for lead in leads}))


def action_on(leads: Sequence[Lead], occasion_day: date, today: date) -> str:
    """The action that fits today: the latest lead whose day has come, else the first one."""
    current = ""
    for lead in leads:  # earliest reminder first
        if lead.remind_on(occasion_day) <= today or not current:
            current = lead.action or current
    return current


def lead_rules_to_json(rules: Mapping[tuple[str, Tier], Sequence[Lead]], lang: str = "zh") -> dict[str, Any]:
    """The rules as a plain dict, keeping only entries that differ from the defaults in `lang`.

    {"birthday": {"confidant": [[7, "订花"], [0, "打电话"]]}, ...}
    """
    defaults = default_lead_rules(lang)
    data: dict[str, Any] = {}
    for (occasion, tier), leads in rules.items():
        if tuple(leads) == defaults.get((occasion, tier)):
            continue
        data.setdefault(occasion, {})[tier.key] = [[lead.days, lead.action] for lead in leads]
    return data


def lead_rules_from_json(data: Mapping[str, Any] | None, lang: str = "zh") -> LeadRules:
    """Read stored rules over the defaults; bad or unknown entries are dropped."""
    rules = default_lead_rules(lang)
    for occasion, tiers in (data or {}).items():
        if occasion not in OCCASIONS or not isinstance(tiers, Mapping):
            continue
        for tier_key, leads in tiers.items():
            try:
                tier = Tier.parse(str(tier_key))
                rules[(occasion, tier)] = tuple(_lead_from_json(item) for item in leads)
            except (TypeError, ValueError):
                continue
    return rules


def _lead_from_json(item: Any) -> Lead:
    days, action = item
    days = int(days)
    if days != ASAP and not 0 <= days <= MAX_LEAD:
        raise ValueError(f"lead days out of range: {days}")
    return Lead(days, str(action))


def parse_lead_days(text: str) -> tuple[int, ...]:
    """Read "7, 0" or "10" (days before; "asap" or "立即" for at once) into lead days."""
    found: list[int] = []
    for part in text.replace("，", ",").replace(";", ",").split(","):
        part = part.strip().lower()
        if not part:
            continue
        if part in ("asap", "立即", "now"):
            found.append(ASAP)
            continue
        days = int(part)
        if not 0 <= days <= MAX_LEAD:
            raise ValueError(f"days before must be between 0 and {MAX_LEAD}: {days}")
        found.append(days)
    return tuple(dict.fromkeys(found))


def format_lead_days(days: Iterable[int]) -> str:
    return ", ".join("asap" if d == ASAP else str(d) for d in days)
