"""Churn watch (流失预警): clients at risk, tier suggestions, open complaints and lost clients."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reminders.churn import RiskScale
from ui import colors, i18n
from ui.care_labels import (
    feedback_kind_label,
    feedback_status_label,
    loss_reason_label,
    outcome_label,
    sentence_case,
)
from ui.client_relations import RISK_COLOURS, reason_text, risk_level_label, risk_text
from ui.errors import show_error
from ui.events import AppEvents
from ui.i18n import format_date
from ui.styled_text import set_text_style
from ui.table_model import RowsModel
from ui.tier_badge import TierBadgeDelegate, badge_row_height, tier_label
from ui.worker import run_in_thread

#: Up to this many rows, a long text wraps and its row grows to show it all; a longer list keeps one
#: line a row (measuring every row would stall on a big book) and shows the whole text in the tooltip.
WRAP_ROWS = 2000
#: The widest a column sized to its contents gets (the last column takes the rest).
MAX_COLUMN_WIDTH = 240
#: Room left beside the widest text of a column sized to its contents, so headers do not touch.
COLUMN_PADDING = 16
#: The rows' least height at the usual font sizes (a larger font makes them as tall as its badges need).
ROW_HEIGHT = 28


class TipsModel(RowsModel):
    """A RowsModel whose cells can carry their own tooltip, e.g. each warning sign on its own line."""

    def __init__(self, headers, parent=None) -> None:
        super().__init__(headers, parent)
        self.tips: dict[tuple[int, int], str] = {}

    def set_rows(self, rows, payloads, tiers=()) -> None:
        self.tips = {}
        super().set_rows(rows, payloads, tiers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and (index.row(), index.column()) in self.tips:
            return self.tips[index.row(), index.column()]
        return super().data(index, role)


class FittedTable(QTableView):
    """A list whose columns fit their contents and whose last column takes the rest, its long texts
    wrapped onto more lines (up to WRAP_ROWS rows; rows are measured again when the width changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(50)
        self._rewrap.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._rewrap.start())

    def fit(self) -> None:
        """Size the columns to what they show (after the rows change), then the rows."""
        model = self.model()
        header = self.horizontalHeader()
        for column in range(model.columnCount() - 1):
            wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted + COLUMN_PADDING, MAX_COLUMN_WIDTH))
        self.fit_rows()

    def fit_rows(self) -> None:
        rows = self.model().rowCount()
        self.setWordWrap(rows <= WRAP_ROWS)
        if rows <= WRAP_ROWS:
            self.resizeRowsToContents()


def _table(parent: QWidget, model: RowsModel, widths: tuple[int, ...], name: str) -> FittedTable:
    """A list over `model` with the columns `widths` wide to start with; `name` is what a screen
    reader calls it (the tab's title)."""
    table = FittedTable(parent)
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # a list, not a spreadsheet: Tab moves on to the next control
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    row_height = max(ROW_HEIGHT, badge_row_height(table.fontMetrics()))  # taller with a larger font
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.verticalHeader().setMinimumSectionSize(row_height)  # rows fitted to their text keep the badge's height
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # as the cells
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    if model.tier_column is not None:
        table.setItemDelegateForColumn(model.tier_column, TierBadgeDelegate(table))
    return table


class CareView(QWidget):
    """Four tabs, each a list with its actions; everything reloads off the main thread."""

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.book = None
        self.risk_scale = RiskScale()  # the book's at-risk threshold, read with each load
        self._loading = False
        self._stale = False
        self.tabs = QTabWidget(self)
        titles = self._titles()

        self.risk_model = TipsModel(
            [self.tr("Client"), self.tr("Tier"), self.tr("Risk"), self.tr("Last contact"), self.tr("Why")], self
        )
        self.risk_model.tier_column = 1
        self.risk_table = _table(self, self.risk_model, (150, 110, 100, 120), titles[0])
        self.risk_note = QLabel(self)
        set_text_style(self.risk_note, colors.HINT)
        self.risk_note.setWordWrap(True)
        self.risk_tab = self._tab(
            self.risk_table,
            [(self.tr("Log contact…"), self.log_selected), (self.tr("Show file"), self.open_selected)],
            self.risk_note,
        )

        self.suggest_model = RowsModel(
            [self.tr("Client"), self.tr("Now"), self.tr("Proposed"), self.tr("Because")], self
        )
        self.suggest_table = _table(self, self.suggest_model, (150, 110, 110), titles[1])
        self.suggest_tab = self._tab(
            self.suggest_table,
            [(self.tr("Accept"), self.accept_suggestion), (self.tr("Dismiss"), self.dismiss_suggestion)],
            QLabel(self.tr("Proposals only: nothing changes until you accept."), self),
        )

        self.feedback_model = RowsModel(
            [self.tr("Client"), self.tr("Kind"), self.tr("Status"), self.tr("Since"), self.tr("What was said")], self
        )
        self.feedback_table = _table(self, self.feedback_model, (150, 90, 110, 110), titles[2])
        self.feedback_tab = self._tab(
            self.feedback_table,
            [(self.tr("Next step…"), self.advance_selected), (self.tr("Show file"), self.open_selected)],
        )

        self.lost_model = RowsModel(
            [self.tr("Client"), self.tr("Tier"), self.tr("Lost on"), self.tr("Win-back"), self.tr("Why")], self
        )
        self.lost_model.tier_column = 1
        self.lost_table = _table(self, self.lost_model, (150, 110, 110, 110), titles[3])
        self.lost_tab = self._tab(
            self.lost_table,
            [(self.tr("Win-back plan…"), self.winback_selected), (self.tr("Show file"), self.open_selected)],
        )
        tabs = (self.risk_tab, self.suggest_tab, self.feedback_tab, self.lost_tab)
        for widget, title in zip(tabs, titles, strict=True):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for table in (self.risk_table, self.suggest_table, self.feedback_table, self.lost_table):
            table.activated.connect(lambda _i: self.open_selected())  # Enter or double-click: the client's file
        events.log_changed.connect(self._changed)  # bound slots: dropped when the view is deleted
        events.clients_changed.connect(self._changed)
        events.book_replaced.connect(self.reload)
        events.settings_changed.connect(self.reload)
        self.setEnabled(False)

    def _titles(self) -> tuple[str, str, str, str]:
        """The tabs' titles without their counts, which also name their lists."""
        return self.tr("At risk"), self.tr("Tier suggestions"), self.tr("Open feedback"), self.tr("Lost clients")

    def _tab(self, table: QTableView, actions, note: QLabel | None = None) -> QWidget:
        tab = QWidget(self)
        bar = QHBoxLayout()
        buttons = []
        for text, slot in actions:
            button = QPushButton(text, tab)
            button.clicked.connect(slot)
            bar.addWidget(button)
            buttons.append(button)
        for before, after in pairwise((*buttons, table)):  # Tab in screen order: the buttons above, then the list
            QWidget.setTabOrder(before, after)
        if note is not None:  # the room beside the buttons: it wraps only when that is too narrow
            set_text_style(note, colors.HINT)
            note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar.addWidget(note, 1)
        else:
            bar.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        return tab

    # --- loading ------------------------------------------------------------------------

    def _changed(self, _ids: list) -> None:
        self.reload()

    def set_book(self, book) -> None:
        self.book = book
        self.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self.book is None:
            return
        if self._loading:
            self._stale = True  # load again when this one is in
            return
        self._loading = True
        book = self.book

        def load():
            from storage.care import at_risk, tier_suggestions
            from storage.care_settings import risk_scale
            from storage.feedback import list_feedback
            from storage.winback import list_losses

            scale = risk_scale(book)
            lists = (
                at_risk(book, scale=scale),
                tier_suggestions(book),
                list_feedback(book, open_only=True),
                list_losses(book),
            )
            return scale, lists

        run_in_thread(load, self._loaded_with_scale, self._failed, owner=self)

    def _loaded_with_scale(self, result) -> None:
        """The levels of the at-risk list follow the threshold its rows were chosen by."""
        self.risk_scale, lists = result
        self._loaded(lists)

    def _failed(self, error: Exception) -> None:
        self._loading = False
        show_error(self, error)

    def _loaded(self, result) -> None:
        self._loading = False
        if self._stale:
            self._stale = False
            self.reload()
        risks, suggestions, feedback, losses = result
        self.risk_model.set_rows(
            [
                (
                    r.name,
                    tier_label(r.tier),  # painted as a badge; the text is what a screen reader says
                    i18n.parenthesised(risk_level_label(self.risk_scale.level(r.risk.score)), str(r.risk.score)),
                    format_date(r.last_contact_at.date()) if r.last_contact_at else self.tr("never"),
                    sentence_case(risk_text(r.risk)),
                )
                for r in risks
            ],
            risks,
            [r.tier for r in risks],
        )
        for row, r in enumerate(risks):
            self.risk_model.colours[(row, 2)] = RISK_COLOURS[self.risk_scale.level(r.risk.score)]
            self.risk_model.tips[(row, 4)] = "\n".join(sentence_case(reason_text(x)) for x in r.risk.reasons)
        self.risk_note.setText(
            self.tr("%1 clients show warning signs (risk score %2 or more)")
            .replace("%1", str(len(risks)))
            .replace("%2", str(self.risk_scale.at_risk_from))
        )
        self.suggest_model.set_rows(
            [
                (
                    s.name,
                    tier_label(s.suggestion.current),
                    tier_label(s.suggestion.proposed),
                    sentence_case(self._because(s.suggestion)),
                )
                for s in suggestions
            ],
            suggestions,
        )
        self.feedback_model.set_rows(
            [
                (
                    f.client,
                    feedback_kind_label(f.kind),
                    feedback_status_label(f.status),
                    format_date(f.opened_at.date()),
                    f.summary.splitlines()[0] if f.summary else "",
                )
                for f in feedback
            ],
            feedback,
        )
        self.lost_model.set_rows(
            [
                (
                    loss.client,
                    tier_label(loss.tier),
                    format_date(loss.lost_on),
                    outcome_label(loss.outcome),
                    i18n.list_separator().join(loss_reason_label(r) for r in loss.reasons),
                )
                for loss in losses
            ],
            losses,
            [loss.tier for loss in losses],
        )
        for table in (self.risk_table, self.suggest_table, self.feedback_table, self.lost_table):
            table.fit()
        counts = (len(risks), len(suggestions), len(feedback), sum(1 for loss in losses if loss.outcome is None))
        for index, (title, count) in enumerate(zip(self._titles(), counts, strict=True)):
            self.tabs.setTabText(index, i18n.parenthesised(title, str(count)) if count else title)
        if counts[3]:  # the tab lists every loss; the count is of those still being worked on
            self.tabs.setTabText(3, self.tr("Lost clients (%1 open)").replace("%1", str(counts[3])))

    def _because(self, suggestion) -> str:
        if suggestion.direction == "up":
            return (
                self.tr("%1 warm contacts over %2 days")
                .replace("%1", str(suggestion.warm_contacts))
                .replace("%2", str(suggestion.span_days))
            )
        return self.tr("no contact for %1 days").replace("%1", str(suggestion.days_silent))

    # --- actions ------------------------------------------------------------------------

    def _selected(self, table: QTableView):
        index = table.currentIndex()
        return table.model().payload(index.row()) if index.isValid() else None

    def _current_table(self) -> QTableView:
        return (self.risk_table, self.suggest_table, self.feedback_table, self.lost_table)[self.tabs.currentIndex()]

    def open_selected(self) -> None:
        item = self._selected(self._current_table())
        if item is not None:
            self.events.open_client_requested.emit(item.client_id)

    def log_selected(self) -> None:
        item = self._selected(self.risk_table)
        if item is not None and self.book is not None:
            from ui.log_dialog import open_log_contact_dialog

            open_log_contact_dialog(self, self.book, self.events, item.client_id)

    def accept_suggestion(self) -> None:
        item = self._selected(self.suggest_table)
        if item is None:
            return
        from storage.care import accept_suggestion

        reason = self.tr("Suggested: %1").replace("%1", self._because(item.suggestion))
        try:
            accept_suggestion(self.book, item.client_id, item.suggestion.proposed, reason)
        except Exception as error:
            show_error(self, error)
            return
        self.events.clients_changed.emit([item.client_id])

    def dismiss_suggestion(self) -> None:
        item = self._selected(self.suggest_table)
        if item is None:
            return
        from storage.care import dismiss_suggestion

        dismiss_suggestion(self.book, item.client_id, item.suggestion.direction)
        self.reload()

    def advance_selected(self) -> None:
        item = self._selected(self.feedback_table)
        if item is not None:
            from ui.feedback_dialog import advance_feedback_dialog

            advance_feedback_dialog(self, self.book, self.events, item)

    def winback_selected(self) -> None:
        loss = self._selected(self.lost_table)
        if loss is None:
            return
        from storage.winback import list_losses
        from ui.winback_dialog import WinBackDialog

        fresh = next((x for x in list_losses(self.book, client_id=loss.client_id) if x.id == loss.id), loss)
        WinBackDialog(self.book, self.events, fresh, self).exec()
