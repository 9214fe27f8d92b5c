"""The Clients view's list widget: whole rows chosen, several at once, sorted by its header, the
tier as a badge, and columns sized to fit their usual content in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reminders.tiers import Tier
from ui.client_model import COLUMNS, ClientTableModel
from ui.tier_badge import TierBadgeDelegate, badge_row_height, tier_label

#: Room around a cell's text (the style's margins), and beside a header's text for the sort arrow.
CELL_PADDING = 16
HEADER_PADDING = 28
#: The rows' height at the usual font sizes (a larger font makes them as tall as its badges need).
ROW_HEIGHT = 30


def make_clients_table(model: ClientTableModel, parent: QWidget) -> QTableView:
    """The list over `model`, sorted by name; its owner connects sorting and the context menu."""
    table = QTableView(parent)
    table.setAccessibleName(QCoreApplication.translate("MainWindow", "Clients"))  # the view's name
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setSortingEnabled(False)
    table.setTabKeyNavigation(False)  # Tab leaves the list for the client's page
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height(table))
    table.setItemDelegateForColumn(COLUMNS.index("tier"), TierBadgeDelegate(table))
    header = table.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COLUMNS.index("company"), QHeaderView.ResizeMode.Stretch)  # takes what is left
    for column, width in enumerate(default_column_widths(table)):
        header.resizeSection(column, width)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


def row_height(table: QTableView) -> int:
    """The rows' height: the usual 30 pixels, or as tall as the font's badges and their margins need."""
    return max(ROW_HEIGHT, badge_row_height(table.fontMetrics()))


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
