"""The next 12 months of occasions and reminders as an RFC 5545 calendar, with alarms at the lead times.

Lunar dates are written as the Gregorian days they fall on (calendar apps know no lunar
rules), one all-day event per occurrence:

* each client's own occasions (birthdays, family events, custom dates), with alarms at the
  book's lead times for the client's tier, or the client's own lead days;
* one event per festival day (not one per client: 春节 would otherwise fill a phone with
  thousands of copies), naming the clients it concerns, with the alarms of their tiers;
* the follow-ups planned in the relationship log, with an alarm on the day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from reminders.agenda import AgendaItem
from reminders.leads import ASAP, Lead, leads_for, occasion_of
from storage.db import Book
from storage.vcard import fold

DAYS = 365
REMIND_HOUR = 9  # alarms ring at 09:00 on the reminder day
#: A festival event's description names at most this many clients, then says how many more.
NAMES_LISTED = 60


def calendar_bytes(book: Book, today: date, lang: str = "zh") -> bytes:
    """The calendar file's bytes (UTF-8, CRLF lines)."""
    from storage.agenda import agenda
    from storage.care_agenda import care_items
    from storage.reminder_service import item_leads, lead_rules

    en = lang.startswith("en")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Guanxi//关系本//ZH", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:关系本"]  # fmt: skip
    items = agenda(book, today, DAYS, lang=lang, care=False)
    own = [item for item in items if item.kind != "festival"]
    for item, leads in zip(own, item_leads(book, own, lang), strict=True):
        whose = f"{item.person} " if item.person else ""  # a family member's birthday names them
        summary = f"{item.client} · {whose}{item.occasion}"
        lines += _event(item.key, stamp, item.date, summary, item.title, item.kind, _alarms(leads, summary))

    rules = lead_rules(book, lang)
    for (key, day), group in _festival_days(items).items():
        first = group[0]
        tiers = sorted({item.tier for item in group}, reverse=True)
        leads = [lead for tier in tiers for lead in leads_for(rules, occasion_of("festival", "", key), tier)]
        summary = f"{first.occasion} · {len(group)} clients" if en else f"{first.occasion} · {len(group)} 位客户"
        description = f"{first.detail.tail}\n{_names(group, en)}"
        lines += _event(f"festival:{key}:{day.isoformat()}", stamp, day, summary, description, "festival",
                        _alarms(leads, summary))  # fmt: skip

    for item in care_items(book, today, DAYS, lang=lang):
        if item.kind == "followup" and item.date >= today:
            summary = f"{item.client} · {item.occasion}"
            lines += _event(item.key, stamp, item.date, summary, item.title, item.kind, _alarms([Lead(0)], summary))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines).encode("utf-8")


def _festival_days(items: Iterable[AgendaItem]) -> dict[tuple[str, date], list[AgendaItem]]:
    """Festival items grouped by festival and day, each group in agenda order (confidants first)."""
    groups: dict[tuple[str, date], list[AgendaItem]] = {}
    for item in items:
        if item.kind == "festival":
            groups.setdefault((item.festival, item.date), []).append(item)
    return groups


def _names(group: Sequence[AgendaItem], en: bool) -> str:
    names = "、".join(item.client for item in group[:NAMES_LISTED])
    more = len(group) - NAMES_LISTED
    if more > 0:
        names += f" … and {more} more" if en else f" …… 另有 {more} 位"
    return names


def _event(uid: str, stamp: str, day: date, summary: str, description: str, kind: str, alarms: list[str]) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@guanxi",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(description)}",
        f"CATEGORIES:{escape(kind)}",
        "TRANSP:TRANSPARENT",
        *alarms,
        "END:VEVENT",
    ]


def _alarms(leads: Iterable[Lead], summary: str) -> list[str]:
    """One display alarm per lead day (the first lead's action for a day several tiers share)."""
    lines: list[str] = []
    seen: set[int] = set()
    for lead in leads:
        if lead.days == ASAP or lead.days in seen:
            continue
        seen.add(lead.days)
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape(lead.action or summary)}",
            f"TRIGGER:{trigger(lead.days)}",
            "END:VALARM",
        ]
    return lines


def trigger(days_before: int) -> str:
    """The alarm's offset from the start of the all-day event: `days_before` days, at 09:00."""
    hours = REMIND_HOUR - 24 * days_before
    sign = "-" if hours < 0 else ""
    days, rest = divmod(abs(hours), 24)
    return f"{sign}P{days}DT{rest}H" if days else f"{sign}PT{rest}H"


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
