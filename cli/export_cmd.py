"""`export FILE`: write the client list as .csv, .xlsx, .vcf or an .ics calendar of occasions."""

from __future__ import annotations

import argparse

from cli.base import open_book_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write the clients to a .csv, .xlsx, .vcf or .ics file",
        description="Write the clients on the list to FILE; the extension picks the format: .csv (UTF-8 "
        "for Excel), .xlsx, .vcf (vCard 3.0 for phones) or .ics (the next 12 months of occasions, one event per "
        "festival day, and planned follow-ups, with alarms at the reminder lead times).",
    )
    parser.add_argument("file", metavar="FILE")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from storage.exporter import export_book

    book = open_book_for(args)
    try:
        count = export_book(book, args.file)
    finally:
        book.close()
    print(f"exported {count} clients to {args.file}")
    return 0
