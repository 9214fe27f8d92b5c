"""The lead-times grid of Settings > Reminders: one row per occasion and tier, its days and actions
editable as text ("7, 0" and "order flowers / call"); days that cannot be read are shown in red
and listed by `problems()`, so the dialog keeps them on screen until they are fixed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reminders.leads import ASAP, OCCASIONS, Lead, occasion_name, parse_lead_days
from reminders.tiers import Tier
from ui import colors
from ui.tier_badge import tier_label

ACTION_SEPARATOR = " / "
DAYS, ACTIONS = 2, 3  # the editable columns
Index = QModelIndex | QPersistentModelIndex
LeadRules = Mapping[tuple[str, Tier], Sequence[Lead]]
#: The word shown for "at once" in each language; `parse_lead_days` reads both (and "now").
ASAP_WORDS = {"zh": "立即", "en": "asap"}


def asap_word(lang: str) -> str:
    """ "立即" in Chinese, "asap" in English."""
    return ASAP_WORDS.get(lang, ASAP_WORDS["en"])


def format_days(days: Sequence[int], lang: str) -> str:
    """Lead days as the grid shows them: "7, 0", "立即, 1" / "asap, 1"."""
    return ", ".join(asap_word(lang) if d == ASAP else str(d) for d in days)


@dataclass
class LeadRow:
    occasion: str
    tier: Tier
    days: str
    actions: str

    def read_days(self) -> tuple[int, ...] | None:
        """The days typed, or None when they cannot be read."""
        try:
            return parse_lead_days(self.days)
        except ValueError:
            return None


class LeadTimesModel(QAbstractTableModel):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[LeadRow] = []

    def set_rules(self, rules: LeadRules) -> None:
        """Show `rules`: every occasion, confidants first, whether it has leads or not."""
        self.beginResetModel()
        self.rows = []
        for occasion in OCCASIONS:
            for tier in reversed(Tier):
                leads = rules.get((occasion, tier), ())
                days = format_days([lead.days for lead in leads], self.lang)
                self.rows.append(LeadRow(occasion, tier, days, ACTION_SEPARATOR.join(lead.action for lead in leads)))
        self.endResetModel()

    def rules(self, base: LeadRules) -> dict[tuple[str, Tier], tuple[Lead, ...]]:
        """`base` with every readable row's leads (each day takes the action in the same place, the
        last action serving the days beyond it)."""
        rules = {key: tuple(leads) for key, leads in base.items()}
        for row in self.rows:
            days = row.read_days()
            if days is None:
                continue
            actions = [a.strip() for a in row.actions.split("/")]
            rules[row.occasion, row.tier] = tuple(
                Lead(d, actions[min(i, len(actions) - 1)]) for i, d in enumerate(days)
            )
        return rules

    def problems(self) -> list[str]:
        """The rows whose days cannot be read, as "生日 · 知己: abc"."""
        return [
            f"{self._occasion(row)} · {tier_label(row.tier)}: {row.days}"
            for row in self.rows
            if row.read_days() is None
        ]

    def _occasion(self, row: LeadRow) -> str:
        return occasion_name(row.occasion, self.lang)

    # --- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Occasion"), self.tr("Tier"), self.tr("Days before"), self.tr("Suggested actions"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (self._occasion(row), tier_label(row.tier), row.days, row.actions)[column]
        unreadable = column == DAYS and row.read_days() is None
        if role == Qt.ItemDataRole.ForegroundRole and unreadable:
            return colors.warning_text()
        if role == Qt.ItemDataRole.ToolTipRole and unreadable:
            return self.tr('Not understood: write days before, e.g. "7, 0", or "%1"; leave empty for none.').replace(
                "%1", asap_word(self.lang)
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (DAYS, ACTIONS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in (DAYS, ACTIONS):
            return False
        row = self.rows[index.row()]
        if index.column() == DAYS:
            row.days = str(value).strip()
        else:
            row.actions = str(value).strip()
        self.dataChanged.emit(index, index)
        return True
