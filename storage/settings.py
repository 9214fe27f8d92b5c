"""Book-wide options kept in the book itself (so the command line and every window agree).

Each option is declared once with its key and default; values are stored as JSON text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select

from storage import models
from storage.db import Book

T = TypeVar("T")


@dataclass(frozen=True)
class BookOption(Generic[T]):
    key: str
    default: T


#: Festival switches and tiers, as `reminders.festivals.festival_settings_to_json` writes them.
FESTIVALS = BookOption[dict[str, Any] | None]("festivals", None)
#: Little New Year: "north" (12/23) or "south" (12/24).
XIAONIAN = BookOption[str]("xiaonian", "north")
#: The day of the zhongkao (中考) in the user's city, "MM-DD": the default for zhongkao dates.
ZHONGKAO_DAY = BookOption[str]("zhongkao_day", "06-20")
#: The salesperson's own name, printed on call lists.
SALESPERSON = BookOption[str]("salesperson", "")


def get_option(book: Book, option: BookOption[T]) -> T:
    with book.Session() as session:
        raw = session.scalar(select(models.Setting.value).where(models.Setting.key == option.key))
    if raw is None:
        return option.default
    try:
        return json.loads(raw)
    except ValueError:
        return option.default


def set_option(book: Book, option: BookOption[T], value: T) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with book.Session.begin() as session:
        row = session.get(models.Setting, option.key)
        if row is None:
            session.add(models.Setting(key=option.key, value=text))
        else:
            row.value = text
