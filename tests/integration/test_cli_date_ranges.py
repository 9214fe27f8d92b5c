"""Dates on the command line: the calendar's range, `log --at`, and `stats --date` as of that day."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import update

from cli.main import main
from reminders import lunar
from reminders.tiers import Tier
from storage import care_models as cm
from storage import clients, models, winback
from storage.db import open_book
from storage.log import list_contacts
from storage.records import ClientDraft

FIRST = lunar.lunar_new_year(lunar.MIN_YEAR)
LAST = lunar.lunar_year_end(lunar.MAX_YEAR)
RANGE = f"{FIRST.isoformat()} to {LAST.isoformat()}"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "dates.sqlite3")
    book = open_book(path)
    clients.create_client(book, ClientDraft(name="张健", tier=Tier.FRIEND))
    book.close()
    return path


def _usage_error(capsys, *argv: str) -> str:
    """Run the command, expect argparse's exit 2, return its one line."""
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def _out(argv: list[str], folder: Path) -> list[str]:
    """The arguments with the PDF to write (if any) in the test's folder."""
    return [str(folder / "call-list.pdf") if arg == "OUT" else arg for arg in argv]


@pytest.mark.parametrize(
    "argv",
    [
        ["agenda", "--date", "1800-01-01"],
        ["agenda", "--date", "1900-01-01"],
        ["agenda", "--date", "0001-01-01"],
        ["agenda", "--date", "9999-12-30", "--days", "5"],
        ["call-list", "--date", "1800-01-01", "--pdf", "OUT"],
        ["call-list", "--date", "9999-12-31", "--days", "3", "--pdf", "OUT"],
        ["call-list", "--date", "2101-01-01", "--to", "2101-02-01", "--pdf", "OUT"],
        ["stats", "--date", "9999-12-31"],
        ["stats", "--date", "0001-01-01"],
        ["log", "张健", "--channel", "phone", "--purpose", "care", "--next", "2200-01-01"],
    ],
)
def test_a_date_outside_the_calendar_is_a_usage_error(db: str, tmp_path: Path, capsys, argv: list[str]) -> None:
    err = _usage_error(capsys, "--db", db, *_out(argv, tmp_path))
    assert "outside the calendar's range" in err and RANGE in err


@pytest.mark.parametrize(
    "argv",
    [
        ["agenda", "--days", "100000"],
        ["agenda", "--date", "2100-12-01", "--days", "60"],
        ["call-list", "--days", "100000", "--pdf", "OUT"],
    ],
)
def test_a_window_running_past_the_calendar_is_a_usage_error(db: str, tmp_path: Path, capsys, argv: list[str]) -> None:
    err = _usage_error(capsys, "--db", db, *_out(argv, tmp_path))
    assert "argument --days" in err and f"run past {LAST.isoformat()}" in err and "use at most" in err


def test_the_first_and_last_days_of_the_calendar_work(db: str, capsys) -> None:
    last_window = (LAST - date(2100, 12, 1)).days + 1
    assert main(["--db", db, "agenda", "--date", "2100-12-01", "--days", str(last_window), "--json"]) == 0
    assert main(["--db", db, "agenda", "--date", FIRST.isoformat(), "--days", "1", "--json"]) == 0
    for day in (FIRST, LAST):
        assert main(["--db", db, "stats", "--date", day.isoformat(), "--json"]) == 0
    capsys.readouterr()
    err = _usage_error(capsys, "--db", db, "agenda", "--date", "2100-12-01", "--days", str(last_window + 1))
    assert f"use at most {last_window}" in err


@pytest.mark.parametrize(
    ("at", "words"),
    [
        ("9999-12-31T23:59", "is in the future"),
        ("2999-01-01", "is in the future"),
        ("1800-01-01", "before 1900"),
    ],
)
def test_log_refuses_a_contact_time_out_of_bounds(db: str, capsys, at: str, words: str) -> None:
    assert main(["--db", db, "log", "张健", "--channel", "phone", "--purpose", "care", "--at", at]) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    book = open_book(db)
    try:
        assert list_contacts(book, 1) == []
        assert clients.get_client(book, 1).last_contact_at is None
    finally:
        book.close()
    assert main(["--db", db, "stats"]) == 0  # the book is still fine


def test_log_turns_a_time_with_an_offset_into_local_time(db: str, capsys) -> None:
    aware = datetime.now(timezone(timedelta(hours=8))).replace(second=0, microsecond=0) - timedelta(days=1)
    argv = ["--db", db, "log", "张健", "--channel", "phone", "--purpose", "care", "--at", aware.isoformat(), "--json"]
    assert main(argv) == 0
    logged = json.loads(capsys.readouterr().out)
    local = aware.astimezone().replace(tzinfo=None)
    assert logged["at"] == local.isoformat(timespec="minutes")
    assert main(["--db", db, "stats"]) == 0


def _backdate(book, client_id: int, created: datetime) -> None:
    with book.Session.begin() as session:
        session.execute(update(models.Client).where(models.Client.id == client_id).values(created_at=created))
        session.execute(
            update(models.TierChange).where(models.TierChange.client_id == client_id).values(changed_at=created)
        )


def test_stats_date_counts_the_clients_of_that_day(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "history.sqlite3")
    book = open_book(db)
    try:
        steady = clients.create_client(book, ClientDraft(name="老朋友", tier=Tier.FRIEND)).id
        gone = clients.create_client(book, ClientDraft(name="走了的", tier=Tier.ACQUAINTANCE)).id
        clients.create_client(book, ClientDraft(name="新客户", tier=Tier.PASSERBY))
        _backdate(book, steady, datetime(2024, 1, 10, 9))
        _backdate(book, gone, datetime(2024, 2, 1, 9))
        clients.set_tier(book, [steady], Tier.CONFIDANT, "closer")
        with book.Session.begin() as session:
            session.execute(
                update(models.TierChange)
                .where(models.TierChange.client_id == steady, models.TierChange.from_tier.is_not(None))
                .values(changed_at=datetime(2025, 6, 1, 12))
            )
        winback.mark_lost(book, gone, date(2025, 1, 15), ["price"])
        with book.Session.begin() as session:  # the loss was written down when it happened
            session.execute(update(cm.Loss).values(created_at=datetime(2025, 1, 15, 18)))
            session.add(  # promised in June, due in July, done the next February
                cm.FollowUp(
                    client_id=steady,
                    due_on=date(2024, 7, 1),
                    note="",
                    source="contact",
                    created_at=datetime(2024, 6, 20, 10),
                    done_at=datetime(2025, 2, 3, 9),
                )
            )
    finally:
        book.close()

    def stats_on(day: str | None) -> dict:
        assert main(["--db", db, "stats", "--json", *(["--date", day] if day else [])]) == 0
        return json.loads(capsys.readouterr().out)

    def tiers(data: dict) -> dict[str, int]:
        return {key: value["clients"] for key, value in data["pyramid"].items() if value["clients"]}

    before = stats_on("2020-01-01")
    assert (before["active"], before["lost"], tiers(before), before["win_back"]["losses"]) == (0, 0, {}, 0)
    year_end = stats_on("2024-12-31")
    assert (year_end["active"], year_end["lost"]) == (2, 0)
    assert tiers(year_end) == {"friend": 1, "acquaintance": 1}
    assert year_end["overdue_follow_ups"] == 1 and stats_on("2024-06-30")["overdue_follow_ups"] == 0
    spring = stats_on("2025-03-01")
    assert (spring["active"], spring["lost"], tiers(spring)) == (1, 1, {"friend": 1})
    assert spring["lost_reasons"] == {"price": 1} and spring["win_back"]["losses"] == 1
    summer = stats_on("2025-07-01")
    assert tiers(summer) == {"confidant": 1}
    now = stats_on(None)
    assert (now["active"], now["lost"], tiers(now)) == (2, 1, {"confidant": 1, "passerby": 1})
    assert now["overdue_follow_ups"] == 0 and spring["overdue_follow_ups"] == 0


def test_stats_help_says_what_date_changes(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["stats", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "the clients active and lost on that day" in text and "always now" in text


def test_a_call_list_ending_before_it_starts_is_a_usage_error(db: str, capsys, tmp_path: Path) -> None:
    line = _usage_error(
        capsys, "--db", db, "call-list", "--date", "2026-05-02", "--to", "2026-05-01", "--pdf", str(tmp_path / "x.pdf")
    )
    assert "argument --to: 2026-05-01 is before the first day 2026-05-02" in line
