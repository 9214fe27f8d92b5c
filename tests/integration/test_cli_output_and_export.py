"""Writing out: a full disk on standard output, long export file names, and formulas in CSV and Excel."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reminders.dates import CalendarKind, DateSpec
from storage import clients
from storage.db import open_book
from storage.errors import BadFile
from storage.exporter import export_book, export_drafts, formula_safe, write_atomically
from storage.import_files import read_file
from storage.importer import import_clients
from storage.records import ClientDraft, PhoneEntry

ROOT = Path(__file__).resolve().parents[2]
TRICKY = {
    "company": "@SUM(1)",
    "title": "+1",
    "wechat": "-2",
    "notes": '=HYPERLINK("http://example.com","点我")',
    "source": "=1+1",
}
PHONES = ["+86 138 0013 8000", "021-5555-1234"]


@pytest.fixture
def tricky_book(tmp_path: Path):
    book = open_book(str(tmp_path / "tricky.sqlite3"))
    clients.create_client(
        book,
        ClientDraft(
            name="王五",
            phones=[PhoneEntry(number) for number in PHONES],
            birthday=DateSpec(CalendarKind.LUNAR, 8, 15, 1980),
            **TRICKY,
        ),
    )
    clients.create_client(book, ClientDraft(name="李四", phones=[PhoneEntry("13900001111")], birthday=None))
    yield book
    book.close()


# --- standard output ----------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("unbuffered", [True, False])
@pytest.mark.parametrize(
    "argv", [["search", "", "--json"], ["search", "王"], ["agenda", "--days", "400"], ["--help"], ["agenda", "--help"]]
)
def test_a_full_disk_on_stdout_is_one_line(tricky_book, guanxi_home: Path, argv: list[str], unbuffered: bool) -> None:
    env = {**os.environ, "GUANXI_HOME": str(guanxi_home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GUANXI_DB", None)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    db = str(tricky_book.path)
    with Path("/dev/full").open("w") as full:
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", db, *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr == "guanxi: error: cannot write the output: No space left on device\n"


# --- long file names --------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf", ".ics"])
def test_a_long_file_name_that_fits_exports(tricky_book, tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    limit = os.pathconf(folder, "PC_NAME_MAX")
    stem = "长" * ((limit - len(suffix.encode())) // 3)  # 3 bytes each in UTF-8: the longest name that fits
    target = folder / f"{stem}{suffix}"
    assert len(target.name.encode()) > limit - 3
    assert export_book(tricky_book, target) == 2
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary file left


def test_a_name_too_long_is_one_clear_error_and_leaves_nothing(tricky_book, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("长" * 90 + ".csv")
    with pytest.raises(BadFile, match="File name too long"):
        export_book(tricky_book, target)
    assert list(folder.iterdir()) == []


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "clients.csv"

    def fail(handle) -> None:
        handle.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(BadFile, match="No space left on device"):
        write_atomically(target, fail)

    def bug(handle) -> None:
        raise ValueError("not a file problem")

    with pytest.raises(ValueError):
        write_atomically(target, bug)
    assert list(tmp_path.iterdir()) == []


def test_the_cleanup_cannot_raise_a_second_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self, missing_ok: bool = False) -> None:
        raise OSError(36, "File name too long")

    monkeypatch.setattr(Path, "unlink", refuse)

    def fail(handle) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(BadFile, match="No space left on device"):
        write_atomically(tmp_path / "clients.csv", fail)


# --- formulas ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("=1+1", "notes", "'=1+1"),
        ("+1", "title", "'+1"),
        ("-2", "wechat", "'-2"),
        ("@SUM(1)", "company", "'@SUM(1)"),
        ("\tx", "address", "'\tx"),
        ("\rx", "notes", "'\rx"),
        ("王总", "company", "王总"),
        ("a=b", "notes", "a=b"),
        ("'=1+1", "notes", "'=1+1"),  # already neutralised: not quoted twice
        ("+86 138 0013 8000; 021-5555-1234", "phone", "+86 138 0013 8000; 021-5555-1234"),
        ("+86 138 0013 8000", "wechat", "'+86 138 0013 8000"),
        ("=HYPERLINK(1)", "phone", "'=HYPERLINK(1)"),
        ("+1 cmd|' /C calc'!A0", "phone", "'+1 cmd|' /C calc'!A0"),
    ],
)
def test_formula_safe(text: str, key: str, written: str) -> None:
    assert formula_safe(text, key) == written


def test_csv_cells_that_start_like_formulas_are_text(tricky_book, tmp_path: Path) -> None:
    target = tmp_path / "clients.csv"
    export_book(tricky_book, target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    wang = next(row for row in rows if row["姓名"] == "王五")
    assert wang["公司"] == "'@SUM(1)" and wang["职务"] == "'+1" and wang["微信"] == "'-2"
    assert wang["备注"] == "'" + TRICKY["notes"] and wang["来源"] == "'=1+1"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) or value.startswith("+86")
    assert wang["电话"] == "; ".join(PHONES)


def test_csv_phones_and_birthdays_come_back_through_import(tricky_book, tmp_path: Path) -> None:
    target = tmp_path / "clients.csv"
    export_book(tricky_book, target)
    again = open_book(str(tmp_path / "again.sqlite3"))
    try:
        result = import_clients(again, read_file(target))
        assert not result.problems and result.added == 2
        back = {draft.name: draft for draft in export_drafts(again)}
    finally:
        again.close()
    assert [p.number for p in back["王五"].phones] == PHONES
    assert back["王五"].birthday == DateSpec(CalendarKind.LUNAR, 8, 15, 1980)
    assert [p.number for p in back["李四"].phones] == ["13900001111"]


def test_xlsx_keeps_formula_like_text_as_text_and_it_comes_back_unchanged(tricky_book, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "clients.xlsx"
    export_book(tricky_book, target)
    sheet = load_workbook(target).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    tricky = [cell for cell in cells if cell.value in TRICKY.values()]
    assert len(tricky) == len(TRICKY) and all(cell.quotePrefix for cell in tricky)

    again = open_book(str(tmp_path / "again.sqlite3"))
    try:
        assert import_clients(again, read_file(target)).added == 2
        wang = next(d for d in export_drafts(again) if d.name == "王五")
    finally:
        again.close()
    assert {key: getattr(wang, key) for key in TRICKY} == TRICKY
    assert [p.number for p in wang.phones] == PHONES
