"""The Clients view by keyboard: Tab leaves the list, Enter opens a client, the search box leads
into the results, Delete keeps the place and Ctrl+Z brings the client back, also from the search box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle
from window_support import start_on_clients, stop

from storage import clients
from storage.records import ClientDraft

NAMES = ("张三", "李四", "王五", "赵六", "孙七")


@pytest.fixture
def controller(qtbot, book_path: Path):
    from storage.db import open_book

    seeded = open_book(str(book_path))
    for name in NAMES:
        clients.create_client(seeded, ClientDraft(name=name))
    seeded.close()
    app_controller = start_on_clients(qtbot, book_path)
    window = app_controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield app_controller
    stop(app_controller)


@pytest.fixture
def view(controller):
    return controller.window.clients


@pytest.fixture
def opened(view, monkeypatch) -> list:
    """The clients the view opened (its edit form), in order."""
    calls: list = []
    monkeypatch.setattr(view, "edit_client", calls.append)
    return calls


def shown(view) -> list[str]:
    return [view.model.client_row(row).name for row in range(view.model.rowCount())]


def current_name(view) -> str | None:
    index = view.table.currentIndex()
    return view.model.client_row(index.row()).name if index.isValid() else None


def focus_table(qtbot, view, row: int) -> None:
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    view.select_client(view.model.client_id(row))


def test_tab_leaves_the_list_for_the_clients_page(qtbot, view) -> None:
    focus_table(qtbot, view, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus()
    assert view.page.isAncestorOf(QApplication.focusWidget())
    assert current_name(view) == shown(view)[1]  # Tab did not walk the cells


def test_enter_on_a_row_opens_the_client_once_and_a_single_click_does_not(qtbot, view, opened) -> None:
    focus_table(qtbot, view, 2)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    third = view.model.client_id(2)
    assert opened == [third, third, third]

    opened.clear()
    assert not view.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, view.table)
    centre = view.table.visualRect(view.model.index(1, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == []
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [view.model.client_id(1)]  # once, not once for activated and again for doubleClicked


def test_down_in_the_search_box_leads_into_the_results_and_enter_opens_the_first(qtbot, view, opened) -> None:
    view.focus_search()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "l")  # 李四 (li si) and 赵六 (zhao liu)
    listed = shown(view)
    assert len(listed) >= 2
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened == [view.model.client_id(0)]
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert current_name(view) == listed[0] and view.selected_ids() == [view.model.client_id(0)]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert current_name(view) == listed[1]
    # Back in the box without typing: Enter opens the client chosen in the list.
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_Enter)
    assert opened[-1] == view.model.client_id(1)


def test_delete_keeps_the_place_and_ctrl_z_brings_the_client_back_selected(qtbot, controller, view) -> None:
    before = shown(view)
    focus_table(qtbot, view, 1)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert shown(view) == before[:1] + before[2:]
    assert current_name(view) == before[2]  # the next client, where the archived one was
    assert view.selected_ids() == [view.model.client_id(1)]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert current_name(view) == before[3]  # and Down goes on from there

    with qtbot.waitSignal(view.index_ready, timeout=10000):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(view) == before
    assert current_name(view) == before[1]  # the restored client, chosen again
    assert view.page.current_id() == view.model.client_id(1)


def test_deleting_the_last_row_moves_to_the_one_before(qtbot, view) -> None:
    before = shown(view)
    focus_table(qtbot, view, len(before) - 1)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert current_name(view) == before[-2]


def test_ctrl_z_in_the_search_box_undoes_the_archive_when_nothing_was_typed_after_it(qtbot, controller, view) -> None:
    before = shown(view)
    focus_table(qtbot, view, 0)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    view.focus_search()
    qtbot.waitUntil(view.search.hasFocus)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(view) == before
    assert clients.count_clients(controller.book) == len(NAMES)
    assert view.search.hasFocus()


def test_ctrl_z_in_the_search_box_undoes_the_typing_first_when_it_came_last(qtbot, controller, view) -> None:
    focus_table(qtbot, view, 0)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    view.focus_search()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "w")
    qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.search.text() == ""  # the box's own undo
    assert clients.count_clients(controller.book) == len(NAMES) - 1  # the archive stays
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert clients.count_clients(controller.book) == len(NAMES)  # then the window's


def test_in_the_archive_the_delete_entry_says_delete_for_good(qtbot, controller, view) -> None:
    window = controller.window
    assert window.archive_action.text() == "&Archive"
    assert not window.restore_action.isEnabled()
    view.select_client(view.model.client_id(0))
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.archive()
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.show_archive.setChecked(True)
    assert window.archive_action.text() == "&Delete for good…"
    assert window.restore_action.isEnabled()
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.show_archive.setChecked(False)
    assert window.archive_action.text() == "&Archive"


def test_the_clients_page_buttons_share_no_alt_letter_with_the_menu_bar(qtbot, view) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton

    def letter(text: str) -> str | None:
        mnemonic = QKeySequence.mnemonic(text)
        return mnemonic.toString() if not mnemonic.isEmpty() else None

    view.select_client(view.model.client_id(0))
    bar = view.window().menuBar()
    menus = [letter(action.text()) for action in bar.actions()]
    buttons = [letter(b.text()) for b in view.findChildren(QAbstractButton) if b.isVisible()]
    buttons = [b for b in buttons if b]
    assert {"Alt+E", "Alt+F"} <= set(menus)
    assert len(buttons) >= 4
    assert not set(buttons) & set(menus)
    assert len(buttons) == len(set(buttons))
