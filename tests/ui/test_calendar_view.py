"""The Calendar view, offscreen: lunar days and festivals in the grid, occasions in the day list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from reminders.festivals import festival_settings_to_json
from reminders.parsing import parse_date_spec
from reminders.tiers import Tier
from storage import clients
from storage.records import ClientDraft
from storage.settings import FESTIVALS, set_option
from ui import i18n
from ui.calendar_data import FestivalGroup, load_month, month_cells, summarize
from ui.calendar_view import CalendarView
from ui.events import AppEvents
from ui.occasion_model import CLIENT_ID_ROLE, COLUMNS


def test_september_2026_has_mid_autumn_on_the_25th_and_lunar_days() -> None:
    cells = month_cells(2026, 9, "zh_CN")
    assert "中秋节" in cells[date(2026, 9, 25)].festivals
    assert cells[date(2026, 9, 25)].lunar_text == "十五"
    assert cells[date(2026, 9, 11)].lunar_text == "八月"  # 初一 of the 8th month shows the month
    assert cells[date(2026, 9, 11)].first_of_month
    assert cells[date(2026, 9, 10)].festivals == ("教师节",)
    assert cells[date(2026, 9, 12)].lunar_text == "初二"
    english = month_cells(2026, 9, "en")
    assert english[date(2026, 9, 25)].festivals == ("Mid-Autumn Festival",)
    assert english[date(2026, 9, 25)].grid_names == ("Mid-Autumn",)  # a cell has no room for "Festival"
    assert month_cells(2027, 2, "en")[date(2027, 2, 6)].grid_names == ("Spring Festival",)  # "Spring" is no name
    assert cells[date(2026, 9, 25)].grid_names == cells[date(2026, 9, 25)].festivals  # Chinese names are short


def test_festival_names_wrap_after_hyphens_and_end_in_an_ellipsis_when_cut(qapp) -> None:
    from PySide6.QtGui import QFontMetrics

    from ui.calendar_grid import wrap_to_lines

    metrics = QFontMetrics(qapp.font())
    narrow = metrics.horizontalAdvance("Autumn") + 2  # "Mid-Autumn" does not fit on one line
    assert wrap_to_lines("Mid-Autumn", metrics, narrow, 2) == ["Mid-", "Autumn"]
    wide = metrics.horizontalAdvance("National Day") + 2
    assert wrap_to_lines("National Day · Mid-Autumn", metrics, wide, 3) == ["National Day", "Mid-Autumn"]
    cut = wrap_to_lines("National Day · Mid-Autumn", metrics, wide, 1)
    assert len(cut) == 1 and cut[0].startswith("National") and cut[0].endswith("…")
    assert metrics.horizontalAdvance(cut[0]) <= wide


@pytest.fixture(autouse=True)
def chinese(qapp):
    """The interface in Simplified Chinese, as most users have it."""
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def view(qtbot, book):
    events = AppEvents()
    widget = CalendarView(events)
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show_day(date(2026, 9, 25))
    with qtbot.waitSignal(widget.month_loaded, timeout=10000):
        widget.set_book(book)
    return widget


def test_the_grid_cell_of_mid_autumn(view) -> None:
    assert (view.grid.yearShown(), view.grid.monthShown()) == (2026, 9)
    cell = view.grid.cell(date(2026, 9, 25))
    assert cell.lunar_text == "十五" and "中秋节" in cell.festivals


def test_a_lunar_birthday_shows_on_its_converted_day_with_both_forms(qtbot, book) -> None:
    saved = clients.create_client(
        book, ClientDraft(name="张三", tier=Tier.FRIEND, birthday=parse_date_spec("农历1966年八月十五"))
    )
    events = AppEvents()
    widget = CalendarView(events)
    qtbot.addWidget(widget)
    widget.show_day(date(2026, 9, 25))
    with qtbot.waitSignal(widget.month_loaded, timeout=10000):
        widget.set_book(book)
    assert widget.grid.occasion_count(date(2026, 9, 25)) == 1
    model = widget.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    group = next(r for r in rows if isinstance(r, FestivalGroup))
    assert group.occasion == "中秋节" and group.count == 1  # a friend: Mid-Autumn is on for friends
    birthday_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CLIENT_ID_ROLE) == saved.id)
    text = {column: model.index(birthday_row, COLUMNS.index(column)).data() for column in COLUMNS}
    assert text["date"] == "2026年9月25日（农历八月十五）"
    assert text["client"] == "张三"
    assert "生日" in text["occasion"] and "60岁" in text["occasion"] and "大寿" in text["occasion"]

    with qtbot.waitSignal(events.open_client_requested, timeout=1000) as opened:
        widget._open(model.index(birthday_row, 0))
    assert opened.args == [saved.id]


def test_festival_clients_are_counted_not_listed(book) -> None:
    for number in range(30):
        clients.create_client(book, ClientDraft(name=f"客户{number}", tier=Tier.ACQUAINTANCE))
    agenda = load_month(book, 2026, 9, "zh_CN")
    rows = agenda.rows(date(2026, 9, 25))
    assert len(rows) == 1
    assert isinstance(rows[0], FestivalGroup) and rows[0].count == 30
    assert rows[0].by_tier == {Tier.ACQUAINTANCE: 30}


def test_turning_a_festival_off_removes_it_from_the_month(book) -> None:
    clients.create_client(book, ClientDraft(name="李四", tier=Tier.CONFIDANT))
    assert any(isinstance(r, FestivalGroup) for r in load_month(book, 2026, 9, "zh_CN").rows(date(2026, 9, 25)))
    from reminders.festivals import FestivalSetting, default_festival_settings

    settings = default_festival_settings()
    settings["mid_autumn"] = FestivalSetting(False, settings["mid_autumn"].tiers)
    set_option(book, FESTIVALS, festival_settings_to_json(settings))
    assert load_month(book, 2026, 9, "zh_CN").rows(date(2026, 9, 25)) == []


def test_navigation_and_refresh_on_settings_changed(qtbot, view) -> None:
    with qtbot.waitSignal(view.month_loaded, timeout=10000):
        view.next_button.click()
    assert (view.grid.yearShown(), view.grid.monthShown()) == (2026, 10)
    assert view.selected_day() == date(2026, 10, 1)
    assert "国庆节" in view.list_title.text()
    with qtbot.waitSignal(view.month_loaded, timeout=10000):
        view.events.settings_changed.emit()
    with qtbot.waitSignal(view.month_loaded, timeout=10000):
        view.go_today()
        if (view.grid.yearShown(), view.grid.monthShown()) == (2026, 10):
            view.reload()
    assert view.grid.selectedDate() == QDate.currentDate()


def test_summarize_keeps_occasions_only_and_groups_festivals() -> None:
    from reminders.agenda import AgendaItem, ClientDates, OccasionDetail

    day = date(2026, 9, 25)
    who = ClientDates(1, "张三", Tier.FRIEND)
    festival = OccasionDetail(
        day, "festival", "中秋节", "mid_autumn", True, "农历八月十五", "中秋节", festival="mid_autumn"
    )
    due = OccasionDetail(day, "cadence", "联络", "", False, "", "已 90 天未联络")
    birthday = OccasionDetail(day, "birthday", "生日", "", True, "农历八月十五", "生日")
    old = OccasionDetail(date(2026, 8, 1), "birthday", "生日", "", False, "", "生日")
    items = [AgendaItem(who, d) for d in (festival, due, birthday, old)]
    agenda = summarize(items, date(2026, 9, 1), date(2026, 9, 30))
    rows = agenda.rows(day)
    assert isinstance(rows[0], FestivalGroup) and rows[0].count == 1
    assert [r.detail.kind for r in rows[1:]] == ["birthday"]
    assert agenda.count(day) == 1 and agenda.rows() == rows
