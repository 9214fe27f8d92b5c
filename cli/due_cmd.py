"""`due [--json]`: what is due now and not yet handled, the same list the popups show."""

from __future__ import annotations

import argparse
from datetime import datetime

from cli.base import open_book_for, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "due",
        help="list the reminders due now that are not yet done, snoozed or skipped",
        description="List the occasions whose reminder has come (at the reminder time of day, by the lead "
        "times in Settings) and that are not yet done, snoozed or skipped: the list the popups show.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON array of reminders")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from storage.reminder_service import due_now

    book = open_book_for(args)
    lang = "en" if args.lang == "en" else "zh"
    try:
        items = due_now(book, datetime.now(), lang=lang)
    finally:
        book.close()
    if args.json:
        print_json([item.to_json_dict() for item in items])
        return 0
    for item in items:
        tier = item.tier.key if lang == "en" else item.tier.chinese
        phone = item.phones[0] if item.phones else ""
        print(f"{item.date.isoformat()}  {tier:<12}  {item.title}  →  {item.action}  {phone}".rstrip())
    if not items:
        print("nothing is due" if lang == "en" else "现在没有要办的提醒")
    return 0
