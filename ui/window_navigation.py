"""The main window's views: the navigation list and the stack, views built on first use, switching
between them, where the keys go, and which clients are chosen in the current view.

`ViewNavigation` is a mixin of `ui.main_window.MainWindow` (it holds no `tr()`: the window names
the views; the navigation's own name is translated with an explicit context). The window provides
`book`, the signals `view_built` and `first_painted`, and `_update_client_actions`, which a switch of
view or a built view calls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from ui.fonts import scale_for, scaled_font

#: The navigation's names: 15 pixels at the default font. The navigation is 150 pixels wide at least,
#: and wider when its longest name needs it (a larger font), with room for the entries' padding.
NAV_FONT_SCALE = scale_for(15)
NAV_WIDTH = 150
NAV_ENTRY_PADDING = 44
#: The navigation: no focus rectangle; with keyboard focus the chosen entry is brighter and marked
#: by a white bar on its left edge.
NAV_STYLE = (
    "QListWidget#nav { border: none; outline: 0; background: #26323f; color: #dfe6ee;"
    " padding-top: 8px; }"
    "QListWidget#nav::item { padding: 10px 14px 10px 11px; border: none; border-left: 3px solid transparent; }"
    "QListWidget#nav::item:selected { background: #2a6fb3; color: white; }"  # white on it: 5.2:1
    "QListWidget#nav::item:selected:focus { background: #2b78c1; border-left-color: white; }"  # 4.6:1
)


class ViewNavigation:
    """The views of the window, by key, each with its entry in the navigation on the left."""

    nav: QListWidget
    stack: QStackedWidget

    def _init_navigation(self) -> None:
        """The navigation and the stack, empty; `add_view` and `add_lazy_view` fill them."""
        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(QCoreApplication.translate("ViewNavigation", "Views"))
        self.nav.setStyleSheet(NAV_STYLE)
        self._fit_navigation_to_font()
        self.stack = QStackedWidget(self)
        self._views: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._painted = False
        self._lazy_timer = QTimer(self)  # owned: it goes with the window
        self._lazy_timer.setSingleShot(True)
        self._lazy_timer.setInterval(0)
        self._lazy_timer.timeout.connect(self.build_lazy_views)

    def _fit_navigation_to_font(self) -> None:
        """The navigation's names from the window's font (15 pixels at the default font), its width to them."""
        self.nav.setFont(scaled_font(self.font(), NAV_FONT_SCALE))
        self._fit_navigation_width()

    def _fit_navigation_width(self) -> None:
        """150 pixels, or as wide as the longest name needs."""
        metrics = self.nav.fontMetrics()
        names = (self.nav.item(row).text() for row in range(self.nav.count()))
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        self.nav.setFixedWidth(max(NAV_WIDTH, widest + NAV_ENTRY_PADDING))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "nav"):  # e.g. the system's text size
            self._fit_navigation_to_font()

    def _navigation_body(self) -> QWidget:
        """The window's central widget: the navigation beside the stack, wired to switch views."""
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.activated.connect(lambda _index: self.focus_view(self.current_view()))  # Enter: into the view
        # Focus work waits for the first frame: then the home view's list takes the keys.
        self.first_painted.connect(self._focus_at_start, Qt.ConnectionType.QueuedConnection)
        return body

    def add_view(self, key: str, title: str, widget: QWidget, *, position: int | None = None) -> None:
        """Add a view to the navigation (at `position`, else at the end)."""
        row = self.nav.count() if position is None else position
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.blockSignals(True)  # the row is not in the stack yet
        self.nav.insertItem(row, item)
        self.nav.blockSignals(False)
        self._fit_navigation_width()
        self.stack.insertWidget(row, widget)
        self._views[key] = widget
        if self.nav.currentRow() >= 0:
            self.stack.setCurrentIndex(self.nav.currentRow())

    def add_lazy_view(
        self, key: str, title: str, factory: Callable[[], QWidget], *, position: int | None = None
    ) -> None:
        """Add a view whose widget `factory()` builds on first use (an empty page stands in)."""
        self._factories[key] = factory
        self.add_view(key, title, QWidget(self), position=position)

    def is_built(self, key: str) -> bool:
        return key in self._views and key not in self._factories

    def view(self, key: str) -> QWidget:
        """The view `key`, built now if it was not yet."""
        factory = self._factories.pop(key, None)
        if factory is None:
            return self._views[key]
        stand_in = self._views[key]
        widget = factory()
        row = self.stack.indexOf(stand_in)
        current = self.nav.currentRow()
        self.stack.insertWidget(row, widget)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self._views[key] = widget
        if current >= 0:
            self.stack.setCurrentIndex(current)
        if self.book is not None and hasattr(widget, "set_book"):
            widget.set_book(self.book)
        self._update_client_actions()
        self.view_built.emit(key, widget)
        return widget

    def build_lazy_views(self) -> None:
        """Build the views not built yet, one per turn of the event loop so the window stays live."""
        if self._factories:
            self.view(next(iter(self._factories)))
            self._lazy_timer.start()

    @property
    def clients(self):
        """The Clients view (`ui.clients_view.ClientsView`)."""
        return self.view("clients")

    @property
    def calendar(self):
        """The Calendar view (`ui.calendar_view.CalendarView`)."""
        return self.view("calendar")

    @property
    def care(self):
        """The Churn watch view (`ui.care_view.CareView`), added by `ui.care_install`."""
        return self.view("care")

    @property
    def dashboard(self):
        """The Dashboard view (`ui.dashboard_view.DashboardView`), added by `ui.care_install`."""
        return self.view("dashboard")

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None and self.isVisible():  # before the window shows, `showEvent` builds it
            self.view(item.data(Qt.ItemDataRole.UserRole))
        self.stack.setCurrentIndex(row)
        self._update_client_actions()

    def showEvent(self, event: QShowEvent) -> None:
        item = self.nav.currentItem()
        if item is not None:
            self.view(item.data(Qt.ItemDataRole.UserRole))
        super().showEvent(event)

    def show_view(self, key: str) -> None:
        """Switch to the view `key` (a shortcut, a menu, a client to open): its list takes the focus."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                focused = QApplication.focusWidget()
                view = self._views[key]
                inside = focused is not None and (focused is view or view.isAncestorOf(focused))
                self.nav.setCurrentRow(row)
                # Before the first frame nothing is focused (see `_focus_at_start`); focus already in the
                # view stays where it is (hiding the old view moves it on by itself: that does not count).
                if self._painted and not inside:
                    self.focus_view(key)
                return

    def focus_view(self, key: str) -> None:
        """Give the keys to the view `key`: where its `focus_list()` says, else its first list or control."""
        if not self.is_built(key):
            return
        view = self._views[key]
        focus_list = getattr(view, "focus_list", None)
        if focus_list is not None:
            focus_list()
            return
        target = _first_in_focus_chain(view)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_at_start(self) -> None:
        """After the first frame: the home view's list, not the navigation, takes the keys."""
        focused = QApplication.focusWidget()
        if focused is None or focused is self.nav:
            self.focus_view(self.current_view())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def current_view(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "clients"

    def chosen_clients(self) -> list[int] | None:
        """The clients chosen in the current view, or None when that view has no clients to choose.

        Today counts only the reminders chosen, not a section or group heading. A view may offer
        its own `selected_client_ids()`.
        """
        key = self.current_view()
        if not self.is_built(key):
            return None
        view = self._views[key]
        own = getattr(view, "selected_client_ids", None)
        if own is not None:
            return list(own())
        if key == "clients":
            return view.selected_ids()
        if key == "today":
            return _todays_chosen_clients(view)
        return None


def _todays_chosen_clients(today: QWidget) -> list[int]:
    """The clients of the reminders chosen in the Today view, each once, the current item's first."""
    from ui.today_model import REMINDER_ROLE

    tree = getattr(today, "tree", None)
    if tree is None:
        return []
    selection = tree.selectionModel()
    current = tree.currentIndex().siblingAtColumn(0)
    chosen = selection.selectedRows(0)
    current_chosen = current.isValid() and selection.isRowSelected(current.row(), current.parent())
    rows = ([current] if current_chosen else []) + chosen
    found: dict[int, None] = {}  # the current item's client first
    for index in rows:
        reminder = index.data(REMINDER_ROLE)
        if reminder is not None:
            found.setdefault(reminder.client_id, None)
    return list(found)


def _first_in_focus_chain(view: QWidget) -> QWidget | None:
    """The first list in `view` that Tab reaches, else its first control Tab reaches."""
    first = None
    widget = view.nextInFocusChain()
    while widget is not view and view.isAncestorOf(widget):
        if (
            widget.isVisibleTo(view)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            if isinstance(widget, QAbstractItemView):
                return widget
            first = first or widget
        widget = widget.nextInFocusChain()
    return first
