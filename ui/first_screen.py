"""The list's first screen, kept between runs so the window shows clients the moment it opens.

Written at exit beside the preferences and used at the next start only while the book
file is exactly as it was left (same size and modification time, WAL included), so what
it shows is never stale; the live list replaces it as soon as the book is open.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from storage.paths import data_dir, sqlite_file_of
from storage.records import ClientRow, client_row_from_json

FILE_NAME = "first-screen.json"


def _stamp(book: Path) -> list[int] | None:
    try:
        main = book.stat()
    except OSError:
        return None
    wal = book.with_name(book.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    return [main.st_size, main.st_mtime_ns, wal_size]


def save(book: Path, rows: Sequence[ClientRow]) -> None:
    """Remember `rows` for the book at `book` (call after the book is closed)."""
    stamp = _stamp(book)
    if stamp is None:
        return
    target = data_dir() / FILE_NAME
    temporary = target.with_suffix(".tmp")
    data = {"book": str(book), "stamp": stamp, "rows": [row.to_json_dict() for row in rows]}
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(target)
    except OSError:
        temporary.unlink(missing_ok=True)  # a cache: losing it costs one slower start


def load(target: str | None) -> list[ClientRow] | None:
    """The remembered first screen of the book `target` names, if it is still exact."""
    book = sqlite_file_of(target)
    if book is None:
        return None
    try:
        data = json.loads((data_dir() / FILE_NAME).read_text(encoding="utf-8"))
        if data.get("book") != str(book) or data.get("stamp") != _stamp(book):
            return None
        return [client_row_from_json(row) for row in data["rows"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
