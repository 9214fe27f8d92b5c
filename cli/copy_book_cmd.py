"""`copy-book --to URL [--owner ROLE]`: copy the whole book to another database (and back)."""

from __future__ import annotations

import argparse

from cli.base import open_book_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "copy-book",
        help="copy the whole book to another database, e.g. onto the team's PostgreSQL server",
        description="Copy every table of the book (--db, GUANXI_DB or the default file) to the book at URL, "
        "in one transaction. The target is created or upgraded first and must hold no clients. "
        "Examples: copy-book --to postgresql+psycopg://li@server/team ; "
        "--db postgresql+psycopg://li@server/team copy-book --to ~/backup.sqlite3",
    )
    parser.add_argument("--to", required=True, metavar="URL", help="the target: a SQLAlchemy URL or a SQLite file path")
    parser.add_argument(
        "--owner",
        metavar="ROLE",
        help="give clients owned by 'local' (a single-user book) to this salesperson in the target",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from storage.copy_book import copy_book

    book = open_book_for(args)
    try:
        report = copy_book(book, args.to, owner=args.owner)
    finally:
        book.close()
    clients = report.rows.get("client", 0)
    print(f"copied {clients} clients ({report.total} rows in {len(report.rows)} tables) to {report.target}")
    return 0
