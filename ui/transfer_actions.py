"""File > Import…, Export… and Backups…, and the automatic backup while the window is open."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

#: How often the window asks for an automatic backup (one is taken at most every 30 minutes).
AUTO_BACKUP_CHECK_MS = 5 * 60 * 1000


def install_transfer_actions(window: QMainWindow) -> None:
    """Add the actions to the window's File menu (`window.add_file_action`) and start the backup timer."""
    for text, slot, shortcut in (
        (QCoreApplication.translate("TransferActions", "&Import…"), lambda: _import(window), "Ctrl+I"),
        (QCoreApplication.translate("TransferActions", "&Export…"), lambda: _export(window), None),
        (QCoreApplication.translate("TransferActions", "&Backups…"), lambda: _backups(window), None),
    ):
        action = QAction(text, window)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        window.add_file_action(action)
    timer = QTimer(window)
    timer.setInterval(AUTO_BACKUP_CHECK_MS)
    timer.timeout.connect(lambda: _auto_backup(window))
    timer.start()


def _import(window: QMainWindow) -> None:
    from ui.import_wizard import run_import_wizard

    if window.book is not None:
        run_import_wizard(window, window.book, window.events)


def _backups(window: QMainWindow) -> None:
    from ui.backups_dialog import run_backups_dialog

    if window.book is not None:
        run_backups_dialog(window, window.book, window.events)


_FILTERS = {
    ".xlsx": "Excel (*.xlsx)",
    ".csv": "CSV UTF-8 (*.csv)",
    ".vcf": "vCard (*.vcf)",
    ".ics": "iCalendar (*.ics)",
}


def _export(window: QMainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ui.errors import show_error
    from ui.worker import run_in_thread

    book = window.book
    if book is None:
        return
    path, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("TransferActions", "Export clients"),
        str(Path.home() / "clients.xlsx"),
        ";;".join(_FILTERS.values()),
    )
    if not path:
        return
    if Path(path).suffix.lower() not in _FILTERS:
        match = re.search(r"\*(\.\w+)", chosen)
        path += match.group(1) if match else ".xlsx"
    window.events.status_message.emit(QCoreApplication.translate("TransferActions", "Exporting…"))

    def done(count: int) -> None:
        window.events.status_message.emit(
            QCoreApplication.translate("TransferActions", "Exported %1 clients to %2")
            .replace("%1", str(count))
            .replace("%2", path)
        )

    from storage.exporter import export_book

    run_in_thread(lambda: export_book(book, path), done, lambda error: show_error(window, error), owner=window)


def _auto_backup(window: QMainWindow) -> None:
    from storage.backups import maybe_auto_backup
    from ui.worker import run_in_thread

    book = window.book
    if book is not None and getattr(book, "path", None) is not None:
        run_in_thread(lambda: maybe_auto_backup(book), lambda _path: None, lambda _error: None, owner=window)
