"""Import headers: variants recognised, a missing header row refused, one field in two columns
refused, and single-line fields kept on one line (no database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reminders.dates import CalendarKind, DateSpec
from reminders.parsing import looks_like_date, parse_date_spec
from storage.errors import BadFile, InvalidInput
from storage.import_files import (
    check_header_row,
    field_for_header,
    guess_mapping,
    ignored_columns,
    match_header,
    read_file,
)
from storage.import_rows import prepare_rows
from storage.records import ClientDraft, PhoneEntry
from storage.validation import clean_draft


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def prepared(tmp_path: Path, text: str) -> tuple[list, list]:
    parsed = read_file(write(tmp_path, "clients.csv", text))
    return prepare_rows(parsed, guess_mapping(parsed.headers))


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("联系方式", "phone"),
        ("手机号", "phone"),
        ("手机号码", "phone"),
        ("联系电话", "phone"),
        ("mobile", "phone"),
        ("Mobile Phone", "phone"),
        ("Cell", "phone"),
        ("cell phone", "phone"),
        ("ＰＨＯＮＥ", "phone"),
        ("电话（2）", "phone"),
        ("手机号码（必填）", "phone"),
        ("*姓名", "name"),
        ("姓名：", "name"),
        ("出生日期", "birthday"),
        ("Birth Date", "birthday"),
        ("Date of Birth", "birthday"),
        ("生日(公历)", "birthday"),
        ("生日 (yyyy-mm-dd)", "birthday"),
        ("生日(农历)", "lunar_birthday"),
        ("生日（农历）", "lunar_birthday"),
        ("农历生日", "lunar_birthday"),
        ("阴历生日", "lunar_birthday"),
        ("Birthday (lunar)", "lunar_birthday"),
        ("Payment Habits", "payment_habits"),
        ("E-Mail", "email"),
    ],
)
def test_header_variants_are_recognised(header: str, field: str) -> None:
    assert field_for_header(header) == field


def test_a_number_after_a_header_is_noted() -> None:
    assert match_header("电话2") == ("phone", True)
    assert match_header("客户0") == ("name", True)
    assert match_header("电话") == ("phone", False)
    assert match_header("备用") == (None, False)


def test_lunar_birthday_column_reads_unmarked_dates_as_lunar(tmp_path: Path) -> None:
    rows, problems = prepared(
        tmp_path, "姓名,生日(农历)\n甲,八月十五\n乙,1990-04-08\n丙,公历1985-03-12\n丁,农历腊月三十\n"
    )
    assert problems == []
    found = {row.draft.name: row.draft.birthday for row in rows}
    assert found == {
        "甲": DateSpec(CalendarKind.LUNAR, 8, 15),
        "乙": DateSpec(CalendarKind.LUNAR, 4, 8, 1990),
        "丙": DateSpec(CalendarKind.SOLAR, 3, 12, 1985),
        "丁": DateSpec(CalendarKind.LUNAR, 12, 30),
    }
    assert all(row.filled == frozenset({"name", "birthday"}) for row in rows)


def test_a_plain_birthday_column_still_needs_nongli_for_lunar() -> None:
    assert parse_date_spec("1990-04-08") == DateSpec(CalendarKind.SOLAR, 4, 8, 1990)
    with pytest.raises(ValueError):
        parse_date_spec("八月十五")
    assert parse_date_spec("八月十五", lunar=True) == DateSpec(CalendarKind.LUNAR, 8, 15)


def test_the_audit_file_keeps_both_phones_and_the_lunar_birthday(tmp_path: Path) -> None:
    rows, problems = prepared(
        tmp_path, "姓名,联系方式,Mobile Phone,生日(农历)\n王五,13900000111,13900000222,农历八月十五\n"
    )
    assert problems == []
    draft = rows[0].draft
    assert [p.number for p in draft.phones] == ["13900000111", "13900000222"]
    assert draft.birthday == DateSpec(CalendarKind.LUNAR, 8, 15)


def test_unrecognised_columns_are_named(tmp_path: Path) -> None:
    parsed = read_file(write(tmp_path, "x.csv", "姓名,备用,电话,,\n甲,x,13900000000,,y\n乙,,,,\n"))
    mapping = guess_mapping(parsed.headers)
    assert ignored_columns(parsed, mapping) == ["备用", "column 5"]  # column 4: no header and nothing in it


@pytest.mark.parametrize(
    ("first_row", "shown"),
    [
        ("客户0,13900000000", "“13900000000” is a phone number"),
        ("张三,138-0013-8000,VIP", "is a phone number"),
        ("张三,1985-03-12", "“1985-03-12” is a date"),
        ("张三,农历八月十五", "is a date"),
        ("张三,zs@example.com", "is an email address"),
        ("客户0,王总", "“客户0” is not a column name"),
        ("姓名1,王总,男", "“姓名1” is not a column name"),
    ],
)
def test_a_first_row_of_data_is_not_taken_as_the_header(tmp_path: Path, first_row: str, shown: str) -> None:
    path = write(tmp_path, "rows.csv", f"{first_row}\n客户1,13900000001\n客户2,13900000002\n")
    with pytest.raises(BadFile, match="the first row does not look like a header row") as caught:
        read_file(path)
    assert shown in str(caught.value)
    assert caught.value.template and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "headers",
    [
        ["姓名", "电话"],
        ["联系人1", "电话1"],
        ["电话1", "电话2", "客户"],
        ["A", "B"],
        ["姓名", "2024"],
        ["name", "phone 2"],
        ["姓名1", "公司"],
    ],
)
def test_header_rows_pass(headers: list[str]) -> None:
    check_header_row(headers, "x.csv")


def test_looks_like_date() -> None:
    assert looks_like_date("2月30日") and looks_like_date("农历闰四月初八") and looks_like_date("3/12")
    assert not looks_like_date("生日") and not looks_like_date("客户0") and not looks_like_date("")


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ("姓名,姓名,电话,电话,生日,生日", ["columns 1 (“姓名”) and 2 (“姓名”)", "columns 5 (“生日”) and 6 (“生日”)"]),
        ("姓名,生日,农历生日", ["columns 2 (“生日”) and 3 (“农历生日”) both hold the birthday"]),
        ("姓名,联系人", ["columns 1 (“姓名”) and 2 (“联系人”) both hold the name"]),
        ("姓名,公司,单位", ["columns 2 (“公司”) and 3 (“单位”) both hold the company"]),
        ("姓名,称呼,称呼", ["both hold the address as"]),
    ],
)
def test_a_single_field_in_two_columns_stops_the_import(tmp_path: Path, headers: str, named: list[str]) -> None:
    width = headers.count(",") + 1
    rows, problems = prepared(tmp_path, f"{headers}\n" + ",".join(["甲"] * width) + "\n")
    assert rows == []
    assert len(problems) == len(named)
    for problem, words in zip(problems, named, strict=True):
        assert problem.number == 0 and problem.code == "mapped_twice"
        assert words in str(problem)


def test_several_phone_and_tag_columns_are_all_kept(tmp_path: Path) -> None:
    rows, problems = prepared(
        tmp_path, "姓名,电话,电话,手机号,标签,标签\n甲,13900000001,13900000002,13900000003,VIP,批发\n"
    )
    assert problems == []
    draft = rows[0].draft
    assert [p.number for p in draft.phones] == ["13900000001", "13900000002", "13900000003"]
    assert draft.tags == ["VIP", "批发"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [("张三\n二", "张三 二"), ("张三\t二", "张三 二"), (" 张三 \r\n  二 ", "张三 二"), ("王\u3000芳", "王\u3000芳")],
)
def test_line_breaks_in_a_name_become_one_space(name: str, kept: str) -> None:
    assert clean_draft(ClientDraft(name=name)).name == kept


def test_other_single_line_fields_too_but_notes_keep_their_lines() -> None:
    draft = clean_draft(
        ClientDraft(
            name="甲",
            company="华联\n采购部",
            title="经理\t助理",
            tags=["VIP\n", "老\n客户"],
            phones=[PhoneEntry("139\t0000 0001")],
            notes="爱喝茶\n不喝酒",
        )
    )
    assert (draft.company, draft.title, draft.tags) == ("华联 采购部", "经理 助理", ["VIP", "老 客户"])
    assert [p.number for p in draft.phones] == ["139 0000 0001"]
    assert draft.notes == "爱喝茶\n不喝酒"


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ClientDraft(name="张\x07三"), "name"),
        (ClientDraft(name="张三\x00"), "name"),
        (ClientDraft(name="张三", company="华\x1b联"), "company"),
        (ClientDraft(name="张三", wechat="zs\x7f"), "wechat"),
    ],
)
def test_other_control_characters_are_refused(draft: ClientDraft, field: str) -> None:
    with pytest.raises(InvalidInput, match="invisible control character") as caught:
        clean_draft(draft)
    assert caught.value.field == field
    assert caught.value.template
    message = str(caught.value)
    assert "\n" not in message and not any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in message)


def test_control_character_in_a_row_is_reported_with_its_row_number(tmp_path: Path) -> None:
    rows, problems = prepared(tmp_path, '姓名,电话\n甲,13900000001\n"乙\x07",13900000002\n"丙\n三",13900000003\n')
    assert [row.draft.name for row in rows] == ["甲", "丙 三"]
    assert [str(p) for p in problems] == ["row 3: “乙␇” holds an invisible control character (U+0007); delete it"]
    assert problems[0].field == "name" and problems[0].template


def test_a_crm_list_with_the_firm_and_a_contact_person_maps_the_firm_to_company() -> None:
    assert guess_mapping(["客户名称", "联系人", "联系电话"]) == {0: "company", 1: "name", 2: "phone"}
    assert guess_mapping(["客户名称", "姓名", "公司"]) == {0: "name", 1: "name", 2: "company"}  # refused: two names
    assert guess_mapping(["客户名称", "电话"]) == {0: "name", 1: "phone"}  # alone, it names the client
