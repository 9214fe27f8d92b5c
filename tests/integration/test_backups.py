"""Backups: retention with an injected clock, automatic copies, restore, damaged books at start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from storage import paths
from storage.backups import (
    DamagedBookFound,
    backup_to,
    check_book,
    kept_stamps,
    list_backups,
    maybe_auto_backup,
    prune_backups,
    restore_from,
    take_backup,
)
from storage.clients import count_clients, create_client
from storage.db import Book, open_book
from storage.errors import BadFile
from storage.records import ClientDraft

ROOT = Path(__file__).resolve().parents[2]


def test_retention_keeps_today_yesterday_12_daily_10_weekly_9_monthly() -> None:
    today = date(2026, 6, 30)
    start = datetime(2024, 1, 1, 9)
    stamps = [start + timedelta(hours=6 * i) for i in range(4 * 912)]  # every 6 hours to 2026-06-30
    stamps = [s for s in stamps if s.date() <= today]
    kept = kept_stamps(stamps, today)
    recent = {s for s in stamps if s.date() >= date(2026, 6, 29)}
    assert recent <= kept and len(recent) == 8
    older = sorted(kept - recent, reverse=True)
    days = {s.date() for s in older}
    # 12 daily (06-17..06-28), then weekly and monthly ones further back
    assert {date(2026, 6, 28) - timedelta(days=i) for i in range(12)} <= days
    assert all(s.hour == 21 for s in older)  # the newest copy of each day
    weeks = {tuple(s.isocalendar())[:2] for s in older}
    assert len(weeks) >= 10
    months = {(s.year, s.month) for s in older}
    assert len(months) == 9 and min(months) == (2025, 10)
    assert len(kept) == len(recent) + len(set(older))
    assert len(older) <= 12 + 10 + 9


def test_retention_when_the_app_was_not_used_for_months() -> None:
    stamps = [datetime(2025, 1, 1, 10), datetime(2025, 1, 2, 10), datetime(2025, 3, 5, 10)]
    assert kept_stamps(stamps, date(2026, 1, 1)) == set(stamps)


def make_book(tmp_path: Path, clients: int, name: str = "book.sqlite3") -> Book:
    book = open_book(str(tmp_path / name))
    for i in range(clients):
        create_client(book, ClientDraft(name=f"客户{i}"))
    return book


def test_prune_deletes_old_copies_per_book(tmp_path: Path) -> None:
    book = make_book(tmp_path, 1)
    try:
        now = datetime(2026, 6, 30, 12)
        for day in range(60):
            take_backup(book.path, "auto", now - timedelta(days=day))
        take_backup(book.path, "manual", now - timedelta(days=400))
        deleted = prune_backups(now)
        left = list_backups()
        assert len(left) + len(deleted) == 61
        assert {b.taken_at.date() for b in left} >= {date(2026, 6, 30), date(2026, 6, 29)}
        assert all(b.ok and b.clients == 1 for b in left)
    finally:
        book.close()


def test_auto_backup_at_most_every_30_minutes_and_only_when_changed(tmp_path: Path) -> None:
    book = make_book(tmp_path, 1)
    try:
        t0 = datetime.now() + timedelta(minutes=1)
        first = maybe_auto_backup(book, now=t0)
        assert first is not None and oct(first.stat().st_mode & 0o777) == "0o600"
        create_client(book, ClientDraft(name="新客户"))
        assert maybe_auto_backup(book, now=t0 + timedelta(minutes=10)) is None  # too soon
        os.utime(book.path, (t0.timestamp() + 60, t0.timestamp() + 60))
        wal = book.path.with_name(book.path.name + "-wal")
        if wal.exists():
            os.utime(wal, (t0.timestamp() + 60, t0.timestamp() + 60))
        second = maybe_auto_backup(book, now=t0 + timedelta(minutes=31))
        assert second is not None
        assert maybe_auto_backup(book, now=t0 + timedelta(minutes=70)) is None  # unchanged since
        assert [b.clients for b in list_backups()] == [2, 1]
    finally:
        book.close()


def test_backup_to_a_file_and_a_bad_place(tmp_path: Path) -> None:
    book = make_book(tmp_path, 2)
    try:
        copy = backup_to(book, tmp_path / "copy.sqlite3")
        assert copy.exists() and oct(copy.stat().st_mode & 0o777) == "0o600"
        folder_copy = backup_to(book, tmp_path)
        assert folder_copy.parent == tmp_path
        with pytest.raises(BadFile, match="cannot"):
            backup_to(book, Path("/proc/no-such-place/copy.sqlite3"))
    finally:
        book.close()


def test_restore_keeps_the_replaced_book(tmp_path: Path) -> None:
    book = make_book(tmp_path, 3)
    saved = backup_to(book, tmp_path / "three.sqlite3")
    create_client(book, ClientDraft(name="后来的"))
    book.close()
    kept = restore_from(book.path, saved)
    assert kept is not None and "before-restore" in kept.name
    assert [b.clients for b in list_backups()] == [4]
    reopened = open_book(str(book.path))
    try:
        assert count_clients(reopened) == 3
    finally:
        reopened.close()


def test_restore_refuses_bad_sources_without_touching_the_book(tmp_path: Path) -> None:
    book = make_book(tmp_path, 1)
    book.close()
    before = book.path.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    other = tmp_path / "other.sqlite3"
    import sqlite3

    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    for source, message in ((junk, "cannot be restored"), (other, "not a Guanxi book"),
                            (tmp_path / "none.sqlite3", "no backup file"), (book.path, "the book itself")):  # fmt: skip
        with pytest.raises(BadFile, match=message):
            restore_from(book.path, source)
    assert book.path.read_bytes() == before
    assert list_backups() == []


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # scribble over every page but the first
        data[offset : offset + 200] = os.urandom(200)
    path.write_bytes(bytes(data))


def test_damaged_book_is_set_aside_naming_the_newest_good_backup(tmp_path: Path) -> None:
    book = make_book(tmp_path, 30)
    take_backup(book.path, "auto")
    book.close()
    corrupt(book.path)
    with pytest.raises(DamagedBookFound) as caught:
        open_book(str(book.path))
    error = caught.value
    assert "\n" not in str(error)
    assert error.backup is not None and error.backup.clients == 30
    assert str(error.backup.path) in str(error) and "30 clients" in str(error)
    assert not book.path.exists()
    assert error.set_aside.exists() and ".damaged-" in error.set_aside.name
    check_book(book.path)  # nothing there any more: a new book will start


def test_damaged_book_never_overwrites_an_earlier_damaged_copy(tmp_path: Path) -> None:
    for _ in range(2):
        book = make_book(tmp_path, 20)
        book.close()
        corrupt(book.path)
        with pytest.raises(DamagedBookFound):
            check_book(book.path)
    aside = [p for p in tmp_path.glob("book.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 2


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GUANXI_HOME": str(home)}
    env.pop("GUANXI_DB", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)  # fmt: skip


def test_cli_damaged_book_one_line_then_restore(guanxi_home: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    book = make_book(tmp_path, 25, "cli.sqlite3")
    book.close()
    made = run_cli("--db", str(db), "backup", home=guanxi_home)
    assert made.returncode == 0 and "backed up to" in made.stdout
    listed = run_cli("backups", home=guanxi_home)
    assert "25 clients" in listed.stdout
    corrupt(db)
    started = run_cli("--db", str(db), "search", "客户", home=guanxi_home)
    assert started.returncode == 1
    assert len(started.stderr.splitlines()) == 1, started.stderr
    assert started.stderr.startswith("guanxi: error: the book") and "damaged" in started.stderr
    assert "25 clients" in started.stderr
    backup = list_backups()[0].path
    restored = run_cli("--db", str(db), "restore", str(backup), home=guanxi_home)
    assert restored.returncode == 0, restored.stderr
    found = run_cli("--db", str(db), "search", "客户1", "--json", home=guanxi_home)
    assert found.returncode == 0 and "客户1" in found.stdout
    bad = run_cli("--db", str(db), "restore", str(tmp_path / "nothing.sqlite3"), home=guanxi_home)
    assert bad.returncode == 1 and len(bad.stderr.splitlines()) == 1


def test_quick_check_at_open_passes_a_sound_book(tmp_path: Path) -> None:
    from storage.backups import integrity_problem
    from storage.demo import fill_demo

    book = open_book(str(tmp_path / "big.sqlite3"))
    fill_demo(book, 3000)
    book.close()
    assert integrity_problem(book.path) is None  # its speed is for bench/, not a timed test
    assert paths.backups_dir().exists()


def test_a_scrambled_table_name_or_record_length_is_damage(tmp_path: Path) -> None:
    import sqlite3

    from storage.backups import examine, is_damage

    book = make_book(tmp_path, 3)
    book.close()
    connection = sqlite3.connect(book.path)
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("UPDATE sqlite_master SET name = CAST(X'89FF41' AS TEXT) WHERE name = 'tag'")
    connection.commit()
    connection.close()
    at_rest = tmp_path / "at-rest.sqlite3"  # a copy no connection has touched yet (no -wal beside it)
    shutil.copyfile(book.path, at_rest)
    found = examine(book.path)  # it used to escape as a UnicodeDecodeError: a traceback at start
    assert found.damage is not None
    with pytest.raises(DamagedBookFound):  # the first look at a file at rest read the names too
        check_book(at_rest)
    assert is_damage(sqlite3.DataError("string or blob too big"))  # a record's length scrambled
