"""Copies of a SQLite book taken with SQLite's online backup API.

A copy is consistent even while the app writes, and is written readable by the
user only.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from storage import paths
from storage.db import Book


def copy_sqlite(source: Path, destination: Path) -> Path:
    """Copy the SQLite database `source` to `destination` (created 0600)."""
    paths.ensure_private_dir(destination.parent)
    fd = os.open(destination, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    src = sqlite3.connect(paths.sqlite_uri(source, mode="ro"), uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    destination.chmod(0o600)
    return destination


def snapshot_before(book: Book, reason: str) -> Path | None:
    """Copy the book into the backups folder before a risky step; the copy's path."""
    if book.path is None:
        return None
    from storage.migrate import snapshot_name

    return copy_sqlite(book.path, paths.backups_dir() / snapshot_name(book.path, reason))
