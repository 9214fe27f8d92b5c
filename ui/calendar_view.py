"""The Calendar view: a month of days in both calendars, and the occasions of the chosen day.

The month's agenda is read off the main thread (at 100k clients a festival month is large);
festival items come back counted per festival day, the clients' own occasions one by one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import colors, i18n
from ui.calendar_data import FestivalGroup, MonthAgenda, load_month, month_title
from ui.calendar_grid import OccasionCalendar
from ui.errors import show_error
from ui.events import AppEvents
from ui.festival_settings import register_festival_page
from ui.fonts import scaled_font
from ui.occasion_model import CLIENT_ID_ROLE, COLUMNS, OccasionTableModel
from ui.styled_text import set_text_style
from ui.tier_badge import TierBadgeDelegate
from ui.worker import run_in_thread

#: Columns as wide as what they show (the occasion and the note share what is left).
FITTED_COLUMNS = ("date", "client", "tier")
#: Room beside a column's widest text, so its header does not touch the border.
COLUMN_PADDING = 16
#: The widest a fitted column gets; longer texts are elided and shown whole in the tooltip.
MAX_FITTED_WIDTH = 260
#: The month's title and its arrows against the view's font (10 pt: about the 18 px they had).
TITLE_SCALE = 1.35


class CalendarView(QWidget):
    """Month grid on the left, the selected day's (or month's) occasions on the right."""

    month_loaded = Signal()

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_festival_page()
        self.events = events
        self.book = None
        self.agenda: MonthAgenda | None = None
        self._generation = 0
        self._lang = i18n.current()

        self.prev_button = QToolButton(self)
        self.prev_button.setText("‹")
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.next_button = QToolButton(self)
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("Next month"))
        for button in (self.prev_button, self.next_button):
            button.setAccessibleName(button.toolTip())  # read out as words, not as "‹" and "›"
            button.setStyleSheet("QToolButton { padding: 0 10px; }")
        self.month_label = QLabel(self)
        self.month_label.setStyleSheet("padding: 0 8px;")
        self._scale_title_fonts()
        self.today_button = QPushButton(self.tr("Today"), self)
        self.whole_month = QCheckBox(self.tr("List the whole month"), self)
        self.status = QLabel(self)
        set_text_style(self.status, colors.HINT)

        self.grid = OccasionCalendar(self._lang, self)
        self.list_title = QLabel(self)
        self.list_title.setStyleSheet("font-weight: 600; padding: 4px 0;")
        self.list_title.setWordWrap(True)
        self.model = OccasionTableModel(self._lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # a list, not a spreadsheet: Tab moves on to the next control
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setItemDelegateForColumn(COLUMNS.index("tier"), TierBadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # as the cells
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)  # a new width shares the columns out again
        self.hint = QLabel(self.tr("Double-click a client, or press Enter, to open their file."), self)
        set_text_style(self.hint, colors.FAINT)
        self.hint.setWordWrap(True)  # a narrow side panel or a large font: two lines, not a cut one

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.list_title)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(self.hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([470, 640])
        self.splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        for widget in (self.prev_button, self.month_label, self.next_button, self.today_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.whole_month)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload)
        self.prev_button.clicked.connect(self.grid.showPreviousMonth)
        self.next_button.clicked.connect(self.grid.showNextMonth)
        self.today_button.clicked.connect(self.go_today)
        self.grid.currentPageChanged.connect(self._page_changed)
        self.grid.selectionChanged.connect(self._show_rows)
        self.whole_month.toggled.connect(self._show_rows)
        self.table.activated.connect(self._open)  # Enter or double-click
        # Bound slots, not lambdas: Qt drops them when this view is deleted (a language change).
        events.clients_changed.connect(self._schedule_reload)
        events.book_replaced.connect(self._schedule_reload)
        events.settings_changed.connect(self._schedule_reload)
        self._update_title()
        self._show_rows()

    # --- loading ------------------------------------------------------------------------

    def set_book(self, book) -> None:
        self.book = book
        self.reload()

    def _schedule_reload(self, *_changed: object) -> None:
        """Reload shortly: a burst of changes costs one read."""
        self._reload_timer.start()

    def reload(self) -> None:
        """Read the shown month's agenda off the main thread; older answers are dropped."""
        if self.book is None:
            return
        self._generation += 1
        generation, book = self._generation, self.book
        year, month, lang = self.grid.yearShown(), self.grid.monthShown(), self._lang
        self.status.setText(self.tr("Loading…"))
        run_in_thread(
            lambda: load_month(book, year, month, lang),
            lambda agenda: self._loaded(generation, agenda),
            self._failed,
            owner=self,
        )

    def _loaded(self, generation: int, agenda: MonthAgenda) -> None:
        if generation != self._generation:
            return
        self.agenda = agenda
        self.status.setText("")
        self.grid.set_agenda(agenda)
        self._show_rows()
        self.month_loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.status.setText("")
        show_error(self, error, self.tr("Cannot read the calendar"))

    # --- navigation ---------------------------------------------------------------------

    def go_today(self) -> None:
        self.show_day(date.today())

    def show_day(self, day: date) -> None:
        """Select `day`, turning to its month if needed."""
        self.grid.setSelectedDate(QDate(day.year, day.month, day.day))
        self.grid.setCurrentPage(day.year, day.month)

    def selected_day(self) -> date:
        return self.grid.selectedDate().toPython()  # type: ignore[return-value]

    def _page_changed(self, year: int, month: int) -> None:
        self._update_title()
        selected = self.selected_day()
        if (selected.year, selected.month) != (year, month):
            self.grid.setSelectedDate(QDate(year, month, 1))
        self.agenda = None
        self.grid.set_agenda(None)
        self._show_rows()
        self.reload()

    def _update_title(self) -> None:
        self.month_label.setText(month_title(self.grid.yearShown(), self.grid.monthShown(), self._lang))

    def _scale_title_fonts(self) -> None:
        """The month and its arrows larger than the view's font, so they grow with the system's font."""
        font = title_font(self.font())
        self.month_label.setFont(font)
        arrows = QFont(font)
        arrows.setWeight(QFont.Weight.Normal)
        for button in (self.prev_button, self.next_button):
            button.setFont(arrows)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._scale_title_fonts()

    # --- the list -----------------------------------------------------------------------

    def _show_rows(self) -> None:
        day = self.selected_day()
        whole = self.whole_month.isChecked()
        rows = self.agenda.rows(None if whole else day) if self.agenda is not None else []
        self.model.set_rows(rows)
        self.table.setColumnHidden(COLUMNS.index("date"), not whole)  # a day's rows share their date
        if whole:
            title = self.month_label.text()
        else:
            title = i18n.format_date(day)
            cell = self.grid.cell(day)
            extra = " · ".join(x for x in (cell.lunar_text, *cell.festivals) if x)
            title = f"{title} · {extra}" if extra else title
        if self.agenda is None:
            count = self.tr("loading…") if self.book is not None else ""
        elif not rows:
            count = self.tr("no occasions")
        else:
            count = self.count_text(rows)
        self.list_title.setText(f"{title} — {count}" if count else title)
        self.fit_columns()

    def count_text(self, rows: list) -> str:
        """What the list holds, as the rows show it: "1 festival · 1 client occasion"."""
        festivals = sum(1 for row in rows if isinstance(row, FestivalGroup))
        personal = len(rows) - festivals
        parts = []
        if festivals:
            parts.append(self.tr("%n festival(s)", "", festivals))
        if personal:
            parts.append(self.tr("%n client occasion(s)", "", personal))
        return " · ".join(parts)

    def fit_columns(self) -> None:
        """Date, client and tier as wide as their texts, the occasion as wide as it can be while the
        note keeps room for its header; the note takes the rest (elided texts have tooltips)."""
        header = self.table.horizontalHeader()
        fitted = [COLUMNS.index(name) for name in FITTED_COLUMNS if not self.table.isColumnHidden(COLUMNS.index(name))]
        for column in fitted:
            header.resizeSection(column, min(self._wanted_width(column), MAX_FITTED_WIDTH))
        occasion, note = COLUMNS.index("occasion"), COLUMNS.index("note")
        room = self.table.viewport().width() - sum(header.sectionSize(c) for c in fitted)
        note_room = header.sectionSizeHint(note) + COLUMN_PADDING
        floor = header.sectionSizeHint(occasion) + COLUMN_PADDING
        width = max(floor, min(self._wanted_width(occasion), room - note_room))
        header.resizeSection(occasion, width)
        header.resizeSection(note, max(note_room, room - width))  # set here: a stretched last section is 100 at least

    def _wanted_width(self, column: int) -> int:
        header = self.table.horizontalHeader()
        return max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)) + COLUMN_PADDING

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _open(self, index: QModelIndex) -> None:
        client_id = index.data(CLIENT_ID_ROLE)
        if client_id is None:
            return
        window = self.window()
        if hasattr(window, "show_view"):
            window.show_view("clients")
        self.events.open_client_requested.emit(int(client_id))


def title_font(font: QFont) -> QFont:
    """`font` TITLE_SCALE times larger (in points, or in pixels for a font sized so) and semi-bold."""
    return scaled_font(font, TITLE_SCALE, weight=QFont.Weight.DemiBold)
