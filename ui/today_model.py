"""The Today list as a tree: sections (overdue, today, the coming days), festival groups, reminders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from reminders.formatting import WEEKDAY_FULL
from ui import colors
from ui.i18n import format_date, format_datetime, format_short_date, is_chinese, list_separator, parenthesised
from ui.table_model import tip_as_description
from ui.tier_badge import TIER_ROLE, tier_label

#: A festival with at least this many clients on one day is grouped under it.
GROUP_AT = 3
REMINDER_ROLE = Qt.ItemDataRole.UserRole + 10
_WEEKDAYS_ZH = "一二三四五六日"

Index = QModelIndex | QPersistentModelIndex


def _group_key(reminder) -> tuple[str, date | None] | None:
    """Items listed under one expandable row: a festival's clients on its day, and every client
    gone quiet past their keep-in-touch interval in a section (a fresh book can have hundreds)."""
    if reminder.kind == "festival":
        return (reminder.festival, reminder.date)
    if reminder.kind == "cadence":
        return ("cadence", None)
    return None


@dataclass(eq=False)
class Node:
    """A row of the tree: a section, a festival group, or one reminder."""

    text: str
    reminder: Any = None  # storage.reminder_service.Reminder for leaves
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    kind: str = "section"  # "section", "group" or "item"
    overdue: bool = False
    #: What the row stands for, the same after the list is rebuilt: a reminder's key for an item,
    #: ("overdue",) or ("day", date) for a section, (section key, festival or "cadence", day) for a group.
    key: Any = None
    position: int = 0  # the row under its parent (kept: looking it up is slow in a group of thousands)

    def row(self) -> int:
        return self.position

    def reminders(self) -> list:
        """This node's reminder, or all reminders under it."""
        if self.reminder is not None:
            return [self.reminder]
        return [r for child in self.children for r in child.reminders()]


class TodayModel(QAbstractItemModel):
    """Sections by day; festivals for many clients grouped ("中秋节: 37 clients") and expandable."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.root = Node("")
        self.today = date.today()
        #: How many reminders each kind of section holds: the view's summary counts what the sections do.
        self.counts = SectionCounts(0, 0, 0)
        self.headers = [
            self.tr("Client"),
            self.tr("Tier"),
            self.tr("Occasion"),
            self.tr("Suggested action"),
            self.tr("Phone"),
            self.tr("Last contact"),
        ]

    # --- filling ---------------------------------------------------------------------------

    def set_reminders(self, reminders: Sequence, today: date) -> None:
        self.beginResetModel()
        self.today = today
        self.root = Node("")
        self.counts = SectionCounts.of(reminders, today)
        overdue = [r for r in reminders if r.date < today]
        if overdue:
            self._add_section(self.tr("Overdue"), overdue, ("overdue",), overdue=True)
        by_day: dict[date, list] = {}
        for reminder in reminders:
            if reminder.date >= today:
                by_day.setdefault(reminder.date, []).append(reminder)
        for day in sorted(by_day):
            self._add_section(self.day_title(day), by_day[day], ("day", day))
        self.endResetModel()

    def day_title(self, day: date) -> str:
        if day == self.today:
            label = self.tr("Today")
        elif day == self.today + timedelta(days=1):
            label = self.tr("Tomorrow")
        elif is_chinese():
            label = f"周{_WEEKDAYS_ZH[day.weekday()]}"
        else:
            label = WEEKDAY_FULL[day.weekday()]  # not strftime: it follows the system locale
        return f"{label} · {format_short_date(day)}"

    def _add_section(self, title: str, reminders: list, key: tuple, *, overdue: bool = False) -> None:
        section = Node(title, parent=self.root, overdue=overdue, key=key)
        self.root.children.append(section)
        groups: dict[tuple[str, date | None], list] = {}
        for reminder in reminders:
            group_key = _group_key(reminder)
            if group_key is not None:
                groups.setdefault(group_key, []).append(reminder)
        placed: set[tuple[str, date | None]] = set()
        for reminder in reminders:
            group_key = _group_key(reminder)
            members = groups.get(group_key, []) if group_key is not None else []
            if len(members) >= GROUP_AT:
                if group_key in placed:
                    continue
                placed.add(group_key)
                text = self.tr("%1: %2 clients").replace("%1", reminder.occasion).replace("%2", str(len(members)))
                group = Node(text, parent=section, kind="group", overdue=overdue, key=(key, *group_key))
                group.children = [
                    Node(m.client, m, parent=group, kind="item", overdue=overdue, key=m.key) for m in members
                ]
                section.children.append(group)
            else:
                item = Node(reminder.client, reminder, parent=section, kind="item", overdue=overdue, key=reminder.key)
                section.children.append(item)
        section.text = parenthesised(title, str(len(reminders)))
        section.position = len(self.root.children) - 1
        for position, child in enumerate(section.children):
            child.position = position
            for member_position, member in enumerate(child.children):
                member.position = member_position

    def all_reminders(self) -> list:
        return self.root.reminders()

    def headings(self) -> list[Node]:
        """The sections and groups, top to bottom."""
        return [node for section in self.root.children for node in (section, *section.children) if node.kind != "item"]

    def nodes_by_key(self) -> dict[Any, Node]:
        """Every row's node by its key (see `Node.key`)."""
        found: dict[Any, Node] = {}
        for section in self.root.children:
            found[section.key] = section
            for child in section.children:
                found[child.key] = child
                for member in child.children:
                    found[member.key] = member
        return found

    def index_of(self, node: Node) -> QModelIndex:
        """The index of `node`'s row, column 0."""
        return QModelIndex() if node is self.root else self.createIndex(node.row(), 0, node)

    # --- the model -------------------------------------------------------------------------

    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(self.headers):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        up = node.parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        column = index.column()
        if role == REMINDER_ROLE:
            return node.reminder
        if node.kind != "item":
            return self._heading_data(node, column, role)
        r = node.reminder
        if role == Qt.ItemDataRole.DisplayRole:
            return self._item_text(r, column)
        if role == TIER_ROLE and column == 1:
            return r.tier
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._item_tip(r, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return tip_as_description(index)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and node.overdue:
            return QBrush(colors.warning_text())
        return None

    def _heading_data(self, node: Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return node.text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.overdue and node.kind == "section":
            return QBrush(colors.warning_text(background=colors.band_fill()))
        if role == Qt.ItemDataRole.BackgroundRole and node.kind == "section":
            return QBrush(colors.band_fill())
        return None

    def _item_text(self, r, column: int) -> str:
        if column == 0:
            return r.client
        if column == 1:  # painted as a badge (TIER_ROLE); the text is what a screen reader says
            return tier_label(r.tier)
        if column == 2:
            return occasion_line(r)
        if column == 3:
            return r.action
        if column == 4:
            return first_phone(r.phones)
        if column == 5:
            return format_date(r.last_contact_at.date()) if r.last_contact_at else "—"
        return ""

    def _item_tip(self, r, column: int) -> str:
        """The cell's whole text, where the cell may show less (the view shows it when it does)."""
        if column == 4:
            return list_separator().join(r.phones)
        if column == 5:
            return format_datetime(r.last_contact_at) if r.last_contact_at else ""
        if column == 1:  # the badge shows the whole name
            return ""
        return self._item_text(r, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class SectionCounts:
    """Reminders in the Overdue section, the Today section and the sections of the coming days."""

    overdue: int
    today: int
    coming: int

    @classmethod
    def of(cls, reminders: Sequence, today: date) -> SectionCounts:
        overdue = sum(1 for r in reminders if r.date < today)
        on_today = sum(1 for r in reminders if r.date == today)
        return cls(overdue, on_today, len(reminders) - overdue - on_today)


def occasion_line(r) -> str:
    """The occasion and its day as Today lists it: "Birthday (age 52) · 11 Nov (lunar 10/3)",
    "生日（52岁） · 11月11日（农历十月初三）" (the popups and balloons word it the same way)."""
    when = format_short_date(r.date)
    return f"{_occasion_text(r)} · {parenthesised(when, r.lunar_text) if r.lunar_text else when}"


def first_phone(phones: Sequence[str]) -> str:
    """The first number, and how many more there are: "13800000000 (+1)", as the client list shows."""
    if not phones:
        return ""
    return f"{phones[0]} (+{len(phones) - 1})" if len(phones) > 1 else phones[0]


def _occasion_text(r) -> str:
    """The occasion with what matters from the engine's title (who, age), without the name and date."""
    parts = r.title.split(" · ")
    return parts[1] if len(parts) > 1 else r.occasion
