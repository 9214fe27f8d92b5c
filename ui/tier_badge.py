"""How a tier looks: its translated name and a coloured badge, in lists and pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate

from reminders.tiers import Tier

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

TIER_COLOURS = {
    Tier.PASSERBY: QColor("#9aa5b1"),
    Tier.ACQUAINTANCE: QColor("#3d8bd4"),
    Tier.FRIEND: QColor("#2f9e6e"),
    Tier.CONFIDANT: QColor("#d9822b"),
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


class TierBadgeDelegate(QStyledItemDelegate):
    """Paints the tier column as a rounded, coloured badge with the tier's name."""

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
        text = tier_label(tier)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(option.rect.x() + 6, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TIER_COLOURS[tier])
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
