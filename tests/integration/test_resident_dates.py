"""A book's dates kept in memory (storage.resident_dates): the same agenda as reading the book,
whoever wrote to it, and the change journal the database keeps for it."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from reminders.dates import CalendarKind, DateSpec
from reminders.festivals import FESTIVALS, FestivalSetting, festival_settings_to_json
from reminders.tiers import Tier
from storage import clients, feedback, journal, log, resident_dates, winback
from storage.agenda import agenda
from storage.care import set_contact_interval
from storage.care_records import ContactDraft
from storage.care_settings import COMPLAINT_DAYS, CONTACT_INTERVALS
from storage.db import Book, open_book
from storage.demo import fill_demo
from storage.import_files import read_file
from storage.importer import import_clients
from storage.records import ClientDraft, FamilyMemberEntry, ImportantDate
from storage.settings import FESTIVALS as FESTIVALS_OPTION
from storage.settings import set_option

START = date(2026, 5, 20)  # Children's Day, Dragon Boat and Father's Day ahead
WINDOWS = ((START, 45), (date(2027, 1, 20), 30), (date(2026, 11, 24), 366))
EVERY_FESTIVAL = {f.key: FestivalSetting(True, frozenset(Tier)) for f in FESTIVALS}


def lunar(month: int, day: int, year: int | None = None, leap: bool = False) -> DateSpec:
    return DateSpec(CalendarKind.LUNAR, month, day, year, leap)


def solar(month: int, day: int, year: int | None = None) -> DateSpec:
    return DateSpec(CalendarKind.SOLAR, month, day, year)


def _lines(book: Book, start: date, days: int, **options) -> list[dict]:
    return [item.to_json_dict() for item in agenda(book, start, days, **options)]


def assert_same_agenda(direct: Book, kept: Book, windows=WINDOWS, **options) -> None:
    for start, days in windows:
        for lang in ("zh", "en"):
            expected = _lines(direct, start, days, lang=lang, **options)
            assert expected, "a window with nothing in it proves nothing"
            assert _lines(kept, start, days, lang=lang, **options) == expected, (start, days, lang)


@pytest.fixture
def two_books(book_path: Path):
    """The same file opened twice: read directly, and with its dates kept in memory."""
    direct = open_book(str(book_path))
    fill_demo(direct, 150, seed=5)
    set_option(direct, FESTIVALS_OPTION, festival_settings_to_json(EVERY_FESTIVAL))
    kept = open_book(str(book_path))
    assert resident_dates.keep_dates_in_memory(kept)
    yield direct, kept
    direct.close()
    kept.close()


def test_kept_dates_give_the_same_agenda_as_reading_the_book(two_books) -> None:
    direct, kept = two_books
    assert_same_agenda(direct, kept)
    some = list(range(1, 150, 4))
    assert_same_agenda(direct, kept, client_ids=some)
    assert_same_agenda(direct, kept, care=False, festivals=False)
    assert kept.resident is not None and kept.resident.loads == 1


def test_every_kind_of_write_reaches_the_kept_dates_one_client_at_a_time(two_books) -> None:
    direct, kept = two_books
    window = ((START, 45), (date(2026, 11, 24), 366))
    assert_same_agenda(direct, kept, window)
    new = clients.create_client(
        direct,
        ClientDraft(
            name="新客户",
            tier=Tier.CONFIDANT,
            gender="F",
            is_teacher=True,
            birthday=lunar(4, 20, 1980),
            family=[FamilyMemberEntry("女儿", "小花", birthday=solar(6, 1, 2019))],
            dates=[ImportantDate("合作纪念日", solar(6, 10, 2020))],
        ),
    )
    writes = [
        lambda: clients.update_client(
            direct,
            new.id,
            ClientDraft(name="改名客户", tier=Tier.FRIEND, birthday=solar(6, 2, 1975), counts_nominal_age=True),
        ),
        lambda: clients.set_tier(direct, [1, 2, 3], Tier.PASSERBY, "test"),
        lambda: clients.archive_clients(direct, [4, new.id]),
        lambda: clients.restore_clients(direct, [new.id]),
        lambda: clients.archive_clients(direct, [5]),
        lambda: clients.delete_archived_clients(direct, [5]),
        lambda: log.log_contact(
            direct,
            ContactDraft(
                6, "phone", ("care",), contacted_at=datetime(2026, 5, 19, 10), next_follow_up=START + timedelta(days=3)
            ),
        ),
        lambda: set_contact_interval(direct, 7, 5),
        lambda: set_contact_interval(direct, 7, None),
        lambda: feedback.open_feedback(direct, 8, "complaint", "送货晚了", at=datetime(2026, 5, 1, 9)),
        lambda: log.log_contact(
            direct,
            ContactDraft(
                9, "visit", ("care",), contacted_at=datetime(2026, 5, 18, 10), next_follow_up=START + timedelta(days=4)
            ),
        ),
        lambda: winback.mark_lost(direct, 9, START - timedelta(days=1), ["price"]),  # its follow-up leaves
        lambda: winback.add_winback_step(
            direct, winback.current_loss(direct, 9).id, "plan", "登门", follow_up_on=START + timedelta(days=5)
        ),
        lambda: set_option(direct, CONTACT_INTERVALS, {"friend": 10, "confidant": 5}),
        lambda: set_option(direct, COMPLAINT_DAYS, 1),
        lambda: set_option(direct, FESTIVALS_OPTION, None),
    ]
    for write in writes:
        write()
        assert_same_agenda(direct, kept, window)
    assert kept.resident is not None and kept.resident.loads == 1  # each change read client by client


def test_a_write_by_another_program_is_seen(two_books, book_path: Path) -> None:
    direct, kept = two_books
    assert_same_agenda(direct, kept, ((START, 45),))
    other = sqlite3.connect(book_path)
    with other:
        other.execute("UPDATE client SET name = '外部改名', tier = 3 WHERE id = 10")
        other.execute("UPDATE family_member SET birthday_month = 6, birthday_day = 5 WHERE client_id = 11")
        other.execute("DELETE FROM client_date WHERE client_id = 12")
    other.close()
    assert_same_agenda(direct, kept, ((START, 45),))
    assert "外部改名" in {line["client"] for line in _lines(kept, START, 366)}


def test_a_gap_in_the_journal_or_many_changes_read_everything_again(two_books, monkeypatch) -> None:
    direct, kept = two_books
    assert_same_agenda(direct, kept, ((START, 45),))
    assert kept.resident is not None
    with direct.engine.begin() as connection:
        connection.execute(text("UPDATE client SET name = name || '甲' WHERE id = 20"))
        connection.execute(text("DELETE FROM client_change"))  # as if pruned before this reader caught up
        connection.execute(text("UPDATE client SET name = name || '乙' WHERE id = 21"))
    assert_same_agenda(direct, kept, ((START, 45),))
    assert kept.resident.loads == 2
    monkeypatch.setattr(resident_dates, "MAX_CHANGED", 3)
    clients.set_tier(direct, [30, 31, 32, 33, 34], Tier.FRIEND)
    assert_same_agenda(direct, kept, ((START, 45),))
    assert kept.resident.loads == 3


def test_an_import_is_journaled_as_one_row_and_read_again_whole(two_books, tmp_path: Path) -> None:
    direct, kept = two_books
    assert_same_agenda(direct, kept, ((START, 45),))
    with direct.engine.connect() as connection:
        before = journal.last_seq(connection)
    rows = "\n".join(f"客户{i},1390000{i:04d},农历四月{i % 28 + 1}" for i in range(300))
    (tmp_path / "clients.csv").write_text(f"name,phone,birthday\n{rows}\n", encoding="utf-8")
    assert import_clients(direct, read_file(tmp_path / "clients.csv")).added == 300
    with direct.engine.connect() as connection:
        assert journal.last_seq(connection) == before + 1 and journal.has_triggers(connection)
    assert_same_agenda(direct, kept, ((START, 45),))
    assert kept.resident is not None and kept.resident.loads == 2
    (tmp_path / "bad.csv").write_text("name,birthday\n甲,1990-02-30\n", encoding="utf-8")
    assert not import_clients(direct, read_file(tmp_path / "bad.csv")).ok  # rolled back, triggers too
    clients.set_tier(direct, [1], Tier.FRIEND)  # the triggers are back
    with direct.engine.connect() as connection:
        assert journal.changes_since(connection, before + 1, 100).client_ids == {1}


def test_a_read_that_fails_half_way_is_done_again_whole(two_books, monkeypatch) -> None:
    direct, kept = two_books
    assert_same_agenda(direct, kept, ((START, 45),))
    clients.set_tier(direct, [40, 41], Tier.CONFIDANT)

    def broken(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(resident_dates, "read_care", broken)
    with pytest.raises(sqlite3.OperationalError):
        agenda(kept, START, 45)
    monkeypatch.undo()
    assert_same_agenda(direct, kept, ((START, 45),))
    assert kept.resident is not None and kept.resident.loads == 2


def test_without_the_journal_triggers_the_book_is_read_directly(book) -> None:
    with book.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER client_change_family_member_update"))
    assert not resident_dates.keep_dates_in_memory(book)
    assert book.resident is None


def test_two_threads_asking_at_once_get_the_same_answer(two_books) -> None:
    direct, kept = two_books
    expected = _lines(direct, START, 45)
    answers: list[list[dict]] = []
    threads = [threading.Thread(target=lambda: answers.append(_lines(kept, START, 45))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert answers == [expected] * 4
