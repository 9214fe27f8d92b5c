"""Puts the relationship log into the window: Ctrl+L, the churn watch and the dashboard views
(View menu, Ctrl+4 and Ctrl+5), the Today view's contact hook, and the settings page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui import settings_pages


def _care_view(window):
    from ui.care_view import CareView

    return CareView(window.events, window)


def _dashboard_view(window):
    from ui.dashboard_view import DashboardView  # QtCharts: imported when the view is built

    return DashboardView(window.events, window)


def install_care(window) -> None:
    """Called once per main window (it is rebuilt on a language change). The views are built on
    first use or after the first screen (see `MainWindow.add_lazy_view`): `window.care`, `window.dashboard`."""
    window.add_lazy_view("care", QCoreApplication.translate("MainWindow", "Churn watch"), lambda: _care_view(window))
    window.add_lazy_view(
        "dashboard", QCoreApplication.translate("MainWindow", "Dashboard"), lambda: _dashboard_view(window)
    )
    # View menu and Ctrl+digit, in navigation order after Today (Ctrl+1), Clients and Calendar.
    window.add_view_action("care", QCoreApplication.translate("MainWindow", "Churn &watch"), "Ctrl+4")
    window.add_view_action("dashboard", QCoreApplication.translate("MainWindow", "&Dashboard"), "Ctrl+5")
    action = QAction(QCoreApplication.translate("MainWindow", "&Log a contact…"), window)
    action.setShortcuts([QKeySequence("Ctrl+L")])
    action.triggered.connect(lambda: _log_by_search(window))
    window.add_file_action(action)
    window.log_contact_action = action
    # The Today view's Done asks its window for this: the full contact log, prefilled.
    window.log_contact_hook = lambda parent, book, reminders: _log_for_today(window, parent, book, reminders)
    settings_pages.register(_care_settings_page)


def _care_settings_page(prefs, book, events, parent):
    from ui.care_settings_page import CareSettingsPage

    return CareSettingsPage(prefs, book, events, parent)


def _log_for_today(window, parent, book, reminders: list) -> bool:
    from ui.log_dialog import today_hook

    return today_hook(window.events)(parent, book, reminders)


def _log_by_search(window) -> None:
    from ui.log_dialog import log_contact_by_search

    log_contact_by_search(window, window.book, window.events)
