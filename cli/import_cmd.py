"""`import FILE [--dry-run] [--on-duplicate skip|update|add]`: add clients from CSV, Excel or vCard."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import suppress
from pathlib import Path

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
    from storage import paths
    from storage.db import open_book
    from storage.import_files import read_file

    parsed = read_file(args.file)
    path = paths.sqlite_file_of(args.db or os.environ.get("GUANXI_DB"))
    new_book = path is not None and not path.exists()
    if new_book and args.dry_run:  # a dry run writes nothing: not even the new book
        with tempfile.TemporaryDirectory(prefix="guanxi-dry-run-") as folder:
            result = _import(open_book(str(Path(folder) / "book.sqlite3")), parsed, args)
    else:
        result = _import(open_book_for(args, create=True), parsed, args)
        if new_book and result.problems:
            _remove_new_book(path)  # nothing was imported: a book the import started is not left behind
    if result.ignored_columns:
        print(f"{PROG}: warning: ignored columns: {', '.join(result.ignored_columns)}", file=sys.stderr)
    if result.problems:
        for problem in result.problems:
            print(f"{PROG}: error: {problem}", file=sys.stderr)
        count = len(result.problems)
        print(f"{PROG}: error: nothing was imported ({count} problem{'' if count == 1 else 's'})", file=sys.stderr)
        return 1
    verb = "would add" if result.dry_run else "added"
    print(f"{verb} {result.added}, updated {result.updated}, skipped {result.skipped} (duplicates)")
    return 0


def _import(book, parsed, args: argparse.Namespace):
    from storage.importer import import_clients

    try:
        return import_clients(book, parsed, on_duplicate=args.on_duplicate, dry_run=args.dry_run)
    finally:
        book.close()


def _remove_new_book(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        with suppress(OSError):
            leftover.unlink(missing_ok=True)
