"""The Clients view's chosen clients and its keys: which client is current (its file on the page),
which are selected, keeping a place on the list across reloads, and the way from the search box
into the results (Down, Enter) with Ctrl+Z going to the window's undo when that came last.

`ClientSelection` is a mixin of `ui.clients_view.ClientsView` (it holds no translated text).
The view provides `book`, `model`, `table`, `page`, `search`, the filters, `undo_stack`,
`edit_client`, and `_pending_select` / `_pending_also`, which its loading honours on reload.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence


class ClientSelection:
    """The current and selected clients of the list, and the keys between search box and list."""

    def _wire_search_keys(self) -> None:
        """Down from the search box into the results, Enter opens, Ctrl+Z undoes the window's change."""
        #: The search text was typed since the list last had the focus: Down and Enter start at the top.
        self._typed_since_list = False
        #: The search box was edited after the last undoable change: its own Ctrl+Z comes first.
        self._search_edited_last = False
        self.search.textEdited.connect(self._search_edited)
        self.search.returnPressed.connect(self._open_from_search)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.undo_stack.indexChanged.connect(self._undoable_change)

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
