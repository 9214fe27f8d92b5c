"""`import FILE [--dry-run] [--on-duplicate skip|update|add]`: add clients from CSV, Excel or vCard."""

from __future__ import annotations

import argparse
import sys

from cli.base import PROG, open_book_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="add clients from a .csv, .xlsx or .vcf file",
        description="Add clients from a CSV (UTF-8 or GBK), Excel .xlsx or vCard .vcf file. Columns are "
        "recognised by their English or Chinese headers (name/姓名, phone/电话, company/公司 ...). "
        "Nothing is written if any row has a problem; a backup is taken first.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--dry-run", action="store_true", help="check the file and count, but write nothing")
    parser.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "add"),
        default="skip",
        help="a client with the same phone, or the same name and company: skip it (default), update it, or add anyway",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from storage.import_files import read_file
    from storage.importer import import_clients

    parsed = read_file(args.file)
    book = open_book_for(args, create=True)
    try:
        result = import_clients(book, parsed, on_duplicate=args.on_duplicate, dry_run=args.dry_run)
    finally:
        book.close()
    if result.ignored_columns:
        print(f"{PROG}: warning: ignored columns: {', '.join(result.ignored_columns)}", file=sys.stderr)
    if result.problems:
        for problem in result.problems:
            print(f"guanxi: error: {problem}", file=sys.stderr)
        print(f"guanxi: error: nothing was imported ({len(result.problems)} problems)", file=sys.stderr)
        return 1
    verb = "would add" if result.dry_run else "added"
    print(f"{verb} {result.added}, updated {result.updated}, skipped {result.skipped} (duplicates)")
    return 0
