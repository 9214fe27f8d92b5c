"""Settings > Festivals, and family events in the client form and on the client's page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reminders import lunar
from reminders.dates import CalendarKind, DateSpec
from reminders.parsing import parse_date_spec
from reminders.tiers import Tier
from storage import clients
from storage.agenda import agenda
from storage.records import ClientDraft, ImportantDate
from storage.settings import XIAONIAN, ZHONGKAO_DAY, get_option
from ui import i18n
from ui.client_form import ClientDialog
from ui.client_page import ClientPage
from ui.events import AppEvents
from ui.family_dates import BirthDateDialog
from ui.festival_settings import FestivalsPage, festival_page, register_festival_page
from ui.occasion_wording import spec_both_ways
from ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def occasions(book, start: date, days: int) -> list[str]:
    return [item.occasion for item in agenda(book, start, days)]


def test_turning_mid_autumn_off_removes_it_from_the_agenda(qtbot, book) -> None:
    clients.create_client(book, ClientDraft(name="王五", tier=Tier.FRIEND))
    assert "中秋节" in occasions(book, date(2026, 9, 25), 1)
    events = AppEvents()
    page = FestivalsPage(book, events)
    qtbot.addWidget(page)
    page.load()
    assert page.enabled["mid_autumn"].isChecked()
    page.enabled["mid_autumn"].setChecked(False)
    assert not page.tiers["mid_autumn"][Tier.FRIEND].isEnabled()
    with qtbot.waitSignal(events.settings_changed, timeout=1000):
        page.save()
    assert "中秋节" not in occasions(book, date(2026, 9, 25), 1)

    again = FestivalsPage(book, events)  # the setting is kept in the book
    qtbot.addWidget(again)
    again.load()
    assert not again.enabled["mid_autumn"].isChecked()
    again.restore_defaults()
    again.save()
    assert "中秋节" in occasions(book, date(2026, 9, 25), 1)


def test_tiers_xiaonian_and_zhongkao_day_are_saved(qtbot, book) -> None:
    clients.create_client(book, ClientDraft(name="赵六", tier=Tier.ACQUAINTANCE))
    page = FestivalsPage(book, AppEvents())
    qtbot.addWidget(page)
    page.load()
    page.enabled["xiaonian"].setChecked(True)
    page.tiers["xiaonian"][Tier.ACQUAINTANCE].setChecked(True)
    page.xiaonian.setCurrentIndex(page.xiaonian.findData("south"))
    page.zhongkao.setDate(page.zhongkao.date().fromString("2000-06-14", "yyyy-MM-dd"))
    page.save()
    assert get_option(book, XIAONIAN) == "south"
    assert get_option(book, ZHONGKAO_DAY) == "06-14"
    south = lunar.to_solar(2026, 12, 24)
    items = [i for i in agenda(book, south - timedelta(days=3), 7) if i.festival == "xiaonian"]
    assert [i.date for i in items] == [south]
    assert "清明节" in page.enabled["qingming"].text()


def test_the_page_is_in_the_settings_dialog(qtbot, book) -> None:
    from ui.prefs import Prefs

    register_festival_page()
    register_festival_page()
    assert SettingsDialog.extra_pages.count(festival_page) == 1
    dialog = SettingsDialog(Prefs(), book, AppEvents())
    qtbot.addWidget(dialog)
    assert any(isinstance(page, FestivalsPage) for page in dialog.pages)


def test_full_month_from_the_birth_date_in_the_form(qtbot, book) -> None:
    dialog = ClientDialog(book)
    qtbot.addWidget(dialog)
    row = dialog.dates.add_row()
    row.kind.setCurrentIndex(row.kind.findData("full_month"))
    assert not row.from_birth.isHidden()
    row.helper.kind_chosen()
    assert not row.yearly.isChecked()
    assert row.helper.set_from_birth(date(2026, 8, 26)) == date(2026, 9, 25)
    value = row.value()
    assert value.spec == DateSpec(CalendarKind.SOLAR, 9, 25, 2026) and not value.yearly

    row.kind.setCurrentIndex(row.kind.findData("hundred_days"))
    assert row.helper.set_from_birth(date(2026, 1, 1)) == date(2026, 4, 10)

    ask = BirthDateDialog("full_month")
    qtbot.addWidget(ask)
    ask.birth.setDate(ask.birth.date().fromString("2026-08-26", "yyyy-MM-dd"))
    assert ask.event_date() == date(2026, 9, 25)
    assert ask.preview.text() == "2026年9月25日（农历八月十五）"


def test_kind_defaults_in_the_form(qtbot, book) -> None:
    from storage.settings import set_option

    set_option(book, ZHONGKAO_DAY, "06-14")
    dialog = ClientDialog(book)
    qtbot.addWidget(dialog)
    for kind, yearly in (("wedding", True), ("funeral", False), ("opening", True), ("moving", False)):
        row = dialog.dates.add_row()
        row.kind.setCurrentIndex(row.kind.findData(kind))
        row.helper.kind_chosen()
        assert row.yearly.isChecked() is yearly, kind
        assert row.from_birth.isHidden()
    gaokao = dialog.dates.add_row()
    gaokao.kind.setCurrentIndex(gaokao.kind.findData("gaokao"))
    gaokao.helper.kind_chosen(today=date(2026, 8, 1))
    assert gaokao.value().spec == DateSpec(CalendarKind.SOLAR, 6, 7, 2027)
    zhongkao = dialog.dates.add_row()
    zhongkao.kind.setCurrentIndex(zhongkao.kind.findData("zhongkao"))
    zhongkao.helper.kind_chosen(today=date(2026, 3, 1))
    assert zhongkao.value().spec == DateSpec(CalendarKind.SOLAR, 6, 14, 2026)


def test_the_client_page_shows_dates_both_ways(qtbot, book) -> None:
    saved = clients.create_client(
        book,
        ClientDraft(
            name="张三",
            birthday=parse_date_spec("农历1966年八月十五"),
            dates=[ImportantDate("", DateSpec(CalendarKind.SOLAR, 9, 25, 2026), kind="full_month", yearly=False)],
        ),
    )
    page = ClientPage()
    qtbot.addWidget(page)
    html = page.render_html(saved)
    assert "农历1966年八月十五" in html
    assert "2026年9月25日（农历八月十五）" in html  # the one-off full month, in both calendars


def test_yearly_dates_show_their_next_day_and_rule_note() -> None:
    day30 = DateSpec(CalendarKind.LUNAR, 12, 30)
    text = spec_both_ways(day30, True, today=date(2026, 6, 1))
    assert text == "农历腊月三十 · 下次 2027年2月5日（农历腊月廿九） · 今年在二十九日过"  # the Chinese interface
    assert spec_both_ways(DateSpec(CalendarKind.LUNAR, 8, 15, 2026), False) == "农历2026年八月十五 = 2026年9月25日"
