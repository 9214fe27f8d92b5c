"""Puts the relationship log into the window: Ctrl+L, the churn watch and the dashboard views,
the Today view's contact hook, and the settings page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui.care_view import CareView
from ui.dashboard_view import DashboardView


def install_care(window) -> None:
    """Called once per main window (it is rebuilt on a language change)."""
    window.care = CareView(window.events, window)
    window.add_view("care", QCoreApplication.translate("MainWindow", "Churn watch"), window.care)
    window.dashboard = DashboardView(window.events, window)
    window.add_view("dashboard", QCoreApplication.translate("MainWindow", "Dashboard"), window.dashboard)
    action = QAction(QCoreApplication.translate("MainWindow", "&Log a contact…"), window)
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.triggered.connect(lambda: _log_by_search(window))
    window.add_file_action(action)
    window.log_contact_action = action
    from ui.log_dialog import today_hook

    # The Today view's Done asks its window for this: the full contact log, prefilled.
    window.log_contact_hook = today_hook(window.events)
    from ui.care_settings_page import CareSettingsPage
    from ui.settings_dialog import SettingsDialog

    if CareSettingsPage not in SettingsDialog.extra_pages:
        SettingsDialog.extra_pages.append(CareSettingsPage)


def _log_by_search(window) -> None:
    from ui.log_dialog import log_contact_by_search

    log_contact_by_search(window, window.book, window.events)
