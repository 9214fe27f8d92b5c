"""The client list's model: ids in memory, rows fetched a page at a time as they scroll into view.

Filtering runs on the in-memory `SearchIndex`; only the rows a person can see are
turned into `ClientRow` objects, and a bounded cache keeps scrolling smooth.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storage.records import ClientRow
from ui.i18n import format_date, format_short_date, list_separator
from ui.row_editors import with_relation_label
from ui.table_model import tip_as_description
from ui.tier_badge import TIER_ROLE, tier_label

Index = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], list[ClientRow]]

COLUMNS = ("name", "tier", "company", "phone", "next_occasion", "last_contact")
PAGE = 100
CACHE_LIMIT = 3000
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ClientTableModel(QAbstractTableModel):
    def __init__(self, fetch_rows: RowFetcher, parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch_rows
        self._ids: list[int] = []
        self._cache: OrderedDict[int, ClientRow] = OrderedDict()

    # --- what is shown ------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        """Show exactly these clients, in this order."""
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def seed(self, rows: Sequence[ClientRow]) -> None:
        """Show rows already fetched (the first screen, before the index exists)."""
        for row in rows:
            self._cache[row.id] = row
        self.set_ids([row.id for row in rows])

    def invalidate(self, ids: Sequence[int] = ()) -> None:
        """Forget cached rows (all when `ids` is empty) and repaint."""
        if ids:
            for client_id in ids:
                self._cache.pop(client_id, None)
        else:
            self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def ids(self) -> list[int]:
        return self._ids

    def client_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int) -> int:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return -1

    def client_row(self, row: int) -> ClientRow | None:
        client_id = self.client_id(row)
        if client_id is None:
            return None
        cached = self._cache.get(client_id)
        if cached is None:
            self._load_page(row)
            cached = self._cache.get(client_id)
        return cached

    def _load_page(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        for fetched in self._fetch(wanted):
            self._cache[fetched.id] = fetched
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)

    # --- Qt's interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Tier"),
            self.tr("Company"),
            self.tr("Phone"),
            self.tr("Next occasion"),
            self.tr("Last contact"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.client_id(index.row())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return tip_as_description(index)
        if role not in (Qt.ItemDataRole.DisplayRole, TIER_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.client_row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == TIER_ROLE:
            return row.tier if column == "tier" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return list_separator().join(row.phones) if column == "phone" else None
        if column == "name":
            return row.name
        if column == "tier":
            return tier_label(row.tier)
        if column == "company":
            return row.company
        if column == "phone":
            extra = len(row.phones) - 1
            return row.phones[0] + (f" (+{extra})" if extra > 0 else "") if row.phones else ""
        if column == "next_occasion":
            if row.next_occasion_on is None:
                return ""
            return f"{format_short_date(row.next_occasion_on)} {with_relation_label(row.next_occasion)}"
        return format_date(row.last_contact_at.date()) if row.last_contact_at else self.tr("never")
