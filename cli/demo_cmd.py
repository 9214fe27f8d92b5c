"""`demo --clients N [--seed S]`: fill a book with realistic demo clients."""

from __future__ import annotations

import argparse
import sys

from cli.base import open_book_for, positive_int


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="fill the book with realistic demo clients",
        description="Add N realistic demo clients (Chinese names, tiers in the usual proportions, "
        "lunar and Gregorian birthdays, family members, tags) to the book.",
    )
    parser.add_argument("--clients", type=positive_int, default=200, metavar="N", help="how many (default 200)")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed, for a repeatable book")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from storage.demo import fill_demo

    book = open_book_for(args, create=True)
    try:

        def report(done: int, total: int) -> bool:
            if sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
            return True

        added = fill_demo(book, args.clients, args.seed, progress=report)
    finally:
        book.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"added {added} demo clients to {book.display_name}")
    return 0
