"""The Clients view: instant search, tier and tag filters, the list, and the client's page.

The view builds its widgets and holds the actions on clients (new, edit, tier, archive, delete);
`ui.clients_loading` fills the list, `ui.clients_selection` keeps the chosen clients and the keys
between the search box and the list, `ui.clients_table` makes the list widget.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reminders.tiers import Tier
from ui import colors
from ui.client_model import ClientTableModel
from ui.client_page import ClientPage
from ui.clients_loading import ClientListLoading
from ui.clients_selection import ClientSelection
from ui.clients_table import make_clients_table
from ui.errors import confirm_destructive, show_error
from ui.events import AppEvents
from ui.i18n import list_separator
from ui.styled_text import set_text_style
from ui.tier_badge import tier_label

#: The tier-change question names at most this many clients.
NAMES_IN_QUESTION = 5


class ArchiveCommand(QUndoCommand):
    """Archive clients; undo puts them back on the list."""

    def __init__(self, view: ClientsView, ids: Sequence[int], text: str) -> None:
        super().__init__(text)
        self._view = view
        self._ids = list(ids)

    def redo(self) -> None:
        from storage import clients

        self._view.keep_place_after_removing(self._ids)
        self._view.run_change(lambda book: clients.archive_clients(book, self._ids))

    def undo(self) -> None:
        from storage import clients

        self._view.select_after_reload(self._ids)
        self._view.run_change(lambda book: clients.restore_clients(book, self._ids))


class ClientsView(ClientListLoading, ClientSelection, QWidget):
    """Shows the book's clients; every change goes through a storage service."""

    count_changed = Signal(int, int)  # shown, total
    index_ready = Signal()  # the full list is loaded and filtered

    def __init__(self, events: AppEvents, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.undo_stack = undo_stack
        self.book = None
        self._init_loading()

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, pinyin (zs, zhangsan), company, phone digits or tag"))
        self.search.setClearButtonEnabled(True)
        self.tier_filter = QComboBox(self)
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in reversed(Tier):
            self.tier_filter.addItem(tier_label(tier), int(tier))
        self.tag_filter = QComboBox(self)
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.tag_filter.setMinimumContentsLength(8)
        self.show_archive = QCheckBox(self.tr("Show archived"), self)
        self.show_archive.setToolTip(self.tr("Show archived clients instead of the list"))
        self.new_button = QPushButton(self.tr("New client"), self)
        self.count_label = QLabel(self)
        set_text_style(self.count_label, colors.HINT)

        self.model = ClientTableModel(self._fetch_rows, self)
        self.table = make_clients_table(self.model, self)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Enter, and the platform's double-click: once each (not doubleClicked as well).
        self.table.activated.connect(lambda index: self.edit_client(self.model.client_id(index.row())))
        edit_key = QAction(self.table)
        edit_key.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.triggered.connect(lambda: self.edit_client(self.model.client_id(self.table.currentIndex().row())))
        self.table.addAction(edit_key)

        self.page = ClientPage(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.tier_filter)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.show_archive)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self.apply_filter)
        self._wire_search_keys()
        self.tier_filter.currentIndexChanged.connect(self.apply_filter)
        self.tag_filter.currentIndexChanged.connect(self.apply_filter)
        self.show_archive.toggled.connect(lambda _checked: self.reload())
        self.new_button.clicked.connect(self.new_client)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.page.edit_requested.connect(self.edit_client)
        self.page.archive_requested.connect(lambda cid: self.archive([cid]))
        self.page.restore_requested.connect(lambda cid: self.restore([cid]))
        self.page.delete_requested.connect(lambda cid: self.delete_for_good([cid]))
        events.clients_changed.connect(self._clients_changed)
        events.book_replaced.connect(self.reload)
        events.open_client_requested.connect(self.open_client)
        self.setEnabled(False)

    # --- what the list shows -----------------------------------------------------------

    def _fill_tags(self, names: dict[int, str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag_id, name in sorted(names.items(), key=lambda item: item[1]):
            self.tag_filter.addItem(name, tag_id)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(current), 0))
        self.tag_filter.blockSignals(False)

    def _update_count(self) -> None:
        total = len(self._index) if self._index is not None else self.model.rowCount()
        shown = self.model.rowCount()
        if self.show_archive.isChecked():
            text = self.tr("%1 of %2 archived clients")
        elif shown == 0 and any(new_client_from_search(self.search.text())):
            text = self.tr("No client matches “%3”: Ctrl+N adds one with it filled in.")
        else:
            text = self.tr("%1 of %2 clients")
        text = text.replace("%3", self.search.text().strip())
        self.count_label.setText(text.replace("%1", str(shown)).replace("%2", str(total)))
        self.count_changed.emit(shown, total)

    # --- actions ------------------------------------------------------------------------

    def run_change(self, change) -> list[int] | None:
        """Run a storage change; tell everyone which clients changed."""
        try:
            changed = change(self.book)
        except Exception as error:
            show_error(self, error)
            return None
        self.events.clients_changed.emit(list(changed) if isinstance(changed, list) else [])
        return changed

    def new_client(self) -> None:
        from ui.client_form import ClientDialog

        if self.book is None:
            return
        dialog = ClientDialog(self.book, None, self)
        if self.model.rowCount() == 0 and not self.show_archive.isChecked():
            name, phone = new_client_from_search(self.search.text())  # searched for them, found no one
            dialog.prefill(name=name, phone=phone)
        if dialog.exec() and dialog.saved is not None:
            self._pending_select = dialog.saved.id
            self.events.clients_changed.emit([dialog.saved.id])
            self.events.status_message.emit(self.tr("Added %1").replace("%1", dialog.saved.name))

    def edit_client(self, client_id: int | None) -> None:
        from storage import clients
        from ui.client_form import ClientDialog

        if client_id is None or self.book is None:
            return
        try:
            existing = clients.get_client(self.book, client_id)
        except Exception as error:
            show_error(self, error)
            return
        dialog = ClientDialog(self.book, existing, self)
        if dialog.exec() and dialog.saved is not None:
            self.events.clients_changed.emit([client_id])

    def set_tier(self, ids: list[int], tier: Tier) -> None:
        from storage import clients

        if not ids or self.book is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Change tier"), self._tier_question(ids, tier))
        if ok:
            self.run_change(lambda book: clients.set_tier(book, ids, tier, reason))

    def _tier_question(self, ids: list[int], tier: Tier) -> str:
        """ "Move 李玉 to Confidant. Why?": the clients by name, so it is plain whom it changes."""
        names = self._names(ids[:NAMES_IN_QUESTION])
        if len(ids) == 1:
            text = self.tr("Move %1 to %2. Why? (kept in the history)").replace("%1", names[0] if names else "?")
            return text.replace("%2", tier_label(tier))
        named = list_separator().join(names) + ("…" if len(ids) > len(names) else "")
        text = self.tr("Move %1 clients (%2) to %3. Why? (kept in the history)")
        return text.replace("%1", str(len(ids))).replace("%2", named).replace("%3", tier_label(tier))

    def _names(self, ids: Sequence[int]) -> list[str]:
        """The names of `ids`, in that order."""
        by_id = {row.id: row.name for row in self._fetch_rows(list(ids))}
        return [by_id[client_id] for client_id in ids if client_id in by_id]

    def archive(self, ids: list[int] | None = None) -> None:
        ids = ids if ids is not None else self.selected_ids()
        if not ids or self.book is None:
            return
        if self.show_archive.isChecked():
            return
        text = self.tr("Archive %n client(s)", "", len(ids))  # the Edit menu: "&Undo %1"
        self.undo_stack.push(ArchiveCommand(self, ids, text))
        self.events.status_message.emit(self.tr("Archived %n client(s). Ctrl+Z brings them back.", "", len(ids)))

    def restore(self, ids: list[int] | None = None) -> None:
        from storage import clients

        ids = ids if ids is not None else self.selected_ids()
        if ids:
            self.keep_place_after_removing(ids)  # they leave the archive list
            self.run_change(lambda book: clients.restore_clients(book, ids))

    def delete_for_good(self, ids: list[int] | None = None) -> None:
        from storage import clients

        ids = ids if ids is not None else self.selected_ids()
        if not ids:
            return
        if confirm_destructive(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete %n archived client(s) and their whole history for good? This cannot be undone.", "", len(ids)
            ),
            self.tr("Delete for good"),
        ):
            self.keep_place_after_removing(ids)
            self.run_change(lambda book: (clients.delete_archived_clients(book, ids), ids)[1])
            self.undo_stack.clear()

    def delete_pressed(self) -> None:
        """The Delete key: archive from the list, delete for good from the archive."""
        if self.show_archive.isChecked():
            self.delete_for_good()
        else:
            self.archive()

    def _context_menu(self, position: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_client(ids[0]))
        tiers = menu.addMenu(self.tr("Set tier"))
        for tier in reversed(Tier):
            action = QAction(tier_label(tier), tiers)
            action.triggered.connect(lambda _=False, t=tier: self.set_tier(ids, t))
            tiers.addAction(action)
        menu.addSeparator()
        if self.show_archive.isChecked():
            menu.addAction(self.tr("Restore"), lambda: self.restore(ids))
            menu.addAction(self.tr("Delete for good…"), lambda: self.delete_for_good(ids))
        else:
            menu.addAction(self.tr("Archive"), lambda: self.archive(ids))
        menu.exec(self.table.viewport().mapToGlobal(position))


#: Digits a phone number has at least (a search for fewer is a fragment, not a number to keep).
PHONE_MIN_DIGITS = 7
#: The longest search taken for a person's name.
NAME_MAX_CHARS = 20


def new_client_from_search(text: str) -> tuple[str, str]:
    """The (name, phone) a new client starts with when a search for them found no one: a whole phone
    number ("138 0013 8000"), or a name in Chinese characters ("张三"); else empty (a pinyin or a
    company fragment is no name to keep)."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits and len(digits) >= PHONE_MIN_DIGITS and all(ch.isdigit() or ch in " -+()" for ch in text):
        return "", text
    if not digits and len(text) <= NAME_MAX_CHARS and any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text, ""
    return "", ""
