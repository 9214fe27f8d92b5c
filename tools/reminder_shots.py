"""Screens of the reminders for tools/screenshots.py: the Today view, the popup, the settings page."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget


def _settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class TodayShot:
    """Shows the Today view for a grab; closing it goes back to the clients."""

    def __init__(self, window) -> None:
        self.window = window
        window.show_view("today")

    def grab(self):
        return self.window.grab()

    def close(self) -> None:
        self.window.show_view("clients")


def _today_view(window):
    return window._views["today"]


def today_shot(window) -> TodayShot:
    view = _today_view(window)
    view.reload()
    for _ in range(50):
        _settle(100)
        if view.model.rowCount():
            break
    return TodayShot(window)


def reminder_popup(window) -> QWidget:
    from ui.reminder_tray import ReminderPopup

    view = _today_view(window)
    due = [r for r in view.model.all_reminders() if r.due][:12] or view.model.all_reminders()[:12]
    popup = ReminderPopup(window)
    popup.show_reminders(due)
    return popup


def settings_reminders(window, dialog) -> QWidget:
    from ui.reminder_settings import ReminderSettingsPage

    for index in range(dialog.tabs.count()):
        if isinstance(dialog.tabs.widget(index), ReminderSettingsPage):
            dialog.tabs.setCurrentIndex(index)
    dialog.resize(820, 700)
    return dialog
