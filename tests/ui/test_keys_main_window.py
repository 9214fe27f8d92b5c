"""The window by keyboard: focus after start, Ctrl+1..5 and the View menu, client actions from Today
acting on Today's client, the menus' Alt letters, and an undo entry translated from one template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QInputDialog
from window_support import start_on_clients, stop

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage import clients
from storage.records import ClientDraft
from ui.app import AppController
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.prefs import Prefs
from ui.today_model import REMINDER_ROLE

VIEWS = ("today", "clients", "calendar", "care", "dashboard")


def _seed(book_path: Path) -> None:
    """Three clients whose birthday is today: three items under Today's section heading."""
    from storage.db import open_book

    book = open_book(str(book_path))
    day = date.today()
    for name in ("张三", "李四", "王五"):
        birthday = DateSpec(CalendarKind.SOLAR, day.month, day.day, 1980)
        clients.create_client(book, ClientDraft(name=name, tier=Tier.ACQUAINTANCE, birthday=birthday))
    book.close()


@pytest.fixture
def controller(qtbot, book_path: Path):
    _seed(book_path)
    app_controller = start_on_clients(qtbot, book_path)
    window = app_controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: app_controller.reminders.today.model.rowCount() > 0, timeout=10000)
    yield app_controller
    stop(app_controller)


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def choose(today, index: QModelIndex) -> None:
    """Make `index` Today's current and only chosen row, with the keys in its list."""
    today.tree.setFocus()
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    today.tree.selectionModel().setCurrentIndex(index, flags)


def item_rows(today) -> list[QModelIndex]:
    """Today's reminder rows (not the section headings), in order."""
    model, found = today.model, []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(REMINDER_ROLE) is not None:
                found.append(index)
            walk(index)

    walk(QModelIndex())
    return found


def test_after_start_the_keys_go_to_the_home_views_list_not_the_navigation(qtbot, book_path: Path) -> None:
    _seed(book_path)
    controller = AppController(Prefs(), str(book_path), offer_demo=False)
    window = controller.window
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=10000):
        controller.start()
    today = controller.reminders.today
    qtbot.waitUntil(lambda: today.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    assert window.focusWidget() is not window.nav
    stop(controller)


def test_ctrl_digits_and_the_view_menu_reach_every_view_in_navigation_order(qtbot, controller) -> None:
    window = controller.window
    keys = [window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())]
    assert keys == list(VIEWS)
    entries = {action.shortcut().toString(): action for action in window.view_menu.actions() if action.text()}
    for digit, key in enumerate(VIEWS, start=1):
        assert f"Ctrl+{digit}" in entries, key
        press(qtbot, getattr(Qt.Key, f"Key_{digit}"))
        assert window.current_view() == key
        assert window.view(key).isAncestorOf(QApplication.focusWidget()), key  # focus went with it
    letters = [QKeySequence.mnemonic(a.text()).toString() for a in window.view_menu.actions() if a.text()]
    assert "" not in letters and len(letters) == len(set(letters)), letters
    press(qtbot, Qt.Key.Key_2)
    assert window.clients.table.hasFocus()  # the list, at its current client


def test_switching_by_the_navigation_keeps_the_keys_in_the_navigation(qtbot, controller) -> None:
    window = controller.window
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    window.nav.setCurrentRow(0)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_view() == "clients" and window.nav.hasFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Return)  # Enter goes into the view
    assert window.clients.isAncestorOf(QApplication.focusWidget())


def test_edit_and_tier_from_today_act_on_todays_client_not_the_one_chosen_in_clients(
    qtbot, controller, monkeypatch
) -> None:
    window = controller.window
    view = window.clients
    view.select_client(view.model.client_id(0))
    in_clients = view.selected_ids()
    press(qtbot, Qt.Key.Key_1)
    today = controller.reminders.today
    rows = item_rows(today)
    chosen = next(i for i in rows if i.data(REMINDER_ROLE).client_id not in in_clients)
    choose(today, chosen)
    target = chosen.data(REMINDER_ROLE)

    edited: list = []
    monkeypatch.setattr(view, "edit_client", edited.append)
    press(qtbot, Qt.Key.Key_E)
    assert edited == [target.client_id]
    assert window.current_view() == "today"

    asked: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda _p, _t, label, *a, **k: (asked.append(label), ("", False))[1])
    )
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert asked == [f"Move {target.client} to Confidant. Why? (kept in the history)"]
    assert window.current_view() == "today"

    # Two items chosen: the question names both.
    today.tree.selectionModel().select(
        rows[-1], QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert asked[-1].startswith("Move 2 clients (") and target.client in asked[-1]
    assert rows[-1].data(REMINDER_ROLE).client in asked[-1]


def test_on_a_section_heading_today_says_no_client_is_chosen(qtbot, controller, monkeypatch) -> None:
    window = controller.window
    view = window.clients
    view.select_client(view.model.client_id(0))
    press(qtbot, Qt.Key.Key_1)
    today = controller.reminders.today
    choose(today, today.model.index(0, 0))  # the section heading
    edited: list = []
    monkeypatch.setattr(view, "edit_client", edited.append)
    press(qtbot, Qt.Key.Key_E)
    assert edited == []
    assert "No client is chosen" in window.statusBar().currentMessage()
    assert window.current_view() == "today"


def test_client_actions_are_off_in_views_without_a_client(qtbot, controller) -> None:
    window = controller.window
    press(qtbot, Qt.Key.Key_3)
    assert window.current_view() == "calendar"
    assert not window.edit_client_action.isEnabled() and not window.archive_action.isEnabled()
    assert not any(action.isEnabled() for action in window.tier_menu.actions())
    press(qtbot, Qt.Key.Key_1)
    assert window.edit_client_action.isEnabled() and not window.archive_action.isEnabled()
    press(qtbot, Qt.Key.Key_2)
    assert window.edit_client_action.isEnabled() and window.archive_action.isEnabled()


def test_menu_entries_have_their_own_alt_letters(qtbot) -> None:
    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    for menu_action in window.menuBar().actions():
        entries = [a.text() for a in menu_action.menu().actions() if a.text()]
        letters = [QKeySequence.mnemonic(text).toString() for text in entries]
        assert len(letters) == len(set(letters)), (menu_action.text(), entries)
    tiers = [QKeySequence.mnemonic(a.text()).toString() for a in window.tier_menu.actions()]
    assert tiers == ["Alt+1", "Alt+2", "Alt+3", "Alt+4"]
    assert [a.shortcut().toString() for a in window.tier_menu.actions()] == [f"Ctrl+Alt+{n}" for n in range(1, 5)]
    help_entries = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert "About &Qt" in help_entries


class _Chinese(QTranslator):
    """Just the undo and redo templates, as the Chinese translation has them."""

    TEXTS = {"&Undo %1": "撤销 %1(&U)", "&Undo": "撤销(&U)", "&Redo %1": "重做 %1(&R)", "&Redo": "重做(&R)"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.TEXTS.get(source) if context == "MainWindow" else None

    def isEmpty(self) -> bool:
        return False


def test_the_undo_entry_comes_from_one_template_with_the_accelerator_where_the_language_puts_it(qtbot) -> None:
    translator = _Chinese()
    QApplication.installTranslator(translator)
    try:
        window = MainWindow(Prefs(), AppEvents())
        qtbot.addWidget(window)
        assert window.undo_action.text() == "撤销(&U)" and not window.undo_action.isEnabled()
        window.undo_stack.push(QUndoCommand("归档 1 位客户"))
        assert window.undo_action.text() == "撤销 归档 1 位客户(&U)"
        assert window.undo_action.isEnabled()
        window.undo_stack.undo()
        assert window.redo_action.text() == "重做 归档 1 位客户(&R)"
        assert window.undo_action.text() == "撤销(&U)"
    finally:
        QApplication.removeTranslator(translator)
