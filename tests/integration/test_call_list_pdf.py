"""The printed call list: real PDFs, read back with pypdf, and the call-list command."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage.clients import create_client
from storage.records import ClientDraft, PhoneEntry

ROOT = Path(__file__).resolve().parents[2]
#: 2026-09-25 is 农历八月十五 (中秋节).
MID_AUTUMN = date(2026, 9, 25)


@pytest.fixture(scope="module")
def app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])  # a QApplication, so widget tests can follow


def add(book, name: str, tier: Tier, phones: list[str], birthday: DateSpec, address_as: str = "") -> None:
    create_client(
        book,
        ClientDraft(
            name=name,
            tier=tier,
            address_as=address_as,
            company="华东贸易有限公司",
            phones=[PhoneEntry(p) for p in phones],
            birthday=birthday,
        ),
    )


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def test_names_phones_and_both_dates_are_real_text(app, book, tmp_path: Path) -> None:
    from storage.call_list import load_call_list
    from ui.call_list_print import write_pdf

    add(book, "王建国", Tier.CONFIDANT, ["13812345678", "0571-88886666"], DateSpec(CalendarKind.LUNAR, 8, 15), "王总")
    add(book, "李梅", Tier.ACQUAINTANCE, ["15900001111"], DateSpec(CalendarKind.SOLAR, 9, 26, 1980))
    sheet = load_call_list(book, MID_AUTUMN, 2, kinds={"birthday"})
    out = tmp_path / "list.pdf"
    assert write_pdf(sheet, out) == 1
    text = "".join(pages_text(out))
    flat = "".join(text.split())
    for expected in ("王建国", "李梅", "13812345678", "0571-88886666", "15900001111", "25Sep2026", "26Sep2026"):
        assert expected in flat
    # Chinese read back as the characters drawn (not Kangxi radicals, not missing glyphs).
    for expected in ("农历八月十五", "农历八月十六", "王总，生日快乐", "华东贸易有限公司"):
        assert expected in flat
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text)
    assert "\ufffd" not in text


def test_page_count_follows_the_entries_and_no_entry_is_split(app, book, tmp_path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    from storage.call_list import load_call_list
    from ui.call_list_print import CallListPainter, page_layout, write_pdf

    for i in range(23):
        day = MID_AUTUMN + timedelta(days=i % 3)
        add(book, f"客户{i:02d}", Tier(i % 4), [f"139{i:08d}"], DateSpec(CalendarKind.SOLAR, day.month, day.day))
    sheet = load_call_list(book, MID_AUTUMN, 3, kinds={"birthday"})
    assert len(sheet) == 23
    probe = QPdfWriter(str(tmp_path / "probe.pdf"))
    probe.setPageLayout(page_layout("a4"))
    probe.setResolution(300)
    expected = len(CallListPainter(sheet).paginate(probe))
    out = tmp_path / "many.pdf"
    pages = write_pdf(sheet, out)
    texts = ["".join(text.split()) for text in pages_text(out)]  # fonts change between 客户 and 00
    assert pages == expected == len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert f"{number}/{pages}" in text
    for i in range(23):
        holding = [t for t in texts if f"客户{i:02d}" in t]
        assert len(holding) == 1, f"客户{i:02d} printed on {len(holding)} pages"
        assert f"139{i:08d}" in holding[0], "name and phone on the same page"
    letter = write_pdf(sheet, tmp_path / "letter.pdf", paper="letter")
    box = PdfReader(str(tmp_path / "letter.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792) and letter >= pages - 1


def test_empty_list_prints_one_page_saying_so(app, book, tmp_path: Path) -> None:
    from storage.call_list import load_call_list
    from ui.call_list_print import write_pdf

    sheet = load_call_list(book, MID_AUTUMN, 1)
    assert len(sheet) == 0
    out = tmp_path / "empty.pdf"
    assert write_pdf(sheet, out) == 1
    assert "Nothing is due in these days." in " ".join(pages_text(out)[0].split())


def test_unwritable_path_is_refused_and_leaves_nothing(app, book, tmp_path: Path) -> None:
    from storage.call_list import load_call_list
    from ui.call_list_print import PrintError, write_pdf

    sheet = load_call_list(book, MID_AUTUMN, 1)
    with pytest.raises(PrintError, match="does not exist"):
        write_pdf(sheet, tmp_path / "missing" / "x.pdf")
    with pytest.raises(PrintError, match="folder"):
        write_pdf(sheet, tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GUANXI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GUANXI_DB", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_command_writes_the_pdf_and_fails_in_one_line(book, book_path: Path, guanxi_home: Path, tmp_path: Path) -> None:
    add(book, "王建国", Tier.CONFIDANT, ["13812345678"], DateSpec(CalendarKind.LUNAR, 8, 15), "王总")
    out = tmp_path / "cli.pdf"
    done = run(
        "--db",
        str(book_path),
        "--lang",
        "zh_CN",
        "call-list",
        "--date",
        "2026-09-25",
        "--days",
        "2",
        "--pdf",
        str(out),
        home=guanxi_home,
    )
    assert done.returncode == 0, done.stderr
    assert "cli.pdf" in done.stdout and out.exists()
    flat = "".join("".join(pages_text(out)).split())
    assert "王建国" in flat and "13812345678" in flat and "农历八月十五" in flat
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    failed = run("--db", str(book_path), "call-list", "--pdf", str(blocked / "x.pdf"), home=guanxi_home)
    assert failed.returncode == 1
    lines = failed.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("guanxi: error: cannot write"), failed.stderr
