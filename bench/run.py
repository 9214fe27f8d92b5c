"""Speed figures, printed as one JSON object: `make bench` (or `python bench/run.py`).

Demo books are built once and cached in bench/.cache. Each key names what it measures
and its unit. Targets (README): search keystroke 10 ms median at 100,000 clients; the
window's first paint within 1.3x a bare PySide6 window; first clients within 3x. The first paint
is also given against the bare window with a Python table model (`..._to_bare_python_model`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".cache"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GUANXI_HOME", str(CACHE / "home"))

#: Realistic typing: each prefix of each query is one keystroke.
TYPED_QUERIES = ("zhangwei", "wangf", "lxm", "138", "1592", "科技", "华东", "chenj", "vip")


def demo_fingerprint() -> str:
    """Changes with the demo generator's code, so that a cached book is never older than it."""
    import hashlib

    sources = sorted((ROOT / "storage").glob("demo*.py"))
    return hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()[:16]


def demo_book(clients: int) -> str:
    """Path of a cached demo book with `clients` clients, built on first use and again whenever
    the demo generator changed since."""
    from storage.db import open_book
    from storage.demo import fill_demo

    path = CACHE / f"demo-{clients}.sqlite3"
    done = path.with_suffix(".done")
    fingerprint = demo_fingerprint()
    if not done.exists() or done.read_text().strip() != fingerprint:
        CACHE.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        book = open_book(str(path))
        started = time.perf_counter()
        fill_demo(book, clients, seed=42)
        book.close()
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        done.write_text(fingerprint)
    return str(path)


def measure_search() -> dict[str, float]:
    """Median time from a keystroke to an updated list model, over realistic typing."""
    from PySide6.QtWidgets import QApplication

    from storage import clients
    from storage.db import open_book
    from storage.search import SearchIndex
    from ui.client_model import ClientTableModel

    QApplication.instance() or QApplication([])
    book = open_book(demo_book(100_000))
    entries = clients.search_entries(book)
    index = SearchIndex(entries.ids, entries.texts, entries.tiers, entries.tag_ids)
    model = ClientTableModel(lambda ids: clients.rows_for_ids(book, ids))
    timings = []
    for query in TYPED_QUERIES:
        index.filter("")
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            model.set_ids(index.filter(query[:end]))
            timings.append((time.perf_counter() - started) * 1000)
    book.close()
    return {
        "search_ms_median_100k": round(statistics.median(timings), 2),
        "search_ms_max_100k": round(max(timings), 2),
    }


def _startup_marks(command: list[str], env: dict[str, str]) -> dict[str, float]:
    launched = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=True)
    marks = {}
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            mark = json.loads(line)
            marks[mark["event"]] = mark["t"] - launched
    return marks


def measure_startup(runs: int = 7) -> dict[str, float]:
    """First paint and first rows of the app on a 10,000-client book, against a bare window.

    The app's modules are byte-compiled first, as an install leaves them and as Python itself
    does on a first start, unless PYTHONDONTWRITEBYTECODE is set (it is on the development
    machine): a start then would compile every module from source, every time.
    """
    import compileall

    for package in ("cli", "reminders", "storage", "ui"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    compileall.compile_file(str(ROOT / "main.py"), quiet=1)
    book = demo_book(10_000)
    env = {**os.environ, "GUANXI_STARTUP_PROBE": "1"}
    bare, bare_frame, bare_python, paint, frame, rows = [], [], [], [], [], []
    for _ in range(runs):
        marks = _startup_marks([sys.executable, str(ROOT / "bench" / "bare_window.py")], env)
        bare.append(marks["paint"])
        bare_frame.append(marks["frame"])
        bare_python.append(_startup_marks([sys.executable, str(ROOT / "bench" / "bare_python_model.py")], env)["paint"])
        marks = _startup_marks([sys.executable, str(ROOT / "main.py"), "--db", book], env)
        paint.append(marks["paint"])
        frame.append(marks["frame"])
        rows.append(marks["rows"])
    bare_s, paint_s, rows_s = statistics.median(bare), statistics.median(paint), statistics.median(rows)
    frame_s = statistics.median(frame)
    return {
        "bare_window_paint_s": round(bare_s, 3),
        "first_paint_s_10k": round(paint_s, 3),
        "first_rows_s_10k": round(rows_s, 3),
        "first_paint_ratio_to_bare": round(paint_s / bare_s, 2),
        "first_rows_ratio_to_bare": round(rows_s / bare_s, 2),
        # The first frame out: the paint and all it set off synchronously, against the bare window's.
        "first_frame_s_10k": round(frame_s, 3),
        "first_frame_ratio_to_bare": round(frame_s / statistics.median(bare_frame), 2),
        # Against the bare window given a Python table model with a header, as every list of the app
        # has (bench/bare_python_model.py): what is left once PySide's `Qt` enums are paid for.
        "bare_python_model_paint_s": round(statistics.median(bare_python), 3),
        "first_paint_ratio_to_bare_python_model": round(paint_s / statistics.median(bare_python), 2),
    }


def _agenda_median_ms(path: str, days: int, runs: int, care: bool = True, kept: bool = True) -> float:
    """The median of `runs` agendas from today, after a first one. With `kept` (as the window
    opens a book), the book's dates are kept in memory and that first call reads them."""
    from datetime import date

    from storage.agenda import agenda
    from storage.db import open_book
    from storage.resident_dates import keep_dates_in_memory

    book = open_book(path)
    if kept:
        assert keep_dates_in_memory(book)
    agenda(book, date.today(), days, care=care)  # the lunar tables of these years, and the dates kept in memory
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        agenda(book, date.today(), days, care=care)
        timings.append((time.perf_counter() - started) * 1000)
    book.close()
    return statistics.median(timings)


def _agenda_after_changes_ms(path: str, runs: int = 5) -> dict[str, float]:
    """Time to the window's next agenda after a contact is logged (in a copy of the book), and the
    first agenda of a book just opened (its dates read into memory)."""
    import shutil
    import tempfile
    from datetime import date, datetime

    from storage.agenda import agenda
    from storage.care_records import ContactDraft
    from storage.db import open_book
    from storage.log import log_contact
    from storage.resident_dates import keep_dates_in_memory

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "book.sqlite3"
        shutil.copyfile(path, copy)
        book = open_book(str(copy))
        keep_dates_in_memory(book)
        started = time.perf_counter()
        agenda(book, date.today(), 30)
        first = (time.perf_counter() - started) * 1000
        timings = []
        for client_id in range(1, runs + 1):
            log_contact(book, ContactDraft(client_id * 977, "phone", ("care",), contacted_at=datetime.now()))
            started = time.perf_counter()
            agenda(book, date.today(), 30)
            timings.append((time.perf_counter() - started) * 1000)
        book.close()
    return {
        "agenda_30d_ms_first_100k": round(first, 1),
        "agenda_30d_ms_after_a_contact_100k": round(statistics.median(timings), 1),
    }


def measure_agenda() -> dict[str, float]:
    """The agenda from today over 30 and 366 days, and how it scales from 10,000 to 100,000 clients.

    The headline figures are the window's: the book's dates kept in memory, each answer placed
    afresh from them. The `_read_directly` ones are the command line's, which reads the book
    for its one answer.
    """
    big, small = demo_book(100_000), demo_book(10_000)
    month_big = _agenda_median_ms(big, 30, 9)
    month_small = _agenda_median_ms(small, 30, 9)
    return {
        "agenda_30d_ms_median_100k": round(month_big, 1),
        "agenda_366d_ms_median_100k": round(_agenda_median_ms(big, 366, 5), 1),
        "agenda_30d_ms_median_10k": round(month_small, 1),
        "agenda_scaling_100k_over_10k": round(month_big / month_small, 2),
        **_agenda_after_changes_ms(big),
        "agenda_30d_ms_read_directly_100k": round(_agenda_median_ms(big, 30, 5, kept=False), 1),
        "agenda_366d_ms_read_directly_100k": round(_agenda_median_ms(big, 366, 3, kept=False), 1),
        # Birthdays, family events, custom dates and festivals only (no follow-ups or quiet clients):
        "agenda_occasions_30d_ms_median_100k": round(_agenda_median_ms(big, 30, 9, care=False), 1),
        "agenda_occasions_366d_ms_median_100k": round(_agenda_median_ms(big, 366, 5, care=False), 1),
    }


MEASURES: dict[str, Callable[[], dict[str, float]]] = {
    "search": measure_search,
    "startup": measure_startup,
    "agenda": measure_agenda,
    "call_list_300_pdf_s": lambda: {"call_list_300_pdf_s": round(_call_list_300(), 2)},
    "import": lambda: {"import_csv_100k_s": round(_import_100k(), 1)},
}


def _import_100k() -> float:
    """A 100,000-row CSV imported into an empty book, in seconds (bench/import_bench.py)."""
    import tempfile

    from bench.import_bench import bench_import_csv_100k

    with tempfile.TemporaryDirectory() as folder:
        return bench_import_csv_100k(Path(folder))


def _call_list_300() -> float:
    """A 300-entry call list from the book to a PDF, in seconds (bench/call_list_bench.py)."""
    import tempfile

    from bench.call_list_bench import bench_call_list_300

    with tempfile.TemporaryDirectory() as folder:
        return bench_call_list_300(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=sorted(MEASURES), action="append", help="run only these measures")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    for name, measure in MEASURES.items():
        if args.only and name not in args.only:
            continue
        figures.update(measure())
    print(json.dumps(figures, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
