"""The Calendar view's side list: the occasions of a day or a month, festivals counted, not listed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from reminders.agenda import AgendaItem
from reminders.tiers import Tier
from ui import colors
from ui.calendar_data import FestivalGroup, Row, both_forms
from ui.table_model import tip_as_description
from ui.tier_badge import TIER_ROLE, tier_label

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("date", "client", "tier", "occasion", "note")
#: The client id of a row (None for festival groups).
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
#: Light-theme colours of a festival group's name (made for the palette by ui.colors in data()).
FESTIVAL_COLOUR = colors.FESTIVAL
REMEMBRANCE_COLOUR = "#5d6d7e"


def occasion_text(item: AgendaItem) -> str:
    """What the occasion is, with the person and age: "儿子 小明 生日（18岁）", "生日（60岁 大寿）".

    It is the first part of the engine's own title tail, so it reads exactly as the agenda does.
    """
    return item.detail.tail.split(" · ", 1)[0]


class OccasionTableModel(QAbstractTableModel):
    """Rows are `AgendaItem`s (a client's own occasion) or `FestivalGroup`s (one festival day)."""

    def __init__(self, lang: str = "zh", parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._lang = lang

    def set_rows(self, rows: list[Row], lang: str | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        if lang is not None:
            self._lang = lang
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "date": self.tr("Date"),
            "client": self.tr("Client"),
            "tier": self.tr("Tier"),
            "occasion": self.tr("Occasion"),
            "note": self.tr("Note"),
        }
        return titles[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return tip_as_description(index)
        column = COLUMNS[index.column()]
        if isinstance(row, FestivalGroup):
            return self._group_data(row, column, role)
        return self._item_data(row, column, role)

    def _item_data(self, item: AgendaItem, column: str, role: int):
        if role == CLIENT_ID_ROLE:
            return item.client_id
        if role == TIER_ROLE and column == "tier":
            return item.tier
        if role == Qt.ItemDataRole.BackgroundRole and item.milestone:
            return QBrush(colors.milestone_fill())
        if role == Qt.ItemDataRole.FontRole and item.milestone and column == "occasion":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "date": both_forms(item.date, self._lang),
            "client": item.client,
            "tier": tier_label(item.tier),
            "occasion": occasion_text(item),
            "note": item.rule_note or "",
        }[column]

    def _group_data(self, group: FestivalGroup, column: str, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == "occasion":
            return QBrush(colors.text_colour(FESTIVAL_COLOUR if group.greeting else REMEMBRANCE_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column == "occasion":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{group.occasion}: {self.clients_text(group.count)}\n{self.tier_counts(group)}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "date":
            return both_forms(group.date, self._lang)
        if column == "client":
            return self.clients_text(group.count)
        if column == "occasion":
            return group.occasion
        if column == "note":
            note = self.tier_counts(group)
            if not group.greeting:
                note = self.tr("A day of remembrance, not of greetings") + " · " + note
            return note
        return ""

    def clients_text(self, count: int) -> str:
        """ "3,712 clients", with the locale's digit grouping."""
        return self.tr("%1 clients").replace("%1", QLocale().toString(count))

    def tier_counts(self, group: FestivalGroup) -> str:
        """ "Confidant 3 · Friend 40", closest tiers first."""
        return " · ".join(
            f"{tier_label(tier)} {QLocale().toString(group.by_tier[tier])}"
            for tier in reversed(Tier)
            if group.by_tier.get(tier)
        )
