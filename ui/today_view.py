"""The Today view, the home screen: overdue first, then today, then the coming week, with actions.

Done opens a quick log of the contact (prefilled), Snooze moves an item to a later day,
Skip drops it for this year. A handled item leaves the list for that occurrence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reminders.tiers import Tier
from ui import colors, i18n
from ui.errors import show_error
from ui.events import AppEvents
from ui.fonts import scale_for, scaled_font
from ui.i18n import engine_lang, format_date, list_separator
from ui.styled_text import set_text_style
from ui.tier_badge import BADGE_LEFT, BADGE_PADDING, TierBadgeDelegate, tier_label
from ui.today_model import REMINDER_ROLE, Node, TodayModel
from ui.window_state import font_key
from ui.worker import run_in_thread

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

#: The columns of the list (TodayModel's): the occasion stretches over what the others leave.
CLIENT, TIER, OCCASION, ACTION, PHONE, LAST_CONTACT = range(6)
#: Room around a cell's text (the style's margins), and beside a header's text.
CELL_PADDING = 16
HEADER_PADDING = 20
#: The suggested action is fitted to its text up to this many CJK characters' width.
ACTION_MAX_CHARS = 24
#: Beside a fitted action the occasion keeps at least this many CJK characters' width, enough for its
#: leading words ("Birthday (age 52) · 8 Mar", "生日（52岁）· 3月8日（农历…"): see `action_width_cap`.
OCCASION_KEEPS_CHARS = 12
#: The title and the message of an empty list, as large against the user's font as 20 and 15 pixels are
#: against the default one.
TITLE_FONT_SCALE = scale_for(20)
EMPTY_FONT_SCALE = scale_for(15)
#: Starts remembered column sizes that name the language and font they were fitted to (`column_state`).
COLUMNS_MARK = b"guanxi-columns\n"

#: Hook for the contact log (issue 5): a callable (parent, book, reminders) -> bool (True when logged).
#: When None, Done uses the quick dialog below and storage.log.log_contact if it exists.


@dataclass
class Place:
    """Where the user is in the list, by row keys (`Node.key`), to find again once it is rebuilt."""

    current: list[Any] = field(default_factory=list)  # the first of these still listed becomes current
    selected: list[Any] = field(default_factory=list)
    expanded: dict[Any, bool] = field(default_factory=dict)  # sections and groups, open or not


class TodayView(QWidget):
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
        self._generation = 0
        self._shown: list | None = None  # the items last shown, in the order given
        #: The last list read from the book (`ui.first_screen.TodayList`), remembered at exit.
        self.latest = None
        self.title = QLabel(self)
        self.title.setStyleSheet("padding: 4px 0;")
        self.summary = QLabel(self)
        set_text_style(self.summary, colors.SECONDARY)
        self.tree = QTreeView(self)
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
        #: True once the user sized a column (or their sizes were restored): then the view leaves them.
        self.columns_set_by_user = False
        self._sizing = False
        self._action_fitted = False
        self._action_wanted: int | None = None  # the fitted action's width, before `action_width_cap`
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OCCASION, QHeaderView.ResizeMode.Stretch)
        self._set_widths(enumerate(default_column_widths(self.tree)))
        header.sectionResized.connect(self._section_resized)
        self._viewport = self.tree.viewport()
        self._viewport.installEventFilter(self)  # the action's cap follows the list's width
        self.tree.activated.connect(self._activated)  # Enter, and double-click
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
        self._select_first_when_shown = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._show_title(self.now().date())

        for signal in (events.reminders_due, events.book_replaced, events.settings_changed):
            signal.connect(self.reload)
        events.clients_changed.connect(lambda _ids: self.reload())
        events.log_changed.connect(lambda _ids: self.reload())

    # --- loading ---------------------------------------------------------------------------

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

    def _place(self) -> Place:
        """The current row, the selection and which headings are open, by key."""
        current = self.tree.currentIndex()
        return Place(
            current=[self.model.node(current.siblingAtColumn(0)).key] if current.isValid() else [],
            selected=[self.model.node(index).key for index in self.tree.selectionModel().selectedRows(0)],
            expanded={
                heading.key: self.tree.isExpanded(self.model.index_of(heading)) for heading in self.model.headings()
            },
        )

    def _go_to(self, place: Place, *, after_action: bool) -> None:
        """Make the first of `place.current` still listed the current row and select what was
        selected; after an action, the new current row is selected and brought into sight."""
        nodes = self.model.nodes_by_key()
        selection = self.tree.selectionModel()
        flag, rows = QItemSelectionModel.SelectionFlag, QItemSelectionModel.SelectionFlag.Rows
        current = next((nodes[key] for key in place.current if key in nodes), None)
        if current is not None:
            index = self.model.index_of(current)
            chosen = after_action or current.key in place.selected
            selection.setCurrentIndex(index, flag.ClearAndSelect | rows if chosen else flag.NoUpdate)
            if after_action:
                self.tree.scrollTo(index)
        for key in place.selected:
            if key in nodes:
                selection.select(self.model.index_of(nodes[key]), flag.Select | rows)

    def focus_list(self) -> None:
        """Give the list the keyboard focus, its first reminder current and selected if no row is:
        for the window to call when it shows Today at start or by its shortcut. If the list is not
        in yet, its first reminder is chosen when it comes."""
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.tree.selectionModel().hasSelection():
            self._select_first_when_shown = not self._select_first_item()

    def _select_first_item(self) -> bool:
        """Make the first reminder (not a heading) the current, selected row; False if there is none."""
        index = self.model.index(0, 0)
        while index.isValid() and self.model.node(index).kind != "item":
            index = self.tree.indexBelow(index)
        if not index.isValid():
            return False
        self._select_first_when_shown = False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        return True

    def _summary_text(self) -> str:
        """What the sections hold, counted as they count it: "12 overdue · 3 today · 15 coming up"."""
        counts = self.model.counts
        parts = [
            self.tr("%1 overdue").replace("%1", str(counts.overdue)) if counts.overdue else "",
            self.tr("%1 today").replace("%1", str(counts.today)) if counts.today else "",
            self.tr("%1 coming up").replace("%1", str(counts.coming)) if counts.coming else "",
        ]
        return " · ".join(part for part in parts if part)

    # --- columns ---------------------------------------------------------------------------

    def _set_widths(self, widths) -> None:
        self._sizing = True
        try:
            for column, width in widths:
                self.tree.setColumnWidth(column, width)
        finally:
            self._sizing = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._sizing and column != OCCASION:  # the occasion follows the others and the window
            self.columns_set_by_user = True

    def _fit_action_column(self, items: list) -> None:
        """Once, when the first list is in: the suggested action as wide as its longest text
        (within reason, and within `action_width_cap`), unless the user sized the columns."""
        self._action_fitted = True
        if self.columns_set_by_user:
            return
        metrics = self.tree.fontMetrics()
        longest = max(metrics.horizontalAdvance(action) for action in {r.action for r in items})
        limit = metrics.horizontalAdvance("中") * ACTION_MAX_CHARS
        least = self.tree.header().fontMetrics().horizontalAdvance(self.model.headers[ACTION]) + HEADER_PADDING
        self._action_wanted = max(least, min(longest + CELL_PADDING, limit))
        self._size_action_column()

    def _size_action_column(self) -> None:
        """The action as fitted, within `action_width_cap` while the list is on screen (a list not shown
        yet has no width of its own: it is capped when shown, and again whenever its width changes)."""
        if self._action_wanted is None or self.columns_set_by_user:
            return
        width = self._action_wanted
        if self.tree.isVisible():
            width = min(width, self.action_width_cap())
        if width != self.tree.columnWidth(ACTION):
            self._set_widths([(ACTION, width)])

    def action_width_cap(self) -> int:
        """The widest the fitted action may be in the list's present width, so that the occasion (which
        takes what the other columns leave) keeps a fair share: of the room left by the client, tier,
        phone and last-contact columns, the occasion keeps OCCASION_KEEPS_CHARS CJK characters' width,
        or half that room when it is less than twice as wide. At the default font in the screenshots'
        window the action's whole text fits under the cap; at 14-16 pt the two share the room."""
        header = self.tree.header()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column not in (OCCASION, ACTION) and not header.isSectionHidden(column)
        )
        room = self.tree.viewport().width() - others
        keeps = min(self.tree.fontMetrics().horizontalAdvance("中") * OCCASION_KEEPS_CHARS, room // 2)
        return max(room - keeps, header.minimumSectionSize())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched is self._viewport:
            self._size_action_column()
        return super().eventFilter(watched, event)

    def column_state(self) -> QByteArray | None:
        """The list's column sizes to remember, if the user chose them (else the defaults stay in charge),
        marked with the language and font they were fitted to."""
        if not self.columns_set_by_user:
            return None
        return QByteArray(COLUMNS_MARK + self._columns_fitted_to() + b"\n" + self.tree.header().saveState().data())

    def restore_columns(self, state: QByteArray) -> bool:
        """Column sizes remembered from an earlier run (`column_state`), unless they were fitted to another
        language's words or another font (they would clip the headers): then the defaults stay."""
        data = state.data()
        if data.startswith(COLUMNS_MARK):  # else sizes saved before the mark: nothing to compare
            fitted_to, _, data = data[len(COLUMNS_MARK) :].partition(b"\n")
            if fitted_to != self._columns_fitted_to():
                return False
        self._sizing = True
        try:
            restored = self.tree.header().restoreState(QByteArray(data))
        finally:
            self._sizing = False
        self.columns_set_by_user = self.columns_set_by_user or restored
        return restored

    def _columns_fitted_to(self) -> bytes:
        """The language and font the columns are sized for now: "en | Noto Sans CJK SC 10pt"."""
        return f"{i18n.current()} | {font_key(self.tree.font())}".encode()

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

    # --- selection and actions -------------------------------------------------------------

    def selected(self) -> list:
        """The reminders selected, a group or section counting for all its reminders, without repeats."""
        found: dict[str, object] = {}
        for index in self.tree.selectionModel().selectedRows(0):
            for reminder in self.model.node(index).reminders():
                found.setdefault(reminder.key, reminder)
        return list(found.values())

    def _selected_headings(self) -> list[Node]:
        """The sections and groups selected (each stands for every reminder under it), top to bottom."""
        chosen = {id(self.model.node(index)) for index in self.tree.selectionModel().selectedRows(0)}
        return [heading for heading in self.model.headings() if id(heading) in chosen]

    def _buttons(self) -> tuple[QPushButton, ...]:
        return self.done_button, self.snooze_button, self.skip_button, self.open_button, self.print_button

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected()
        for button in (self.done_button, self.snooze_button, self.skip_button):
            button.setEnabled(bool(chosen))
        self.open_button.setEnabled(len({r.client_id for r in chosen}) == 1)

    def _activated(self, index: QModelIndex) -> None:
        """Enter or double-click: a reminder opens its client; a section or group opens or closes."""
        first = index.siblingAtColumn(0)
        reminder = first.data(REMINDER_ROLE)
        if reminder is not None:
            self.events.open_client_requested.emit(reminder.client_id)
        elif self.model.rowCount(first):
            self.tree.setExpanded(first, not self.tree.isExpanded(first))

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
                self._act(lambda book, r: _service().mark_done(book, r.key, r.client_id, r.date, touch=False), chosen)
            return
        from ui.today_dialogs import QuickLogDialog

        dialog = QuickLogDialog(chosen, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        note, channel = dialog.note(), dialog.channel()
        self._act(lambda book, r: _done(book, r, note, channel), chosen, log=True)

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

    def _snooze(self, chosen: list, until: date) -> None:
        now = self.now()
        self._act(lambda book, r: _service().snooze(book, r.key, r.client_id, r.date, until, now=now), chosen)

    def skip_selected(self) -> None:
        chosen = self._chosen(self.tr("Skip this year"), self.tr("Skip them all for this year?"), self.tr("Skip all"))
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

    def _place_after(self, keys: set) -> Place:
        """Where the user goes on from once the reminders `keys` leave the list: the current row if
        it stays, else the next row below that stays (headings passed over), else the nearest above."""
        start = self.tree.currentIndex().siblingAtColumn(0)
        if not start.isValid():
            rows = self.tree.selectionModel().selectedRows(0)
            start = rows[-1] if rows else QModelIndex()
        if not start.isValid():
            return Place()
        stays = self._stays(self.model.node(start), keys, include_headings=True)
        index = start
        while not stays and index.isValid():
            index = self.tree.indexBelow(index)
            stays = self._stays(self.model.node(index), keys) if index.isValid() else []
        index = start
        while not stays and index.isValid():
            index = self.tree.indexAbove(index)
            stays = self._stays(self.model.node(index), keys) if index.isValid() else []
        return Place(current=stays)

    @staticmethod
    def _stays(node: Node, keys: set, *, include_headings: bool = False) -> list[Any]:
        """The keys to find `node` by once `keys` are gone: none if it goes (or is a section, unless
        `include_headings`); a group whose members fall below the grouping size is found by its first
        member left."""
        left = [r.key for r in node.reminders() if r.key not in keys]
        if not left or (node.kind == "section" and not include_headings):
            return []
        return [node.key] if node.kind == "item" else [node.key, left[0]]


def default_column_widths(tree: QTreeView) -> list[int]:
    """Widths that fit each column's usual content in the interface language, at least its header.

    Names under a festival group keep three characters; the phone column shows the first number
    and how many more; the last contact is a date (the time is in its tooltip). The occasion
    stretches over what is left, and the suggested action is fitted to the list once it is in.
    """
    cell = tree.fontMetrics()
    header = tree.header().fontMetrics()
    model = tree.model()

    def widest(texts) -> int:
        return max(cell.horizontalAdvance(text) for text in texts) + CELL_PADDING

    days = [date(2026, month, 28) for month in range(1, 13)]
    content = [
        tree.indentation() * 3 + widest(["欧阳明"]),
        max(cell.horizontalAdvance(tier_label(tier)) for tier in Tier) + BADGE_PADDING + 2 * BADGE_LEFT,
        cell.horizontalAdvance("中") * 20,
        cell.horizontalAdvance("中") * 16,
        widest(["13800000000 (+1)"]),
        widest([*(format_date(day) for day in days), "—"]),
    ]
    return [
        max(width, header.horizontalAdvance(model.headerData(column, Qt.Orientation.Horizontal)) + HEADER_PADDING)
        for column, width in enumerate(content)
    ]


class TipWhenCutDelegate(QStyledItemDelegate):
    """Shows a cell's tooltip only when it tells more than the cell: its text is cut short (elided),
    or the tip holds more (every phone number, the time of the last contact)."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if tip and (tip != text or self.is_cut(option, index)):
            QToolTip.showText(event.globalPos(), tip, view)
        else:
            QToolTip.hideText()
            event.ignore()
        return True

    def is_cut(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        """True when the cell's text is wider than the room the style gives it."""
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return False
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).width()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return opt.fontMetrics.horizontalAdvance(opt.text) > room - 2 * margin


def _service():
    from storage import reminder_service

    return reminder_service


def _today_list(book, now: datetime, lang: str):
    from ui.first_screen import TodayList, live_stamp

    service = _service()
    stamp = live_stamp(book.path)  # before reading: a write after it changes the stamp
    at = service.remind_at(book)
    return TodayList(service.today_list(book, now, lang), now, at, lang, stamp)


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


def _trigger(window: QWidget, name: str) -> None:
    """Trigger the window's action `name`, if the window has it (the call list's, issue 6)."""
    action = getattr(window, name, None)
    if action is not None:
        action.trigger()
