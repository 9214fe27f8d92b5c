"""The Today view, the home screen: overdue first, then today, then the coming week, with actions.

Done opens a quick log of the contact (prefilled), Snooze moves an item to a later day,
Skip drops it for this year. A handled item leaves the list for that occurrence.

The view holds the widgets and every text; its parts are mixins that hold none: what the list shows
(`ui.today_loading`), the selection and the user's place (`ui.today_selection`), the actions
carried out on the book (`ui.today_actions`) and the columns (`ui.today_columns`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import colors
from ui.errors import show_error
from ui.events import AppEvents
from ui.fonts import scale_for, scaled_font
from ui.i18n import format_date, list_separator
from ui.styled_text import set_text_style
from ui.tier_badge import TierBadgeDelegate
from ui.today_actions import TodayActions
from ui.today_columns import TIER, TipWhenCutDelegate, TodayColumns, TodayTree
from ui.today_loading import TodayLoading
from ui.today_model import TodayModel
from ui.today_selection import TodaySelection

#: The title and the message of an empty list, as large against the user's font as 20 and 15 pixels are
#: against the default one.
TITLE_FONT_SCALE = scale_for(20)
EMPTY_FONT_SCALE = scale_for(15)

#: Hook for the contact log (issue 5): a callable (parent, book, reminders) -> bool (True when logged).
#: When None, Done uses the quick dialog below and storage.log.log_contact if it exists.


class TodayView(TodayLoading, TodaySelection, TodayActions, TodayColumns, QWidget):
    """Lists what needs care; its buttons act on the selected items. A section or group row stands
    for everything under it: an action on one asks first, naming how many reminders it covers."""

    #: A reminder was handled (Done, Snooze, Skip): the tray count should follow.
    handled = Signal()
    #: A load from the book finished (shown, or failed and said so).
    loaded = Signal()

    def __init__(
        self, events: AppEvents, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None
    ):
        super().__init__(parent)
        self.setObjectName("today_view")
        self.events = events
        self.book = None
        self.now = clock or (lambda: datetime.now().replace(microsecond=0))
        self.model = TodayModel(self)
        self._init_loading()
        self.title = QLabel(self)
        self.title.setStyleSheet("padding: 4px 0;")
        self.summary = QLabel(self)
        set_text_style(self.summary, colors.SECONDARY)
        self.tree = TodayTree(self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(TipWhenCutDelegate(self.tree))
        self.tree.setItemDelegateForColumn(TIER, TierBadgeDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.tree.setExpandsOnDoubleClick(False)  # `activated` opens or closes a heading, once
        self.tree.setFirstColumnSpanned(0, QModelIndex(), True)
        self._init_columns()
        self._init_selection()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(
            self.tr("Nothing needs care today. Enjoy the quiet, or call someone you have not spoken to in a while."),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_style(self.empty, colors.FAINT, extra="padding: 40px;")
        self._fit_fonts()

        self.done_button = QPushButton(self.tr("&Done…"), self)
        self.snooze_button = QPushButton(self.tr("&Snooze"), self)  # a push button sizes itself for the arrow
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.addAction(self.tr("Until tomorrow"), lambda: self.snooze_selected(1))
        self.snooze_menu.addAction(self.tr("For 3 days"), lambda: self.snooze_selected(3))
        self.snooze_menu.addAction(self.tr("Until a date…"), self.snooze_to_chosen_date)
        self.snooze_button.setMenu(self.snooze_menu)
        self.skip_button = QPushButton(self.tr("S&kip this year"), self)
        self.open_button = QPushButton(self.tr("&Open client"), self)
        self.done_button.clicked.connect(self.done_selected)
        self.skip_button.clicked.connect(self.skip_selected)
        self.open_button.clicked.connect(self.open_selected)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.skip_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.print_button = QPushButton(self.tr("Print call list…"), self)  # issue 6: File > Print call list
        self.print_button.clicked.connect(lambda: _trigger(self.window(), "print_call_list_action"))
        buttons.addWidget(self.print_button)
        for before, after in pairwise((*self._buttons(), self.tree)):  # Tab in screen order: buttons, then the list
            QWidget.setTabOrder(before, after)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._show_title(self.now().date())

        self._reload_on_changes(events)

    # --- texts ---------------------------------------------------------------------------

    def _summary_text(self) -> str:
        """What the sections hold, counted as they count it: "12 overdue · 3 today · 15 coming up"."""
        counts = self.model.counts
        parts = [
            self.tr("%1 overdue").replace("%1", str(counts.overdue)) if counts.overdue else "",
            self.tr("%1 today").replace("%1", str(counts.today)) if counts.today else "",
            self.tr("%1 coming up").replace("%1", str(counts.coming)) if counts.coming else "",
        ]
        return " · ".join(part for part in parts if part)

    def _fit_fonts(self) -> None:
        """The title and the empty list's message, larger than the view's font as they were designed."""
        base = self.font()
        self.title.setFont(scaled_font(base, TITLE_FONT_SCALE, weight=QFont.Weight.DemiBold))
        self.empty.setFont(scaled_font(base, EMPTY_FONT_SCALE))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "empty"):  # e.g. the system's text size
            self._fit_fonts()

    def _show_title(self, today: date) -> None:
        self.title.setText(self.tr("Today, %1").replace("%1", format_date(today)))
        self.tree.setAccessibleName(self.title.text())  # the list is heard by its title, not as "tree"

    def _failed(self, error: Exception) -> None:
        self.loaded.emit()
        show_error(self, error, self.tr("Cannot read today's reminders"))

    # --- actions ---------------------------------------------------------------------------

    def _buttons(self) -> tuple[QPushButton, ...]:
        return self.done_button, self.snooze_button, self.skip_button, self.open_button, self.print_button

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected()
        for button in (self.done_button, self.snooze_button, self.skip_button):
            button.setEnabled(bool(chosen))
        self.open_button.setEnabled(len({r.client_id for r in chosen}) == 1)

    def _context_menu(self, point) -> None:
        if not self.selected():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Done…"), self.done_selected)
        menu.addMenu(self.snooze_menu).setText(self.tr("Snooze"))
        menu.addAction(self.tr("Skip this year"), self.skip_selected)
        open_action = QAction(self.tr("Open client"), menu)
        open_action.triggered.connect(self.open_selected)
        open_action.setEnabled(self.open_button.isEnabled())
        menu.addAction(open_action)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.events.open_client_requested.emit(chosen[0].client_id)

    def _chosen(self, title: str, question: str, go: str) -> list:
        """The selected reminders to act on. When a section or group is selected, the action would
        reach every reminder under it: ask first, naming how many (nothing is chosen if the user
        declines)."""
        chosen = self.selected()
        headings = self._selected_headings()
        if not chosen or not headings:
            return chosen
        from PySide6.QtWidgets import QMessageBox

        names = list_separator().join(f"“{heading.text}”" for heading in headings)
        box = QMessageBox(QMessageBox.Icon.Question, title, "", QMessageBox.StandardButton.Cancel, self)
        box.setText(self.tr("The selection includes %1: %n reminder(s) in all.", "", len(chosen)).replace("%1", names))
        box.setInformativeText(question)
        go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # a whole list is not handled by a reflex Enter
        box.exec()
        return chosen if box.clickedButton() is go_button else []

    def done_selected(self) -> None:
        if self.book is None:
            return
        chosen = self._chosen(self.tr("Done"), self.tr("Log the contact for them all?"), self.tr("Done for all…"))
        if not chosen:
            return
        hook = getattr(self.window(), "log_contact_hook", None)
        if hook is not None:
            if hook(self, self.book, chosen):
                self._mark_done(chosen)
            return
        from ui.today_dialogs import QuickLogDialog

        dialog = QuickLogDialog(chosen, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note, channel = dialog.note(), dialog.channel()
        self._log_done(chosen, note, channel)

    def _chosen_to_snooze(self) -> list:
        return self._chosen(self.tr("Snooze"), self.tr("Snooze them all?"), self.tr("Snooze all"))

    def snooze_selected(self, days: int) -> None:
        chosen = self._chosen_to_snooze()
        self._snooze(chosen, self.now().date() + timedelta(days=days))

    def snooze_to_chosen_date(self) -> None:
        chosen = self._chosen_to_snooze()
        if not chosen:
            return
        from ui.today_dialogs import SnoozeDateDialog

        dialog = SnoozeDateDialog(self.now().date() + timedelta(days=1), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._snooze(chosen, dialog.chosen())

    def skip_selected(self) -> None:
        chosen = self._chosen(self.tr("Skip this year"), self.tr("Skip them all for this year?"), self.tr("Skip all"))
        self._skip(chosen)


def _trigger(window: QWidget, name: str) -> None:
    """Trigger the window's action `name`, if the window has it (the call list's, issue 6)."""
    action = getattr(window, name, None)
    if action is not None:
        action.trigger()
