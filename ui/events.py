"""One app-wide events object: views refresh themselves from its signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals that carry what changed, emitted on the main thread after each operation."""

    #: Client ids whose file or list row changed (an empty list means "many; reload").
    clients_changed = Signal(list)
    #: The whole book was replaced (restore, import of many, another book opened).
    book_replaced = Signal()
    #: Book-wide settings changed (festivals, lead times ...).
    settings_changed = Signal()
    #: Something came due; the Today view and the tray re-read what is due.
    reminders_due = Signal()
    #: Contacts, gifts or feedback were recorded for these client ids.
    log_changed = Signal(list)
    #: Ask the window to show one client's file.
    open_client_requested = Signal(int)
    #: A line for the status bar.
    status_message = Signal(str)
