"""Starting the window: paint first, then open the book off the main thread and fill the views.

The start-up order, so the first screen comes as soon as it can:
1. the window with the home view (Today) is shown; other views are only entries in the navigation;
2. once its first frame is on the screen, Today's list remembered from the last run is shown
   when it is still exact (see ui.first_screen), and the book is opened on a worker thread;
3. the open book fills the views built so far; Today reads its list;
4. once Today has its list, the reminder center (its scheduler) and the tray start and the other
   views are built, one per turn of the event loop (any of them is built at once when asked for).
"""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from storage.paths import data_dir
from ui import i18n
from ui import prefs as options
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.prefs import Prefs
from ui.worker import run_in_thread, wait_for_work

DEMO_CLIENTS = 200
APP_ICON = i18n.I18N_DIR.parent / "guanxi.svg"
#: At the latest this long after the first paint, the reminders, the tray and the other views start
#: even if Today has not read its list yet (a slow server, a damaged book being restored).
REST_AT_LATEST_MS = 5000


class AppController(QObject):
    """Owns the book, the events object and the main window (rebuilt on a language change)."""

    book_opened = Signal(object)
    open_failed = Signal(object)

    def __init__(self, prefs: Prefs, target: str | None, *, offer_demo: bool = True) -> None:
        super().__init__()
        self.prefs = prefs
        self.target = target
        self.offer_demo = offer_demo
        self.events = AppEvents(self)
        self.book = None
        self._started = False
        self._rest_started = False
        self.window = self._make_window()
        self.change_watcher = None  # others' changes and Settings > Book: `_install_team_book`

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.prefs, self.events)
        window.language_change_requested.connect(self.change_language)
        from ui.reminder_hookup import attach_window

        attach_window(self, window)  # the Today view (home), reminders, tray or popup
        window.open_demo_requested.connect(self.open_demo)
        window.open_own_book_requested.connect(lambda: self.open(self.target))
        window.view_built.connect(self._view_built)
        from ui.care_install import install_care

        install_care(window)  # Ctrl+L contacts, the churn watch and the dashboard
        return window

    def start(self) -> None:
        """Show the window; the rest follows its first paint (see the module's docstring)."""
        # Queued: the first frame reaches the screen first; Today's list and the rest follow it.
        self.window.first_painted.connect(self._painted, Qt.ConnectionType.QueuedConnection)
        self.window.show()
        self._later(REST_AT_LATEST_MS, self._painted)  # in case no paint comes (hidden, minimised)

    def _painted(self) -> None:
        if self._started or not isValid(self.window):
            return
        self._started = True
        set_app_icon()
        today = self.reminders.today
        if today is not None:
            today.loaded.connect(self._start_rest)
            if self.window.current_view() == "today":
                self._show_today_preview(today)
        self._later(REST_AT_LATEST_MS, self._start_rest)
        self.open(self.target)

    def _later(self, msec: int, slot) -> None:
        """Call `slot` in `msec` unless this controller is gone by then."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        timer.timeout.connect(timer.deleteLater)
        timer.start(msec)

    def _show_today_preview(self, today) -> None:
        from ui import first_screen

        now = today.now()
        preview = first_screen.load_today(self.target, now, i18n.engine_lang())
        if preview is not None:
            today.show_preview(preview, now.date())

    def _view_built(self, key: str, view) -> None:
        if key == "clients" and self.book is None:
            from ui import first_screen

            preview = first_screen.load(self.target)
            if preview:
                view.show_preview(preview)

    def _start_rest(self) -> None:
        """What the first screen does not need: the reminder center and tray, the other views."""
        if self._rest_started or not isValid(self.window):  # closed meanwhile (tests close early)
            return
        self._rest_started = True
        self.reminders.start()
        self.window.build_lazy_views()

    def shutdown(self) -> None:
        """Close the book, remembering the first screens (clients, Today) for a quick next start."""
        if self.change_watcher is not None:
            self.change_watcher.detach()  # its thread stops before the book it watches closes
        if self.book is None:
            return
        book, self.book = self.book, None
        rows = None
        from ui import first_screen

        wait_for_work()  # a loader still reading the book finishes before it closes

        today = self.reminders.today
        shown_today = today.latest if today is not None else None
        stamp_before_close = first_screen.live_stamp(book.path)
        if book.path is not None and self.window.is_built("clients"):
            from storage.clients import first_rows
            from ui.clients_loading import FIRST_SCREEN

            try:
                rows = first_rows(book, FIRST_SCREEN, next_occasion=True, lang=i18n.engine_lang())
            except Exception:  # a cache only: never stand in the way of quitting
                rows = None
        book.close()
        if rows is not None and book.path is not None:
            first_screen.save(book.path, rows)
        if book.path is not None:
            first_screen.save_today(book.path, shown_today, stamp_before_close)

    def open(self, target: str | None) -> None:
        """Open the book at `target` off the main thread; the views fill when it is ready.

        SQLAlchemy is imported on that thread too, so the window paints without waiting for it.
        """
        run_in_thread(lambda: _open_book(target), self._opened, self._open_failed, owner=self)

    def _install_team_book(self) -> None:
        """The watcher of others' changes and the Settings > Book page, once, when the first book has
        opened or failed to (Settings > Book is where another is chosen): the first screen needs
        neither, and the main thread has time while the book opens."""
        if self.change_watcher is None:
            from ui.team_book import install as install_team_book

            self.change_watcher = install_team_book(self)

    def _opened(self, book) -> None:
        self._install_team_book()  # before `book_opened`: the watcher follows it
        if self.book is not None and self.book is not book:
            self.book.close()
        self.book = book
        self.window.set_book(book, is_demo=self.is_demo(book))
        self.book_opened.emit(book)
        if self.offer_demo:
            self.offer_demo = False
            self._maybe_offer_demo()

    @staticmethod
    def demo_path():
        return data_dir() / "demo.sqlite3"

    def is_demo(self, book) -> bool:
        return book.path is not None and book.path == self.demo_path()

    def _open_failed(self, error: Exception) -> None:
        from storage.backups import DamagedBookFound

        self._install_team_book()

        self.open_failed.emit(error)
        if isinstance(error, DamagedBookFound):
            from ui.backups_dialog import offer_restore_for_damaged_book

            # The damaged file is already set aside; offer the newest good copy in its place.
            restored = offer_restore_for_damaged_book(self.window, error)
            if restored is not None:
                self.open(str(restored))
                return
        else:
            from ui.errors import show_error

            show_error(self.window, error, self.tr("Cannot open the book"))
        if self.book is None:
            QApplication.exit(1)

    def _maybe_offer_demo(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from storage.demo import is_empty

        if self.prefs.get(options.DEMO_OFFERED) or not is_empty(self.book):
            return
        self.prefs.set(options.DEMO_OFFERED, True)
        answer = QMessageBox.question(
            self.window,
            self.tr("Welcome to Guanxi"),
            self.tr(
                "Your book is empty. Would you like to look around a demo book with %1 made-up clients "
                "first? Your own book stays empty and File > Open my book brings you back."
            ).replace("%1", str(DEMO_CLIENTS)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_demo()

    def open_demo(self) -> None:
        """Open (creating on first use) a separate demo book beside the real one."""
        from storage.demo import fill_demo, is_empty
        from ui.dialogs import busy_dialog
        from ui.errors import show_error

        path = self.demo_path()
        progress = busy_dialog(self.tr("Making the demo book…"), self.window)

        def make():
            book = _open_book(str(path))
            if is_empty(book):
                fill_demo(book, DEMO_CLIENTS, seed=8)
            return book

        def done(book) -> None:
            progress.close()
            self._opened(book)

        def failed(error: Exception) -> None:
            progress.close()
            show_error(self.window, error)

        run_in_thread(make, done, failed, owner=self)

    def change_language(self, language: str) -> None:
        """Rebuild the window in the new language, keeping the open book and the layout."""
        self.prefs.set(options.LANGUAGE, language)
        self.window.save_state()
        i18n.install(QApplication.instance(), language)
        old, self.window = self.window, self._make_window()
        self.window.show()
        if self.book is not None:
            self.window.set_book(self.book, is_demo=self.is_demo(self.book))
        old.hide()
        old.deleteLater()
        if self._rest_started:
            self.window.build_lazy_views()


def set_app_icon() -> None:
    """The app's icon on every window, set after the first paint: reading the SVG loads Qt's SVG
    support, which the first frame does without (the window manager shows the icon a moment later)."""
    from PySide6.QtGui import QIcon

    if APP_ICON.exists():
        QApplication.setWindowIcon(QIcon(str(APP_ICON)))


def _open_book(target: str | None):
    """Open the book for the window, its dates kept in memory: the window asks for them again and again."""
    from storage.db import open_book
    from storage.resident_dates import keep_dates_in_memory

    book = open_book(target)
    keep_dates_in_memory(book)
    return book


def startup_target(prefs: Prefs, given: str | None) -> str | None:
    """The book to open at start: the command line, the environment, then Settings > Book."""
    if given or os.environ.get("GUANXI_DB"):
        return given
    return prefs.get(options.BOOK_URL).strip() or None


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Guanxi")
    app.setOrganizationName("Guanxi")
    app.setApplicationDisplayName("Guanxi 关系本")
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    from ui.single_instance import claim

    instance = claim(listen=False)  # listens after the first paint: QtNetwork is not needed to paint
    if instance is None:
        return 0  # Guanxi already runs: it was asked to come to the front
    from ui.main_thread_gc import MainThreadCollector

    collector = MainThreadCollector(app)  # Qt objects in cycles are freed on the main thread only
    collector.start()
    prefs = Prefs()
    i18n.install(app, args.lang or prefs.get(options.LANGUAGE))
    controller = AppController(prefs, startup_target(prefs, args.db))
    instance.activated.connect(controller.reminders.bring_to_front)
    if os.environ.get("GUANXI_STARTUP_PROBE"):
        from ui.startup_probe import install_probe

        install_probe(controller)
    controller.window.first_painted.connect(instance.listen, Qt.ConnectionType.QueuedConnection)
    controller.start()
    controller._later(REST_AT_LATEST_MS, instance.listen)  # if no paint comes
    code = app.exec()
    controller.shutdown()
    collector.stop()
    return code
