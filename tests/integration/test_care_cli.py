"""`log`, `agenda --json` with the new kinds, and `stats`, run in-process on real books."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from cli.main import main
from reminders.tiers import Tier
from storage import clients
from storage.db import open_book
from storage.records import ClientDraft


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.sqlite3")
    book = open_book(path)
    clients.create_client(book, ClientDraft(name="张三", tier=Tier.FRIEND, company="华联"))
    clients.create_client(book, ClientDraft(name="张三丰", tier=Tier.ACQUAINTANCE))
    clients.create_client(book, ClientDraft(name="李四", tier=Tier.CONFIDANT))
    book.close()
    return path


def test_log_by_exact_name_with_next_follow_up(db: str, capsys) -> None:
    soon = (date.today() + timedelta(days=3)).isoformat()
    code = main(
        ["--db", db, "log", "张三", "--channel", "phone", "--purpose", "care", "--purpose", "deal,service",
         "--note", "问新品反馈", "--next", soon, "--json"]
    )  # fmt: skip
    assert code == 0
    logged = json.loads(capsys.readouterr().out)
    assert logged["client"] == "张三" and logged["purposes"] == ["care", "deal", "service"]
    assert main(["--db", db, "agenda", "--days", "5", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    follow = [i for i in items if i["kind"] == "followup"]
    assert len(follow) == 1 and follow[0]["client"] == "张三" and follow[0]["date"] == soon
    assert set(follow[0]) >= {"date", "kind", "client", "client_id", "tier", "occasion", "title", "lunar"}


def test_log_by_id_and_plain_output(db: str, capsys) -> None:
    assert main(["--db", db, "log", "3", "--channel", "wechat", "--purpose", "information"]) == 0
    assert "李四 (#3)" in capsys.readouterr().out


def test_an_ambiguous_name_lists_the_candidates(db: str, capsys) -> None:
    assert main(["--db", db, "log", "张", "--channel", "phone", "--purpose", "care"]) == 1
    err = capsys.readouterr().err
    assert "张三 (#1, 华联)" in err and "张三丰 (#2)" in err and err.count("\n") == 1


def test_bad_channel_and_purpose_exit_2(db: str, capsys) -> None:
    with pytest.raises(SystemExit) as bad_channel:
        main(["--db", db, "log", "张三", "--channel", "fax", "--purpose", "care"])
    assert bad_channel.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
    with pytest.raises(SystemExit) as bad_purpose:
        main(["--db", db, "log", "张三", "--channel", "phone", "--purpose", "care,gossip"])
    assert bad_purpose.value.code == 2
    err = capsys.readouterr().err
    assert "unknown purpose 'gossip'" in err and err.count("\n") == 1


def test_stats_text_and_json(db: str, capsys) -> None:
    assert main(["--db", db, "stats"]) == 0
    out = capsys.readouterr().out
    assert "active clients: 3" in out and "churn rate by month" in out and "confidant" in out
    assert main(["--db", db, "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pyramid"]["friend"]["clients"] == 1
    assert len(data["churn_by_month"]) == 12 and data["at_risk"] == 0
