"""The window's side of a team book: choosing the book, noticing others' changes, retrying.

- `ChangeWatcher`: runs `storage.notify` for the open book and turns what it reports into
  `events.clients_changed` (batched) and status-bar lines.
- `BookPage`: Settings > Book, where a team book's URL is entered; saving reopens.
- `offer_retry`: when the server went away, ask to try the save again (the form keeps the edit).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from ui import colors
from ui.errors import error_text
from ui.events import AppEvents
from ui.prefs import BOOK_URL, Prefs
from ui.settings_dialog import SettingsDialog, SettingsPage
from ui.styled_text import set_text_style

#: Changes reported within this many milliseconds are refreshed together.
BATCH_MS = 400


class ChangeWatcher(QObject):
    """Relays changes made by others (other windows, other salespeople) to the views."""

    _reported = Signal(list)  # emitted on the watcher's thread, delivered on ours
    _status = Signal(object)

    def __init__(self, events: AppEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self._watcher = None
        self._pending: set[int] | None = None  # None: nothing pending; empty: reload everything
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self._flush)
        self._reported.connect(self._collect)
        self._status.connect(self._show_status)

    def attach(self, book) -> None:
        """Watch `book` (and stop watching the previous one)."""
        from storage.notify import watch_changes

        self.detach()
        relay = _ThreadRelay(self)
        self._watcher = watch_changes(book, relay.changed, relay.status)

    @property
    def watching(self) -> bool:
        """True while a thread watches a book for others' changes."""
        return self._watcher is not None

    def detach(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop(timeout=2.0)

    def _collect(self, ids: list) -> None:
        if not ids or self._pending == set():
            self._pending = set()
        else:
            self._pending = (self._pending or set()) | set(ids)
        self._timer.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.events.clients_changed.emit(sorted(pending))

    def _show_status(self, message: str | None) -> None:
        self.events.status_message.emit(message or self.tr("Connected to the team book again"))


class _ThreadRelay:
    """Callbacks for the watcher thread that never touch a deleted Qt object."""

    def __init__(self, owner: ChangeWatcher) -> None:
        self._owner = weakref.ref(owner)

    def changed(self, ids: list[int]) -> None:
        self._emit("_reported", list(ids))

    def status(self, message: str | None) -> None:
        self._emit("_status", message)

    def _emit(self, name: str, value: object) -> None:
        owner = self._owner()
        if owner is None:
            return
        try:
            getattr(owner, name).emit(value)
        except RuntimeError:  # the window went away while the thread was reporting
            pass


class BookPage(SettingsPage):
    """Settings > Book: which book to open, and who you are in a team book."""

    def __init__(self, prefs: Prefs, book, reopen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self._reopen = reopen
        self.title = self.tr("Book")
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("postgresql+psycopg://USER@HOST/DATABASE, or empty for this computer"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Team book"), self.url)
        note = QLabel(
            self.tr(
                "Leave empty to keep the book on this computer. A team book lives on your company's "
                "PostgreSQL server; keep the password in ~/.pgpass rather than here."
            ),
            self,
        )
        note.setWordWrap(True)
        set_text_style(note, colors.HINT)
        form.addRow("", note)
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        form.addRow(self.tr("Open now"), self.current)
        self.team = QLabel(self)
        form.addRow(self.tr("Team"), self.team)
        self._describe(book)

    def _describe(self, book) -> None:
        if book is None:
            self.current.setText("—")
            self.team.setText("—")
            return
        self.current.setText(book.display_name)
        if book.is_sqlite:
            self.team.setText(self.tr("Only you (a book on this computer)"))
            return
        from storage import team
        from storage.errors import GuanxiError

        try:
            user = team.current_user(book)
            lines = [f"{line.owner}: {line.clients}" for line in team.team_overview(book)]
        except GuanxiError as error:
            self.team.setText(error_text(error))
            return
        role = self.tr("manager") if user.is_manager else self.tr("salesperson")
        self.team.setText(f"{user.name} ({role})\n" + "\n".join(lines))

    def load(self) -> None:
        self.url.setText(self.prefs.get(BOOK_URL))

    def save(self) -> None:
        url = self.url.text().strip()
        if url != self.prefs.get(BOOK_URL):
            self.prefs.set(BOOK_URL, url)
            self._reopen(url or None)


def offer_retry(parent: QWidget, error: Exception) -> bool:
    """The server went away: say so and ask whether to try again now. True to retry."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("TeamBook", "The team book is out of reach"),
        QCoreApplication.translate("TeamBook", "%1\n\nYour changes are still in the form. Try again?").replace(
            "%1", error_text(error)
        ),
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Retry,
    )
    return answer == QMessageBox.StandardButton.Retry


def install(controller) -> ChangeWatcher:
    """Wire the team book into an `AppController`: the watcher and the Settings > Book page."""
    watcher = ChangeWatcher(controller.events, controller)
    controller.book_opened.connect(watcher.attach)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(watcher.detach)
    owner = weakref.ref(controller)

    def reopen(target: str | None) -> None:
        current = owner()
        if current is not None:
            current.target = target
            current.open(target)

    def book_page(prefs: Prefs, book, _events: AppEvents, parent: QWidget) -> BookPage:
        return BookPage(prefs, book, reopen, parent)

    book_page.guanxi_book_page = True  # type: ignore[attr-defined]
    SettingsDialog.extra_pages[:] = [
        f for f in SettingsDialog.extra_pages if not getattr(f, "guanxi_book_page", False)
    ] + [book_page]
    return watcher
