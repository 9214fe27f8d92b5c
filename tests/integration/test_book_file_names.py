"""Book and backup file names: "?", "#", "%", spaces and Chinese open exactly that file; long names fit."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from storage import backups, paths
from storage.backups import backup_to, check_book, list_backups, restore_from, take_backup
from storage.clients import count_clients, create_client
from storage.db import open_book
from storage.errors import BadFile
from storage.records import ClientDraft

#: File names SQLAlchemy or a SQLite URI would misread if the path were pasted into a URL as it is.
ODD_NAMES = ["a?b.sqlite3", "a#b.sqlite3", "a%20b.sqlite3", "a%3Fb.sqlite3", "客户 本子.sqlite3", "x?mode=ro"]


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("name", ODD_NAMES)
def test_a_path_opens_exactly_that_file(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "books"
    folder.mkdir()
    path = folder / name
    book = open_book(str(path))
    try:
        assert book.path == path
        create_client(book, ClientDraft(name="张三"))
    finally:
        book.close()
    assert names_in(folder) == [name]
    assert paths.sqlite_file_of(str(path)) == path
    check_book(path)  # the read-only check at start reads this file too
    copy = take_backup(path, "manual")
    assert [b.clients for b in list_backups()] == [1] and copy.exists()
    again = open_book(str(path))
    try:
        assert count_clients(again) == 1
    finally:
        again.close()


def test_restore_into_an_odd_path(tmp_path: Path) -> None:
    source = open_book(str(tmp_path / "source.sqlite3"))
    create_client(source, ClientDraft(name="李四"))
    source.close()
    target = tmp_path / "我的 book?#%.sqlite3"
    open_book(str(target)).close()
    assert restore_from(target, source.path) is not None
    book = open_book(str(target))
    try:
        assert count_clients(book) == 1
    finally:
        book.close()


def test_database_urls_are_kept_as_they_are(tmp_path: Path) -> None:
    for url in ("postgresql+psycopg://sales@db.example.com/guanxi", f"sqlite:///{tmp_path}/url.sqlite3"):
        assert paths.book_url(url) == url
    assert paths.sqlite_file_of(f"sqlite:///{tmp_path}/a%20b.sqlite3") == tmp_path / "a b.sqlite3"
    assert paths.sqlite_file_of("postgresql+psycopg://sales@db.example.com/guanxi") is None
    book = open_book(f"sqlite:///{tmp_path}/url.sqlite3")
    try:
        assert book.path == tmp_path / "url.sqlite3"
    finally:
        book.close()


def test_backup_to_a_long_name_that_fits(tmp_path: Path) -> None:
    book = open_book(str(tmp_path / "book.sqlite3"))
    create_client(book, ClientDraft(name="张三"))
    folder = tmp_path / "copies"
    folder.mkdir()
    longest = "长" * 80 + ".sqlite3"  # 248 bytes: fits the usual limit of 255, with little to spare
    too_long = "长" * 90 + ".sqlite3"
    try:
        copy = backup_to(book, folder / longest)
        assert copy.name == longest and names_in(folder) == [longest]
        with pytest.raises(BadFile, match="File name too long"):
            backup_to(book, folder / too_long)
    finally:
        book.close()
    assert names_in(folder) == [longest]  # no temporary file left behind


def test_a_failed_backup_cleans_up_without_a_second_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = open_book(str(tmp_path / "book.sqlite3"))
    folder = tmp_path / "copies"
    folder.mkdir()

    def disk_full(_source: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def cannot_delete(self: Path, missing_ok: bool = False) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backups, "_copy", disk_full)
    monkeypatch.setattr(Path, "unlink", cannot_delete)
    try:
        with pytest.raises(BadFile, match="No space left on device"):
            backup_to(book, folder / "copy.sqlite3")
    finally:
        monkeypatch.undo()
        book.close()
    assert not (folder / "copy.sqlite3").exists()


def test_a_book_with_a_very_long_name_is_backed_up_under_a_shortened_name(guanxi_home: Path, tmp_path: Path) -> None:
    from storage.backups import list_backups, take_backup

    book_path = tmp_path / ("关" * 76 + ".sqlite3")  # 236 bytes: the copy's stamp would not fit beside it
    open_book(str(book_path)).close()
    copy = take_backup(book_path, "manual")
    assert copy.exists() and len(copy.name.encode()) <= 255
    assert [b.path for b in list_backups(book_stem=book_path.stem)] == [copy]  # still found as this book's


def test_a_book_name_too_long_for_sqlites_working_files_is_said_so(tmp_path: Path) -> None:
    from storage.errors import BookUnavailable

    book_path = tmp_path / ("关" * 81 + ".sqlite3")  # 251 bytes: its -journal would not fit
    with pytest.raises(BookUnavailable, match="file name is too long"):
        open_book(str(book_path))
