"""The Today list's chosen rows and its keys: which reminders are selected (a section or group standing
for all under it), the user's place kept across rebuilds of the list, the first reminder chosen when
the list gets the focus, and Enter or a double-click opening a client or a heading.

`TodaySelection` is a mixin of `ui.today_view.TodayView` (it holds no translated text).
The view provides `tree` (a QTreeView), `model` (its `ui.today_model.TodayModel`) and `events`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from ui.today_model import REMINDER_ROLE, Node


@dataclass
class Place:
    """Where the user is in the list, by row keys (`Node.key`), to find again once it is rebuilt."""

    current: list[Any] = field(default_factory=list)  # the first of these still listed becomes current
    selected: list[Any] = field(default_factory=list)
    expanded: dict[Any, bool] = field(default_factory=dict)  # sections and groups, open or not


class TodaySelection:
    """The selected reminders, the user's place in the list, and the keys that open or choose a row."""

    def _init_selection(self) -> None:
        """Enter and double-click act on the row; the first reminder is chosen once asked for."""
        self.tree.activated.connect(self._activated)  # Enter, and double-click
        self._select_first_when_shown = False

    def selected(self) -> list:
        """The reminders selected, a group or section counting for all its reminders, without repeats."""
        found: dict[str, object] = {}
        for index in self.tree.selectionModel().selectedRows(0):
            for reminder in self.model.node(index).reminders():
                found.setdefault(reminder.key, reminder)
        return list(found.values())

    def _selected_headings(self) -> list[Node]:
        """The sections and groups selected (each stands for every reminder under it), top to bottom."""
        chosen = {id(self.model.node(index)) for index in self.tree.selectionModel().selectedRows(0)}
        return [heading for heading in self.model.headings() if id(heading) in chosen]

    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click: a reminder opens its client; a section or group opens or closes."""
        first = index.siblingAtColumn(0)
        reminder = first.data(REMINDER_ROLE)
        if reminder is not None:
            self.events.open_client_requested.emit(reminder.client_id)
        elif self.model.rowCount(first):
            self.tree.setExpanded(first, not self.tree.isExpanded(first))

    # --- the user's place ------------------------------------------------------------------

    def _place(self) -> Place:
        """The current row, the selection and which headings are open, by key."""
        current = self.tree.currentIndex()
        return Place(
            current=[self.model.node(current.siblingAtColumn(0)).key] if current.isValid() else [],
            selected=[self.model.node(index).key for index in self.tree.selectionModel().selectedRows(0)],
            expanded={
                heading.key: self.tree.isExpanded(self.model.index_of(heading)) for heading in self.model.headings()
            },
        )

    def _go_to(self, place: Place, *, after_action: bool) -> None:
        """Make the first of `place.current` still listed the current row and select what was
        selected; after an action, the new current row is selected and brought into sight."""
        nodes = self.model.nodes_by_key()
        selection = self.tree.selectionModel()
        flag, rows = QItemSelectionModel.SelectionFlag, QItemSelectionModel.SelectionFlag.Rows
        current = next((nodes[key] for key in place.current if key in nodes), None)
        if current is not None:
            index = self.model.index_of(current)
            chosen = after_action or current.key in place.selected
            selection.setCurrentIndex(index, flag.ClearAndSelect | rows if chosen else flag.NoUpdate)
            if after_action:
                self.tree.scrollTo(index)
        for key in place.selected:
            if key in nodes:
                selection.select(self.model.index_of(nodes[key]), flag.Select | rows)

    def _place_after(self, keys: set) -> Place:
        """Where the user goes on from once the reminders `keys` leave the list: the current row if
        it stays, else the next row below that stays (headings passed over), else the nearest above."""
        start = self.tree.currentIndex().siblingAtColumn(0)
        if not start.isValid():
            rows = self.tree.selectionModel().selectedRows(0)
            start = rows[-1] if rows else QModelIndex()
        if not start.isValid():
            return Place()
        stays = self._stays(self.model.node(start), keys, include_headings=True)
        index = start
        while not stays and index.isValid():
            index = self.tree.indexBelow(index)
            stays = self._stays(self.model.node(index), keys) if index.isValid() else []
        index = start
        while not stays and index.isValid():
            index = self.tree.indexAbove(index)
            stays = self._stays(self.model.node(index), keys) if index.isValid() else []
        return Place(current=stays)

    @staticmethod
    def _stays(node: Node, keys: set, *, include_headings: bool = False) -> list[Any]:
        """The keys to find `node` by once `keys` are gone: none if it goes (or is a section, unless
        `include_headings`); a group whose members fall below the grouping size is found by its first
        member left."""
        left = [r.key for r in node.reminders() if r.key not in keys]
        if not left or (node.kind == "section" and not include_headings):
            return []
        return [node.key] if node.kind == "item" else [node.key, left[0]]

    # --- the keyboard focus ----------------------------------------------------------------

    def focus_list(self) -> None:
        """Give the list the keyboard focus, its first reminder current and selected if no row is:
        for the window to call when it shows Today at start or by its shortcut. If the list is not
        in yet, its first reminder is chosen when it comes."""
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.tree.selectionModel().hasSelection():
            self._select_first_when_shown = not self._select_first_item()

    def _select_first_item(self) -> bool:
        """Make the first reminder (not a heading) the current, selected row; False if there is none."""
        index = self.model.index(0, 0)
        while index.isValid() and self.model.node(index).kind != "item":
            index = self.tree.indexBelow(index)
        if not index.isValid():
            return False
        self._select_first_when_shown = False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        return True
