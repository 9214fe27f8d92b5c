"""How long a 300-entry call list takes from the book to a finished PDF (target: under 3 s)."""

from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ENTRIES = 300


def make_book(path: Path, start: date, count: int = ENTRIES):
    """A book whose `count` clients each have a birthday in the week from `start`, two phones and a form of address."""
    from reminders.dates import CalendarKind, DateSpec
    from reminders.tiers import Tier
    from storage.clients import create_client
    from storage.db import open_book
    from storage.records import ClientDraft, PhoneEntry

    book = open_book(str(path))
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    for i in range(count):
        day = start + timedelta(days=i % 7)
        surname = surnames[i % len(surnames)]
        create_client(
            book,
            ClientDraft(
                name=f"{surname}建国{i}",
                tier=Tier(i % 4),
                address_as=f"{surname}总",
                company=f"华东第{i}贸易有限公司",
                phones=[PhoneEntry(f"138{i:08d}"), PhoneEntry(f"0571-8{i:07d}")],
                birthday=DateSpec(CalendarKind.SOLAR, day.month, day.day, 1970 + i % 30),
            ),
        )
    return book


def bench_call_list_300(tmpdir: str | os.PathLike[str]) -> float:
    """Seconds to load a 300-entry call list from the book and write it as a PDF."""
    from PySide6.QtGui import QGuiApplication

    from storage.call_list import load_call_list
    from ui.call_list_print import cjk_family, write_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    cjk_family()  # the font database is read once per process, not per sheet
    folder = Path(tmpdir)
    start = date.today()
    book = make_book(folder / "call-list-bench.sqlite3", start)
    try:
        started = time.perf_counter()
        sheet = load_call_list(book, start, 7, kinds={"birthday"})
        write_pdf(sheet, folder / "call-list-300.pdf")
        elapsed = time.perf_counter() - started
    finally:
        book.close()
    assert len(sheet) == ENTRIES, len(sheet)
    del app
    return elapsed


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        print(f"call_list_300_pdf_s: {bench_call_list_300(folder):.2f}")
