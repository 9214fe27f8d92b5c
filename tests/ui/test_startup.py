"""Start-up order: the home view first, the other views, the reminders and the tray right after;
Today's list remembered from the last run while the book opens."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage import clients
from storage.records import ClientDraft, PhoneEntry
from ui import first_screen
from ui.app import AppController
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.prefs import Prefs

LAZY = ("clients", "calendar", "care", "dashboard")


def _seed(book_path: Path) -> list[int]:
    from storage.db import open_book

    book = open_book(str(book_path))
    today = date.today()
    ids = []
    for offset, name in enumerate(("张三", "李四", "王五")):
        day = today + timedelta(days=offset)
        draft = ClientDraft(
            name=name,
            tier=Tier.CONFIDANT,
            birthday=DateSpec(CalendarKind.SOLAR, day.month, day.day, 1980),
            phones=[PhoneEntry("1390000111" + str(offset))],
        )
        ids.append(clients.create_client(book, draft).id)
    book.close()
    return ids


def _start(qtbot, book_path: Path) -> AppController:
    controller = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(controller.window)
    controller.start()
    return controller


def _stop(controller: AppController) -> None:
    controller.window.close()
    controller.shutdown()


def test_only_the_home_view_is_built_before_the_first_paint_and_the_rest_follows(qtbot, book_path) -> None:
    _seed(book_path)
    controller = _start(qtbot, book_path)
    window = controller.window
    assert window.current_view() == "today"
    assert not any(window.is_built(key) for key in LAZY)
    assert controller.reminders.center is None and controller.reminders.tray is None
    # Once Today has its list: the reminders, the tray and every other view, each given the book.
    qtbot.waitUntil(lambda: all(window.is_built(key) for key in LAZY), timeout=20000)
    qtbot.waitUntil(lambda: controller.reminders.center is not None, timeout=10000)
    qtbot.waitUntil(lambda: controller.reminders.center.book is controller.book, timeout=10000)
    for key in LAZY:
        assert window.view(key).book is controller.book, key
    assert len(window._views) == window.stack.count() == window.nav.count()
    for row in range(window.nav.count()):  # the navigation and the stack still line up
        window.nav.setCurrentRow(row)
        key = window.current_view()
        assert window.stack.currentWidget() is window.view(key)
    qtbot.waitUntil(lambda: len(window.clients.selected_ids()) == 0 and window.clients.model.rowCount() == 3)
    _stop(controller)


def test_the_team_books_watcher_and_settings_page_come_with_the_first_book(qtbot, book_path) -> None:
    from ui.settings_dialog import SettingsDialog

    _seed(book_path)
    controller = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(controller.window)
    assert controller.change_watcher is None  # not needed to paint
    controller.start()
    qtbot.waitUntil(lambda: controller.book is not None, timeout=10000)
    assert controller.change_watcher is not None
    dialog = SettingsDialog(controller.prefs, controller.book, controller.events)
    qtbot.addWidget(dialog)
    assert [type(page).__name__ for page in dialog.pages].count("BookPage") == 1
    assert controller.change_watcher.watching
    _stop(controller)
    assert not controller.change_watcher.watching  # stopped before the book closed


def test_a_book_that_cannot_open_still_leaves_settings_book_to_choose_another(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.settings_dialog import SettingsDialog

    warned: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("not a folder")
    controller = AppController(Prefs(), str(not_a_folder / "book.sqlite3"), offer_demo=False)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.open_failed, timeout=10000):
        controller.start()
    assert warned and exits == [1]
    assert controller.change_watcher is not None
    dialog = SettingsDialog(controller.prefs, None, controller.events)
    qtbot.addWidget(dialog)
    assert "BookPage" in [type(page).__name__ for page in dialog.pages]


def test_a_view_is_built_when_asked_for_before_its_turn(qtbot) -> None:
    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    window.show_view("calendar")
    assert not window.is_built("calendar")
    window.show()  # the current view is built as the window shows
    assert window.is_built("calendar")
    assert window.stack.currentWidget() is window.calendar
    assert type(window.calendar).__name__ == "CalendarView"
    from ui.care_install import install_care

    install_care(window)
    assert not window.is_built("dashboard")
    window.show_view("dashboard")  # as a click in the navigation
    assert window.is_built("dashboard") and window.stack.currentWidget() is window.dashboard
    # Ctrl+F goes to the Clients view, built on the spot.
    assert not window.is_built("clients")
    window._find()
    assert window.is_built("clients") and window.current_view() == "clients"
    assert window.stack.currentWidget() is window.clients


def test_open_client_builds_the_clients_view_and_shows_the_client(qtbot, book_path) -> None:
    ids = _seed(book_path)
    controller = _start(qtbot, book_path)
    window = controller.window
    qtbot.waitUntil(lambda: controller.book is not None, timeout=10000)
    assert not window.is_built("clients")
    controller.events.open_client_requested.emit(ids[1])  # Today's double-click
    assert window.is_built("clients")
    qtbot.waitUntil(lambda: window.clients.page.current_id() == ids[1], timeout=10000)
    assert window.current_view() == "clients"
    _stop(controller)


def _today_names(controller: AppController) -> list[str]:
    today = controller.reminders.today
    return sorted(r.client for r in today.model.all_reminders())


def test_todays_list_is_remembered_and_shown_before_the_book_opens(qtbot, book_path) -> None:
    _seed(book_path)
    first = _start(qtbot, book_path)
    qtbot.waitUntil(lambda: first.reminders.today.latest is not None, timeout=20000)
    qtbot.waitUntil(lambda: first.reminders.center is not None, timeout=10000)
    qtbot.waitUntil(lambda: first.reminders.center._started and not first.reminders.center._busy, timeout=10000)
    expected = _today_names(first)
    assert expected == ["张三", "李四", "王五"]
    first.reminders.today.reload()  # after the center's first check (it may have written)
    # Remembered only when read after the last write to the book.
    qtbot.waitUntil(
        lambda: (
            first.reminders.today.latest.stamp == first_screen.live_stamp(book_path)
            and not first.reminders.center._busy
        ),
        timeout=10000,
    )
    _stop(first)
    assert (first_screen.data_dir() / first_screen.TODAY_FILE_NAME).exists()

    second = _start(qtbot, book_path)
    with qtbot.waitSignal(second.window.first_painted, timeout=10000):
        pass
    qtbot.waitUntil(lambda: second.reminders.today.model.rowCount() > 0, timeout=10000)
    assert second.book is None or _today_names(second) == expected  # shown before the book is open
    assert _today_names(second) == expected
    qtbot.waitUntil(lambda: second.reminders.today.latest is not None, timeout=20000)
    assert _today_names(second) == expected
    _stop(second)


def test_a_stale_today_list_is_not_shown(qtbot, book_path) -> None:
    from storage.db import open_book

    _seed(book_path)
    first = _start(qtbot, book_path)
    qtbot.waitUntil(lambda: first.reminders.today.latest is not None, timeout=20000)
    shown = first.reminders.today.latest
    _stop(first)
    now = shown.now
    remembered = first_screen.load_today(str(book_path), now, shown.lang)
    if remembered is None:  # the reminder center wrote after Today read: nothing was remembered
        return
    assert sorted(r.client for r in remembered) == ["张三", "李四", "王五"]
    assert remembered == shown.items
    # Another language, another day, or past the reminder time: not the same list.
    assert first_screen.load_today(str(book_path), now, "en" if shown.lang == "zh" else "zh") is None
    assert first_screen.load_today(str(book_path), now + timedelta(days=1), shown.lang) is None
    at = shown.remind_at
    other_side = datetime.combine(now.date(), time(0, 0) if now.time() >= at else time(23, 59))
    if (other_side.time() >= at) != (now.time() >= at):
        assert first_screen.load_today(str(book_path), other_side, shown.lang) is None
    # A book changed since (here by another program): the list would be stale.
    changed = open_book(str(book_path))
    clients.create_client(changed, ClientDraft(name="白云"))
    changed.close()
    assert first_screen.load_today(str(book_path), now, shown.lang) is None


def test_a_today_list_read_before_a_write_is_not_remembered(tmp_path, book_path) -> None:
    from storage.db import open_book

    _seed(book_path)
    book = open_book(str(book_path))
    before = first_screen.live_stamp(book_path)
    shown = first_screen.TodayList([], datetime.now(), time(9, 0), "zh", before)
    clients.create_client(book, ClientDraft(name="白云"))  # written after the list was read
    after = first_screen.live_stamp(book_path)
    assert after != before
    book.close()
    first_screen.save_today(book_path, shown, after)
    assert not (first_screen.data_dir() / first_screen.TODAY_FILE_NAME).exists()
    first_screen.save_today(book_path, first_screen.TodayList([], datetime.now(), time(9, 0), "zh", after), after)
    assert first_screen.load_today(str(book_path), datetime.now(), "zh") == []


def test_the_stand_in_page_is_replaced(qtbot) -> None:
    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    built = []
    window.view_built.connect(lambda key, view: built.append((key, view)))
    window.add_lazy_view("extra", "Extra", lambda: QWidget(window))
    stand_in = window.stack.widget(window.stack.count() - 1)
    view = window.view("extra")
    assert view is not stand_in and window.stack.indexOf(view) == window.nav.count() - 1
    assert built == [("extra", view)]
    assert window.view("extra") is view and built == [("extra", view)]


def test_every_window_gets_the_apps_icon_after_the_first_paint(qtbot, book_path) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from ui.app import APP_ICON

    QApplication.setWindowIcon(QIcon())
    _seed(book_path)
    controller = _start(qtbot, book_path)
    qtbot.waitUntil(lambda: not QApplication.windowIcon().isNull(), timeout=10000)
    # A real drawing, not an empty pixmap: the SVG has the app's blue in its corner area.
    image = QApplication.windowIcon().pixmap(64, 64).toImage()
    assert APP_ICON.exists() and not image.isNull()
    assert QColor(image.pixel(32, 6)).blue() > 150
    assert controller.window.windowIcon().cacheKey() == QApplication.windowIcon().cacheKey()
    _stop(controller)


def test_the_window_collects_garbage_on_its_main_thread_only(qtbot, monkeypatch, book_path) -> None:
    """run_gui hands collection to a MainThreadCollector for as long as the event loop runs."""
    import argparse

    from PySide6.QtWidgets import QApplication
    from shiboken6 import delete

    from ui.app import run_gui

    made: list = []
    controllers: list[AppController] = []
    looped: list[bool] = []

    class Recording:
        running = None  # what tests/conftest.py asks the collector class after each test

        def __init__(self, parent) -> None:
            self.parent, self.started, self.stopped_after_the_loop = parent, False, None
            made.append(self)

        def start(self) -> None:
            self.started = not looped

        def stop(self) -> None:
            self.stopped_after_the_loop = list(looped)

    class QuietController(AppController):
        def __init__(self, prefs, target) -> None:
            super().__init__(prefs, target, offer_demo=False)
            controllers.append(self)

    monkeypatch.setattr("ui.main_thread_gc.MainThreadCollector", Recording)
    monkeypatch.setattr("ui.app.AppController", QuietController)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda *_: looped.append(True) or 0))
    assert run_gui(argparse.Namespace(command=None, db=str(book_path), lang=None)) == 0
    for controller in controllers:  # nothing of this start may run on into later tests
        qtbot.addWidget(controller.window)
        delete(controller)  # with it its timers, now and on this thread
    assert len(made) == 1 and made[0].parent is QApplication.instance()
    assert made[0].started  # before the event loop
    assert made[0].stopped_after_the_loop == [True]
