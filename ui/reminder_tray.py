"""Popups: the tray icon with the count of due items, its menu and balloons; or an in-app popup.

Where the platform has no system tray (offscreen, some Linux desktops), `ReminderPopup`, a
small always-on-top window, shows the same reminders.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

BALLOON_MS = 15000
MAX_LINES = 6


def reminder_line(reminder) -> str:
    """One line: the client, the occasion and its day, and what to do."""
    parts = reminder.title.split(" · ")
    what = " · ".join(parts[1:]) if len(parts) > 1 else reminder.occasion
    return f"{reminder.client} · {what} — {reminder.action}" if reminder.action else f"{reminder.client} · {what}"


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


class ReminderPopup(QWidget):
    """An in-app popup with the reminders just raised, for platforms without a tray."""

    client_requested = Signal(int)
    today_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Guanxi reminders"))
        self.setMinimumSize(420, 260)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open_item)
        self.list.itemDoubleClicked.connect(self._open_item)
        self.open_button = QPushButton(self.tr("Open client"), self)
        self.today_button = QPushButton(self.tr("Show Today"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.today_button.clicked.connect(self._today)
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.today_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_reminders(self, reminders: list) -> None:
        if not reminders:
            return
        self.heading.setText(
            self.tr("Time to care: %1 reminders").replace("%1", str(len(reminders)))
            if len(reminders) > 1
            else self.tr("Time to care")
        )
        self.list.clear()
        for reminder in reminders:
            item = QListWidgetItem(reminder_line(reminder))
            item.setData(Qt.ItemDataRole.UserRole, reminder.client_id)
            item.setToolTip(reminder.title)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(max(self.width(), 460), 300)
        self.move(area.right() - self.width() - 24, area.bottom() - self.height() - 48)

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.client_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _today(self) -> None:
        self.today_requested.emit()
        self.hide()
