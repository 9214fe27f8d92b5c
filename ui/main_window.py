"""The frame: navigation on the left, the views, menus, shortcuts and the status bar.

The window is built from light modules only, so it paints before the book is open;
`set_book` hands the open book to the views afterwards. Views other than the home view are
added with `add_lazy_view`: their navigation entry is there at once, the view itself is
built on first use (navigation, a shortcut, `window.clients` ...) or by `build_lazy_views`,
which the app calls once the first screen is up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from reminders.tiers import Tier
from ui import i18n
from ui import prefs as options
from ui.events import AppEvents
from ui.geometry import fit_to_screen
from ui.prefs import Prefs
from ui.tier_badge import tier_label

#: The navigation: no focus rectangle; with keyboard focus the chosen entry is brighter and marked
#: by a white bar on its left edge.
NAV_STYLE = (
    "QListWidget#nav { border: none; outline: 0; background: #26323f; color: #dfe6ee; font-size: 15px;"
    " padding-top: 8px; }"
    "QListWidget#nav::item { padding: 10px 14px 10px 11px; border: none; border-left: 3px solid transparent; }"
    "QListWidget#nav::item:selected { background: #3d8bd4; color: white; }"
    "QListWidget#nav::item:selected:focus { background: #4d9be2; border-left-color: white; }"
)


class MainWindow(QMainWindow):
    """Hosts the views. Later views register with `add_view`."""

    language_change_requested = Signal(str)
    open_demo_requested = Signal()
    open_own_book_requested = Signal()
    #: A lazily added view was built: its key and the widget.
    view_built = Signal(str, QWidget)
    #: The window painted for the first time.
    first_painted = Signal()

    def __init__(self, prefs: Prefs, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.events = events
        self.book = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Guanxi — relationship notebook"))
        self.setMinimumSize(QSize(760, 520))

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget(self)
        self._views: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._painted = False
        self._lazy_timer = QTimer(self)  # owned: it goes with the window
        self._lazy_timer.setSingleShot(True)
        self._lazy_timer.setInterval(0)
        self._lazy_timer.timeout.connect(self.build_lazy_views)
        self.add_lazy_view("clients", self.tr("Clients"), self._make_clients)
        self.add_lazy_view("calendar", self.tr("Calendar"), self._make_calendar)
        from ui.settings_dialog import LazyPage, SettingsDialog

        festivals = LazyPage("ui.festival_settings", "festival_page")  # the Calendar's page, in its place
        if festivals not in SettingsDialog.extra_pages:
            SettingsDialog.extra_pages.append(festivals)

        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.book_label = QLabel(self)  # the count of clients is the Clients view's own
        self.statusBar().addPermanentWidget(self.book_label)
        self.statusBar().showMessage(self.tr("Opening the book…"))
        events.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        events.open_client_requested.connect(self._open_client)

        self._build_menus()
        from ui.call_list_menu import install_call_list

        install_call_list(self)
        self._restore_state()

    # --- views --------------------------------------------------------------------------

    def add_view(self, key: str, title: str, widget: QWidget, *, position: int | None = None) -> None:
        """Add a view to the navigation (at `position`, else at the end)."""
        row = self.nav.count() if position is None else position
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.blockSignals(True)  # the row is not in the stack yet
        self.nav.insertItem(row, item)
        self.nav.blockSignals(False)
        self.stack.insertWidget(row, widget)
        self._views[key] = widget
        if self.nav.currentRow() >= 0:
            self.stack.setCurrentIndex(self.nav.currentRow())

    def add_lazy_view(
        self, key: str, title: str, factory: Callable[[], QWidget], *, position: int | None = None
    ) -> None:
        """Add a view whose widget `factory()` builds on first use (an empty page stands in)."""
        self._factories[key] = factory
        self.add_view(key, title, QWidget(self), position=position)

    def is_built(self, key: str) -> bool:
        return key in self._views and key not in self._factories

    def view(self, key: str) -> QWidget:
        """The view `key`, built now if it was not yet."""
        factory = self._factories.pop(key, None)
        if factory is None:
            return self._views[key]
        stand_in = self._views[key]
        widget = factory()
        row = self.stack.indexOf(stand_in)
        current = self.nav.currentRow()
        self.stack.insertWidget(row, widget)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._views[key] = widget
        if current >= 0:
            self.stack.setCurrentIndex(current)
        if self.book is not None and hasattr(widget, "set_book"):
            widget.set_book(self.book)
        self.view_built.emit(key, widget)
        return widget

    def build_lazy_views(self) -> None:
        """Build the views not built yet, one per turn of the event loop so the window stays live."""
        if self._factories:
            self.view(next(iter(self._factories)))
            self._lazy_timer.start()

    @property
    def clients(self):
        """The Clients view (`ui.clients_view.ClientsView`)."""
        return self.view("clients")

    @property
    def calendar(self):
        """The Calendar view (`ui.calendar_view.CalendarView`)."""
        return self.view("calendar")

    @property
    def care(self):
        """The Churn watch view (`ui.care_view.CareView`), added by `ui.care_install`."""
        return self.view("care")

    @property
    def dashboard(self):
        """The Dashboard view (`ui.dashboard_view.DashboardView`), added by `ui.care_install`."""
        return self.view("dashboard")

    def _make_clients(self) -> QWidget:
        from ui.clients_view import ClientsView

        view = ClientsView(self.events, self.undo_stack, self)
        # Built maybe while that signal is being emitted, when a new connection would miss it.
        self.events.open_client_requested.disconnect(view.open_client)
        view.table.addAction(self.archive_action)
        view.show_archive.toggled.connect(self.show_archive_action.setChecked)
        splitter = self.prefs.get(options.CLIENTS_SPLITTER)
        if splitter.isEmpty() or not view.splitter.restoreState(splitter):
            view.splitter.setSizes([640, 420])
        header = self.prefs.get(options.CLIENTS_HEADER)
        # Column widths fitted to one language's words would clip the other's: those start afresh.
        if not header.isEmpty() and self.prefs.get(options.CLIENTS_HEADER_LANGUAGE) in ("", i18n.current()):
            view.table.horizontalHeader().restoreState(header)
        return view

    def _make_calendar(self) -> QWidget:
        from ui.calendar_view import CalendarView

        return CalendarView(self.events, self)

    def _open_client(self, client_id: int) -> None:
        self.clients.open_client(client_id)

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None and self.isVisible():  # before the window shows, `showEvent` builds it
            self.view(item.data(Qt.ItemDataRole.UserRole))
        self.stack.setCurrentIndex(row)

    def showEvent(self, event: QShowEvent) -> None:
        item = self.nav.currentItem()
        if item is not None:
            self.view(item.data(Qt.ItemDataRole.UserRole))
        super().showEvent(event)

    def show_view(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def current_view(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "clients"

    def set_book(self, book, *, is_demo: bool = False) -> None:
        if book is not self.book:
            self.undo_stack.clear()  # its commands act on the book they were done in
        self.book = book
        self.demo_action.setVisible(not is_demo)
        self.own_book_action.setVisible(is_demo)
        self.book_label.setText(self.book_title(book, is_demo=is_demo))
        self.book_label.setToolTip(book.display_name)
        self.statusBar().clearMessage()
        for key, view in self._views.items():
            if key not in self._factories and hasattr(view, "set_book"):
                view.set_book(book)

    def book_title(self, book, *, is_demo: bool = False) -> str:
        """The book by a short name: "Demo book", "My book" (the default file), else the file's or database's name."""
        if is_demo:
            return self.tr("Demo book")
        if book.path is None:  # a team book on a server: its database's name
            return book.url.rsplit("/", 1)[-1].split("?", 1)[0] or book.display_name
        from storage.paths import default_book_path

        if book.path.resolve() == default_book_path().resolve():
            return self.tr("My book")
        return book.path.stem

    # --- menus --------------------------------------------------------------------------

    def _action(
        self, text: str, slot, shortcut: QKeySequence.StandardKey | QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts: a standard key gets every binding the platform has for it
            action.setShortcuts(
                shortcut if isinstance(shortcut, QKeySequence.StandardKey) else [QKeySequence(shortcut)]
            )
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self._action(self.tr("&New client…"), self._new_client, QKeySequence.StandardKey.New))
        self.file_menu.addSeparator()
        self.file_menu_tail = self.file_menu.addSeparator()
        from ui.transfer_actions import install_transfer_actions

        install_transfer_actions(self)  # File > Import…, Export…, Backups…; automatic backups
        self.demo_action = self._action(self.tr("Open the &demo book"), self.open_demo_requested.emit)
        self.own_book_action = self._action(self.tr("Open &my book"), self.open_own_book_requested.emit)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addAction(self.own_book_action)
        self.file_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,"))
        self.file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.quit_app, "Ctrl+Q")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Find client"), self._find, QKeySequence.StandardKey.Find))
        edit.addAction(
            self._action(
                self.tr("&Edit client…"),
                lambda: self._on_clients(lambda v: v.edit_client((v.selected_ids() or [None])[0])),
                "Ctrl+E",
            )
        )
        tiers = edit.addMenu(self.tr("Set &tier"))
        for number, tier in enumerate(reversed(Tier), start=1):
            tiers.addAction(
                self._action(
                    tier_label(tier),
                    lambda _=False, t=tier: self._on_clients(lambda v: v.set_tier(v.selected_ids(), t)),
                    f"Ctrl+Alt+{number}",
                )
            )
        archive = self._action(
            self.tr("&Archive"), lambda: self._on_clients(lambda v: v.delete_pressed()), QKeySequence.StandardKey.Delete
        )
        archive.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.archive_action = archive  # the Clients view adds it to its list when built
        edit.addAction(archive)
        edit.addAction(self._action(self.tr("&Restore from archive"), lambda: self._on_clients(lambda v: v.restore())))

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self._action(self.tr("&Clients"), lambda: self.show_view("clients"), "Ctrl+2"))
        show_archive = self._action(
            self.tr("Show &archive"), lambda checked: self.clients.show_archive.setChecked(checked)
        )
        show_archive.setCheckable(True)
        self.show_archive_action = show_archive
        self.view_menu.addAction(show_archive)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Guanxi"), self._about))
        help_menu.addAction(self._action(self.tr("About &Qt"), QApplication.aboutQt))

    def add_file_action(self, action: QAction) -> None:
        """For later features: put an action in the File menu above Settings."""
        self.file_menu.insertAction(self.file_menu_tail, action)

    def _on_clients(self, act) -> None:
        self.show_view("clients")
        act(self.clients)

    def _new_client(self) -> None:
        self._on_clients(lambda v: v.new_client())

    def _find(self) -> None:
        self._on_clients(lambda v: v.focus_search())

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.prefs, self.book, self.events, self)
        if dialog.exec() and dialog.language_changed:
            self.language_change_requested.emit(dialog.language())

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Guanxi"),
            self.tr(
                "<h3>Guanxi 关系本</h3><p>A relationship notebook for salespeople: remember every date, "
                "remind in time, record every touch.</p><p>Book: %1</p>"
            ).replace("%1", self.book.display_name if self.book else "—"),
        )

    # --- state --------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.prefs.get(options.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(fit_to_screen(QSize(1180, 740), self))  # first start: no taller than a laptop's screen
        state = self.prefs.get(options.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.show_view(self.prefs.get(options.CURRENT_VIEW))
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def save_state(self) -> None:
        self.prefs.set(options.WINDOW_GEOMETRY, self.saveGeometry())
        self.prefs.set(options.WINDOW_STATE, self.saveState())
        if self.is_built("clients"):  # else the remembered layout stays as it was
            self.prefs.set(options.CLIENTS_SPLITTER, self.clients.splitter.saveState())
            self.prefs.set(options.CLIENTS_HEADER, self.clients.table.horizontalHeader().saveState())
            self.prefs.set(options.CLIENTS_HEADER_LANGUAGE, i18n.current())
        self.prefs.set(options.CURRENT_VIEW, self.current_view())
        self.prefs.sync()

    def quit_app(self) -> None:
        self.save_state()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
