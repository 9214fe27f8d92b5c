"""The first screens, kept between runs so the window shows them the moment it opens.

The client list's first rows and Today's list are written at exit beside the preferences
and used at the next start only while the book file is exactly as it was left (same size
and modification time, WAL included), so what they show is never stale; the live lists
replace them as soon as the book is open. Today's list is kept only when nothing was
written to the book after it was read, and used only on the same day, on the same side of
the reminder time and in the same language (those are all it depends on besides the book).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from reminders.due import last_reminder_day
from storage.paths import data_dir, sqlite_file_of
from storage.records import ClientRow, Reminder, client_row_from_json, reminder_from_cache

FILE_NAME = "first-screen.json"
TODAY_FILE_NAME = "first-screen-today.json"


@dataclass(frozen=True)
class TodayList:
    """Today's list as read from the book, with what it depends on besides the book."""

    items: list[Reminder]
    now: datetime  # the moment it was computed for
    remind_at: time  # the book's reminder time then
    lang: str
    stamp: list[int] | None  # `live_stamp` of the book file taken before reading it


def _stamp(book: Path) -> list[int] | None:
    try:
        main = book.stat()
    except OSError:
        return None
    wal = book.with_name(book.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    return [main.st_size, main.st_mtime_ns, wal_size]


def live_stamp(book: Path | None) -> list[int] | None:
    """The book file and its WAL as they are now, modification times included: any write
    to an open book changes it. Equal before reading and at exit means nothing was written."""
    if book is None:
        return None
    try:
        main = book.stat()
    except OSError:
        return None
    try:
        wal = book.with_name(book.name + "-wal").stat()
        wal_stamp = [wal.st_size, wal.st_mtime_ns]
    except OSError:
        wal_stamp = [0, 0]
    return [main.st_size, main.st_mtime_ns, *wal_stamp]


def _write(name: str, data: dict) -> None:
    target = data_dir() / name
    temporary = target.with_suffix(".tmp")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(target)
    except OSError:
        temporary.unlink(missing_ok=True)  # a cache: losing it costs one slower start


def save_today(book: Path, shown: TodayList | None, stamp_before_close: list[int] | None) -> None:
    """Remember Today's list `shown` for the book at `book` (call after the book is closed) when
    the book is as it was when the list was read (`stamp_before_close` taken just before closing);
    otherwise forget any list remembered before."""
    stamp = _stamp(book)
    if shown is None or stamp is None or shown.stamp is None or shown.stamp != stamp_before_close:
        (data_dir() / TODAY_FILE_NAME).unlink(missing_ok=True)
        return
    data = {
        "book": str(book),
        "stamp": stamp,
        "lang": shown.lang,
        "day": shown.now.date().isoformat(),
        "reminder_day": last_reminder_day(shown.now, shown.remind_at).isoformat(),
        "remind_at": shown.remind_at.strftime("%H:%M"),
        "items": [item.to_cache() for item in shown.items],
    }
    _write(TODAY_FILE_NAME, data)


def load_today(target: str | None, now: datetime, lang: str) -> list[Reminder] | None:
    """Today's list remembered for the book `target` names, if it is exactly what the book
    would give at `now` in `lang`."""
    book = sqlite_file_of(target)
    if book is None:
        return None
    try:
        data = json.loads((data_dir() / TODAY_FILE_NAME).read_text(encoding="utf-8"))
        if data.get("book") != str(book) or data.get("stamp") != _stamp(book) or data.get("lang") != lang:
            return None
        at = time.fromisoformat(data["remind_at"])
        if date.fromisoformat(data["day"]) != now.date():
            return None
        if date.fromisoformat(data["reminder_day"]) != last_reminder_day(now, at):
            return None  # the reminder time passed since: what is due changed
        return [reminder_from_cache(item) for item in data["items"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(book: Path, rows: Sequence[ClientRow]) -> None:
    """Remember `rows` for the book at `book` (call after the book is closed)."""
    stamp = _stamp(book)
    if stamp is None:
        return
    _write(FILE_NAME, {"book": str(book), "stamp": stamp, "rows": [row.to_json_dict() for row in rows]})


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
