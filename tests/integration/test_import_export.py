"""Import and export on real SQLite books: round trips, duplicates, all or nothing, bad files, kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage.backups import list_backups
from storage.clients import count_clients, create_client, find_clients, get_client
from storage.db import Book, open_book
from storage.errors import BadFile, InvalidInput
from storage.exporter import export_book, export_drafts
from storage.import_files import read_file
from storage.importer import import_clients
from storage.records import ClientDraft, FamilyMemberEntry, ImportantDate, PhoneEntry

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def sample_clients(book: Book) -> None:
    drafts = [
        ClientDraft(name="张三", tier=Tier.FRIEND, company="华为", title="经理", gender="M", address_as="张总",
                    phones=[PhoneEntry("13800138000"), PhoneEntry("0571-8888 6666")], email="z@example.com",
                    wechat="zs88", address="杭州市西湖区1号", tags=["VIP", "批发"], notes="爱喝茶\n不喝酒",
                    birthday=DateSpec(CalendarKind.LUNAR, 4, 8, 2020, leap=True), personality="爽快"),
        ClientDraft(name="李四", tier=Tier.CONFIDANT, phones=[PhoneEntry("13900139000")],
                    birthday=DateSpec(CalendarKind.LUNAR, 8, 15)),
        ClientDraft(name="王五", tier=Tier.PASSERBY, company="小米, 北京; 分部", gender="F",
                    birthday=DateSpec(CalendarKind.SOLAR, 3, 12, 1985),
                    family=[FamilyMemberEntry("儿子", "王小明", "M", DateSpec(CalendarKind.SOLAR, 9, 22, 2009),
                                              "2027年高考 | 理科"),
                            FamilyMemberEntry("母亲", birthday=DateSpec(CalendarKind.LUNAR, 4, 8, 2020, leap=True))],
                    dates=[ImportantDate("合作纪念日", DateSpec(CalendarKind.SOLAR, 9, 28, 2019)),
                           ImportantDate("", DateSpec(CalendarKind.SOLAR, 5, 1, 2015), "wedding", True, "王小明"),
                           ImportantDate("开业", DateSpec(CalendarKind.LUNAR, 1, 8, 2024), "opening", False)]),
        ClientDraft(name="Li Lei", birthday=DateSpec(CalendarKind.SOLAR, 2, 29), tags=["外贸"]),
    ]  # fmt: skip
    for draft in drafts:
        create_client(book, draft)


def comparable(book: Book, *, family: bool = True) -> list[tuple]:
    """What a round trip must give back (a vCard holds no family members or important dates)."""
    return sorted(
        (d.name, d.tier, d.company, d.title, d.gender, d.address_as, tuple(p.number for p in d.phones), d.email,
         d.wechat, d.address, tuple(sorted(d.tags)), d.notes, d.birthday, d.personality,
         (tuple(d.family), tuple(d.dates)) if family else ())
        for d in export_drafts(book)
    )  # fmt: skip


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_round_trip(book: Book, tmp_path: Path, suffix: str) -> None:
    sample_clients(book)
    target = tmp_path / f"clients{suffix}"
    assert export_book(book, target) == 4
    fresh = open_book(str(tmp_path / "fresh.sqlite3"))
    try:
        result = import_clients(fresh, read_file(target))
        assert result.ok, result.problems
        assert result.added == 4
        family = suffix != ".vcf"
        assert comparable(fresh, family=family) == comparable(book, family=family)
    finally:
        fresh.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_text_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_comes_back(
    book: Book, tmp_path: Path, suffix: str
) -> None:
    create_client(book, ClientDraft(name="赵六", title="-副总", notes='=HYPERLINK("http://x") 备忘'))
    target = tmp_path / f"clients{suffix}"
    export_book(book, target)
    if suffix == ".csv":
        written = target.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in written and "'-副总" in written  # never a formula in a spreadsheet
    fresh = open_book(str(tmp_path / "fresh.sqlite3"))
    try:
        assert import_clients(fresh, read_file(target)).ok
        assert comparable(fresh) == comparable(book)  # our own import reads the text back unchanged
    finally:
        fresh.close()


def test_a_control_character_in_a_note_does_not_stop_an_xlsx_export(book: Book, tmp_path: Path) -> None:
    create_client(book, ClientDraft(name="钱七", notes="响铃\x07字符"))
    assert export_book(book, tmp_path / "out.xlsx") == 1
    fresh = open_book(str(tmp_path / "fresh.sqlite3"))
    try:
        assert import_clients(fresh, read_file(tmp_path / "out.xlsx")).added == 1
        assert [d.notes for d in export_drafts(fresh)] == ["响铃字符"]
    finally:
        fresh.close()


def test_csv_export_is_utf8_with_bom_and_vcf_keeps_lunar_birthdays(book: Book, tmp_path: Path) -> None:
    sample_clients(book)
    export_book(book, tmp_path / "a.csv")
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf\xe5\xa7\x93\xe5\x90\x8d")
    export_book(book, tmp_path / "a.vcf")
    text = (tmp_path / "a.vcf").read_text("utf-8")
    assert "X-GUANXI-LUNAR-BIRTHDAY:lunar:2020-L04-08" in text
    assert "BDAY:2020-05-30" in text  # the Gregorian day of that lunar birth
    assert "VERSION:3.0" in text


def test_ics_is_valid_icalendar_with_explicit_dates(book: Book, tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    sample_clients(book)
    export_book(book, tmp_path / "a.ics", today=date(2026, 1, 1))
    calendar = icalendar.Calendar.from_ical((tmp_path / "a.ics").read_bytes())
    events = {(str(e["SUMMARY"]), e.decoded("DTSTART")) for e in calendar.walk("VEVENT")}
    assert ("李四 · 生日", date(2026, 9, 25)) in events  # 农历八月十五 in 2026
    assert ("王五 · 生日", date(2026, 3, 12)) in events
    assert all(date(2026, 1, 1) <= day <= date(2026, 12, 31) for _, day in events)
    alarms = [a for e in calendar.walk("VEVENT") for a in e.walk("VALARM")]
    assert alarms and all(str(a["ACTION"]) == "DISPLAY" for a in alarms)


def test_ics_has_one_event_per_festival_day_own_lead_days_and_follow_ups(book: Book, tmp_path: Path) -> None:
    from datetime import datetime

    from storage.care_records import ContactDraft
    from storage.log import log_contact
    from storage.reminder_service import set_client_overrides

    icalendar = pytest.importorskip("icalendar")
    sample_clients(book)
    li_si = next(row.id for row in find_clients(book, "李四"))
    set_client_overrides(book, li_si, {"birthday": [10]})  # "remind me 10 days before her birthday"
    contact = ContactDraft(
        li_si, "phone", ("care",), contacted_at=datetime(2025, 12, 30, 10), next_follow_up=date(2026, 2, 3)
    )
    log_contact(book, contact)
    export_book(book, tmp_path / "a.ics", today=date(2026, 1, 1))
    events = {
        str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")
    }

    mid_autumn = events["中秋节 · 3 位客户"]  # the confidant, the friend and the acquaintance, in one event
    assert mid_autumn.decoded("DTSTART") == date(2026, 9, 25)
    assert "李四、张三、Li Lei" in str(mid_autumn["DESCRIPTION"])
    assert {a.decoded("TRIGGER") for a in mid_autumn.walk("VALARM")} >= {timedelta(days=-7, hours=9)}
    assert not [name for name in events if name.startswith("王五 · 中秋")]  # no copy per client
    birthday = events["李四 · 生日"]
    assert {a.decoded("TRIGGER") for a in birthday.walk("VALARM")} == {timedelta(days=-10, hours=9)}
    assert events["王五 · 儿子 王小明 生日"].decoded("DTSTART") == date(2026, 9, 22)
    follow_up = events["李四 · 跟进"]
    assert follow_up.decoded("DTSTART") == date(2026, 2, 3)
    assert [a.decoded("TRIGGER") for a in follow_up.walk("VALARM")] == [timedelta(hours=9)]


def test_export_errors(book: Book, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"use a \.csv"):
        export_book(book, tmp_path / "a.pdf")
    with pytest.raises(BadFile, match="cannot write"):
        export_book(book, tmp_path / "missing" / "a.csv")
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize("name", ["android_qp_21.vcf", "huawei_30.vcf", "gb18030.vcf", "clients.xlsx", "gbk.csv",
                                  "semicolon.csv"])  # fmt: skip
def test_sample_files_import(book: Book, name: str) -> None:
    result = import_clients(book, read_file(DATA / name))
    assert result.ok, result.problems
    assert result.added == count_clients(book) > 0


def test_duplicates_skip_update_add(book: Book, tmp_path: Path) -> None:
    create_client(book, ClientDraft(name="黄老板", phones=[PhoneEntry("+86 138 0000 1111")], notes="老朋友"))
    create_client(book, ClientDraft(name="吴经理", company="华南建材"))
    parsed = read_file(DATA / "gbk.csv")
    dry = import_clients(book, parsed, dry_run=True)
    assert (dry.added, dry.updated, dry.skipped) == (1, 0, 2)
    assert count_clients(book) == 2
    updated = import_clients(book, parsed, on_duplicate="update")
    assert (updated.added, updated.updated, updated.skipped) == (1, 2, 0)
    huang = get_client(book, 1).draft
    assert huang.company == "黄记服装店" and huang.tier is Tier.CONFIDANT
    assert [p.number for p in huang.phones] == ["+86 138 0000 1111", "13900002222"]
    assert huang.notes == "老朋友\n每次都亲自上门"
    assert find_clients(book, "huanglaoban")
    again = import_clients(book, parsed)
    assert (again.added, again.skipped) == (0, 3)
    added = import_clients(book, parsed, on_duplicate="add")
    assert added.added == 3 and count_clients(book) == 6


def test_duplicates_inside_one_file(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("姓名,电话,公司\n甲,13800000001,A\n甲,13800000002,A\n乙,13800000001,B\n", "utf-8")
    assert import_clients(book, read_file(path), dry_run=True).skipped == 2
    result = import_clients(book, read_file(path), on_duplicate="update")
    assert (result.added, result.updated) == (1, 2)
    only = get_client(book, 1).draft
    assert [p.number for p in only.phones] == ["13800000001", "13800000002"]
    assert only.company == "B"


def test_one_bad_row_writes_nothing(book: Book, tmp_path: Path) -> None:
    create_client(book, ClientDraft(name="已有"))
    path = tmp_path / "bad.csv"
    path.write_text("姓名,电话,生日\n甲,13800000001,\n乙,13800000002,2月30日\n丙,x,\n", "utf-8")
    result = import_clients(book, read_file(path))
    assert not result.ok and result.added == 0
    assert [str(p).split(":")[0] for p in result.problems] == ["row 3", "row 4"]
    assert count_clients(book) == 1
    assert [b.clients for b in list_backups()] == [1]  # the copy taken first holds the book as it was


def test_cancel_rolls_back(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("name,phone\n" + "".join(f"c{i},1380000{i:04d}\n" for i in range(5000)), "utf-8")
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 4000

    result = import_clients(book, read_file(path), progress=progress)
    assert result.cancelled and not result.ok
    assert count_clients(book) == 0
    assert calls[-1] >= 4000
    ok = import_clients(book, read_file(path), progress=lambda done, total: True)
    assert ok.added == 5000 and count_clients(book) == 5000
    assert find_clients(book, "13800004999")[0].name == "c4999"


def test_import_takes_a_backup_first(book: Book, tmp_path: Path) -> None:
    create_client(book, ClientDraft(name="原有"))
    result = import_clients(book, read_file(DATA / "semicolon.csv"))
    assert result.backup is not None and result.backup.exists()
    assert oct(result.backup.stat().st_mode & 0o777) == "0o600"
    assert [b.clients for b in list_backups()] == [1]


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GUANXI_HOME": str(home)}
    env.pop("GUANXI_DB", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)  # fmt: skip


def test_cli_import_export(guanxi_home: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    dry = run_cli("--db", db, "import", str(DATA / "gbk.csv"), "--dry-run", home=guanxi_home)
    assert dry.returncode == 0 and "would add 3" in dry.stdout
    done = run_cli("--db", db, "import", str(DATA / "gbk.csv"), home=guanxi_home)
    assert done.returncode == 0 and "added 3, updated 0, skipped 0" in done.stdout
    again = run_cli("--db", db, "import", str(DATA / "gbk.csv"), "--on-duplicate", "skip", home=guanxi_home)
    assert "skipped 3" in again.stdout
    out = run_cli("--db", db, "export", str(tmp_path / "out.xlsx"), home=guanxi_home)
    assert out.returncode == 0 and (tmp_path / "out.xlsx").exists()
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,电话\n甲,abc\n,123456\n", "utf-8")
    failed = run_cli("--db", db, "import", str(bad), home=guanxi_home)
    assert failed.returncode == 1
    assert failed.stderr.splitlines()[0].startswith("guanxi: error: row 2: ")
    assert "Traceback" not in failed.stderr
    extra = tmp_path / "extra.csv"
    extra.write_text("姓名,电话,客户等级\n乙,13900000111,A\n", "utf-8")
    warned = run_cli("--db", db, "import", str(extra), home=guanxi_home)
    assert warned.returncode == 0 and "added 1" in warned.stdout
    assert warned.stderr == "guanxi: warning: ignored columns: 客户等级\n"
    for args in (("import", str(DATA / "make_samples.py")), ("export", str(tmp_path / "x.doc")),
                 ("export", "/proc/nope/x.csv"), ("import", str(tmp_path / "none.csv"))):  # fmt: skip
        result = run_cli("--db", db, *args, home=guanxi_home)
        assert result.returncode == 1, args
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("guanxi: error: "), result.stderr


def test_kill_9_midway_leaves_the_book_as_it_was(guanxi_home: Path, tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite3"
    book = open_book(str(db))
    create_client(book, ClientDraft(name="原有客户", phones=[PhoneEntry("13800000000")]))
    book.close()
    source = tmp_path / "big.csv"
    source.write_text("name,phone\n" + "".join(f"k{i},1390000{i:04d}\n" for i in range(6000)), "utf-8")
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from storage.db import open_book
        from storage.import_files import read_file
        from storage.importer import import_clients
        book = open_book({str(db)!r})
        def progress(done, total):
            print("midway", flush=True)
            time.sleep(60)
            return True
        import_clients(book, read_file({str(source)!r}), progress=progress)
    """)
    env = {**os.environ, "GUANXI_HOME": str(guanxi_home)}
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "midway"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    _no_orphan_workers(child.pid)
    reopened = open_book(str(db))
    try:
        assert [c.name for c in find_clients(reopened, "")] == ["原有客户"]
    finally:
        reopened.close()


@given(
    rows=st.lists(
        st.lists(st.text(alphabet=st.sampled_from("张三李四138000 ,;、|\n\"农历八月十五-/@.x男女朋友VIP"), max_size=12),
                 min_size=5, max_size=5),
        max_size=8,
    ),
    duplicate=st.sampled_from(["skip", "update", "add"]),
)  # fmt: skip
def test_fuzzed_tables_import_cleanly_or_not_at_all(book: Book, tmp_path: Path, rows: list, duplicate: str) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows([["姓名", "电话", "生日", "关系层级", "标签"], *rows])
    path = tmp_path / "fuzz.csv"
    path.write_text(buffer.getvalue(), "utf-8")
    before = count_clients(book)
    try:
        result = import_clients(book, read_file(path), on_duplicate=duplicate)
    except BadFile as error:
        assert "\n" not in str(error)
        assert count_clients(book) == before
        return
    if result.ok:
        assert count_clients(book) == before + result.added
    else:
        assert count_clients(book) == before and result.added == 0
        assert all(str(p).startswith(("row ", "no column")) for p in result.problems)


def _no_orphan_workers(parent: int) -> None:
    """The killed import's preparing processes end on their own within a few seconds."""
    import time

    def orphans() -> list[str]:
        found = subprocess.run(["ps", "-eo", "pid,ppid,args"], capture_output=True, text=True, check=False).stdout
        return [line for line in found.splitlines() if "multiprocessing" in line and line.split()[1] == "1"]

    before = set(orphans())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and before & set(orphans()):
        time.sleep(0.2)
    assert not before & set(orphans())


def test_a_dry_run_or_a_refused_import_leaves_no_new_book_behind(guanxi_home: Path, tmp_path: Path) -> None:
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("姓名,电话\n甲,13900000001\n", "utf-8")
    bad.write_text("姓名,电话\n甲,13900000001\n乙,abc\n", "utf-8")
    dry = run_cli("--db", str(tmp_path / "dry.sqlite3"), "import", str(good), "--dry-run", home=guanxi_home)
    assert dry.returncode == 0 and "would add 1" in dry.stdout
    refused = run_cli("--db", str(tmp_path / "refused.sqlite3"), "import", str(bad), home=guanxi_home)
    assert refused.returncode == 1 and refused.stderr.endswith("nothing was imported (1 problem)\n")
    assert not list(tmp_path.glob("*.sqlite3*"))
