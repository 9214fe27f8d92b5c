"""Importing into a real SQLite book: header variants kept, refused files write nothing, the
columns left out are reported, and names stay on one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reminders.dates import CalendarKind, DateSpec
from storage.clients import count_clients, create_client, find_clients, get_client
from storage.db import Book
from storage.errors import BadFile
from storage.import_files import read_file
from storage.importer import import_clients
from storage.records import ClientDraft, PhoneEntry


def write(tmp_path: Path, text: str, name: str = "clients.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def only_client(book: Book, name: str) -> ClientDraft:
    (found,) = find_clients(book, name)
    return get_client(book, found.id).draft


def test_audit_file_keeps_both_phones_and_the_lunar_birthday(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "姓名,联系方式,Mobile Phone,生日(农历)\n王五,13900000111,13900000222,八月十五\n")
    result = import_clients(book, read_file(path))
    assert result.ok and result.added == 1
    assert result.ignored_columns == ()
    wang = only_client(book, "王五")
    assert [p.number for p in wang.phones] == ["13900000111", "13900000222"]
    assert wang.birthday == DateSpec(CalendarKind.LUNAR, 8, 15)


@pytest.mark.parametrize("dry_run", [False, True])
def test_columns_left_out_are_reported(book: Book, tmp_path: Path, dry_run: bool) -> None:
    path = write(tmp_path, "姓名,电话,备用电话?,客户等级,\n甲,13900000001,x,A,\n")
    result = import_clients(book, read_file(path), dry_run=dry_run)
    assert result.ok and result.added == 1
    assert result.ignored_columns == ("备用电话?", "客户等级")


def test_columns_left_out_are_reported_with_a_refused_file(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "客户名字,电话\n甲,13900000001\n")
    result = import_clients(book, read_file(path))
    assert [p.code for p in result.problems] == ["name_not_mapped"]
    assert result.ignored_columns == ("客户名字",)


def test_a_file_without_a_header_row_writes_nothing(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "".join(f"客户{i},1390000000{i}\n" for i in range(5)))
    with pytest.raises(BadFile, match="the first row does not look like a header row"):
        import_clients(book, read_file(path))
    assert count_clients(book) == 0


def test_a_single_field_in_two_columns_writes_nothing(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "姓名,姓名,电话,电话,生日,生日\n张三,张三丰,13900000001,13900000002,1990-01-01,1991-01-01\n")
    result = import_clients(book, read_file(path))
    assert not result.ok and result.added == 0
    assert ["“姓名”" in str(p) for p in result.problems] == [True, False]
    assert "“生日”" in str(result.problems[1])
    assert count_clients(book) == 0


def test_two_phone_columns_are_both_kept(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "姓名,电话,电话,生日\n张三,13900000001,13900000002,1990-01-01\n")
    assert import_clients(book, read_file(path)).added == 1
    assert [p.number for p in only_client(book, "张三").phones] == ["13900000001", "13900000002"]


def test_a_control_character_stops_the_whole_import(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, '姓名,电话\n甲,13900000001\n"乙\x1b",13900000002\n')
    result = import_clients(book, read_file(path))
    assert [str(p) for p in result.problems] == [
        "row 3: “乙␛” holds an invisible control character (U+001B); delete it"
    ]
    assert count_clients(book) == 0


def test_a_line_break_in_a_name_becomes_a_space(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, '姓名,公司,电话,备注\n"张""三\n二","华联\n采购部",13900000333,"一\n二"\n')
    assert import_clients(book, read_file(path)).added == 1
    client = only_client(book, "张")
    assert (client.name, client.company, client.notes) == ('张"三 二', "华联 采购部", "一\n二")


def test_update_from_a_lunar_birthday_column(book: Book, tmp_path: Path) -> None:
    create_client(book, ClientDraft(name="李四", phones=[PhoneEntry("13900000444")]))
    path = write(tmp_path, "姓名,手机号码,农历生日\n李四,13900000444,闰四月初八\n王六,13900000555,腊月初八\n")
    result = import_clients(book, read_file(path), on_duplicate="update")
    assert result.ok, result.problems
    assert (result.added, result.updated) == (1, 1)
    assert only_client(book, "李四").birthday == DateSpec(CalendarKind.LUNAR, 4, 8, leap=True)
    assert only_client(book, "王六").birthday == DateSpec(CalendarKind.LUNAR, 12, 8)
