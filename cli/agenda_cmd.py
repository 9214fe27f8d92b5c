"""`agenda [--date YYYY-MM-DD] [--days N] [--json]`: every occasion in the coming days."""

from __future__ import annotations

import argparse
from datetime import date

from cli.base import calendar_date, check_window, open_book_for, positive_int, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "agenda",
        help="list birthdays, family events, custom dates and festivals in the coming days",
        description="List every occasion falling within N days from the date, sorted by date, then tier "
        "(confidant first). Lunar dates are converted for the year they fall in.",
    )
    parser.add_argument(
        "--date", type=calendar_date, default=None, metavar="YYYY-MM-DD", help="first day (default today)"
    )
    parser.add_argument("--days", type=positive_int, default=30, metavar="N", help="how many days (default 30)")
    parser.add_argument("--json", action="store_true", help="print one JSON array of items")
    parser.set_defaults(handler=run, _parser=parser)


def run(args: argparse.Namespace) -> int:
    from storage.agenda import agenda

    start = args.date or date.today()
    check_window(args._parser, start, args.days)
    book = open_book_for(args)
    lang = "en" if args.lang == "en" else "zh"
    try:
        items = agenda(book, start, args.days, lang=lang)
        if args.json:
            from storage.reminder_service import agenda_reminder_fields

            extra = agenda_reminder_fields(book, items, date.today(), lang=lang)
    finally:
        book.close()
    if args.json:
        print_json([item.to_json_dict() | fields for item, fields in zip(items, extra, strict=True)])
        return 0
    for item in items:
        print(f"{item.date.isoformat()}  {item.tier.chinese if lang == 'zh' else item.tier.key:<12}  {item.title}")
    if not items:
        print("nothing in these days" if lang == "en" else "这段时间没有要关照的日子")
    return 0
