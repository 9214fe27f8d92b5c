"""The client book on real SQLite files: migrations, services, durability settings."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage import clients
from storage.db import open_book
from storage.errors import AmbiguousName, BookDamaged, BookUnavailable, EditConflict, InvalidInput, NotFound
from storage.migrate import SCHEMA_HEAD, alembic_config
from storage.records import ClientDraft, FamilyMemberEntry, ImportantDate, PhoneEntry


def draft(name: str = "张三", **fields: object) -> ClientDraft:
    return ClientDraft(name=name, **fields)  # type: ignore[arg-type]


def test_schema_head_constant_matches_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_migrates_an_empty_file_and_sets_durable_pragmas(book_path: Path) -> None:
    book = open_book(str(book_path))
    with book.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    book.close()
    assert stat.S_IMODE(book_path.stat().st_mode) == 0o600


def test_default_book_lives_in_a_private_data_folder(guanxi_home: Path) -> None:
    book = open_book(None)
    assert book.path == guanxi_home / "guanxi.sqlite3"
    assert stat.S_IMODE(guanxi_home.stat().st_mode) == 0o700
    book.close()


def test_a_book_of_an_unknown_schema_is_refused_untouched_and_not_copied(book_path: Path, guanxi_home: Path) -> None:
    book = open_book(str(book_path))
    clients.create_client(book, draft())
    with book.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'old'"))
    book.close()
    before = book_path.read_bytes()
    # A revision Alembic does not know cannot be upgraded: the book is refused, never damaged,
    # and no migration copy is taken, since nothing will be migrated (test_r1_opening covers the copy).
    with pytest.raises(BookUnavailable, match="newer version"):
        open_book(str(book_path))
    assert book_path.read_bytes() == before
    assert not list((guanxi_home / "backups").glob("*.sqlite3"))
    with sqlite3.connect(book_path) as still:
        assert still.execute("SELECT name FROM client").fetchall() == [("张三",)]


def test_a_file_that_is_not_a_book_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a database")
    with pytest.raises(BookDamaged):
        open_book(str(path))
    assert path.read_text() == "hello, this is not a database"


def test_an_unreachable_place_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(BookUnavailable, match="folder"):
        open_book(str(tmp_path / "folder"))
    with pytest.raises(BookUnavailable):
        open_book("nosuchdriver://x/y")


def test_create_read_update_keeps_every_field(book) -> None:
    lunar = DateSpec(CalendarKind.LUNAR, 4, 8, 2020, leap=True)  # 2020 has a leap 4th month
    created = clients.create_client(
        book,
        draft(
            tier=Tier.FRIEND,
            gender="F",
            address_as="张姐",
            company="华联",
            title="店长",
            phones=[PhoneEntry("13800138000", "手机"), PhoneEntry("021-5555 1234", "办公")],
            wechat="zs_wx",
            email="zs@example.com",
            address="上海",
            tags=["VIP", "批发"],
            source="展会",
            personality="爽快",
            preferences="喝茶",
            payment_habits="月结",
            health_notes="腰不好",
            notes="n",
            is_teacher=True,
            counts_nominal_age=True,
            birthday=lunar,
            family=[FamilyMemberEntry("儿子", "小明", "M", DateSpec(CalendarKind.SOLAR, 6, 1, 2009), "高考 2027")],
            dates=[ImportantDate("合作纪念日", DateSpec(CalendarKind.SOLAR, 3, 15, 2019))],
        ),
    )
    loaded = clients.get_client(book, created.id)
    assert loaded.draft == created.draft
    assert loaded.draft.birthday == lunar
    assert loaded.draft.family[0].birthday == DateSpec(CalendarKind.SOLAR, 6, 1, 2009)
    assert [e.to_tier for e in loaded.tier_history] == [Tier.FRIEND]


def test_tier_changes_are_kept_as_history_with_reasons(book) -> None:
    client = clients.create_client(book, draft(tier=Tier.ACQUAINTANCE))
    clients.set_tier(book, [client.id], Tier.FRIEND, "dinner together")
    updated = clients.update_client(book, client.id, draft(tier=Tier.CONFIDANT), reason="helped with the move")
    history = [(c.from_tier, c.to_tier, c.reason) for c in updated.tier_history]
    assert history == [
        (None, Tier.ACQUAINTANCE, ""),
        (Tier.ACQUAINTANCE, Tier.FRIEND, "dinner together"),
        (Tier.FRIEND, Tier.CONFIDANT, "helped with the move"),
    ]
    assert clients.set_tier(book, [client.id], Tier.CONFIDANT) == []  # no change, no history


def test_a_stale_edit_is_refused_not_overwritten(book) -> None:
    client = clients.create_client(book, draft())
    clients.update_client(book, client.id, draft(company="first"), expected_version=client.version)
    with pytest.raises(EditConflict):
        clients.update_client(book, client.id, draft(company="second"), expected_version=client.version)
    assert clients.get_client(book, client.id).draft.company == "first"


def test_archive_restore_and_delete_for_good(book) -> None:
    keep = clients.create_client(book, draft("李四"))
    gone = clients.create_client(book, draft("王五"))
    with pytest.raises(InvalidInput):
        clients.delete_archived_clients(book, [gone.id])
    assert clients.archive_clients(book, [gone.id]) == [gone.id]
    assert [r.name for r in clients.find_clients(book, "")] == ["李四"]
    assert [r.name for r in clients.find_clients(book, "", archived=True)] == ["王五"]
    assert clients.restore_clients(book, [gone.id]) == [gone.id]
    clients.archive_clients(book, [gone.id])
    assert clients.delete_archived_clients(book, [gone.id]) == 1
    with pytest.raises(NotFound):
        clients.get_client(book, gone.id)
    assert clients.count_clients(book) == 1 and keep.id


def test_search_entries_sort_orders(book) -> None:
    clients.create_client(book, draft("张三", company="B", tier=Tier.FRIEND))
    clients.create_client(book, draft("安娜", company="C", tier=Tier.PASSERBY))
    clients.create_client(book, draft("李四", company="A", tier=Tier.CONFIDANT))

    def names(sort: str, descending: bool = False) -> list[str]:
        ids = clients.search_entries(book, sort=sort, descending=descending).ids
        return [r.name for r in clients.rows_for_ids(book, ids)]

    assert names("name") == ["安娜", "李四", "张三"]
    assert names("company") == ["李四", "张三", "安娜"]
    assert names("tier", descending=True) == ["李四", "张三", "安娜"]


def test_resolve_client_by_id_exact_name_or_unique_match(book) -> None:
    a = clients.create_client(book, draft("张伟", company="甲"))
    clients.create_client(book, draft("张伟强", company="乙"))
    clients.create_client(book, draft("张伟明", company="丙"))
    assert clients.resolve_client(book, str(a.id)).id == a.id
    assert clients.resolve_client(book, "张伟").id == a.id  # an exact name wins
    assert clients.resolve_client(book, "张伟强").company == "乙"
    with pytest.raises(AmbiguousName) as caught:
        clients.resolve_client(book, "zw")
    assert len(caught.value.candidates) == 3
    with pytest.raises(NotFound):
        clients.resolve_client(book, "nobody")


def test_demo_book_has_the_tier_proportions_and_lunar_birthdays(book) -> None:
    from storage.demo import fill_demo

    assert fill_demo(book, 400, seed=1) == 400
    rows = clients.rows_for_ids(book, clients.search_entries(book).ids)
    tiers = [r.tier for r in rows]
    assert 0.40 <= tiers.count(Tier.ACQUAINTANCE) / 400 <= 0.60
    assert 0.01 <= tiers.count(Tier.CONFIDANT) / 400 <= 0.08
    lunar = sum(1 for r in rows if r.birthday and r.birthday.is_lunar)
    with_birthday = sum(1 for r in rows if r.birthday)
    assert 0.25 <= lunar / with_birthday <= 0.42
    gaps = {"妻子": range(-4, 5), "丈夫": range(-4, 5), "儿子": range(23, 39), "女儿": range(23, 39)}
    gaps |= {"父亲": range(-35, -19), "母亲": range(-35, -19)}
    families = 0
    for row in rows:
        client = clients.get_client(book, row.id).draft
        for member in client.family:
            families += 1
            if member.relation in ("儿子", "女儿", "父亲"):
                assert member.name[0] == client.name[0]  # the family's surname
            if member.birthday and member.birthday.year and client.birthday and client.birthday.year:
                assert member.birthday.year - client.birthday.year in gaps[member.relation], (client, member)
            assert member.relation not in ("妻子", "丈夫") or member.gender != client.gender
    assert families > 100


def test_upgrading_an_old_book_keeps_every_row(book_path: Path) -> None:
    """Batch migrations rebuild tables; nothing hanging off a client may be lost on the way."""
    from storage.migrate import upgrade_book

    book = open_book(str(book_path), migrate=False)
    upgrade_book(book, target="0001")
    with book.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO client (id, name, gender, address_as, company, title, wechat, email, address, source,"
                " personality, preferences, payment_habits, health_notes, notes, tier, is_teacher,"
                " counts_nominal_age, birthday_leap, search_text, sort_key, created_at, updated_at, version)"
                " VALUES (1, '张三', '', '', '', '', '', '', '', '', '', '', '', '', '', 2, 0, 0, 0, 'zs', 'zs',"
                " '2024-01-01 00:00:00', '2024-01-01 00:00:00', 1)"
            )
        )
        connection.execute(
            text("INSERT INTO phone (client_id, number, label, position) VALUES (1, '138001380', '', 0)")
        )
        connection.execute(
            text(
                "INSERT INTO family_member (client_id, relation, name, gender, notes, birthday_leap, position)"
                " VALUES (1, '儿子', '小明', 'M', '', 0, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO client_date (client_id, kind, label, person, calendar, month, day, leap, yearly, notes,"
                " created_at, position) VALUES (1, 'custom', '合作纪念日', '', 'solar', 3, 15, 0, 1, '',"
                " '2024-01-01 00:00:00', 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO tier_change (client_id, to_tier, changed_at, reason)"
                " VALUES (1, 2, '2024-01-01 00:00:00', '')"
            )
        )
    book.close()
    upgraded = open_book(str(book_path))
    kept = clients.get_client(upgraded, 1)
    assert [p.number for p in kept.draft.phones] == ["138001380"]
    assert [m.name for m in kept.draft.family] == ["小明"]
    assert [d.label for d in kept.draft.dates] == ["合作纪念日"]
    assert len(kept.tier_history) == 1
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1  # switched back on
    upgraded.close()
