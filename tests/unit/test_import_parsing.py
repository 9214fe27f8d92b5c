"""Reading import files into rows, recognising columns and turning cells into drafts (no database)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage.errors import BadFile, InvalidInput
from storage.import_files import guess_mapping, read_file, sniff_delimiter
from storage.import_rows import phone_digits, prepare_rows, split_phones

DATA = Path(__file__).resolve().parents[1] / "data"


def drafts(name: str) -> dict:
    parsed = read_file(DATA / name)
    rows, problems = prepare_rows(parsed, guess_mapping(parsed.headers))
    assert problems == []
    return {row.draft.name: row.draft for row in rows}


def test_android_qp_vcard_21_with_wrapped_name_and_photo() -> None:
    found = drafts("android_qp_21.vcf")
    assert set(found) == {"欧阳建国（华东区域总代理·杭州西湖分公司）", "李娜"}
    ouyang = found["欧阳建国（华东区域总代理·杭州西湖分公司）"]
    assert [p.number for p in ouyang.phones] == ["138-0013-8000", "0571-8888 6666", "+86 139 0013 9000"]
    assert ouyang.company == "西湖服装批发"
    assert ouyang.title == "总经理"
    assert ouyang.notes == "喜欢喝龙井；太太姓王"
    assert ouyang.birthday == DateSpec(CalendarKind.SOLAR, 8, 20, 1975)


def test_huawei_vcard_30_folded_lines_several_phones_and_no_year_birthday() -> None:
    zhang = drafts("huawei_30.vcf")["张伟"]
    assert len(zhang.phones) == 3
    assert zhang.email == "zhangwei@example.cn"
    assert zhang.company == "上海华联建材有限公司 采购部"
    assert zhang.birthday == DateSpec(CalendarKind.SOLAR, 3, 12)
    assert zhang.notes == "老客户\n每年春节送茶叶, 不喝酒"
    wang = drafts("huawei_30.vcf")["王芳"]
    assert wang.notes.endswith("七十五个字节处折行。")


def test_gb18030_vcard() -> None:
    parsed = read_file(DATA / "gb18030.vcf")
    assert parsed.encoding == "GB18030"
    assert drafts("gb18030.vcf")["陈晓明"].company == "晓明五金店"


def test_excel_date_cells_text_dates_two_phone_columns() -> None:
    found = drafts("clients.xlsx")
    assert found["刘强"].birthday == DateSpec(CalendarKind.SOLAR, 5, 4, 1980)
    assert [p.number for p in found["刘强"].phones] == ["13811112222", "010-66668888"]
    assert found["刘强"].tags == ["VIP", "批发"]
    assert found["刘强"].gender == "M"
    assert found["赵敏"].birthday == DateSpec(CalendarKind.LUNAR, 8, 15)
    assert found["赵敏"].tier is Tier.CONFIDANT
    assert found["周杰"].birthday == DateSpec(CalendarKind.LUNAR, 4, 8, 2020, leap=True)
    assert found["周杰"].tier is Tier.PASSERBY


def test_gbk_csv_phones_separated_every_way() -> None:
    found = drafts("gbk.csv")
    assert [p.number for p in found["黄老板"].phones] == ["13800001111", "13900002222"]
    assert len(found["吴经理"].phones) == 2
    assert len(found["郑大姐"].phones) == 2
    assert found["黄老板"].birthday == DateSpec(CalendarKind.LUNAR, 1, 1)
    assert found["郑大姐"].birthday == DateSpec(CalendarKind.LUNAR, 12, 30)
    assert found["黄老板"].tags == ["VIP", "老客户"]


def test_semicolon_csv_with_english_headers() -> None:
    parsed = read_file(DATA / "semicolon.csv")
    assert parsed.encoding == "UTF-8 with BOM"
    li = drafts("semicolon.csv")["Li Lei"]
    assert (li.address_as, li.gender, li.email, li.tags) == ("李总", "M", "li@example.com", ["VIP", "wholesale"])


@pytest.mark.parametrize(
    ("header", "field"),
    [("姓名", "name"), ("手机", "phone"), ("电话2", "phone"), ("Phone 3", "phone"), ("职位", "title"),
     ("关系层级", "tier"), ("生日", "birthday"), ("邮箱", "email"), ("称呼", "address_as"), ("性别", "gender")],
)  # fmt: skip
def test_headers_are_recognised(header: str, field: str) -> None:
    assert guess_mapping(["x", header]) == {1: field}


def test_every_recognised_column_is_mapped_and_a_single_field_twice_is_a_problem(tmp_path: Path) -> None:
    assert guess_mapping(["姓名", "name", "电话", "手机"]) == {0: "name", 1: "name", 2: "phone", 3: "phone"}
    parsed = read_file(
        write(tmp_path, "twice.csv", "姓名,name,电话,手机\n张三,Zhang,13800138000,13900139000\n".encode())
    )
    rows, problems = prepare_rows(parsed, guess_mapping(parsed.headers))
    assert rows == []
    assert [str(p) for p in problems] == [
        "columns 1 (“姓名”) and 2 (“name”) both hold the name; keep only one of them (rename or delete the other)"
    ]


def test_split_phones_and_digits() -> None:
    assert split_phones("138 0013 8000") == ["138 0013 8000"]
    assert split_phones("13800138000 13900139000") == ["13800138000", "13900139000"]
    assert split_phones("a;b, c/d") == ["a", "b", "c", "d"]
    assert phone_digits("+86 138-0013-8000") == phone_digits("13800138000")


def test_sniff_delimiter() -> None:
    assert sniff_delimiter("a;b;c\n1;2;3") == ";"
    assert sniff_delimiter("a\tb\n") == "\t"
    assert sniff_delimiter('"x;y",b\n') == ","


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bad_rows_are_reported_with_their_row_numbers(tmp_path: Path) -> None:
    text = (
        "姓名,电话,生日,关系层级,性别\n张三,13800138000,,,\n\n,13800138001,,,\n"
        "李四,abc,,,\n王五,,农历13月1日,,\n赵六,,,boss,\n钱七,,,,X\n"
    )
    parsed = read_file(write(tmp_path, "bad.csv", text.encode()))
    rows, problems = prepare_rows(parsed, guess_mapping(parsed.headers))
    assert [r.draft.name for r in rows] == ["张三"]
    assert [p.number for p in problems] == [4, 5, 6, 7, 8]
    assert str(problems[0]) == "row 4: the name is empty"
    assert "abc" in str(problems[1])
    assert "boss" in str(problems[3])


def test_mapping_without_a_name_is_a_problem(tmp_path: Path) -> None:
    parsed = read_file(write(tmp_path, "x.csv", "电话\n13800138000\n".encode()))
    _rows, problems = prepare_rows(parsed, guess_mapping(parsed.headers))
    assert "name" in str(problems[0])
    with pytest.raises(InvalidInput):
        prepare_rows(parsed, {0: "shoe size"})


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("binary.csv", bytes(range(256)) * 10, "not a text file"),
        ("latin.csv", "名字\n".encode("utf-16-be")[1:] + b"\xff\xfe\x80", "not"),
        ("cut.csv", b'name,notes\nA,"never closed', "cut short"),
        ("empty.csv", b"", "no rows"),
        ("cut.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n", "cut short"),
        ("none.vcf", b"hello\n", "no contacts"),
        ("junk.xlsx", b"PK\x03\x04" + b"junk" * 100, "Excel"),
        ("text.xlsx", b"name\nA\n", "Excel"),
        ("notes.doc", b"x", "use a .csv"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(BadFile, match=message) as caught:
        read_file(write(tmp_path, name, data))
    assert "\n" not in str(caught.value)


def test_xlsx_that_is_a_zip_of_junk(tmp_path: Path) -> None:
    path = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not xml")
        archive.writestr("xl/workbook.xml", "junk")
    with pytest.raises(BadFile, match="Excel"):
        read_file(path)


def test_a_50_mb_line_is_refused_quickly(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.csv", b"name,notes\nA," + b"x" * (50 * 2**20) + b"\n")
    with pytest.raises(BadFile, match="longer than"):
        read_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(BadFile, match="no file"):
        read_file(tmp_path / "nope.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(BadFile, match="folder"):
        read_file(tmp_path / "dir.csv")


@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".vcf", ".xlsx"]))
def test_fuzzed_bytes_end_in_bad_file_or_rows(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = write(tmp_path, f"fuzz{suffix}", data)
    try:
        parsed = read_file(path)
    except BadFile as error:
        assert "\n" not in str(error)
        return
    rows, problems = prepare_rows(parsed, {0: "name", **dict.fromkeys(range(1, len(parsed.headers)), "notes")})
    assert len(rows) + len(problems) <= len(parsed.rows)


@given(
    text=st.text(alphabet=st.sampled_from('姓名电话,;\t"\n张三138 农历月初八-/|、\\:VCARD BEGIN END FN'), max_size=300),
    suffix=st.sampled_from([".csv", ".vcf"]),
)
def test_fuzzed_text_files(tmp_path: Path, text: str, suffix: str) -> None:
    path = write(tmp_path, f"fuzz{suffix}", text.encode("utf-8"))
    try:
        parsed = read_file(path)
    except BadFile:
        return
    prepare_rows(parsed, guess_mapping(parsed.headers))


def test_vcard_40_uri_phones_gender_and_no_year_birthday(tmp_path: Path) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ma Li\r\nN:Ma;Li;;;\r\nGENDER:F\r\n"
        'TEL;VALUE=uri;TYPE="cell,voice":tel:+86-138-0013-8000\r\nBDAY:--0704\r\n'
        "CATEGORIES:VIP,老客户\r\nEND:VCARD\r\n"
    )
    parsed = read_file(write(tmp_path, "v4.vcf", card.encode()))
    rows, problems = prepare_rows(parsed, guess_mapping(parsed.headers))
    assert problems == []
    draft = rows[0].draft
    assert (draft.name, draft.gender, draft.tags) == ("Ma Li", "F", ["VIP", "老客户"])
    assert [p.number for p in draft.phones] == ["+86-138-0013-8000"]
    assert draft.birthday == DateSpec(CalendarKind.SOLAR, 7, 4)


def test_prepared_row_values_and_processes_keep_the_whole_draft() -> None:
    import pickle

    from storage.import_rows import PreparedRow
    from storage.records import ClientDraft, PhoneEntry

    draft = ClientDraft(
        name="曾小贤", tier=Tier.CONFIDANT, gender="M", address_as="曾总", company="华联", title="经理",
        phones=[PhoneEntry("13800138000"), PhoneEntry("0571-8888888")], wechat="zxx", email="z@x.cn",
        address="杭州", tags=["VIP", "华东"], source="展会", personality="直爽", preferences="茶",
        payment_habits="月结", health_notes="", notes="一\n二", is_teacher=True, counts_nominal_age=True,
        birthday=DateSpec(CalendarKind.LUNAR, 4, 8, 1990, leap=True),
    )  # fmt: skip
    row = PreparedRow.of(7, draft, frozenset({"name", "phone"}))
    assert row.draft == draft
    assert row.phone_keys == ("13800138000", "05718888888")
    assert row.name_key == ("曾小贤", "华联")
    travelled = pickle.loads(pickle.dumps(row))
    assert travelled == row and travelled.draft == draft
