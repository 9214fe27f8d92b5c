"""The next 12 months of client occasions as an RFC 5545 calendar, with alarms at the lead times.

Lunar dates are written as the Gregorian days they fall on (calendar apps know no
lunar rules), one all-day event per occurrence. Festivals are left out: they
concern every client and any calendar app already shows them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from reminders.leads import ASAP, leads_for, occasion_of
from storage.db import Book
from storage.vcard import fold

DAYS = 365
REMIND_HOUR = 9  # alarms ring at 09:00 on the reminder day


def calendar_bytes(book: Book, today: date, lang: str = "zh") -> bytes:
    """The calendar file's bytes (UTF-8, CRLF lines)."""
    from storage.agenda import agenda
    from storage.reminder_service import lead_rules

    rules = lead_rules(book, lang)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Guanxi//关系本//ZH", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:关系本"]  # fmt: skip
    for item in agenda(book, today, DAYS, lang=lang, festivals=False, care=False):
        if item.kind == "festival":
            continue
        day = item.date
        summary = f"{item.client} · {item.occasion}"
        description = item.title
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.key}@guanxi",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape(summary)}",
            f"DESCRIPTION:{escape(description)}",
            f"CATEGORIES:{escape(item.kind)}",
            "TRANSP:TRANSPARENT",
        ]
        occasion = occasion_of(item.kind, item.date_kind, item.festival)
        for lead in leads_for(rules, occasion, item.tier):
            if lead.days == ASAP:
                continue
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{escape(lead.action or summary)}",
                f"TRIGGER:{trigger(lead.days)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines).encode("utf-8")


def trigger(days_before: int) -> str:
    """The alarm's offset from the start of the all-day event: `days_before` days, at 09:00."""
    hours = REMIND_HOUR - 24 * days_before
    sign = "-" if hours < 0 else ""
    days, rest = divmod(abs(hours), 24)
    return f"{sign}P{days}DT{rest}H" if days else f"{sign}PT{rest}H"


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
