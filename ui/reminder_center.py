"""The app's reminder loop: on each wake-up, check the book off the main thread, then tell the views.

`ReminderCenter` raises what came due (each reminder once, by the book's own states), keeps
the list of what is due now for the tray and the popup, and re-reads on changes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from ui.errors import error_text
from ui.events import AppEvents
from ui.i18n import engine_lang
from ui.reminder_clock import ReminderClock
from ui.worker import run_in_thread

__all__ = ["ReminderCenter", "engine_lang"]


class ReminderCenter(QObject):
    """Checks what is due when the clock says so; emits `raised` with the new ones."""

    #: Reminders newly raised (list of storage.reminder_service.Reminder).
    raised = Signal(list)
    #: Everything due now and not handled (the popup and tray list).
    due_changed = Signal(list)

    def __init__(self, events: AppEvents, parent: QObject | None = None, *, clock: ReminderClock | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.book = None
        self.due: list = []
        self.clock = clock or ReminderClock(self)
        self.clock.check_requested.connect(self.check)
        self.clock.day_changed.connect(lambda _day: events.reminders_due.emit())
        self._busy = False
        self._again = False
        self._started = False
        events.clients_changed.connect(lambda _ids: self.refresh())
        events.book_replaced.connect(self.refresh)
        events.settings_changed.connect(self._settings_changed)
        events.log_changed.connect(lambda _ids: self.refresh())

    def set_book(self, book) -> None:
        self.book = book
        if not self._started:
            self._started = True
            run_in_thread(
                lambda: _remind_at(book), self.clock.start, lambda _e: self.clock.start(_default_time()), owner=self
            )
        else:
            self.check("book")

    def _settings_changed(self) -> None:
        if self.book is None:
            return
        book = self.book
        run_in_thread(lambda: _remind_at(book), self._remind_at_loaded, lambda _e: None, owner=self)

    def _remind_at_loaded(self, value) -> None:
        if self.clock.scheduler.running:
            self.clock.set_remind_at(value)
        self.check("settings")

    def refresh(self) -> None:
        """Something changed in the book: re-check (raising nothing twice)."""
        self.check("changed")

    def check(self, reason: str = "") -> None:
        if self.book is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        book, lang, now = self.book, engine_lang(), datetime.now().replace(microsecond=0)
        run_in_thread(lambda: _check(book, now, lang), self._checked, self._failed, owner=self)

    def _checked(self, result) -> None:
        raised, due = result
        self._busy = False
        self.due = due
        self.due_changed.emit(due)
        if raised:
            self.raised.emit(raised)
            self.events.reminders_due.emit()
        if self._again:
            self._again = False
            self.check("again")

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.events.status_message.emit(self.tr("Could not check reminders: %1").replace("%1", error_text(error)))

    def stop(self) -> None:
        self.clock.stop()


def _default_time():
    from datetime import time

    return time(9, 0)


def _remind_at(book):
    from storage.reminder_service import remind_at

    return remind_at(book)


def _check(book, now: datetime, lang: str):
    from storage.reminder_service import check_due, due_now

    raised = check_due(book, now, lang).raised
    return raised, due_now(book, now, lang)
