"""How a tier looks: its translated name and a coloured badge, in lists and pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate

from reminders.tiers import Tier

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

#: The badges' colours, under white bold text: each at least 4.5:1 against it (WCAG's normal text).
TIER_COLOURS = {
    Tier.PASSERBY: QColor("#687686"),
    Tier.ACQUAINTANCE: QColor("#2b78c1"),
    Tier.FRIEND: QColor("#27845c"),
    Tier.CONFIDANT: QColor("#aa641f"),
}

#: Role that carries the Tier itself, so delegates need not parse text.
TIER_ROLE = Qt.ItemDataRole.UserRole + 1


def tier_label(tier: Tier) -> str:
    names = {
        Tier.PASSERBY: QCoreApplication.translate("Tier", "Passer-by"),
        Tier.ACQUAINTANCE: QCoreApplication.translate("Tier", "Acquaintance"),
        Tier.FRIEND: QCoreApplication.translate("Tier", "Friend"),
        Tier.CONFIDANT: QCoreApplication.translate("Tier", "Confidant"),
    }
    return names[tier]


def badge_style(tier: Tier) -> str:
    """A style sheet for a QLabel that shows a tier badge."""
    return (
        f"QLabel {{ background: {TIER_COLOURS[tier].name()}; color: white; border-radius: 8px;"
        " padding: 2px 10px; font-weight: 600; }"
    )


#: Left of the badge, and (at least) above and below it in its row.
BADGE_LEFT = 6
BADGE_MARGIN = 3
#: Beside the name inside the badge, both sides together.
BADGE_PADDING = 16


class TierBadgeDelegate(QStyledItemDelegate):
    """Paints the tier column as a rounded, coloured badge with the tier's name.

    The badge is sized from the font and kept inside its row with a small margin (a short row
    gets a shorter badge); `sizeHint` asks for rows tall enough for the full badge, which views
    that size rows from their items (trees) follow.
    """

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        tier = index.data(TIER_ROLE)
        if not isinstance(tier, Tier):
            super().paint(painter, option, index)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem  # first used when painting (start-up)

        style = option.widget.style() if option.widget else None
        if style is not None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        rect, text = badge_geometry(option.rect, option.fontMetrics, tier_label(tier))
        if rect.isEmpty():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TIER_COLOURS[tier])
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        painter.setFont(option.font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Room for the badge and its margins (asked of every row of the column, so that rows
        of uniform height, sized from the first row, fit the badge too)."""
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        tier = index.data(TIER_ROLE)
        width = (
            BADGE_LEFT * 2 + metrics.horizontalAdvance(tier_label(tier)) + BADGE_PADDING
            if isinstance(tier, Tier)
            else 0
        )
        return QSize(max(hint.width(), width), max(hint.height(), badge_row_height(metrics)))


def badge_row_height(metrics: QFontMetrics) -> int:
    """The row height that fits a full badge with its margins."""
    return metrics.height() + 2 + 2 * BADGE_MARGIN


def badge_geometry(cell: QRect, metrics: QFontMetrics, text: str) -> tuple[QRectF, str]:
    """Where the badge goes in `cell`, on whole pixels, and its text (elided if the cell is narrow):
    as tall as the font allows inside the row's margins, centred vertically."""
    height = min(metrics.height() + 2, cell.height() - 2 * BADGE_MARGIN)
    room = cell.width() - 2 * BADGE_LEFT
    width = metrics.horizontalAdvance(text) + BADGE_PADDING
    if width > room:
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room - BADGE_PADDING, 0))
        width = room
    if height <= 0 or width <= 0:
        return QRectF(), text
    top = cell.top() + (cell.height() - height) // 2
    return QRectF(cell.left() + BADGE_LEFT, top, width, height), text
