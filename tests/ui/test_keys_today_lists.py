"""Churn watch, Calendar and Settings > Reminders by keyboard: Tab leaves each list (the grid keeps
its arrows and editing), Tab follows the screen, and Enter on a row opens it as a double-click does."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPushButton

import ui.reminder_hookup  # noqa: F401  (registers the Reminders page with Settings)
from reminders.churn import Risk, RiskReason
from reminders.parsing import parse_date_spec
from reminders.tiers import Tier
from storage import clients
from storage.care_records import ClientRisk
from storage.records import ClientDraft
from ui.calendar_view import CalendarView
from ui.care_view import CareView
from ui.events import AppEvents
from ui.lead_times_model import DAYS
from ui.prefs import Prefs
from ui.reminder_settings import ReminderSettingsPage
from ui.settings_dialog import SettingsDialog

K = Qt.Key


def show_active(qtbot, widget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def tab_from(widget, presses: int = 1, key: Qt.Key = K.Key_Tab):
    """Where the focus is after pressing Tab (or `key`) `presses` times, starting in `widget`."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is widget
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), key)
    return QApplication.focusWidget()


def enter_and_double_click(qtbot, view: QAbstractItemView, row: int, signal) -> list:
    """What `signal` carries after Enter on `row`, then a click and a double-click on it."""
    got: list = []
    signal.connect(got.append)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    QTest.keyClick(view, K.Key_Return)
    QTest.qWait(QApplication.doubleClickInterval() + 50)  # rows settle; no double-click with the last click
    shown = next(c for c in range(view.model().columnCount()) if not view.isColumnHidden(c))
    centre = view.visualRect(view.model().index(row, shown)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    return got


# --- Churn watch ------------------------------------------------------------------------------


@pytest.fixture
def care(qtbot):
    view = CareView(AppEvents())
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.setEnabled(True)  # as once a book is open
    silence = RiskReason("silence", 40, days=195, interval=90)
    risks = [
        ClientRisk(client_id, name, Tier.FRIEND, "", datetime(2026, 5, 13), None, Risk(80, (silence,)))
        for client_id, name in ((7, "黄雪"), (8, "张琳"), (9, "李玉"))
    ]
    view._loaded((risks, [], [], []))
    show_active(qtbot, view)
    return view


def test_tab_leaves_every_churn_watch_list(care) -> None:
    for tab, table in enumerate((care.risk_table, care.suggest_table, care.feedback_table, care.lost_table)):
        care.tabs.setCurrentIndex(tab)
        assert tab_from(table) is not table
        assert tab_from(table, key=K.Key_Backtab) is not table


def test_churn_watch_buttons_come_before_the_list_as_on_screen(care) -> None:
    buttons = [button for button in care.risk_tab.findChildren(QPushButton) if button.isVisible()]
    order = [tab_from(care.tabs.tabBar(), presses) for presses in range(1, len(buttons) + 2)]
    assert order == [*buttons, care.risk_table]


def test_enter_on_an_at_risk_row_opens_the_file_once_per_gesture(qtbot, care) -> None:
    opened = enter_and_double_click(qtbot, care.risk_table, 1, care.events.open_client_requested)
    assert opened == [8, 8]  # Enter, then the double-click; the single click only selects


# --- Calendar ---------------------------------------------------------------------------------


@pytest.fixture
def calendar(qtbot, book):
    saved = clients.create_client(
        book, ClientDraft(name="张三", tier=Tier.FRIEND, birthday=parse_date_spec("1980-09-25"))
    )
    view = CalendarView(AppEvents())
    qtbot.addWidget(view)
    view.resize(1100, 640)
    view.show_day(date(2026, 9, 25))
    with qtbot.waitSignal(view.month_loaded, timeout=10000):
        view.set_book(book)
    show_active(qtbot, view)
    view.client_id = saved.id
    return view


def test_tab_leaves_the_calendar_occasions(calendar) -> None:
    assert calendar.model.rowCount() >= 2  # the birthday and the Mid-Autumn festival
    assert tab_from(calendar.table) is not calendar.table
    assert tab_from(calendar.table, key=K.Key_Backtab) is not calendar.table


def test_enter_on_an_occasion_opens_the_client_once_per_gesture(qtbot, calendar) -> None:
    from ui.occasion_model import CLIENT_ID_ROLE

    model = calendar.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CLIENT_ID_ROLE) == calendar.client_id)
    opened = enter_and_double_click(qtbot, calendar.table, row, calendar.events.open_client_requested)
    assert opened == [calendar.client_id, calendar.client_id]


# --- Settings > Reminders ---------------------------------------------------------------------


@pytest.fixture
def reminders_page(qtbot, book):
    dialog = SettingsDialog(Prefs(), book, AppEvents())
    qtbot.addWidget(dialog)
    page = next(page for page in dialog.pages if isinstance(page, ReminderSettingsPage))
    dialog.tabs.setCurrentWidget(page)
    show_active(qtbot, dialog)
    assert page.table.isVisible()
    page.dialog = dialog
    return page


def test_tab_leaves_the_reminders_grid(reminders_page) -> None:
    table = reminders_page.table
    table.setCurrentIndex(reminders_page.model.index(0, 0))
    assert tab_from(table) is not table
    assert tab_from(table, key=K.Key_Backtab) is not table


def test_the_reminders_grid_still_moves_and_edits_by_keys(qtbot, reminders_page) -> None:
    table, model = reminders_page.table, reminders_page.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, DAYS))
    QTest.keyClick(table, K.Key_Down)
    QTest.keyClick(table, K.Key_Right)
    QTest.keyClick(table, K.Key_Left)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, DAYS)
    QTest.keyClicks(table, "5")  # typing edits the cell
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, ", 1")
    QTest.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: model.index(1, DAYS).data() == "5, 1")
    assert reminders_page.dialog.isVisible() and QApplication.focusWidget() is table  # Enter ended the edit only
