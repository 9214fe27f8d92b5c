"""Hooks the call list into the window: File > Print call list… (Ctrl+P) and its settings page.

Light on purpose: the dialog, the preview and the painting are imported on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def install_call_list(window) -> QAction:
    """Add the menu action to `window` (a MainWindow) and the Call list page to Settings."""
    from ui.settings_dialog import LazyPage, SettingsDialog

    page = LazyPage("ui.call_list_settings", "call_list_page")  # imported when Settings opens
    if page not in SettingsDialog.extra_pages:
        SettingsDialog.extra_pages.append(page)
    action = QAction(QCoreApplication.translate("CallListMenu", "&Print call list…"), window)
    action.setShortcuts(QKeySequence.StandardKey.Print)
    action.triggered.connect(lambda: _print(window))
    window.add_file_action(action)
    window.print_call_list_action = action
    return action


def _print(window) -> None:
    from ui.call_list_dialog import print_call_list

    print_call_list(window)
