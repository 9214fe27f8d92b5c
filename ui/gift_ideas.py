"""A client's gift ideas in the page's More menu: give one (the gift dialog, filled in) or remove it (undoable)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from storage.care_records import GiftEntry
from storage.errors import GuanxiError
from ui.errors import error_text
from ui.events import AppEvents
from ui.i18n import parenthesised


def idea_title(idea: GiftEntry) -> str:
    """How an idea reads in a menu: the item, and the occasion it was meant for in brackets
    (full-width in Chinese). An "&" stays an "&" instead of underlining the next letter."""
    title = parenthesised(idea.item, idea.occasion) if idea.occasion else idea.item
    return title.replace("&", "&&")


class RemoveGiftIdea(QUndoCommand):
    """Remove a gift idea; undo notes it again."""

    def __init__(self, book, events: AppEvents, idea: GiftEntry) -> None:
        super().__init__(QCoreApplication.translate("GiftIdeas", "Remove gift idea “%1”").replace("%1", idea.item))
        self._book = book
        self._events = events
        self._idea = idea

    def redo(self) -> None:
        from storage.gifts import delete_gift_idea

        self._run(lambda: delete_gift_idea(self._book, self._idea.id))

    def undo(self) -> None:
        from storage.gifts import idea_draft, record_gift

        def put_back() -> None:
            self._idea = record_gift(self._book, idea_draft(self._idea))  # a new id, for a redo

        self._run(put_back)

    def _run(self, change) -> None:
        try:
            change()
        except GuanxiError as error:  # the client went meanwhile, say: the menu just refreshes
            self._events.status_message.emit(error_text(error))
        self._events.log_changed.emit([self._idea.client_id])


def fill_ideas_menu(
    menu: QMenu, ideas: Sequence[GiftEntry], give: Callable[[GiftEntry], None], remove: Callable[[GiftEntry], None]
) -> None:
    """One submenu per idea, with Give it… and Remove; the menu is disabled when there is none."""
    for action in menu.actions():
        old = action.menu()
        if old is not None:
            old.deleteLater()  # clear() drops the actions, not the submenus; later: one may be firing now
    menu.clear()
    menu.setEnabled(bool(ideas))
    for idea in ideas:
        sub = menu.addMenu(idea_title(idea))
        sub.addAction(QCoreApplication.translate("GiftIdeas", "Give it…"), lambda i=idea: give(i))
        sub.addAction(QCoreApplication.translate("GiftIdeas", "Remove"), lambda i=idea: remove(i))


def remove_idea(owner: QWidget, book, events: AppEvents, idea: GiftEntry) -> None:
    """Remove `idea` through the window's undo stack (Edit > Undo puts it back)."""
    stack: QUndoStack | None = getattr(owner.window(), "undo_stack", None)
    command = RemoveGiftIdea(book, events, idea)
    if stack is None:
        command.redo()
    else:
        stack.push(command)  # runs redo()
    events.status_message.emit(
        QCoreApplication.translate("GiftIdeas", "Removed the gift idea “%1”. Ctrl+Z puts it back.").replace(
            "%1", idea.item
        )
    )
