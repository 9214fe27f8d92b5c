"""Popups: the tray icon with the count of due items, its menu and balloons; or an in-app popup.

Where the platform has no system tray (offscreen, some Linux desktops), `ReminderPopup`, a
small always-on-top window, shows the same reminders.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from ui import colors
from ui.fonts import scaled_font
from ui.i18n import is_chinese
from ui.styled_text import set_text_style
from ui.today_model import occasion_line

BALLOON_MS = 15000
MAX_LINES = 6
#: What the popup's rows carry besides the client's id (Qt.UserRole): what their two lines show.
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2
ACTION_ROLE = Qt.ItemDataRole.UserRole + 3
#: The light-theme colour of a popup row's second line (what to do).
ACTION_TEXT = "#5b6673"
#: The popup's heading against the popup's own font (so it follows a larger system font).
HEADING_SCALE = 1.25


def reminder_line(reminder) -> str:
    """One line: the client, the occasion and its day as Today words them, and what to do."""
    line = f"{reminder.client} · {occasion_line(reminder)}"
    if not reminder.action:
        return line
    return f"{line}——{reminder.action}" if is_chinese() else f"{line} — {reminder.action}"


def count_icon(base: QIcon, count: int) -> QIcon:
    """The app icon with a red badge holding the count of due items."""
    pixmap = base.pixmap(64, 64) if not base.isNull() else QPixmap(64, 64)
    if base.isNull():
        pixmap.fill(QColor("#3d8bd4"))
    if count:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#d93025"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(28, 0, 36, 36)
        painter.setPen(QColor("white"))
        font = QFont()
        font.setPixelSize(22 if count < 100 else 15)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(28, 0, 36, 36, Qt.AlignmentFlag.AlignCenter, str(count) if count < 1000 else "999")
        painter.end()
    return QIcon(pixmap)


class ReminderTray(QObject):
    """The tray icon; `available` is False where the platform has none (then use ReminderPopup)."""

    open_requested = Signal()
    today_requested = Signal()
    quit_requested = Signal()
    client_requested = Signal(int)

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base_icon = icon
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(count_icon(icon, 0), self)
        self.menu = QMenu()
        self.open_action = self.menu.addAction(self.tr("Open Guanxi"), self.open_requested.emit)
        self.today_action = self.menu.addAction(self.tr("Today"), self.today_requested.emit)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self._last_client: int | None = None
        self.set_count(0)
        if self.available:
            self.icon.show()

    def set_count(self, count: int) -> None:
        self.icon.setIcon(count_icon(self.base_icon, count))
        self.icon.setToolTip(
            self.tr("Guanxi: %1 due").replace("%1", str(count)) if count else self.tr("Guanxi: nothing due")
        )

    def notify(self, reminders: list) -> None:
        """One balloon for what was just raised; clicking it opens the (first) client."""
        if not reminders:
            return
        self._last_client = reminders[0].client_id
        if len(reminders) == 1:
            title = self.tr("Time to care: %1").replace("%1", reminders[0].client)
        else:
            title = self.tr("%1 reminders").replace("%1", str(len(reminders)))
        lines = [reminder_line(r) for r in reminders[:MAX_LINES]]
        if len(reminders) > MAX_LINES:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(reminders) - MAX_LINES)))
        if self.available:
            self.icon.showMessage(title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Information, BALLOON_MS)

    def _message_clicked(self) -> None:
        if self._last_client is not None:
            self.client_requested.emit(self._last_client)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.today_requested.emit()

    def hide(self) -> None:
        self.icon.hide()


class ReminderRowDelegate(QStyledItemDelegate):
    """A popup row in two lines: the client (bold) and the occasion with its day, then what to do,
    indented under it; each line elided to the row's width (the row's tooltip has it all)."""

    PADDING = 6  # around the two lines, each side
    INDENT = 14  # of the second line under the first

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), self.row_height(option.fontMetrics))

    @classmethod
    def row_height(cls, metrics: QFontMetrics) -> int:
        return 2 * metrics.lineSpacing() + 2 * cls.PADDING + 2

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        text = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        if not selected:  # a hairline between rows
            painter.setPen(colors.hairline(opt.palette))
            painter.drawLine(opt.rect.left() + self.PADDING, opt.rect.bottom(), opt.rect.right(), opt.rect.bottom())
        box = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        line = opt.fontMetrics.lineSpacing()
        first = QRect(box.left(), box.top(), box.width(), line)
        second = QRect(box.left() + self.INDENT, box.top() + line + 2, box.width() - self.INDENT, line)
        self._draw_headline(painter, opt, first, text, index)
        painter.setPen(text if selected else colors.text_colour(ACTION_TEXT, opt.palette))
        _draw_elided(painter, opt.fontMetrics, second, str(index.data(ACTION_ROLE) or ""))
        painter.restore()

    @staticmethod
    def _draw_headline(
        painter: QPainter,
        opt: QStyleOptionViewItem,
        rect: QRect,
        colour: QColor,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The client's name in bold, then the occasion and its day."""
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colour)
        name = _draw_elided(painter, QFontMetrics(bold), rect, str(index.data(CLIENT_ROLE) or ""))
        painter.setFont(opt.font)
        rest = rect.adjusted(
            QFontMetrics(bold).horizontalAdvance(name) + opt.fontMetrics.horizontalAdvance("  "), 0, 0, 0
        )
        _draw_elided(painter, opt.fontMetrics, rest, str(index.data(HEADLINE_ROLE) or ""))


def _draw_elided(painter: QPainter, metrics: QFontMetrics, rect: QRect, text: str) -> str:
    """Draw `text` on one line in `rect`, elided to its width; returns what was drawn."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(rect.width(), 0))
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    return shown


class ReminderPopup(QWidget):
    """An in-app popup with the reminders just raised, for platforms without a tray.

    One reminder a row, in whole rows: the list is exactly `VISIBLE_ROWS` rows tall (fewer when
    there are fewer reminders) and scrolls a row at a time. It never takes the keyboard by itself:
    a screen reader hears it through an Alert event, and `GO_TO_POPUP_KEYS` in the main window
    (see ui.reminder_hookup) brings the keyboard to it.
    """

    client_requested = Signal(int)
    today_requested = Signal()
    shown_changed = Signal(bool)  # on screen or not: the main window's key to it works only while it is

    VISIBLE_ROWS = 5
    WIDTH_IN_CHARACTERS = 36  # CJK characters: the popup's width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        # It appears at the reminder time, maybe while the user types elsewhere: it must not take the
        # keyboard. It still takes it when clicked, and then Tab goes through the list and the buttons.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Guanxi reminders"))
        self.heading = QLabel(self)
        self._set_heading_font()
        from ui.reminder_hookup import GO_TO_POPUP_KEYS  # loaded long before: the hookup makes the popup

        keys = QKeySequence(GO_TO_POPUP_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.subtitle = QLabel(
            self.tr(
                "Time to get in touch. Double-click one to open the client; %1 in the main window brings you here."
            ).replace("%1", keys),
            self,
        )
        set_text_style(self.subtitle, colors.SECONDARY)
        self.subtitle.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setItemDelegate(ReminderRowDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.list.setFixedWidth(self.fontMetrics().horizontalAdvance("中") * self.WIDTH_IN_CHARACTERS)
        self.list.itemActivated.connect(self._open_item)  # Enter, and double-click (once: not doubleClicked too)
        self.open_button = QPushButton(self.tr("Open client"), self)
        self.today_button = QPushButton(self.tr("Show Today"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.today_button.clicked.connect(self._today)
        self.close_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.today_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # sized by the list's whole rows
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.dismiss)

    def _set_heading_font(self) -> None:
        """The heading a quarter larger than the popup's font, and bold: a larger system font grows it too."""
        self.heading.setFont(scaled_font(self.font(), HEADING_SCALE, weight=QFont.Weight.Bold))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "heading"):
            self._set_heading_font()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown_changed.emit(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.shown_changed.emit(False)

    def dismiss(self) -> None:
        """Esc and Close: hide, and give the keyboard back to the window it was taken from."""
        had_keyboard = self.isActiveWindow()
        self.hide()
        owner = self.parentWidget()
        if had_keyboard and owner is not None and owner.isVisible():
            owner.window().activateWindow()

    def show_reminders(self, reminders: list) -> None:
        if not reminders:
            return
        heading = self.tr("%n reminder(s)", "", len(reminders))
        self.heading.setText(heading)
        # What a screen reader says of the popup and of its list: how many, and what to do.
        self.setAccessibleName(heading)
        self.setAccessibleDescription(self.subtitle.text())
        self.list.setAccessibleName(heading)
        self.list.clear()
        for reminder in reminders:
            item = QListWidgetItem(reminder_line(reminder))
            item.setData(Qt.ItemDataRole.UserRole, reminder.client_id)
            item.setData(CLIENT_ROLE, reminder.client)
            item.setData(HEADLINE_ROLE, occasion_line(reminder))
            item.setData(ACTION_ROLE, reminder.action)
            item.setToolTip(
                "\n".join(part for part in (reminder.client, occasion_line(reminder), reminder.action) if part)
            )
            self.list.addItem(item)
        self._fit_rows(len(reminders))
        self.list.setCurrentRow(0)
        self._place()
        self.show()
        self.raise_()
        # It does not take the focus, so nothing else would tell a screen reader it appeared.
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def take_keyboard(self) -> None:
        """Make the popup the active window with the cursor in its list (the main window's key to it)."""
        self.raise_()
        self.activateWindow()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _fit_rows(self, count: int) -> None:
        """The list as tall as its first rows (at most VISIBLE_ROWS), so no row shows in part."""
        rows = max(1, min(count, self.VISIBLE_ROWS))
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(rows * ReminderRowDelegate.row_height(self.list.fontMetrics()) + frame)

    def _place(self) -> None:
        self.adjustSize()
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(area.right() - self.width() - 24, area.bottom() - self.height() - 48)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.client_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _today(self) -> None:
        self.today_requested.emit()
        self.hide()
