"""`backup [PATH]`, `restore PATH` and `backups`: copies of the book and getting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.base import CommandError, open_book_for


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="copy the book now (to PATH, or into the backups folder)",
        description="Copy the book with SQLite's backup API, safely while the app is open.",
    )
    backup.add_argument("path", metavar="PATH", nargs="?", help="file or folder for the copy")
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser(
        "restore",
        help="replace the book with a backup copy (the current book is kept as a backup)",
        description="Check PATH, keep the current book as a backup, then replace the book with PATH.",
    )
    restore.add_argument("path", metavar="PATH")
    restore.set_defaults(handler=run_restore)
    listing = subparsers.add_parser("backups", help="list the backup copies with their client counts")
    listing.set_defaults(handler=run_list)


def run_backup(args: argparse.Namespace) -> int:
    from storage.backups import backup_to, prune_backups, take_backup

    book = open_book_for(args)
    try:
        if book.path is None:
            raise CommandError("a book on a database server is backed up with the server's own tools")
        if args.path:
            path = backup_to(book, args.path)
        else:
            path = take_backup(book.path, "manual")
            prune_backups(book_stem=book.path.stem)
    finally:
        book.close()
    print(f"backed up to {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from storage.backups import check_source, restore_from
    from storage.db import resolve_target

    check_source(args.path)
    url = make_url(resolve_target(args.db))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise CommandError("only a book kept in a file can be restored from a backup")
    book_path = Path(url.database)
    kept = restore_from(book_path, args.path)
    book = open_book_for(args, create=True)  # checks the restored book and brings its schema up to date
    book.close()
    print(f"restored {book_path} from {args.path}" + (f"; the replaced book was kept as {kept}" if kept else ""))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from storage.backups import list_backups

    infos = list_backups()
    for info in infos:
        state = f"{info.clients} clients" if info.ok else "unreadable"
        if info.newer:
            state += " (made by a newer version: cannot be restored)"
        print(f"{info.taken_at:%Y-%m-%d %H:%M}\t{state}\t{info.reason}\t{info.path}")
    if not infos:
        print("no backups yet")
    return 0
