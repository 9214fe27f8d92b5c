"""File > Backups…: the copies of the book with their dates and client counts; back up now; restore.

Also the start-up offer: when the book was found damaged, name the newest good copy
and offer to restore it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.backups import BackupInfo, DamagedBookFound, list_backups, prune_backups, restore_from, take_backup
from storage.errors import GuanxiError
from ui.events import AppEvents
from ui.i18n import format_datetime
from ui.table_model import tip_as_description

_Index = QModelIndex | QPersistentModelIndex
#: Pixels added to the width of a column fitted to its contents.
COLUMN_PADDING = 24


class BackupsModel(QAbstractTableModel):
    """One row per copy, newest first: when, how many clients, why it was taken, size."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []

    def reload(self, book_stem: str | None) -> None:
        self.beginResetModel()
        self.backups = list_backups(book_stem=book_stem)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Taken"), self.tr("Clients"), self.tr("Why"), self.tr("Size"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return tip_as_description(index)
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return format_datetime(info.taken_at)
            if column == 1:
                if not info.ok:
                    return self.tr("unreadable")
                if info.newer:
                    return self.tr("%1 (newer version)").replace("%1", str(info.clients))
                return str(info.clients)
            if column == 2:
                return self.reason_text(info.reason)
            return f"{info.size / 2**20:.1f} MB"
        if role == Qt.ItemDataRole.ToolTipRole:
            if info.newer:
                why = self.tr("A newer version of Guanxi made this copy: this version cannot restore it.")
                return f"{why}\n{info.path}"
            return str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def reason_text(self, reason: str) -> str:
        known = {
            "auto": self.tr("automatic"),
            "manual": self.tr("backed up by hand"),
            "before-import": self.tr("before an import"),
            "before-restore": self.tr("before a restore"),
        }
        if reason.startswith("migration"):
            return self.tr("before an upgrade")
        return known.get(reason, reason)


class BackupsDialog(QDialog):
    """The list of copies with Back up now and Restore…."""

    def __init__(self, book: object, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.events = events
        self.setWindowTitle(self.tr("Backups"))
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.windowTitle())  # a screen reader names the list, not just "table"
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the words
        self.table.verticalHeader().hide()
        note = QLabel(
            self.tr(
                "Copies are taken automatically while you work and before imports and restores. "
                "Today's and yesterday's are kept, then one a day, a week and a month."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.file_book = getattr(book, "path", None) is not None
        self.backup_button.setEnabled(self.file_book)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_button.isEnabled() and self.restore_selected())
        self.resize(620, 420)
        self.reload()

    def reload(self) -> None:
        path: Path | None = getattr(self.book, "path", None)
        self.model.reload(path.stem if path else None)
        for column in (0, 1, 3):  # dates and figures as wide as they are, with room to breathe
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_PADDING)
        self._selection_changed()

    def _selection_changed(self) -> None:
        """Restore… is for the copy chosen in the list (one this version can restore), on a book
        that is a file."""
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.backups[rows[0].row()] if rows else None
        self.restore_button.setEnabled(self.file_book and chosen is not None and chosen.restorable)

    def back_up_now(self) -> None:
        from ui.errors import show_error

        try:
            take_backup(self.book.path, "manual")
            prune_backups(book_stem=self.book.path.stem)
        except GuanxiError as error:
            show_error(self, error)
        self.reload()

    def restore_selected(self) -> None:
        from ui.errors import show_error

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Restore"), self.tr("Choose a copy in the list first."))
            return
        info = self.model.backups[rows[0].row()]
        question = (
            self.tr("Replace the book with the copy of %1 (%2 clients)? The book as it is now is kept as a backup.")
            .replace("%1", format_datetime(info.taken_at))
            .replace("%2", str(info.clients))
        )
        answer = QMessageBox.question(self, self.tr("Restore"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.book.close()  # every connection let go; the next use opens the restored file
            restore_from(self.book.path, info.path)
            from storage.migrate import upgrade_book

            upgrade_book(self.book)
        except GuanxiError as error:
            show_error(self, error)
            return
        self.reload()
        self.events.book_replaced.emit()


def run_backups_dialog(parent: QWidget | None, book: object, events: AppEvents) -> None:
    """Show the backups dialog (modal)."""
    BackupsDialog(book, events, parent).exec()


def offer_restore_for_damaged_book(parent: QWidget | None, error: GuanxiError) -> Path | None:
    """At start, for a damaged book: offer the newest good copy; the restored book's path, or None."""
    from PySide6.QtCore import QCoreApplication

    from ui.errors import show_error

    backup = error.backup if isinstance(error, DamagedBookFound) else None
    if backup is None or not isinstance(error, DamagedBookFound):
        show_error(parent, error, QCoreApplication.translate("Backups", "The book is damaged"))
        return None
    text = (
        QCoreApplication.translate(
            "Backups",
            "The book could not be read and was set aside as %1.\n\nThe newest good backup is from %2 "
            "and holds %3 clients. Restore it now?",
        )
        .replace("%1", error.set_aside.name)
        .replace("%2", format_datetime(backup.taken_at))
        .replace("%3", str(backup.clients))
    )
    answer = QMessageBox.question(parent, QCoreApplication.translate("Backups", "The book is damaged"), text)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore_from(error.book_path, backup.path)
    except GuanxiError as failure:
        show_error(parent, failure)
        return None
    return error.book_path
