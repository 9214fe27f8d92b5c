"""`search TEXT [--json]`: clients matching the way instant search does."""

from __future__ import annotations

import argparse

from cli.base import open_book_for, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="print clients matching TEXT (name, pinyin or initials, company, phone digits, tag)",
        description="Print clients matching TEXT by name, pinyin in full or by initials, company, "
        "any run of phone digits, or tag.",
    )
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument("--json", action="store_true", help="print one JSON array of objects")
    parser.add_argument("--archived", action="store_true", help="search the archive instead of the list")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from storage.clients import find_clients

    book = open_book_for(args)
    try:
        rows = find_clients(book, args.text, archived=args.archived)
    finally:
        book.close()
    if args.json:
        print_json([row.to_json_dict() for row in rows])
        return 0
    for row in rows:
        phones = ", ".join(row.phones)
        print(f"{row.id}\t{row.name}\t{row.tier.chinese}\t{row.company}\t{phones}")
    if not rows:
        print(f"no client matches “{args.text}”")
    return 0
