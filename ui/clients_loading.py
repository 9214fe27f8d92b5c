"""The Clients view's list contents: the first screen at once (remembered from the last run, else
read from the book), then the full search index built off the main thread, filtered and sorted in
memory, and reloaded whenever clients change.

`ClientListLoading` is a mixin of `ui.clients_view.ClientsView` (it holds no translated text).
The view provides the widgets (`model`, `table`, `page`, `search`, the filters), `index_ready`,
`_fill_tags` and `_update_count`, and the selection (`ui.clients_selection.ClientSelection`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from storage.records import ClientRow, SearchEntries
from storage.search import SearchIndex
from ui.errors import show_error
from ui.i18n import engine_lang
from ui.worker import run_in_thread

#: The list's sortable columns, by model column; next occasion sorts in Python.
SORT_KEYS = {0: "name", 1: "tier", 2: "company", 3: "phone", 5: "last_contact"}
#: The clients the list shows before its full index is built (and that are remembered for the next start).
FIRST_SCREEN = 60


class ClientListLoading:
    """The book's clients on the list: the first screen, the search index, filters and sorting."""

    def _init_loading(self) -> None:
        self._index: SearchIndex | None = None
        self._entries: SearchEntries | None = None
        self._sort = ("name", False)
        self._loading = False
        self._pending_select: int | None = None  # the current client once the list is reloaded
        self._pending_also: list[int] = []  # and these selected with it
        self._previewing = False

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

    def _fetch_rows(self, ids: Sequence[int]) -> list[ClientRow]:
        from storage import clients

        return clients.rows_for_ids(self.book, ids, lang=engine_lang()) if self.book is not None else []

    def _clients_changed(self, ids: list[int]) -> None:
        self.model.invalidate(ids)
        current = self.page.current_id()
        if current is not None and (not ids or current in ids):
            self.show_client(current)
        self.reload()

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

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:
            self.table.horizontalHeader().blockSignals(True)
            self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            self.table.horizontalHeader().blockSignals(False)
            column = 0
        self._sort = (SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        self.reload()
