"""An import into a team book on PostgreSQL: new clients with phones, tags, family and dates, then duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from postgres_support import needs_postgres, pg_database  # noqa: F401  (fixture)

from reminders.dates import CalendarKind, DateSpec
from storage.clients import count_clients, find_clients, get_client
from storage.db import open_book
from storage.import_files import read_file
from storage.importer import import_clients

pytestmark = [pytest.mark.postgres, needs_postgres]

CSV = (
    "姓名,电话,公司,生日,标签,家庭成员,重要日子\n"
    '黄老板,13800001111,华南建材,农历八月十五,VIP、批发,"儿子 | 黄小明 | 男 | 2009-09-22\n妻子 | 李娜",'
    "合作纪念日 | 2019-09-28\n"
    "吴经理,13900002222,东方贸易,1985-03-12,,,\n"
)


def test_an_import_into_postgresql_saves_everything_and_then_updates(pg_database: str, tmp_path: Path) -> None:  # noqa: F811
    source = tmp_path / "clients.csv"
    source.write_text(CSV, "utf-8")
    book = open_book(pg_database)
    try:
        first = import_clients(book, read_file(source))
        assert first.ok, first.problems
        assert (first.added, first.updated, first.skipped) == (2, 0, 0)
        [huang] = find_clients(book, "hlb")  # pinyin initials: the search text was written
        draft = get_client(book, huang.id).draft
        assert [p.number for p in draft.phones] == ["13800001111"] and sorted(draft.tags) == ["VIP", "批发"]
        assert draft.birthday == DateSpec(CalendarKind.LUNAR, 8, 15)
        assert [(m.relation, m.name) for m in draft.family] == [("儿子", "黄小明"), ("妻子", "李娜")]
        assert [d.label for d in draft.dates] == ["合作纪念日"]

        again = import_clients(book, read_file(source), on_duplicate="update")
        assert (again.added, again.updated) == (0, 2)
        assert count_clients(book) == 2
        assert len(get_client(book, huang.id).draft.family) == 2  # replaced, not doubled
    finally:
        book.close()
