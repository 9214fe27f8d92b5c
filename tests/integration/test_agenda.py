"""The agenda from a real book: the SQL prefilter, festivals per client, and the command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reminders.agenda import build_agenda
from reminders.dates import CalendarKind, DateSpec
from reminders.festivals import festival_settings_to_json
from reminders.tiers import Tier
from storage import clients
from storage.agenda import agenda, festival_settings
from storage.date_reads import load_client_dates
from storage.records import ClientDraft, FamilyMemberEntry, ImportantDate
from storage.settings import FESTIVALS, set_option

pytestmark = pytest.mark.both_book_kinds

ROOT = Path(__file__).resolve().parents[2]
MID_AUTUMN_2026 = date(2026, 9, 25)


def lunar(month: int, day: int, year: int | None = None, leap: bool = False) -> DateSpec:
    return DateSpec(CalendarKind.LUNAR, month, day, year, leap)


def solar(month: int, day: int, year: int | None = None) -> DateSpec:
    return DateSpec(CalendarKind.SOLAR, month, day, year)


def test_lunar_birthday_family_and_custom_dates_land_on_their_days(book) -> None:
    wang = clients.create_client(
        book,
        ClientDraft(
            name="王芳",
            tier=Tier.FRIEND,
            birthday=lunar(8, 15, 1974),
            family=[FamilyMemberEntry("儿子", "王小明", birthday=solar(9, 22, 2009))],
            dates=[ImportantDate("合作纪念日", solar(9, 28, 2019))],
        ),
    )
    items = agenda(book, date(2026, 9, 20), 10, lang="zh")
    mine = [(i.date, i.kind, i.occasion) for i in items if i.client_id == wang.id]
    assert (MID_AUTUMN_2026, "birthday", "生日") in mine
    assert (date(2026, 9, 22), "family", "生日") in mine
    assert (date(2026, 9, 28), "custom", "合作纪念日") in mine
    assert (MID_AUTUMN_2026, "festival", "中秋节") in mine
    birthday = next(i for i in items if i.client_id == wang.id and i.kind == "birthday")
    assert birthday.lunar and "农历八月十五" in birthday.title and "2026-09-25" in birthday.title


def test_festivals_follow_tiers_settings_and_skip_archived_clients(book) -> None:
    friend = clients.create_client(book, ClientDraft(name="朋友甲", tier=Tier.FRIEND))
    passerby = clients.create_client(book, ClientDraft(name="过客乙", tier=Tier.PASSERBY))
    archived = clients.create_client(book, ClientDraft(name="旧客丙", tier=Tier.CONFIDANT))
    clients.archive_clients(book, [archived.id])
    festival_ids = {i.client_id for i in agenda(book, MID_AUTUMN_2026, 1) if i.kind == "festival"}
    assert festival_ids == {friend.id}
    assert passerby.id not in festival_ids

    settings_now = festival_settings(book)
    settings_now["mid_autumn"] = settings_now["mid_autumn"].__class__(False, settings_now["mid_autumn"].tiers)
    set_option(book, FESTIVALS, festival_settings_to_json(settings_now))
    assert not [i for i in agenda(book, MID_AUTUMN_2026, 1) if i.kind == "festival"]


@settings(max_examples=25, deadline=None)
@given(start=st.dates(date(2025, 1, 1), date(2027, 12, 31)), days=st.integers(1, 60))
def test_the_sql_prefilter_never_misses_an_occasion(demo_book, start: date, days: int) -> None:
    fast = {(i.key) for i in agenda(demo_book, start, days, festivals=False, care=False)}
    everyone = load_client_dates(demo_book, None, start)
    slow = {i.key for i in build_agenda(everyone, start, days, {}, presorted=True)}
    assert fast == slow


def test_agenda_command_json(book, book_path: Path, guanxi_home: Path) -> None:
    clients.create_client(book, ClientDraft(name="李雷", tier=Tier.CONFIDANT, birthday=lunar(8, 15)))
    clients.create_client(book, ClientDraft(name="韩梅梅", tier=Tier.ACQUAINTANCE, birthday=solar(9, 25)))
    env = {**os.environ, "GUANXI_HOME": str(guanxi_home)}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(book_path),
            "agenda",
            "--date",
            "2026-09-20",
            "--days",
            "10",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    for item in items:
        assert {"date", "kind", "client", "client_id", "tier", "occasion", "title", "lunar"} <= item.keys()
    on_the_day = [i for i in items if i["date"] == "2026-09-25"]
    # Sorted by date, then tier: the confidant's lunar birthday comes before the acquaintance's.
    assert [(i["client"], i["kind"]) for i in on_the_day][:2] == [("李雷", "birthday"), ("李雷", "festival")]
    assert next(i for i in on_the_day if i["client"] == "李雷" and i["kind"] == "birthday")["lunar"] is True
    assert next(i for i in on_the_day if i["client"] == "韩梅梅" and i["kind"] == "birthday")["lunar"] is False
    dates = [i["date"] for i in items]
    assert dates == sorted(dates)

    bad = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(book_path), "agenda", "--date", "2026-13-01"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_next_occasion_shows_in_the_list_rows(book) -> None:
    today = date.today()
    soon = today + timedelta(days=3)
    client = clients.create_client(book, ClientDraft(name="周到", birthday=solar(soon.month, soon.day)))
    row = clients.rows_for_ids(book, [client.id])[0]
    assert row.next_occasion_on == soon
    assert "生日" in row.next_occasion
    english = clients.rows_for_ids(book, [client.id], lang="en")[0]
    assert english.next_occasion == "Birthday"  # the English list names it in English


def test_festival_counts_count_exactly_the_clients_the_agenda_lists(book) -> None:
    """The calendar's counted festivals and the agenda's listed ones agree, audience rules included."""
    from collections import Counter

    from reminders.festivals import FESTIVALS as KNOWN_FESTIVALS
    from reminders.festivals import FestivalSetting
    from storage.agenda import festival_counts
    from storage.winback import mark_lost

    everyone = {f.key: FestivalSetting(True, frozenset(Tier)) for f in KNOWN_FESTIVALS}
    set_option(book, FESTIVALS, festival_settings_to_json(everyone))
    kid = [FamilyMemberEntry("女儿", "小满", birthday=solar(6, 1, 2019))]
    grown = [FamilyMemberEntry("儿子", "大伟", birthday=solar(6, 1, 1990))]
    drafts = [
        ClientDraft(name="女老师", tier=Tier.FRIEND, gender="F", is_teacher=True),
        ClientDraft(name="男家长", tier=Tier.CONFIDANT, gender="M", family=kid),
        ClientDraft(name="老父亲", tier=Tier.ACQUAINTANCE, gender="M", family=grown),
        ClientDraft(name="过客女", tier=Tier.PASSERBY, gender="F"),
        ClientDraft(name="流失女", tier=Tier.FRIEND, gender="F"),
        ClientDraft(name="未填性别", tier=Tier.FRIEND),
    ]
    made = [clients.create_client(book, draft) for draft in drafts]
    clients.archive_clients(book, [clients.create_client(book, ClientDraft(name="旧客", gender="F")).id])
    mark_lost(book, made[4].id, date(2025, 12, 1), ["broken_trust"])  # no festival greetings for the lost
    start = date(2026, 1, 1)
    listed = Counter((i.date, i.festival, i.tier) for i in agenda(book, start, 366, care=False) if i.kind == "festival")
    counted = Counter(
        {(c.day, c.festival.key, tier): n for c in festival_counts(book, start, 366) for tier, n in c.by_tier.items()}
    )
    assert counted == listed
    keys = {festival for _, festival, _ in listed}
    assert {"womens_day", "teachers_day", "childrens_day", "mid_autumn"} <= keys
