"""The Clients view as a demanding user sees it: the page follows the filter, every column fits,
the status bar names the book, never-contacted clients are worded so, and the form speaks the
interface language."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_support import start_on_clients, stop

from reminders.churn import RiskReason
from reminders.tiers import Tier
from storage import clients
from storage.date_reads import CHILD_RELATIONS
from storage.records import ClientDraft, FamilyMemberEntry, PhoneEntry
from ui import i18n

SCREENSHOT_SIZE = (1280, 780)  # tools/screenshots.py


@pytest.fixture
def controller(qtbot, book_path: Path):
    from storage.db import open_book

    seeded = open_book(str(book_path))
    clients.create_client(
        seeded,
        ClientDraft(name="李四", company="华联超市", phones=[PhoneEntry("13900001111")], tags=["华北", "老客户"]),
    )
    clients.create_client(
        seeded,
        ClientDraft(
            name="王五",
            company="五金店",
            tier=Tier.FRIEND,
            phones=[PhoneEntry("13800000001"), PhoneEntry("13800000002")],
        ),
    )
    clients.create_client(seeded, ClientDraft(name="周伟", company="惠派"))
    seeded.close()
    app_controller = start_on_clients(qtbot, book_path)
    yield app_controller
    stop(app_controller)


def _id(controller, name: str) -> int:
    return next(r.id for r in clients.find_clients(controller.book, name))


def _names(view) -> list[str]:
    return [view.model.client_row(row).name for row in range(view.model.rowCount())]


# --- 1. the page follows the filter ----------------------------------------------------------


def test_a_search_that_hides_the_shown_client_empties_the_page(qtbot, controller) -> None:
    view = controller.window.clients
    view.table.selectRow(_names(view).index("李四"))
    assert view.page.current_id() == _id(controller, "李四")

    view.search.setText("li")  # still listed: still shown and selected
    assert view.page.current_id() == _id(controller, "李四")
    assert view.selected_ids() == [_id(controller, "李四")]

    view.search.setText("zw")
    assert _names(view) == ["周伟"]
    assert view.selected_ids() == []
    assert view.page.current_id() is None  # not 李四's file under 周伟's row
    assert not view.page.placeholder.isHidden() and view.page.browser.isHidden()

    view.search.clear()
    assert view.page.current_id() is None  # nothing chosen since


def test_a_tier_filter_that_hides_the_shown_client_empties_the_page(qtbot, controller) -> None:
    view = controller.window.clients
    view.table.selectRow(_names(view).index("李四"))
    view.tier_filter.setCurrentIndex(view.tier_filter.findData(int(Tier.FRIEND)))
    assert _names(view) == ["王五"]
    assert view.page.current_id() is None


# --- 2. the columns fit -------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_all_six_columns_fit_at_the_screenshot_size(qtbot, book_path: Path, language: str) -> None:
    from storage.db import open_book
    from ui.clients_table import default_column_widths

    i18n.install(QApplication.instance(), language)
    seeded = open_book(str(book_path))
    clients.create_client(seeded, ClientDraft(name="陈东", company="华成育卓信息有限公司"))
    seeded.close()
    controller = start_on_clients(qtbot, book_path)
    window = controller.window
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    qtbot.waitExposed(window)
    table = window.clients.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width(), timeout=3000)
    assert table.horizontalScrollBar().maximum() == 0
    wanted = default_column_widths(table)
    for column in range(header.count()):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width()
        if column != 2:  # the company stretches over the rest
            assert header.sectionSize(column) >= wanted[column], column
    # The widest date of the year fits its column whole.
    from ui.i18n import format_date

    longest = max(table.fontMetrics().horizontalAdvance(format_date(datetime(2026, m, 28))) for m in range(1, 13))
    assert header.sectionSize(5) > longest
    stop(controller)


def test_remembered_column_widths_win_in_the_same_language_only(qtbot, book_path: Path) -> None:
    first = start_on_clients(qtbot, book_path)
    header = first.window.clients.table.horizontalHeader()
    header.resizeSection(0, 201)
    first.window.close()  # saves the layout
    first.shutdown()

    second = start_on_clients(qtbot, book_path)
    assert second.window.clients.table.horizontalHeader().sectionSize(0) == 201
    second.window.close()
    second.shutdown()

    i18n.install(QApplication.instance(), "zh_CN")  # widths fitted to English words start afresh
    third = start_on_clients(qtbot, book_path)
    assert third.window.clients.table.horizontalHeader().sectionSize(0) != 201
    stop(third)


# --- 3. the status bar ------------------------------------------------------------------


def test_the_status_bar_names_the_book_once_without_a_client_count(qtbot, controller, book_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    window = controller.window
    labels = [label.text() for label in window.statusBar().findChildren(QLabel) if label.text()]
    assert window.book_label.text() == "book"  # book.sqlite3
    assert window.book_label.toolTip() == str(book_path)
    assert not any("client" in text for text in labels), labels


def test_book_titles(qtbot, controller) -> None:
    from storage.paths import default_book_path

    window = controller.window
    assert window.book_title(controller.book, is_demo=True) == "Demo book"
    mine = SimpleNamespace(path=default_book_path(), url="sqlite:///x", display_name=str(default_book_path()))
    assert window.book_title(mine) == "My book"
    team = SimpleNamespace(path=None, url="postgresql+psycopg://li:secret@server/team?sslmode=require")
    assert window.book_title(team) == "team"


# --- 4. never contacted -------------------------------------------------------------------


def test_a_client_never_contacted_is_worded_so_everywhere_on_the_page(qtbot, controller) -> None:
    from storage import models

    cid = _id(controller, "周伟")
    with controller.book.Session.begin() as session:
        session.get(models.Client, cid).created_at = datetime.now() - timedelta(days=611)
    view = controller.window.clients
    view.open_client(cid)
    html = view.page.browser.toPlainText()
    assert "Last contact\nnever" in html
    assert "never contacted · added 611 days ago" in html
    assert "never contacted since being added 611 days ago" in html
    assert "since the last contact" not in html and "no contact for" not in html

    with controller.book.Session.begin() as session:  # once contacted, the old wording comes back
        session.get(models.Client, cid).last_contact_at = datetime.now() - timedelta(days=300)
    view.show_client(cid)
    html = view.page.browser.toPlainText()
    assert "300 days since the last contact" in html and "no contact for 300 days" in html
    assert "never contacted" not in html


def test_risk_reasons_for_a_client_never_contacted() -> None:
    from ui.client_relations import reason_text

    silence = RiskReason("silence", 20, days=61, interval=30)
    assert reason_text(silence) == "no contact for 61 days, past the 30-day interval"
    never = RiskReason("silence", 20, days=61, interval=30, never_contacted=True)
    assert reason_text(never) == "never contacted since being added 61 days ago, past the 30-day interval"
    assert reason_text(never) == never.english()  # the command line words it the same


# --- 5. wording -------------------------------------------------------------------------


def test_labels_read_well(qtbot, controller) -> None:
    view = controller.window.clients
    assert view.show_archive.text() == "Show archived"
    one = view.page.render_html(clients.get_client(controller.book, _id(controller, "李四")))
    two = view.page.render_html(clients.get_client(controller.book, _id(controller, "王五")))
    assert ">Phone<" in one and ">Phones<" not in one
    assert ">Phones<" in two


def test_tags_and_phones_are_joined_the_interface_languages_way(qtbot, controller) -> None:
    i18n.install(QApplication.instance(), "zh_CN")
    view = controller.window.clients
    file = clients.get_client(controller.book, _id(controller, "李四"))
    assert "华北、老客户" in view.page.render_html(file)
    row = view.model.row_of(_id(controller, "王五"))
    assert view.model.data(view.model.index(row, 3), Qt.ItemDataRole.ToolTipRole) == "13800000001、13800000002"


# --- 6. the navigation's focus --------------------------------------------------------------


def test_the_navigation_shows_focus_by_its_colour_not_a_focus_rectangle(qtbot, controller) -> None:
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    nav = window.nav
    nav.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(nav.hasFocus)
    rect = nav.visualItemRect(nav.currentItem())

    def edge_colours() -> set[str]:
        image = nav.viewport().grab().toImage()
        return {
            image.pixelColor(x, y).name()
            for y in [*range(rect.top() + 1, rect.top() + 11), *range(rect.bottom() - 10, rect.bottom())]
            for x in range(rect.left() + 6, rect.right() - 6)
        }

    focused = edge_colours()
    assert len(focused) == 1, focused  # the plain selection colour around the text: no faint frame inside it
    window.clients.search.setFocus()
    qtbot.waitUntil(lambda: not nav.hasFocus())
    assert edge_colours() != focused  # keyboard focus is still visible, by the colour


# --- 7. the form in the interface language ----------------------------------------------


def test_date_row_speaks_english_in_english(qtbot) -> None:
    from ui.row_editors import DateRow

    row = DateRow()
    qtbot.addWidget(row)
    assert row.label.placeholderText() == "Label, e.g. First deal anniversary"
    assert row.yearly.text() == "Every year"


def test_relations_are_offered_in_english_and_stored_in_chinese(qtbot) -> None:
    from ui.row_editors import FamilyRow

    row = FamilyRow()
    qtbot.addWidget(row)
    shown = [row.relation.itemText(i) for i in range(row.relation.count())]
    assert "Daughter" in shown and "Father" in shown
    assert not any("\u4e00" <= ch <= "\u9fff" for text in shown for ch in text)

    row.name.setText("徐莉")
    row.relation.setCurrentIndex(shown.index("Daughter"))
    value = row.value()
    assert value is not None and value.relation == "女儿" and value.relation in CHILD_RELATIONS
    row.relation.setCurrentText("son")  # typed
    assert row.value().relation == "儿子"
    row.relation.setCurrentText("Cousin")
    assert row.value().relation == "Cousin"

    row.set_value(FamilyMemberEntry(relation="孙女", name="小雨"))
    assert row.relation.currentText() == "Granddaughter"
    assert row.value().relation == "孙女"


def test_relations_stay_chinese_in_chinese(qtbot) -> None:
    i18n.install(QApplication.instance(), "zh_CN")
    from ui.row_editors import FamilyRow

    row = FamilyRow()
    qtbot.addWidget(row)
    assert row.relation.itemText(row.relation.findData("女儿")) == "女儿"
    row.relation.setCurrentText("女儿")
    assert row.value() is not None and row.value().relation == "女儿"


def test_family_on_the_page_and_in_the_list_is_shown_in_english(qtbot, controller) -> None:
    from datetime import date

    from reminders.dates import CalendarKind, DateSpec

    cid = _id(controller, "周伟")
    existing = clients.get_client(controller.book, cid)
    soon = date.today() + timedelta(days=3)
    daughter = FamilyMemberEntry(
        relation="女儿", name="徐莉", birthday=DateSpec(CalendarKind.SOLAR, soon.month, soon.day)
    )
    draft = replace(existing.draft, family=[daughter])
    clients.update_client(controller.book, cid, draft, expected_version=existing.version)
    view = controller.window.clients
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        controller.events.clients_changed.emit([cid])
    view.open_client(cid)
    assert "Daughter 徐莉" in view.page.browser.toPlainText()
    row = view.model.row_of(cid)
    assert "Daughter 徐莉" in view.model.data(view.model.index(row, 4))
