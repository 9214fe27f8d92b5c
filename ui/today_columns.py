"""The Today list's columns: their default widths in the interface language, the suggested action
fitted to the list and capped so the occasion keeps its share, the user's own sizes remembered with
the language and font they were fitted to, and the cells' tooltips shown only where a cell is cut.

`TodayColumns` is a mixin of `ui.today_view.TodayView` (it holds no translated text).
The view provides `tree` (a `TodayTree`) and `model` (its `ui.today_model.TodayModel`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QToolTip, QTreeView

from reminders.tiers import Tier
from ui import i18n
from ui.i18n import format_date
from ui.tier_badge import BADGE_LEFT, BADGE_PADDING, tier_label
from ui.window_state import font_key

if TYPE_CHECKING:
    from PySide6.QtCore import QPersistentModelIndex
    from PySide6.QtGui import QHelpEvent, QResizeEvent, QShowEvent
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
#: Starts remembered column sizes that name the language and font they were fitted to (`column_state`).
COLUMNS_MARK = b"guanxi-columns\n"


class TodayColumns:
    """The widths of the list's columns: defaults, the fitted action, and the user's sizes."""

    def _init_columns(self) -> None:
        """Size the columns to their defaults and follow the user's resizing and the list's width."""
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
        self.tree.room_changed.connect(self._size_action_column)  # the action's cap follows the list's width

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


class TodayTree(QTreeView):
    """The Today list, telling when the room for its columns changes: its viewport was resized (what
    QAbstractScrollArea passes to `resizeEvent`) or it was shown.

    Told here rather than by an event filter on `viewport()`: the first `viewport()` of a session costs
    PySide some 20 ms (it resolves the viewport's private class), which the first paint would wait for.
    """

    room_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.room_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.room_changed.emit()


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
