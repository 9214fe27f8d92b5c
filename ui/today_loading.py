"""What the Today list shows: the list remembered from the last run while the book opens, then the
list read from the book off the main thread, read again whenever reminders fall due, the book or
the settings change, or clients or their contact log change; each shown keeping the user's place.

`TodayLoading` is a mixin of `ui.today_view.TodayView` (it holds no translated text).
The view provides `book`, `now`, `model`, `tree`, `summary`, `empty`, the signal `loaded`,
`_show_title`, `_summary_text`, `_update_buttons` and `_failed`, the columns
(`ui.today_columns.TodayColumns`) and the selection (`ui.today_selection.TodaySelection`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from ui.events import AppEvents
from ui.i18n import engine_lang
from ui.worker import run_in_thread

if TYPE_CHECKING:
    from ui.today_selection import Place


class TodayLoading:
    """The reminders on the list: the remembered preview, then the book's, reloaded on changes."""

    def _init_loading(self) -> None:
        self._generation = 0
        self._shown: list | None = None  # the items last shown, in the order given
        #: The last list read from the book (`ui.first_screen.TodayList`), remembered at exit.
        self.latest = None

    def _reload_on_changes(self, events: AppEvents) -> None:
        """Read the list again when reminders fall due, the book or the settings change, or clients
        or the contact log change."""
        for signal in (events.reminders_due, events.book_replaced, events.settings_changed):
            signal.connect(self.reload)
        events.clients_changed.connect(lambda _ids: self.reload())
        events.log_changed.connect(lambda _ids: self.reload())

    def set_book(self, book) -> None:
        self.book = book
        self.reload()

    def reload(self) -> None:
        if self.book is None:
            return
        self._generation += 1
        generation = self._generation
        book, now, lang = self.book, self.now(), engine_lang()
        run_in_thread(
            lambda: _today_list(book, now, lang),
            lambda items: self._loaded(generation, items, now.date()),
            self._failed,
            owner=self,
        )

    def _loaded(self, generation: int, result, today: date) -> None:
        if generation == self._generation:  # a later load or an action since: this one is stale
            self.latest = result
            if result.items != self._shown or today != self.model.today:
                self.show_items(result.items, today)
        self.loaded.emit()

    def show_preview(self, items: list, today: date) -> None:
        """Show Today's list remembered from the last run (see ui.first_screen) while the book opens;
        the list read from the book replaces it, keeping the selection when nothing changed."""
        if self.book is None:
            self.show_items(items, today)

    def show_items(self, items: list, today: date, *, place: Place | None = None) -> None:
        """List `items`, keeping the user's place: the current row, the selection, the headings open
        or closed, the rows in sight. After an action, `place` says which row the user goes on from."""
        kept = self._place()
        scrolled = self.tree.verticalScrollBar().value()
        self._shown = list(items)
        self.model.set_reminders(items, today)
        self._show_title(today)
        self.summary.setText(self._summary_text())
        self.tree.setVisible(bool(items))
        self.empty.setVisible(not items)
        for heading in self.model.headings():
            index = self.model.index_of(heading)
            self.tree.setFirstColumnSpanned(index.row(), index.parent(), True)
            self.tree.setExpanded(index, kept.expanded.get(heading.key, heading.kind == "section"))
        if items and not self._action_fitted:
            self._fit_action_column(items)
        self.tree.verticalScrollBar().setValue(scrolled)
        self._go_to(place or kept, after_action=place is not None)
        if self._select_first_when_shown and self.window().focusWidget() is self.tree:
            self._select_first_item()
        self._update_buttons()


def _today_list(book, now: datetime, lang: str):
    """Today's list read from the book (on a worker thread), stamped to be remembered at exit."""
    from storage import reminder_service as service
    from ui.first_screen import TodayList, live_stamp

    stamp = live_stamp(book.path)  # before reading: a write after it changes the stamp
    at = service.remind_at(book)
    return TodayList(service.today_list(book, now, lang), now, at, lang, stamp)
