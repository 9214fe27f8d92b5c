"""The Clients view: instant search, tier and tag filters, the list, and the client's page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reminders.tiers import Tier
from storage.records import ClientRow, SearchEntries
from storage.search import SearchIndex
from ui import colors
from ui.client_model import COLUMNS, ClientTableModel
from ui.client_page import ClientPage
from ui.errors import confirm_destructive, show_error
from ui.events import AppEvents
from ui.i18n import engine_lang, list_separator
from ui.tier_badge import TierBadgeDelegate, tier_label
from ui.worker import run_in_thread

#: The list's sortable columns, by model column; next occasion sorts in Python.
SORT_KEYS = {0: "name", 1: "tier", 2: "company", 3: "phone", 5: "last_contact"}
FIRST_SCREEN = 60
#: The tier-change question names at most this many clients.
NAMES_IN_QUESTION = 5
#: Room around a cell's text (the style's margins), and beside a header's text for the sort arrow.
CELL_PADDING = 16
HEADER_PADDING = 28


def default_column_widths(table: QTableView) -> list[int]:
    """Widths that fit each column's usual content in the interface language.

    Dates get their full width; names elide; the company column stretches over what is left.
    """
    from datetime import date

    from ui.i18n import format_date, format_short_date

    cell = table.fontMetrics()
    header = table.horizontalHeader().fontMetrics()
    model = table.model()

    def widest(texts) -> int:
        return max(cell.horizontalAdvance(text) for text in texts) + CELL_PADDING

    days = [date(2026, month, 28) for month in range(1, 13)]
    badge = max(cell.horizontalAdvance(tier_label(tier)) for tier in Tier) + 16 + 6  # as TierBadgeDelegate paints
    content = {
        "name": widest(["欧阳明月明"]),
        "tier": badge + CELL_PADDING // 2,
        "company": widest(["华成育卓信息有限公司"]),
        "phone": widest(["13800000000 (+1)"]),
        "next_occasion": widest(format_short_date(day) for day in days) + cell.horizontalAdvance("0") * 8,
        "last_contact": widest(
            [*(format_date(day) for day in days), QCoreApplication.translate("ClientTableModel", "never")]
        ),
    }
    return [
        max(
            content[key], header.horizontalAdvance(model.headerData(column, Qt.Orientation.Horizontal)) + HEADER_PADDING
        )
        for column, key in enumerate(COLUMNS)
    ]


class ArchiveCommand(QUndoCommand):
    """Archive clients; undo puts them back on the list."""

    def __init__(self, view: ClientsView, ids: Sequence[int], text: str) -> None:
        super().__init__(text)
        self._view = view
        self._ids = list(ids)

    def redo(self) -> None:
        from storage import clients

        self._view.keep_place_after_removing(self._ids)
        self._view.run_change(lambda book: clients.archive_clients(book, self._ids))

    def undo(self) -> None:
        from storage import clients

        self._view.select_after_reload(self._ids)
        self._view.run_change(lambda book: clients.restore_clients(book, self._ids))


class ClientsView(QWidget):
    """Shows the book's clients; every change goes through a storage service."""

    count_changed = Signal(int, int)  # shown, total
    index_ready = Signal()  # the full list is loaded and filtered

    def __init__(self, events: AppEvents, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.undo_stack = undo_stack
        self.book = None
        self._index: SearchIndex | None = None
        self._entries: SearchEntries | None = None
        self._sort = ("name", False)
        self._loading = False
        self._pending_select: int | None = None  # the current client once the list is reloaded
        self._pending_also: list[int] = []  # and these selected with it
        self._previewing = False
        #: The search text was typed since the list last had the focus: Down and Enter start at the top.
        self._typed_since_list = False
        #: The search box was edited after the last undoable change: its own Ctrl+Z comes first.
        self._search_edited_last = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, pinyin (zs, zhangsan), company, phone digits or tag"))
        self.search.setClearButtonEnabled(True)
        self.tier_filter = QComboBox(self)
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in reversed(Tier):
            self.tier_filter.addItem(tier_label(tier), int(tier))
        self.tag_filter = QComboBox(self)
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.tag_filter.setMinimumContentsLength(8)
        self.show_archive = QCheckBox(self.tr("Show archived"), self)
        self.show_archive.setToolTip(self.tr("Show archived clients instead of the list"))
        self.new_button = QPushButton(self.tr("New client"), self)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(colors.style(colors.HINT))

        self.model = ClientTableModel(self._fetch_rows, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the client's page
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setItemDelegateForColumn(COLUMNS.index("tier"), TierBadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("company"), QHeaderView.ResizeMode.Stretch)  # takes what is left
        for column, width in enumerate(default_column_widths(self.table)):
            header.resizeSection(column, width)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Enter, and the platform's double-click: once each (not doubleClicked as well).
        self.table.activated.connect(lambda index: self.edit_client(self.model.client_id(index.row())))
        edit_key = QAction(self.table)
        edit_key.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.triggered.connect(lambda: self.edit_client(self.model.client_id(self.table.currentIndex().row())))
        self.table.addAction(edit_key)

        self.page = ClientPage(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.tier_filter)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.show_archive)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self.apply_filter)
        self.search.textEdited.connect(self._search_edited)
        self.search.returnPressed.connect(self._open_from_search)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        undo_stack.indexChanged.connect(self._undoable_change)
        self.tier_filter.currentIndexChanged.connect(self.apply_filter)
        self.tag_filter.currentIndexChanged.connect(self.apply_filter)
        self.show_archive.toggled.connect(lambda _checked: self.reload())
        self.new_button.clicked.connect(self.new_client)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.page.edit_requested.connect(self.edit_client)
        self.page.archive_requested.connect(lambda cid: self.archive([cid]))
        self.page.restore_requested.connect(lambda cid: self.restore([cid]))
        self.page.delete_requested.connect(lambda cid: self.delete_for_good([cid]))
        events.clients_changed.connect(self._clients_changed)
        events.book_replaced.connect(self.reload)
        events.open_client_requested.connect(self.open_client)
        self.setEnabled(False)

    # --- loading ------------------------------------------------------------------------

    def show_preview(self, rows: list[ClientRow]) -> None:
        """Show the first screen remembered from the last run while the book opens."""
        self._previewing = True
        self.setEnabled(True)
        self.model.seed(rows)
        self._update_count()

    def set_book(self, book) -> None:
        """Show the first screen at once, then build the full search index off the main thread."""
        from storage import clients

        self.book = book
        self.setEnabled(True)
        if not self._previewing:
            self.model.seed(clients.first_rows(book, FIRST_SCREEN, lang=engine_lang()))
            self._update_count()
        self._previewing = False
        self.reload()

    def reload(self) -> None:
        if self.book is None:
            return
        from storage import clients

        book, archived, (sort, descending) = self.book, self.show_archive.isChecked(), self._sort
        self._loading = True
        run_in_thread(
            lambda: clients.search_entries(book, archived=archived, sort=sort, descending=descending),
            self._entries_loaded,
            lambda error: show_error(self, error),
            owner=self,
        )

    def _entries_loaded(self, entries: SearchEntries) -> None:
        self._loading = False
        self._entries = entries
        self._index = SearchIndex(entries.ids, entries.texts, entries.tiers, entries.tag_ids)
        self._fill_tags(entries.tag_names)
        self.model.invalidate()
        self.apply_filter()
        if self._pending_select is not None:
            self.select_clients([self._pending_select, *self._pending_also])
            self._pending_select = None
            self._pending_also = []
        self.index_ready.emit()

    def _fill_tags(self, names: dict[int, str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag_id, name in sorted(names.items(), key=lambda item: item[1]):
            self.tag_filter.addItem(name, tag_id)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(current), 0))
        self.tag_filter.blockSignals(False)

    def _fetch_rows(self, ids: Sequence[int]) -> list[ClientRow]:
        from storage import clients

        return clients.rows_for_ids(self.book, ids, lang=engine_lang()) if self.book is not None else []

    # --- filtering and sorting ----------------------------------------------------------

    def apply_filter(self) -> None:
        if self._index is None:
            return
        tier = self.tier_filter.currentData()
        selected = self.page.current_id()
        ids = self._index.filter(
            self.search.text(), frozenset([tier]) if tier is not None else None, self.tag_filter.currentData()
        )
        self.model.set_ids(ids)
        self._update_count()
        if selected is None:
            return
        if self.model.row_of(selected) >= 0:
            self.select_client(selected)
        elif selected != self._pending_select:  # filtered out: the page must not pass for a listed client's
            self.show_client(None)

    def _update_count(self) -> None:
        total = len(self._index) if self._index is not None else self.model.rowCount()
        shown = self.model.rowCount()
        if self.show_archive.isChecked():
            text = self.tr("%1 of %2 archived clients")
        else:
            text = self.tr("%1 of %2 clients")
        self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(total)))
        self.count_changed.emit(shown, total)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:
            self.table.horizontalHeader().blockSignals(True)
            self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            self.table.horizontalHeader().blockSignals(False)
            column = 0
        self._sort = (SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    # --- selection ----------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        client_id = self.model.client_id(current.row()) if current.isValid() else None
        self.show_client(client_id)

    def show_client(self, client_id: int | None) -> None:
        from storage import clients
        from storage.errors import NotFound

        if client_id is None or self.book is None:
            self.page.show_file(None)
            return
        try:
            self.page.show_file(clients.get_client(self.book, client_id))
        except NotFound:
            self.page.show_file(None)

    def select_client(self, client_id: int) -> None:
        row = self.model.row_of(client_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_clients(self, ids: Sequence[int]) -> None:
        """Select those of `ids` on the list, the first listed one current."""
        listed = [client_id for client_id in ids if self.model.row_of(client_id) >= 0]
        if not listed:
            return
        self.select_client(listed[0])
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for client_id in listed[1:]:
            self.table.selectionModel().select(self.model.index(self.model.row_of(client_id), 0), flags)

    def keep_place_after_removing(self, ids: Sequence[int]) -> None:
        """Before `ids` leave the list: the client after them (else before) becomes current once it reloads.

        The current client stays current if it is not among them.
        """
        gone = set(ids)
        listed = self.model.ids()
        current = self.table.currentIndex()
        current_id = self.model.client_id(current.row()) if current.isValid() else None
        if current_id is not None and current_id not in gone:
            self.select_after_reload([current_id])
            return
        rows = [row for row in map(self.model.row_of, ids) if row >= 0]
        if not rows:
            return
        start = current.row() if current_id is not None else min(rows)
        after = (client_id for client_id in listed[start + 1 :] if client_id not in gone)
        before = (client_id for client_id in reversed(listed[:start]) if client_id not in gone)
        place = next(after, None) or next(before, None)
        if place is not None:
            self.select_after_reload([place])

    def select_after_reload(self, ids: Sequence[int]) -> None:
        """Once the list reloads, select `ids` (those still listed), the first one current."""
        if ids:
            self._pending_select, *self._pending_also = ids

    def open_client(self, client_id: int) -> None:
        """Show one client's file, clearing filters that would hide it."""
        if self.model.row_of(client_id) < 0:
            self.search.clear()
            self.tier_filter.setCurrentIndex(0)
            self.tag_filter.setCurrentIndex(0)
        if self.model.row_of(client_id) < 0:
            self._pending_select = client_id
            if self.show_archive.isChecked():
                self.show_archive.setChecked(False)
        else:
            self.select_client(client_id)
        self.show_client(client_id)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.client_id(row) for row in rows]
        return [i for i in ids if i is not None]

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_list(self) -> None:
        """The keys to the list, on its current client (else the first); to the search box when it is empty."""
        if self.model.rowCount() == 0:
            self.focus_search()
            return
        if not self.table.currentIndex().isValid():
            self.select_client(self.model.client_id(0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- from the search box into the results ---------------------------------------------

    def _search_row(self) -> int:
        """The row Down or Enter in the search box goes to: the top one after typing, else the current one."""
        if self.model.rowCount() == 0:
            return -1
        current = self.table.currentIndex()
        return current.row() if current.isValid() and not self._typed_since_list else 0

    def _enter_list(self) -> None:
        row = self._search_row()
        if row < 0:
            return
        self.select_client(self.model.client_id(row))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_from_search(self) -> None:
        row = self._search_row()
        if row < 0:
            return
        self.select_client(self.model.client_id(row))
        self.edit_client(self.model.client_id(row))

    def _search_edited(self, _text: str) -> None:
        self._typed_since_list = True
        self._search_edited_last = True

    def _undoable_change(self, _index: int) -> None:
        self._search_edited_last = False

    def _window_takes_undo(self, event: QKeyEvent) -> bool:
        """Ctrl+Z (Ctrl+Y) in the search box: the window's undo, unless the box's own typing came after it."""
        if event.matches(QKeySequence.StandardKey.Undo):
            own, window = self.search.isUndoAvailable(), self.undo_stack.canUndo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            own, window = self.search.isRedoAvailable(), self.undo_stack.canRedo()
        else:
            return False
        return window and not (own and self._search_edited_last)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search:
            if event.type() == QEvent.Type.ShortcutOverride and self._window_takes_undo(event):
                event.ignore()  # not the line edit's: the shortcut goes to the window's Undo / Redo
                return True
            if (
                event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.model.rowCount() > 0
            ):
                self._enter_list()
                return True
        elif watched is self.table and event.type() == QEvent.Type.FocusIn:
            self._typed_since_list = False
        return super().eventFilter(watched, event)

    # --- actions ------------------------------------------------------------------------

    def run_change(self, change) -> list[int] | None:
        """Run a storage change; tell everyone which clients changed."""
        try:
            changed = change(self.book)
        except Exception as error:
            show_error(self, error)
            return None
        self.events.clients_changed.emit(list(changed) if isinstance(changed, list) else [])
        return changed

    def new_client(self) -> None:
        from ui.client_form import ClientDialog

        if self.book is None:
            return
        dialog = ClientDialog(self.book, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._pending_select = dialog.saved.id
            self.events.clients_changed.emit([dialog.saved.id])
            self.events.status_message.emit(self.tr("Added %1").replace("%1", dialog.saved.name))

    def edit_client(self, client_id: int | None) -> None:
        from storage import clients
        from ui.client_form import ClientDialog

        if client_id is None or self.book is None:
            return
        try:
            existing = clients.get_client(self.book, client_id)
        except Exception as error:
            show_error(self, error)
            return
        dialog = ClientDialog(self.book, existing, self)
        if dialog.exec() and dialog.saved is not None:
            self.events.clients_changed.emit([client_id])

    def set_tier(self, ids: list[int], tier: Tier) -> None:
        from storage import clients

        if not ids or self.book is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Change tier"), self._tier_question(ids, tier))
        if ok:
            self.run_change(lambda book: clients.set_tier(book, ids, tier, reason))

    def _tier_question(self, ids: list[int], tier: Tier) -> str:
        """ "Move 李玉 to Confidant. Why?": the clients by name, so it is plain whom it changes."""
        names = self._names(ids[:NAMES_IN_QUESTION])
        if len(ids) == 1:
            text = self.tr("Move %1 to %2. Why? (kept in the history)").replace("%1", names[0] if names else "?")
            return text.replace("%2", tier_label(tier))
        named = list_separator().join(names) + ("…" if len(ids) > len(names) else "")
        text = self.tr("Move %1 clients (%2) to %3. Why? (kept in the history)")
        return text.replace("%1", str(len(ids))).replace("%2", named).replace("%3", tier_label(tier))

    def _names(self, ids: Sequence[int]) -> list[str]:
        """The names of `ids`, in that order."""
        by_id = {row.id: row.name for row in self._fetch_rows(list(ids))}
        return [by_id[client_id] for client_id in ids if client_id in by_id]

    def archive(self, ids: list[int] | None = None) -> None:
        ids = ids if ids is not None else self.selected_ids()
        if not ids or self.book is None:
            return
        if self.show_archive.isChecked():
            return
        text = self.tr("Archive %n client(s)", "", len(ids))  # the Edit menu: "&Undo %1"
        self.undo_stack.push(ArchiveCommand(self, ids, text))
        self.events.status_message.emit(self.tr("Archived %n client(s). Ctrl+Z brings them back.", "", len(ids)))

    def restore(self, ids: list[int] | None = None) -> None:
        from storage import clients

        ids = ids if ids is not None else self.selected_ids()
        if ids:
            self.keep_place_after_removing(ids)  # they leave the archive list
            self.run_change(lambda book: clients.restore_clients(book, ids))

    def delete_for_good(self, ids: list[int] | None = None) -> None:
        from storage import clients

        ids = ids if ids is not None else self.selected_ids()
        if not ids:
            return
        if confirm_destructive(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete %n archived client(s) and their whole history for good? This cannot be undone.", "", len(ids)
            ),
            self.tr("Delete for good"),
        ):
            self.keep_place_after_removing(ids)
            self.run_change(lambda book: (clients.delete_archived_clients(book, ids), ids)[1])
            self.undo_stack.clear()

    def delete_pressed(self) -> None:
        """The Delete key: archive from the list, delete for good from the archive."""
        if self.show_archive.isChecked():
            self.delete_for_good()
        else:
            self.archive()

    def _context_menu(self, position: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_client(ids[0]))
        tiers = menu.addMenu(self.tr("Set tier"))
        for tier in reversed(Tier):
            action = QAction(tier_label(tier), tiers)
            action.triggered.connect(lambda _=False, t=tier: self.set_tier(ids, t))
            tiers.addAction(action)
        menu.addSeparator()
        if self.show_archive.isChecked():
            menu.addAction(self.tr("Restore"), lambda: self.restore(ids))
            menu.addAction(self.tr("Delete for good…"), lambda: self.delete_for_good(ids))
        else:
            menu.addAction(self.tr("Archive"), lambda: self.archive(ids))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _clients_changed(self, ids: list[int]) -> None:
        self.model.invalidate(ids)
        current = self.page.current_id()
        if current is not None and (not ids or current in ids):
            self.show_client(current)
        self.reload()
