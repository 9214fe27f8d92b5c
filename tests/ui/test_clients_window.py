"""The real window, offscreen: create, find by pinyin, change tier, archive and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from window_support import start_on_clients, stop

from reminders.tiers import Tier
from storage import clients
from storage.records import ClientDraft, PhoneEntry
from ui.app import AppController
from ui.client_form import ClientDialog
from ui.prefs import Prefs


@pytest.fixture
def controller(qtbot, book_path: Path):
    from storage.db import open_book

    seeded = open_book(str(book_path))
    clients.create_client(seeded, ClientDraft(name="李四", company="华联超市", phones=[PhoneEntry("13900001111")]))
    clients.create_client(seeded, ClientDraft(name="王五", company="五金店", tier=Tier.FRIEND))
    seeded.close()
    app_controller = start_on_clients(qtbot, book_path)
    yield app_controller
    stop(app_controller)


def names_shown(view) -> list[str]:
    return [view.model.client_row(row).name for row in range(view.model.rowCount())]


def test_create_a_client_in_the_form_and_find_it_by_pinyin_initials(qtbot, controller) -> None:
    window = controller.window
    view = window.clients
    dialog = ClientDialog(window.book, None, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("张三")  # keyClicks types ASCII only
    dialog.company.setText("上海电台")
    qtbot.keyClicks(dialog.phones.findChildren(type(dialog.name))[0], "138-0013-8000")
    dialog.tier.setCurrentIndex(dialog.tier.findData(int(Tier.CONFIDANT)))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        controller.events.clients_changed.emit([dialog.saved.id])

    view.focus_search()
    for text, expected in (("zs", ["张三"]), ("zhangsan", ["张三"]), ("8000", ["张三"]), ("华联", ["李四"])):
        view.search.clear()
        if text.isascii():
            qtbot.keyClicks(view.search, text)  # one filter per keystroke
        else:
            view.search.setText(text)
        assert names_shown(view) == expected, text
    view.search.setText("zs")
    assert view.model.data(view.model.index(0, 1), Qt.ItemDataRole.DisplayRole) == "Confidant"


def test_the_form_refuses_bad_input_with_a_message_and_keeps_it(qtbot, controller) -> None:
    dialog = ClientDialog(controller.window.book, None, controller.window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.email, "not-an-email")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "name" in dialog.error.text().lower()
    dialog.name.setText("赵六")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert "email" in dialog.error.text().lower()
    assert dialog.email.text() == "not-an-email"  # nothing typed is lost


def test_change_tier_from_the_list_and_see_the_history(qtbot, controller, monkeypatch) -> None:
    view = controller.window.clients
    qtbot.keyClicks(view.search, "lisi")
    view.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("met at the fair", True)))
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.set_tier(view.selected_ids(), Tier.FRIEND)
    view.select_client(view.model.client_id(0))
    html = view.page.browser.toHtml()
    assert "met at the fair" in html
    assert "Acquaintance → Friend" in html


def test_archive_with_undo_then_restore_from_the_archive(qtbot, controller, monkeypatch) -> None:
    window = controller.window
    view = window.clients
    window.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    view.table.selectRow(names_shown(view).index("王五"))
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert names_shown(view) == ["李四"]
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        window.undo_stack.undo()
    assert sorted(names_shown(view)) == ["李四", "王五"]

    view.table.selectRow(names_shown(view).index("王五"))
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.archive()
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.show_archive.setChecked(True)
    assert names_shown(view) == ["王五"]
    view.table.selectRow(0)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.restore()
    assert names_shown(view) == []
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.show_archive.setChecked(False)
    assert sorted(names_shown(view)) == ["李四", "王五"]

    # Deleting for good only from the archive, and only after a confirmation.
    view.table.selectRow(names_shown(view).index("王五"))
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.archive()
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.show_archive.setChecked(True)
    view.table.selectRow(0)
    monkeypatch.setattr("ui.clients_view.confirm_destructive", lambda *a: False)
    view.delete_for_good()
    assert clients.count_clients(window.book, archived=True) == 1
    monkeypatch.setattr("ui.clients_view.confirm_destructive", lambda *a: True)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.delete_for_good()
    assert clients.count_clients(window.book, archived=True) == 0


def test_filters_by_tier_and_tag(qtbot, controller) -> None:
    view = controller.window.clients
    view.tier_filter.setCurrentIndex(view.tier_filter.findData(int(Tier.FRIEND)))
    assert names_shown(view) == ["王五"]
    view.tier_filter.setCurrentIndex(0)
    assert len(names_shown(view)) == 2


def test_window_size_and_splitter_are_remembered(qtbot, book_path: Path) -> None:
    first = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(first.window)
    with qtbot.waitSignal(first.window.clients.index_ready, timeout=10000):
        first.start()
    first.window.resize(780, 560)  # the offscreen screen is 800x600
    first.window.clients.splitter.setSizes([500, 300])
    sizes = first.window.clients.splitter.sizes()
    first.window.close()
    first.shutdown()
    second = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(second.window)
    assert (second.window.width(), second.window.height()) == (780, 560)
    second.window.show()
    qtbot.waitExposed(second.window)
    assert second.window.clients.splitter.sizes() == sizes


def test_keyboard_shortcuts_exist(qtbot, controller) -> None:
    shortcuts = {
        a.shortcut().toString() for a in controller.window.findChildren(type(controller.window.menuBar().actions()[0]))
    }
    for key in ("Ctrl+N", "Ctrl+F", "Ctrl+Q", "Del", "Ctrl+Z"):
        assert key in shortcuts, key


def test_the_first_screen_is_remembered_and_shown_before_the_book_opens(qtbot, book_path: Path) -> None:
    from storage.db import open_book

    seeded = open_book(str(book_path))
    clients.create_client(seeded, ClientDraft(name="安娜", company="甲"))
    seeded.close()
    first = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(first.window)
    with qtbot.waitSignal(first.window.clients.index_ready, timeout=10000):
        first.start()
    first.window.close()
    first.shutdown()

    second = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(second.window)
    second.start()
    assert second.book is None  # still opening on its thread
    assert names_shown(second.window.clients) == ["安娜"]
    qtbot.waitSignal(second.window.clients.index_ready, timeout=10000).wait()
    second.window.close()
    second.shutdown()

    # A book changed since (here by another program) is not previewed: the cache would be stale.
    changed = open_book(str(book_path))
    clients.create_client(changed, ClientDraft(name="白云"))
    changed.close()
    third = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(third.window)
    third.start()
    assert names_shown(third.window.clients) == []
    qtbot.waitSignal(third.window.clients.index_ready, timeout=10000).wait()
    assert names_shown(third.window.clients) == ["安娜", "白云"]
    third.window.close()
    third.shutdown()


def test_demo_book_is_offered_on_an_empty_book_and_my_book_comes_back(qtbot, book_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    )
    controller = AppController(Prefs(), str(book_path), offer_demo=True)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.book_opened, timeout=10000):
        controller.start()
    qtbot.waitUntil(lambda: controller.book is not None and controller.is_demo(controller.book), timeout=30000)
    view = controller.window.clients
    qtbot.waitUntil(lambda: view.model.rowCount() > 180, timeout=30000)  # 200, less a few marked lost
    assert len(asked) == 1
    assert controller.window.own_book_action.isVisible() or not controller.window.demo_action.isVisible()
    with qtbot.waitSignal(controller.book_opened, timeout=10000):
        controller.window.own_book_action.trigger()
    assert controller.book.path == book_path
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10000)
    controller.window.close()
    controller.shutdown()
    # Offered once only: the next start on the still-empty book does not ask again.
    again = AppController(Prefs(), str(book_path), offer_demo=True)
    qtbot.addWidget(again.window)
    with qtbot.waitSignal(again.book_opened, timeout=10000):
        again.start()
    assert len(asked) == 1
    again.window.close()
    again.shutdown()


def test_a_damaged_book_at_start_offers_the_newest_good_backup(qtbot, book_path: Path, monkeypatch) -> None:
    import os

    from PySide6.QtWidgets import QMessageBox

    from storage.backups import take_backup
    from storage.db import open_book

    good = open_book(str(book_path))
    clients.create_client(good, ClientDraft(name="留存"))
    good.close()
    take_backup(book_path, "manual")
    data = bytearray(book_path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # scribble over every page but the first
        data[offset : offset + 200] = os.urandom(200)
    book_path.write_bytes(bytes(data))

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    controller = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.book_opened, timeout=20000):
        controller.start()
    assert clients.count_clients(controller.book) == 1
    assert list(book_path.parent.glob("book.sqlite3.damaged-*")), "the damaged file is kept aside"
    controller.window.close()
    controller.shutdown()
