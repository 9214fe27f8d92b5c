"""`call-list [--date YYYY-MM-DD] [--days N | --to YYYY-MM-DD] --pdf OUT.pdf`: the printed call list as a PDF."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from cli.base import CommandError, calendar_date, check_window, open_book_for, positive_int

#: Kinds that can be chosen with --kinds (others that exist are always included unless --kinds is given).
KINDS = ("birthday", "family", "custom", "festival", "followup", "cadence", "complaint")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "call-list",
        help="write the call list for today or the coming days as a PDF to print",
        description="Write the printable call list: everything due from the date for N days (and what is "
        "overdue), grouped by day, closest clients first, with phone numbers, both calendars, a suggested "
        "action and greeting, and lines to write on. Works without a display.",
    )
    parser.add_argument(
        "--date", type=calendar_date, default=None, metavar="YYYY-MM-DD", help="first day (default today)"
    )
    span = parser.add_mutually_exclusive_group()
    span.add_argument("--days", type=positive_int, default=None, metavar="N", help="how many days (default 1)")
    span.add_argument(
        "--to", type=calendar_date, default=None, metavar="YYYY-MM-DD", help="last day, instead of --days"
    )
    parser.add_argument(
        "--kinds",
        default=None,
        metavar="K,K",
        help=f"only these kinds, comma-separated: {', '.join(KINDS)} (default: all)",
    )
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    parser.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    parser.set_defaults(handler=run, _parser=parser)


def _kinds(text: str | None) -> set[str] | None:
    if text is None:
        return None
    kinds = {k.strip().lower() for k in text.replace("，", ",").split(",") if k.strip()}
    unknown = sorted(kinds - set(KINDS))
    if unknown or not kinds:
        raise CommandError(f"unknown kind {', '.join(unknown) or '(none)'}: use {', '.join(KINDS)}")
    return kinds


def ensure_gui_application():
    """A QGuiApplication for painting, offscreen when there is no display."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["guanxi"])


def run(args: argparse.Namespace) -> int:
    start = args.date or date.today()
    if args.to is not None and args.to < start:
        args._parser.error(f"argument --to: {args.to.isoformat()} is before the first day {start.isoformat()}")
    days = (args.to - start).days + 1 if args.to is not None else (args.days or 1)
    check_window(args._parser, start, days)
    kinds = _kinds(args.kinds)
    app = ensure_gui_application()
    from storage.call_list import load_call_list
    from ui import i18n
    from ui.call_list_print import write_pdf

    language = i18n.install(app, args.lang or "")
    lang = "en" if language == "en" else "zh"
    book = open_book_for(args)
    try:
        sheet = load_call_list(book, start, days, lang=lang, kinds=kinds)
    finally:
        book.close()
    pages = write_pdf(sheet, args.pdf, paper=args.paper)
    print(f"wrote {args.pdf}: {len(sheet)} to contact on {pages} page{'s' if pages != 1 else ''}")
    return 0
