"""The frame: the menus, shortcuts and status bar around the views, and the actions on the chosen client.

The window is built from light modules only, so it paints before the book is open;
`set_book` hands the open book to the views afterwards. Views other than the home view are
added with `add_lazy_view`: their navigation entry is there at once, the view itself is
built on first use (navigation, a shortcut, `window.clients` ...) or by `build_lazy_views`,
which the app calls once the first screen is up. The navigation and the views are
`ui.window_navigation`'s; what the window remembers between runs is `ui.window_state`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from reminders.tiers import Tier
from ui import settings_pages
from ui.events import AppEvents
from ui.prefs import Prefs
from ui.settings_pages import LazyPage
from ui.tier_badge import tier_label
from ui.window_navigation import ViewNavigation
from ui.window_state import WindowState


class MainWindow(ViewNavigation, WindowState, QMainWindow):
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

        self._init_navigation()
        self.add_lazy_view("clients", self.tr("Clients"), self._make_clients)
        self.add_lazy_view("calendar", self.tr("Calendar"), self._make_calendar)
        settings_pages.register(LazyPage("ui.festival_settings", "festival_page"))  # the Calendar's, in its place

        self.setCentralWidget(self._navigation_body())

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

    def _make_clients(self) -> QWidget:
        from ui.clients_view import ClientsView

        view = ClientsView(self.events, self.undo_stack, self)
        # Built maybe while that signal is being emitted, when a new connection would miss it.
        self.events.open_client_requested.disconnect(view.open_client)
        view.table.addAction(self.archive_action)
        view.show_archive.toggled.connect(self.show_archive_action.setChecked)
        view.show_archive.toggled.connect(self._update_client_actions)
        self._restore_clients_layout(view)
        return view

    def _make_calendar(self) -> QWidget:
        from ui.calendar_view import CalendarView

        return CalendarView(self.events, self)

    def _open_client(self, client_id: int) -> None:
        self.clients.open_client(client_id)

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
        self._build_file_menu(bar)
        self._build_edit_menu(bar)
        self._build_view_menu(bar)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Guanxi"), self._about))
        help_menu.addAction(self._action(self.tr("About &Qt"), QApplication.aboutQt))

    def _build_file_menu(self, bar) -> None:
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

    def _build_edit_menu(self, bar) -> None:
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action("", self.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("", self.undo_stack.redo, QKeySequence.StandardKey.Redo)
        for signal in (
            self.undo_stack.canUndoChanged,
            self.undo_stack.canRedoChanged,
            self.undo_stack.undoTextChanged,
            self.undo_stack.redoTextChanged,
        ):
            signal.connect(self._update_undo_actions)
        self._update_undo_actions()
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Find client"), self._find, QKeySequence.StandardKey.Find))
        self.edit_client_action = self._action(self.tr("&Edit client…"), self._edit_chosen_client, "Ctrl+E")
        edit.addAction(self.edit_client_action)
        self.tier_menu = edit.addMenu(self.tr("Set &tier"))
        for number, tier in enumerate(reversed(Tier), start=1):
            # "&1 Confidant": the digit of its Ctrl+Alt shortcut is its accelerator in every language
            text = self.tr("&%1 %2", "Set tier submenu: %1 the digit of its Ctrl+Alt+digit shortcut, %2 the tier")
            self.tier_menu.addAction(
                self._action(
                    text.replace("%1", str(number)).replace("%2", tier_label(tier)),
                    lambda _=False, t=tier: self._set_tier_of_chosen(t),
                    f"Ctrl+Alt+{number}",
                )
            )
        archive = self._action(
            self.tr("&Archive"), lambda: self._on_clients(lambda v: v.delete_pressed()), QKeySequence.StandardKey.Delete
        )
        archive.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.archive_action = archive  # the Clients view adds it to its list when built
        edit.addAction(archive)
        self.restore_action = self._action(
            self.tr("Rest&ore from archive"), lambda: self._on_clients(lambda v: v.restore())
        )
        edit.addAction(self.restore_action)

    def _build_view_menu(self, bar) -> None:
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu_tail = self.view_menu.addSeparator()  # the views' entries go above it
        self.add_view_action("clients", self.tr("&Clients"), "Ctrl+2")
        self.add_view_action("calendar", self.tr("Ca&lendar"), "Ctrl+3")
        show_archive = self._action(
            self.tr("Show &archive"), lambda checked: self.clients.show_archive.setChecked(checked)
        )
        show_archive.setCheckable(True)
        self.show_archive_action = show_archive
        self.view_menu.addAction(show_archive)

    def add_view_action(self, key: str, text: str, shortcut: str) -> QAction:
        """A View-menu entry showing the view `key`, after those added before it (navigation order)."""
        action = self._action(text, lambda: self.show_view(key), shortcut)
        self.view_menu.insertAction(self.view_menu_tail, action)
        return action

    def add_file_action(self, action: QAction) -> None:
        """For later features: put an action in the File menu above Settings."""
        self.file_menu.insertAction(self.file_menu_tail, action)

    def _on_clients(self, act) -> None:
        self.show_view("clients")
        act(self.clients)

    # --- the chosen client --------------------------------------------------------------

    def _update_client_actions(self, *_args) -> None:
        """Actions on chosen clients are on only where a client can be chosen: Archive in the Clients view."""
        if not hasattr(self, "edit_client_action"):
            return
        key = self.current_view()
        in_clients = key == "clients"
        choosable = in_clients or key == "today" or hasattr(self._views.get(key), "selected_client_ids")
        self.edit_client_action.setEnabled(choosable)
        self.tier_menu.setEnabled(choosable)
        for action in self.tier_menu.actions():
            action.setEnabled(choosable)
        self.archive_action.setEnabled(in_clients)
        archive_shown = self.is_built("clients") and self._views["clients"].show_archive.isChecked()
        self.restore_action.setEnabled(in_clients and archive_shown)
        # Delete in the archive deletes for good: the entry says so.
        self.archive_action.setText(self.tr("&Delete for good…") if archive_shown else self.tr("&Archive"))

    def _chosen_or_say(self) -> list[int]:
        """The chosen clients; when there are none, the status bar says so."""
        ids = self.chosen_clients() or []
        if not ids:
            self.statusBar().showMessage(self.tr("No client is chosen: choose one in the list first."), 6000)
        return ids

    def _edit_chosen_client(self) -> None:
        ids = self._chosen_or_say()
        if ids:
            self.clients.edit_client(ids[0])

    def _set_tier_of_chosen(self, tier: Tier) -> None:
        ids = self._chosen_or_say()
        if ids:
            self.clients.set_tier(ids, tier)

    def _update_undo_actions(self, *_args) -> None:
        """The entries read "&Undo Archive 1 client" from one template, so a language can put (&U) last."""
        stack = self.undo_stack
        for action, able, what, named, plain in (
            (self.undo_action, stack.canUndo(), stack.undoText(), self.tr("&Undo %1"), self.tr("&Undo")),
            (self.redo_action, stack.canRedo(), stack.redoText(), self.tr("&Redo %1"), self.tr("&Redo")),
        ):
            action.setEnabled(able)
            action.setText(named.replace("%1", what.replace("&", "&&")) if what else plain)

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
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Guanxi"),
            self.tr(
                "<h3>Guanxi 关系本</h3><p>A relationship notebook for salespeople: remember every date, "
                "remind in time, record every touch.</p><p>Book: %1</p>"
            ).replace("%1", self.book.display_name if self.book else "—"),
        )
