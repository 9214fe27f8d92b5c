"""A small read-only table model: headers, rows of shown values, and a payload per row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui import colors
from ui.tier_badge import TIER_ROLE

Index = QModelIndex | QPersistentModelIndex


def tip_as_description(index: Index) -> str | None:
    """A cell's tooltip, for its accessible description (`Qt.ItemDataRole.AccessibleDescriptionRole`):
    screen readers read a cell's text but not its tooltip, which may hold more (every phone number,
    the time of the last contact). None when the tip only repeats the text, which is read already."""
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    if not tip or tip == index.data(Qt.ItemDataRole.DisplayRole):
        return None
    return str(tip)


class RowsModel(QAbstractTableModel):
    """Rows of display values; `payload(row)` gives back what the row stands for."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._rows: list[Sequence[Any]] = []
        self._payloads: list[Any] = []
        self._tiers: list[Any] = []
        self.tier_column: int | None = None
        #: Light-theme text colours of some cells, made for the current palette in data().
        self.colours: dict[tuple[int, int], str] = {}
        #: Columns of figures written as text ("9.1%", "12.5"): aligned right like the numbers.
        self.figure_columns: set[int] = set()

    def set_rows(self, rows: Sequence[Sequence[Any]], payloads: Sequence[Any], tiers: Sequence[Any] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._payloads = list(payloads)
        self._tiers = list(tiers)
        self.colours = {}
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self._payloads[row] if 0 <= row < len(self._payloads) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return tip_as_description(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 30:
            return value
        if role == TIER_ROLE and index.column() == self.tier_column and self._tiers:
            return self._tiers[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            isinstance(value, int | float) or index.column() in self.figure_columns
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (index.row(), index.column()) in self.colours:
            return colors.text_colour(self.colours[(index.row(), index.column())])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
