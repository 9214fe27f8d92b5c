"""Opening and restoring a book: a newer schema, another program's database, a read-only folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from storage import backups
from storage.backups import DamagedBookFound, check_book, check_source, list_backups, restore_from
from storage.clients import count_clients, create_client
from storage.db import Book, open_book
from storage.errors import BadFile, BookDamaged, BookReadOnly, BookUnavailable
from storage.migrate import SCHEMA_HEAD, alembic_config, current_revision, upgrade_book
from storage.records import ClientDraft

ROOT = Path(__file__).resolve().parents[2]
NEWER = "ffffffff9999"


def make_book(path: Path, clients: int = 1) -> Book:
    book = open_book(str(path))
    for i in range(clients):
        create_client(book, ClientDraft(name=f"客户{i}"))
    return book


def newer_book(path: Path) -> Path:
    """A book as a newer version of Guanxi would leave it: a schema revision this one does not know."""
    book = make_book(path)
    with book.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :revision"), {"revision": NEWER})
    book.close()
    return path


def foreign_database(path: Path, journal_mode: str = "delete") -> Path:
    """Another program's SQLite database (a browser's history, say), left as that program leaves it."""
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA journal_mode={journal_mode}")
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    connection.commit()
    connection.close()
    return path


def backup_copies(home: Path) -> list[Path]:
    folder = home / "backups"
    return sorted(folder.glob("*.sqlite3")) if folder.exists() else []


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GUANXI_HOME": str(home)}
    env.pop("GUANXI_DB", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)  # fmt: skip


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # scribble over every page but the first
        data[offset : offset + 200] = os.urandom(200)
    path.write_bytes(bytes(data))


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# --- 1. a book of a newer schema -----------------------------------------------------------


def test_restore_refuses_a_newer_schema_before_replacing_anything(tmp_path: Path, guanxi_home: Path) -> None:
    future = newer_book(tmp_path / "future.sqlite3")
    mine = make_book(tmp_path / "mine.sqlite3", 2)
    mine.close()
    before = mine.path.read_bytes()
    with pytest.raises(BadFile, match=f"'{NEWER}', which this version of Guanxi does not know"):
        check_source(future)
    with pytest.raises(BadFile, match="cannot be restored"):
        restore_from(mine.path, future)
    assert mine.path.read_bytes() == before
    assert backup_copies(guanxi_home) == []


def test_cli_restore_of_a_newer_schema_is_one_line_and_keeps_the_book(tmp_path: Path, guanxi_home: Path) -> None:
    future = newer_book(tmp_path / "future.sqlite3")
    mine = make_book(tmp_path / "mine.sqlite3", 2)
    mine.close()
    before = mine.path.read_bytes()
    restored = run_cli("--db", str(mine.path), "restore", str(future), home=guanxi_home)
    assert restored.returncode == 1
    assert restored.stderr.count("\n") == 1 and "does not know" in restored.stderr, restored.stderr
    assert mine.path.read_bytes() == before
    assert backup_copies(guanxi_home) == []


def test_opening_a_newer_schema_takes_no_migration_copy(tmp_path: Path, guanxi_home: Path) -> None:
    future = newer_book(tmp_path / "future.sqlite3")
    for _attempt in range(2):
        with pytest.raises(BookUnavailable, match="newer version"):
            open_book(str(future))
    assert backup_copies(guanxi_home) == []
    with sqlite3.connect(future) as connection:  # refused, not changed
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (NEWER,)


def newer_backup_of(book_path: Path, guanxi_home: Path) -> Path:
    """A copy in the backups folder as a newer version of Guanxi would have taken it."""
    copy = guanxi_home / "backups" / f"{book_path.stem}-20990101-120000-auto.sqlite3"
    copy.parent.mkdir(parents=True, exist_ok=True)
    newer_book(copy)
    return copy


def test_a_newer_copy_is_listed_as_such_and_never_offered_for_a_damaged_book(tmp_path: Path, guanxi_home: Path) -> None:
    mine = make_book(tmp_path / "mine.sqlite3", 2)
    backups.take_backup(mine.path, "auto")
    mine.close()
    newer_backup_of(mine.path, guanxi_home)
    newest, older = list_backups(book_stem="mine")
    assert newest.newer and newest.ok and not newest.restorable and newest.clients == 1
    assert not older.newer and older.restorable and older.clients == 2
    listed = run_cli("backups", home=guanxi_home)
    assert "1 clients (made by a newer version: cannot be restored)" in listed.stdout, listed.stdout
    corrupt(mine.path)
    with pytest.raises(DamagedBookFound) as caught:
        check_book(mine.path)
    assert caught.value.backup is not None and caught.value.backup.path == older.path


def test_an_older_book_is_copied_before_its_migration(tmp_path: Path, guanxi_home: Path) -> None:
    from alembic import command

    book = make_book(tmp_path / "old.sqlite3", 3)
    with book.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # the batch copy must not cascade
        connection.commit()
        with connection.begin():
            command.downgrade(alembic_config(connection), "0008")  # as an older version left it
    book.close()
    reopened = open_book(str(book.path))
    try:
        with reopened.engine.connect() as connection:
            assert current_revision(connection) == SCHEMA_HEAD
        assert count_clients(reopened) == 3
    finally:
        reopened.close()
    [copy] = backup_copies(guanxi_home)
    assert copy.name.endswith("-migration-from-0008.sqlite3")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM client").fetchone() == (3,)


# --- 2. another program's database -----------------------------------------------------------


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_database_is_refused_and_left_untouched(
    tmp_path: Path, guanxi_home: Path, journal_mode: str
) -> None:
    path = foreign_database(tmp_path / "places.sqlite3", journal_mode)
    before, files_before = path.read_bytes(), names_in(tmp_path)
    with pytest.raises(BookUnavailable, match="is not a Guanxi book") as raised:
        open_book(str(path))
    assert "\n" not in str(raised.value)
    assert not isinstance(raised.value, BookDamaged)
    assert path.read_bytes() == before  # not a table added, not even the journal mode switched
    assert names_in(tmp_path) == files_before  # no -wal, -shm or set-aside copy beside it
    assert backup_copies(guanxi_home) == []


def test_another_programs_database_with_an_alembic_schema_is_called_so(tmp_path: Path) -> None:
    path = foreign_database(tmp_path / "app.sqlite3")
    with sqlite3.connect(path) as connection:  # another program that keeps its schema with Alembic too
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(BookUnavailable, match="is another program's database"):
        open_book(str(path))
    assert path.read_bytes() == before


def test_restore_never_replaces_another_programs_database(tmp_path: Path) -> None:
    source = make_book(tmp_path / "book.sqlite3")
    source.close()
    path = foreign_database(tmp_path / "places.sqlite3")
    before = path.read_bytes()
    with pytest.raises(BookUnavailable, match="is not a Guanxi book"):
        restore_from(path, source.path)
    assert path.read_bytes() == before


def test_restore_refuses_a_client_table_without_a_schema_version(tmp_path: Path) -> None:
    lookalike = tmp_path / "lookalike.sqlite3"
    with sqlite3.connect(lookalike) as connection:
        connection.execute("CREATE TABLE client (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(BadFile, match="is not a Guanxi book"):
        check_source(lookalike)


def test_an_empty_file_a_new_path_and_an_old_book_still_open(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    old = open_book(str(tmp_path / "old.sqlite3"), migrate=False)
    upgrade_book(old, target="0001")  # the first schema any version ever wrote
    old.close()
    for path in (empty, tmp_path / "new.sqlite3", old.path):
        book = open_book(str(path))
        try:
            with book.engine.connect() as connection:
                assert current_revision(connection) == SCHEMA_HEAD
            assert count_clients(book) == 0
        finally:
            book.close()


# --- 3. a healthy book that cannot be opened for writing ----------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write to, not even root (`chattr +i`); skipped where that is not possible."""
    folder = tmp_path / "archive"
    folder.mkdir()
    yield folder
    if shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)


def _make_immutable(folder: Path) -> None:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot make a folder immutable here: {done.stderr.strip()}")
    if os.access(folder, os.W_OK):
        pytest.skip("the immutable folder is still writable here")


def test_a_healthy_book_in_a_read_only_folder_is_a_message_and_stays(
    tmp_path: Path, guanxi_home: Path, read_only_folder: Path
) -> None:
    book = make_book(read_only_folder / "book.sqlite3", 3)
    book.close()
    before = book.path.read_bytes()
    _make_immutable(read_only_folder)
    with pytest.raises(BookReadOnly, match=r"folder .* is read-only") as raised:
        open_book(str(book.path))
    assert "\n" not in str(raised.value)
    assert names_in(read_only_folder) == ["book.sqlite3"] and book.path.read_bytes() == before
    searched = run_cli("--db", str(book.path), "search", "客户", home=guanxi_home)
    assert searched.returncode == 1
    assert searched.stderr.count("\n") == 1 and "read-only" in searched.stderr, searched.stderr


def test_a_damaged_book_that_cannot_be_set_aside_is_a_message(
    tmp_path: Path, guanxi_home: Path, read_only_folder: Path
) -> None:
    book = make_book(read_only_folder / "book.sqlite3", 30)
    with book.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=DELETE")  # readable without a -shm file
    book.close()
    corrupt(book.path)
    _make_immutable(read_only_folder)
    searched = run_cli("--db", str(book.path), "search", "客户", home=guanxi_home)
    assert searched.returncode == 1
    assert searched.stderr.count("\n") == 1, searched.stderr
    assert "damaged" in searched.stderr and "could not be set aside" in searched.stderr
    assert names_in(read_only_folder) == ["book.sqlite3"]


def test_a_book_sqlite_cannot_open_is_never_set_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the folder is writable, an error that is no damage (here: SQLite cannot open the file)
    must not move a healthy book aside either."""
    book = make_book(tmp_path / "book.sqlite3", 3)
    book.close()
    real_uri = backups.paths.sqlite_uri
    nowhere = tmp_path / "no-such-folder" / "book.sqlite3"
    monkeypatch.setattr(backups.paths, "sqlite_uri", lambda _path, **parameters: real_uri(nowhere, **parameters))
    with pytest.raises(BookUnavailable, match=r"cannot open the book .*unable to open database file") as raised:
        check_book(book.path)
    assert not isinstance(raised.value, BookDamaged)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["book.sqlite3"]
    monkeypatch.undo()
    check_book(book.path)  # sound, as it always was


def test_a_failure_to_set_aside_is_a_message_and_moves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = make_book(tmp_path / "book.sqlite3", 30)
    book.close()
    corrupt(book.path)
    wal = book.path.with_name("book.sqlite3-wal")
    wal.write_bytes(b"an old log")
    real_rename = Path.rename

    def refuse_the_book(self: Path, target: Path) -> Path:
        if self == book.path:
            raise PermissionError(1, "Operation not permitted")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", refuse_the_book)
    with pytest.raises(BookDamaged, match="could not be set aside") as raised:
        check_book(book.path)
    assert not isinstance(raised.value, DamagedBookFound)
    assert "\n" not in str(raised.value)
    assert wal.read_bytes() == b"an old log"  # its log was put back beside it, not left with a new book
    assert book.path.exists() and not list(tmp_path.glob("*.damaged-*"))
    assert list_backups() == []
