"""Done, Snooze and Skip carried out on the book for the chosen reminders: the storage calls, then the
list without the handled reminders, the user going on from the row after them. The questions and
dialogs that lead here are the view's own (they hold its translated text).

`TodayActions` is a mixin of `ui.today_view.TodayView` (it holds no translated text).
The view provides `book`, `now`, `model`, `events`, the signal `handled`, the loading
(`ui.today_loading.TodayLoading`) and the selection (`ui.today_selection.TodaySelection`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ui.errors import show_error


class TodayActions:
    """Handles reminders in the book and takes them off the list."""

    def _mark_done(self, chosen: list) -> None:
        """Done, the contact logged elsewhere (the window's contact log hook): mark the occasions done."""
        self._act(lambda book, r: _service().mark_done(book, r.key, r.client_id, r.date, touch=False), chosen)

    def _log_done(self, chosen: list, note: str, channel: str) -> None:
        """Done from the quick log: log the contact with `note` by `channel`, and mark the occasions done."""
        self._act(lambda book, r: _done(book, r, note, channel), chosen, log=True)

    def _snooze(self, chosen: list, until: date) -> None:
        now = self.now()
        self._act(lambda book, r: _service().snooze(book, r.key, r.client_id, r.date, until, now=now), chosen)

    def _skip(self, chosen: list) -> None:
        self._act(lambda book, r: _service().skip(book, r.key, r.client_id, r.date), chosen)

    def _act(self, action: Callable, reminders: list, *, log: bool = False) -> None:
        if not reminders or self.book is None:
            return
        keys = {r.key for r in reminders}
        place = self._place_after(keys)
        try:
            for reminder in reminders:
                action(self.book, reminder)
        except Exception as error:  # a user-fixable error is shown as a message
            show_error(self, error)
        self._generation += 1  # a load started before this action would bring the items back
        remaining = [r for r in (self._shown or self.model.all_reminders()) if r.key not in keys]
        self.show_items(remaining, self.now().date(), place=place)
        self.handled.emit()
        if log:
            self.events.log_changed.emit(sorted({r.client_id for r in reminders}))


def _service():
    from storage import reminder_service

    return reminder_service


def _done(book, reminder, note: str, channel: str) -> None:
    """Done: log the contact where the contact log exists, and mark the occasion done."""
    service = _service()
    try:
        from storage.care_records import ContactDraft
        from storage.log import log_contact
    except ImportError:  # no contact log in this build: keep the note with the reminder
        service.mark_done(book, reminder.key, reminder.client_id, reminder.date, note=note)
        return
    log_contact(book, ContactDraft(reminder.client_id, channel, ("care",), note=note))
    service.mark_done(book, reminder.key, reminder.client_id, reminder.date, note=note, touch=False)
