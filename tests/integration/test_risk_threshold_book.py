"""The book's at-risk threshold on a real SQLite book: the churn watch list, `stats` and its JSON."""

from __future__ import annotations

import json
from pathlib import Path

from cli.main import main
from reminders.tiers import Tier
from storage import care, clients, feedback, log, stats
from storage.care_records import ContactDraft
from storage.care_settings import AT_RISK_FROM, risk_scale
from storage.db import open_book
from storage.records import ClientDraft
from storage.settings import set_option


def _seed(book) -> tuple[int, int]:
    """One client at 25 (an open complaint) and one at 40 (a complaint and "the price is too high")."""
    complaint = clients.create_client(book, ClientDraft(name="投诉", tier=Tier.FRIEND)).id
    feedback.open_feedback(book, complaint, "complaint", "送货慢")
    pricey = clients.create_client(book, ClientDraft(name="嫌贵", tier=Tier.FRIEND)).id
    feedback.open_feedback(book, pricey, "complaint", "质量问题")
    log.log_contact(book, ContactDraft(pricey, "phone", ("deal",), "", price_too_high=True))
    clients.create_client(book, ClientDraft(name="平安", tier=Tier.FRIEND))
    return complaint, pricey


def test_the_set_threshold_decides_who_is_at_risk(book) -> None:
    complaint, pricey = _seed(book)
    assert [r.risk.score for r in care.client_risks(book)] == [40, 25, 0]
    assert [r.client_id for r in care.at_risk(book)] == [pricey, complaint]  # 25 and more by default
    assert stats.figures(book).at_risk == 2
    set_option(book, AT_RISK_FROM, 30)
    assert [r.client_id for r in care.at_risk(book)] == [pricey]
    figures = stats.figures(book)
    assert figures.at_risk == 1 and figures.to_json_dict()["at_risk_from"] == 30
    set_option(book, AT_RISK_FROM, 45)
    assert care.at_risk(book) == [] and stats.figures(book).at_risk == 0


def test_a_stored_threshold_out_of_range_counts_as_the_default(book) -> None:
    _seed(book)
    for stored in (2, 101, "30"):
        set_option(book, AT_RISK_FROM, stored)
        assert risk_scale(book).at_risk_from == 25
        assert len(care.at_risk(book)) == 2 and stats.figures(book).at_risk == 2


def test_stats_json_and_text_use_the_books_threshold(tmp_path: Path, capsys) -> None:
    path = str(tmp_path / "risk.sqlite3")
    book = open_book(path)
    _seed(book)
    set_option(book, AT_RISK_FROM, 30)
    book.close()
    assert main(["--db", path, "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["at_risk"] == 1 and data["at_risk_from"] == 30
    assert main(["--db", path, "stats"]) == 0
    assert "at risk (score 30 or more): 1" in capsys.readouterr().out
