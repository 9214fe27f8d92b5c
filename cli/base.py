"""What every command shares: the parser that fails in one line, opening the book, output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any, NoReturn

from storage.errors import GuanxiError

PROG = "guanxi"


class CommandError(GuanxiError):
    """A command cannot go on; its message is printed as one line."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: error: {message} (see {PROG} --help)\n")


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


@cache
def calendar_range() -> tuple[date, date]:
    """The first and last days the book's calendar answers for: the lunar tables' years, from
    Spring Festival of the first to the eve of Spring Festival after the last."""
    from reminders import lunar

    return lunar.lunar_new_year(lunar.MIN_YEAR), lunar.lunar_year_end(lunar.MAX_YEAR)


def _range_text() -> str:
    first, last = calendar_range()
    return f"{first.isoformat()} to {last.isoformat()}"


def calendar_date(text: str) -> date:
    """argparse type for YYYY-MM-DD within the calendar's range (`calendar_range`)."""
    day = iso_date(text)
    first, last = calendar_range()
    if not first <= day <= last:
        raise argparse.ArgumentTypeError(f"{text} is outside the calendar's range, {_range_text()}")
    return day


def check_window(parser: argparse.ArgumentParser, start: date, days: int, *, option: str = "--days") -> None:
    """Exit with a one-line usage error unless start..start+days-1 lies within the calendar's range."""
    first, last = calendar_range()
    if not first <= start <= last:
        parser.error(f"the first day {start.isoformat()} is outside the calendar's range, {_range_text()}")
    room = (last - start).days + 1
    if days > room:
        parser.error(
            f"argument {option}: {days} days from {start.isoformat()} run past {last.isoformat()}, the end of "
            f"the calendar's range ({_range_text()}); use at most {room}"
        )


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text}")
    return value


def open_book_for(args: argparse.Namespace, *, create: bool = False):
    """Open the book the command names. A book file named by --db or GUANXI_DB that does not exist
    is refused unless the command makes books (`create`): a mistyped path must not start an empty one."""
    from storage.db import open_book
    from storage.paths import sqlite_file_of

    target = args.db or os.environ.get("GUANXI_DB")
    path = sqlite_file_of(target) if target else None
    if not create and path is not None and path.name not in ("", ":memory:") and not path.exists():
        raise CommandError(f"there is no book at {path}; check the path (demo and import start a new book)")
    return open_book(args.db)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


Handler = Callable[[argparse.Namespace], int]
