"""The frame: navigation on the left, the views, menus, shortcuts and the status bar.

The window is built from light modules only, so it paints before the book is open;
`set_book` hands the open book to the views afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
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
from ui import prefs as options
from ui.clients_view import ClientsView
from ui.events import AppEvents
from ui.prefs import Prefs
from ui.tier_badge import tier_label


class MainWindow(QMainWindow):
    """Hosts the views. Later views register with `add_view`."""

    language_change_requested = Signal(str)
    open_demo_requested = Signal()
    open_own_book_requested = Signal()

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
        self.nav.setStyleSheet(
            "QListWidget#nav { border: none; background: #26323f; color: #dfe6ee; font-size: 15px; padding-top: 8px; }"
            "QListWidget#nav::item { padding: 10px 14px; }"
            "QListWidget#nav::item:selected { background: #3d8bd4; color: white; }"
        )
        self.stack = QStackedWidget(self)
        self._views: dict[str, QWidget] = {}
        self.clients = ClientsView(events, self.undo_stack, self)
        self.add_view("clients", self.tr("Clients"), self.clients)
        from ui.calendar_view import CalendarView

        self.calendar = CalendarView(events, self)
        self.add_view("calendar", self.tr("Calendar"), self.calendar)

        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.book_label = QLabel(self)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.book_label)
        self.statusBar().showMessage(self.tr("Opening the book…"))
        self.clients.count_changed.connect(self._show_count)
        events.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))

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
        self.nav.insertItem(row, item)
        self.stack.insertWidget(row, widget)
        self._views[key] = widget

    def show_view(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_view(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "clients"

    def set_book(self, book, *, is_demo: bool = False) -> None:
        self.book = book
        self.demo_action.setVisible(not is_demo)
        self.own_book_action.setVisible(is_demo)
        self.book_label.setText(self.tr("Demo book") if is_demo else book.display_name)
        self.book_label.setToolTip(book.display_name)
        self.statusBar().clearMessage()
        self.clients.set_book(book)
        for view in self._views.values():
            if view is not self.clients and hasattr(view, "set_book"):
                view.set_book(book)

    # --- menus --------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
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
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
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
        self.clients.table.addAction(archive)
        edit.addAction(archive)
        edit.addAction(self._action(self.tr("&Restore from archive"), lambda: self._on_clients(lambda v: v.restore())))

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self._action(self.tr("&Clients"), lambda: self.show_view("clients"), "Ctrl+2"))
        show_archive = self._action(
            self.tr("Show &archive"), lambda checked: self.clients.show_archive.setChecked(checked)
        )
        show_archive.setCheckable(True)
        self.clients.show_archive.toggled.connect(show_archive.setChecked)
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

    def _show_count(self, shown: int, total: int) -> None:
        self.count_label.setText(self.tr("%1 / %2 clients").replace("%1", str(shown)).replace("%2", str(total)))

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
            self.resize(1180, 740)
        state = self.prefs.get(options.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.prefs.get(options.CLIENTS_SPLITTER)
        if splitter.isEmpty() or not self.clients.splitter.restoreState(splitter):
            self.clients.splitter.setSizes([640, 420])
        header = self.prefs.get(options.CLIENTS_HEADER)
        if not header.isEmpty():
            self.clients.table.horizontalHeader().restoreState(header)
        self.show_view(self.prefs.get(options.CURRENT_VIEW))
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def save_state(self) -> None:
        self.prefs.set(options.WINDOW_GEOMETRY, self.saveGeometry())
        self.prefs.set(options.WINDOW_STATE, self.saveState())
        self.prefs.set(options.CLIENTS_SPLITTER, self.clients.splitter.saveState())
        self.prefs.set(options.CLIENTS_HEADER, self.clients.table.horizontalHeader().saveState())
        self.prefs.set(options.CURRENT_VIEW, self.current_view())
        self.prefs.sync()

    def quit_app(self) -> None:
        self.save_state()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
