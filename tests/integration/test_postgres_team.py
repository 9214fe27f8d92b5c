"""Who sees which client, enforced by PostgreSQL itself, and no lost updates between two people."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from postgres_support import ALICE, BOB, BOSS, needs_postgres, pg_database, team_urls  # noqa: F401
from sqlalchemy import select, text
from sqlalchemy.orm.exc import StaleDataError

from storage import clients, models, team
from storage.db import Book, open_book
from storage.errors import EditConflict, NotAllowed, NotFound
from storage.records import ClientDraft, PhoneEntry

pytestmark = [pytest.mark.postgres, needs_postgres]


@pytest.fixture(scope="module")
def books(team_urls: dict[str, str]) -> Iterator[dict[str, Book]]:  # noqa: F811
    opened = {name: open_book(url) for name, url in team_urls.items()}
    yield opened
    for book in opened.values():
        book.close()


def test_each_salesperson_sees_only_their_own_and_shared_clients(books: dict[str, Book]) -> None:
    alice, bob, boss = books[ALICE], books[BOB], books[BOSS]
    assert team.current_user(alice) == team.TeamUser(ALICE, False)
    assert team.current_user(boss).is_manager
    hers = clients.create_client(alice, ClientDraft(name="王芳", phones=[PhoneEntry("13800000001")]))
    his = clients.create_client(bob, ClientDraft(name="张伟", phones=[PhoneEntry("13900000002")]))
    with bob.Session() as session:
        assert session.get(models.Client, his.id).owner == BOB  # the owner defaults to the role inserting

    assert [r.id for r in clients.find_clients(alice, "")] == [hers.id]
    with pytest.raises(NotFound):
        clients.get_client(alice, his.id)
    with pytest.raises(NotFound):
        clients.update_client(alice, his.id, ClientDraft(name="改名"))

    with alice.engine.begin() as sql:  # raw SQL obeys the same rules
        assert sql.execute(text("SELECT count(*) FROM client WHERE id = :i"), {"i": his.id}).scalar() == 0
        assert sql.execute(text("SELECT count(*) FROM phone WHERE client_id = :i"), {"i": his.id}).scalar() == 0
        assert sql.execute(text("UPDATE client SET name = 'x' WHERE id = :i"), {"i": his.id}).rowcount == 0
        assert sql.execute(text("DELETE FROM phone WHERE client_id = :i"), {"i": his.id}).rowcount == 0
    for statement in (
        "INSERT INTO phone (client_id, number, label, position) VALUES (:i, '110', '', 0)",
        "UPDATE client SET owner = 'gx_test_alice' WHERE id = :i",  # even when it is not visible: no-op or refusal
    ):
        _refused_or_nothing(alice, statement, his.id)
    with pytest.raises(NotAllowed), alice.engine.begin() as sql:  # a salesperson cannot give their client away
        sql.execute(text("UPDATE client SET owner = :o WHERE id = :i"), {"o": BOB, "i": hers.id})
    with pytest.raises(NotAllowed), alice.engine.begin() as sql:  # nor create one in someone else's name
        sql.execute(text(_insert_client_sql()), {"o": BOB})
    with pytest.raises(NotAllowed, match="only a manager"):
        team.reassign_clients(alice, [hers.id], BOB)

    team.share_client(bob, his.id, ALICE)  # shared: alice sees and edits it, cannot delete it
    assert clients.get_client(alice, his.id).name == "张伟"
    clients.update_client(alice, his.id, ClientDraft(name="张伟", notes="喜欢喝茶"))
    with alice.engine.begin() as sql:
        assert sql.execute(text("DELETE FROM client WHERE id = :i"), {"i": his.id}).rowcount == 0
    with pytest.raises(NotAllowed):
        team.share_client(alice, his.id, BOSS)
    assert team.unshare_client(bob, his.id, ALICE)
    with pytest.raises(NotFound):
        clients.get_client(alice, his.id)

    assert {line.owner: line.clients for line in team.team_overview(boss)} == {ALICE: 1, BOB: 1}
    assert team.reassign_all(boss, ALICE, BOB) == [hers.id]  # alice leaves: bob takes over her clients
    assert clients.find_clients(alice, "") == []
    assert {r.id for r in clients.find_clients(bob, "")} == {hers.id, his.id}
    assert clients.get_client(bob, hers.id).draft.phones[0].number == "13800000001"


def _refused_or_nothing(book: Book, statement: str, client_id: int) -> None:
    try:
        with book.engine.begin() as sql:
            assert sql.execute(text(statement), {"i": client_id}).rowcount == 0
    except NotAllowed:
        pass


def _insert_client_sql() -> str:
    columns = {c.name for c in models.Client.__table__.c} - {"id"}
    values = dict.fromkeys(columns, "''")
    for name in ("tier", "version"):
        values[name] = "1"
    for name in ("is_teacher", "counts_nominal_age", "birthday_leap"):
        values[name] = "false"
    for column in models.Client.__table__.c:
        if column.nullable and column.name in values:
            values[column.name] = "NULL"
    values.update(created_at="now()", updated_at="now()", owner=":o", name="'冒名'")
    names = sorted(values)
    return f"INSERT INTO client ({', '.join(names)}) VALUES ({', '.join(values[n] for n in names)})"


def test_the_second_save_is_refused_with_what_changed(books: dict[str, Book]) -> None:
    alice, boss = books[ALICE], books[BOSS]
    created = clients.create_client(alice, ClientDraft(name="陈静", company="华联"))
    at_alice = clients.get_client(alice, created.id)
    at_boss = clients.get_client(boss, created.id)
    theirs = ClientDraft(name="陈静", company="华联超市", phones=[PhoneEntry("13700000003")])
    clients.update_client(boss, created.id, theirs, expected_version=at_boss.version, opened=at_boss.draft)

    mine = ClientDraft(name="陈静", company="华联", notes="下周回访")
    with pytest.raises(EditConflict, match=r"changed: company, phones") as refused:
        clients.update_client(alice, created.id, mine, expected_version=at_alice.version, opened=at_alice.draft)
    assert refused.value.fields == ("company", "phones")
    stored = clients.get_client(alice, created.id)
    assert (stored.draft.company, stored.draft.notes) == ("华联超市", "")  # nothing overwritten

    # The race inside the save itself: both read version N, the first commit wins.
    with alice.Session() as first, boss.Session() as second:
        one = first.get(models.Client, created.id)
        two = second.get(models.Client, created.id)
        one.notes, two.notes = "A", "B"
        first.commit()
        with pytest.raises(StaleDataError):
            second.commit()
    with alice.Session() as session:
        assert session.scalar(select(models.Client.notes).where(models.Client.id == created.id)) == "A"


def test_the_agenda_runs_on_postgresql_and_lists_only_visible_clients(books: dict[str, Book]) -> None:
    from datetime import date

    from reminders.dates import CalendarKind, DateSpec
    from reminders.tiers import Tier
    from storage.agenda import agenda
    from storage.records import FamilyMemberEntry, ImportantDate

    alice, bob = books[ALICE], books[BOB]
    draft = ClientDraft(
        name="议程客户",
        tier=Tier.FRIEND,
        birthday=DateSpec(CalendarKind.LUNAR, 8, 15, 1974),  # 2026-09-25
        family=[FamilyMemberEntry("女儿", "小满", birthday=DateSpec(CalendarKind.SOLAR, 9, 22, 2015))],
        dates=[ImportantDate("合作纪念日", DateSpec(CalendarKind.SOLAR, 9, 28, 2019))],
    )
    hers = clients.create_client(alice, draft)
    his = clients.create_client(bob, ClientDraft(name="别人的客户", tier=Tier.FRIEND))

    week = agenda(alice, date(2026, 9, 21), 10)  # few dates: the indexed SQL filter
    mine = {(item.kind, item.occasion) for item in week if item.client_id == hers.id}
    assert {("birthday", "生日"), ("family", "生日"), ("custom", "合作纪念日"), ("festival", "中秋节")} <= mine
    year = agenda(alice, date(2026, 1, 1), 366)  # most of the year: every client read once
    assert {item.client_id for item in year} >= {hers.id}
    assert his.id not in {item.client_id for item in week + year}


def test_a_salespersons_retried_create_adds_the_client_once(books: dict[str, Book]) -> None:
    alice = books[ALICE]
    first = clients.create_client(alice, ClientDraft(name="重试"), request_key="a1" * 16)
    again = clients.create_client(alice, ClientDraft(name="重试"), request_key="a1" * 16)
    assert again.id == first.id
    assert [r.id for r in clients.find_clients(alice, "重试")] == [first.id]
