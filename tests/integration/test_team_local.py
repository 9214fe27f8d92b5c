"""The team features on a single-user SQLite book, and what runs without a server."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cli.main import main
from reminders.tiers import Tier
from storage import clients, models, team
from storage.copy_book import copy_book
from storage.db import open_book
from storage.errors import ConnectionLost, EditConflict, InvalidInput
from storage.notify import Poller
from storage.records import ClientDraft, PhoneEntry


def test_a_local_book_has_one_user_who_owns_everything(book) -> None:
    created = clients.create_client(book, ClientDraft(name="王芳"))
    with book.Session() as session:
        assert session.scalar(select(models.Client.owner).where(models.Client.id == created.id)) == "local"
    assert team.current_user(book) == team.TeamUser("local", True)
    [line] = team.team_overview(book)
    assert (line.owner, line.clients, line.lost) == ("local", 1, 0)
    assert line.by_tier == {Tier.PASSERBY: 0, Tier.ACQUAINTANCE: 1, Tier.FRIEND: 0, Tier.CONFIDANT: 0}
    assert team.reassign_clients(book, [created.id], "local") == []
    with pytest.raises(InvalidInput, match="single-user book"):
        team.share_client(book, created.id, "li")


def test_the_refused_save_names_what_the_other_person_changed(book) -> None:
    created = clients.create_client(book, ClientDraft(name="陈静", company="华联"))
    opened = clients.get_client(book, created.id)
    theirs = ClientDraft(name="陈静", company="华联超市")
    clients.update_client(book, created.id, theirs, expected_version=opened.version)
    mine = ClientDraft(name="陈静", company="华联百货", phones=[PhoneEntry("13700000003")])
    with pytest.raises(EditConflict, match=r"changed: company \(you changed it too\)\)") as refused:
        clients.update_client(book, created.id, mine, expected_version=opened.version, opened=opened.draft)
    assert refused.value.fields == ("company",)
    assert clients.get_client(book, created.id).draft.company == "华联超市"


def test_a_retried_create_with_its_request_key_adds_the_client_once(book) -> None:
    first = clients.create_client(book, ClientDraft(name="周敏"), request_key="f" * 32)
    again = clients.create_client(book, ClientDraft(name="周敏"), request_key="f" * 32)
    assert again.id == first.id
    other = clients.create_client(book, ClientDraft(name="周敏"), request_key="e" * 32)
    plain = clients.create_client(book, ClientDraft(name="周敏"))  # no key: each call adds one
    assert len({first.id, other.id, plain.id}) == 3
    with book.Session() as session:
        assert session.scalar(select(func.count()).select_from(models.Client)) == 3


def test_a_retried_update_whose_first_try_got_through_is_no_conflict(book) -> None:
    created = clients.create_client(book, ClientDraft(name="吴强", company="新华"))
    opened = clients.get_client(book, created.id)
    mine = ClientDraft(name="吴强", company="新华书店", phones=[PhoneEntry("13900000004")])
    clients.update_client(book, created.id, mine, expected_version=opened.version, opened=opened.draft)
    # The answer was lost; the form tries again with the version it opened.
    saved = clients.update_client(book, created.id, mine, expected_version=opened.version, opened=opened.draft)
    assert saved.draft.company == "新华书店"
    assert saved.version == opened.version + 1  # saved once, not twice
    theirs = ClientDraft(name="吴强", company="新华文轩")
    with pytest.raises(EditConflict):  # a different file stored since is still a conflict
        clients.update_client(book, created.id, theirs, expected_version=opened.version, opened=opened.draft)


def test_copy_book_between_files_refuses_a_book_with_clients(book, tmp_path: Path) -> None:
    clients.create_client(book, ClientDraft(name="刘洋", phones=[PhoneEntry("13800000001")], tags=["VIP"]))
    report = copy_book(book, str(tmp_path / "copy.sqlite3"), owner="li")
    assert report.rows["client"] == report.rows["phone"] == report.rows["tag"] == 1
    copied = open_book(str(tmp_path / "copy.sqlite3"))
    try:
        assert clients.find_clients(copied, "liuyang")[0].tags == ("VIP",)
        with copied.Session() as session:
            assert session.scalar(select(models.Client.owner)) == "li"
    finally:
        copied.close()
    with pytest.raises(InvalidInput, match="already has 1 clients"):
        copy_book(book, str(tmp_path / "copy.sqlite3"))


def test_the_team_commands_on_a_local_book(book_path: Path, capsys) -> None:
    assert main(["--db", str(book_path), "team", "whoami"]) == 1  # a mistyped path starts no book
    assert "there is no book at" in capsys.readouterr().err
    open_book(str(book_path)).close()
    assert main(["--db", str(book_path), "team", "whoami"]) == 0
    assert capsys.readouterr().out.strip() == "local (manager)"
    assert main(["--db", str(book_path), "team", "reassign", "--from", "ann", "--to", "local"]) == 1
    assert capsys.readouterr().err.strip() == "guanxi: error: ann has no clients"


def test_an_unreachable_server_is_a_one_line_error() -> None:
    with pytest.raises(ConnectionLost, match=r"cannot reach the team book at 127\.0\.0\.1"):
        open_book("postgresql+psycopg://nobody@127.0.0.1:9/guanxi")


def test_the_poller_notices_a_change_from_another_program(book) -> None:
    seen = threading.Event()
    poller = Poller(book, lambda ids: seen.set() if ids == [] else None, interval=0.1)
    poller.start()
    try:
        threading.Event().wait(0.3)
        clients.create_client(book, ClientDraft(name="孙丽"))
        assert seen.wait(5)
    finally:
        poller.stop()
