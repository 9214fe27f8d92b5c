"""Hooks the call list into the window: File > Print call list… (Ctrl+P) and its settings page.

Light on purpose: the dialog, the preview and the painting are imported on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ui import settings_pages
from ui.settings_pages import LazyPage


def install_call_list(window) -> QAction:
    """Add the menu action to `window` (a MainWindow) and the Call list page to Settings."""
    settings_pages.register(LazyPage("ui.call_list_settings", "call_list_page"))  # imported when Settings opens
    action = QAction(QCoreApplication.translate("CallListMenu", "&Print call list…"), window)
    action.setShortcuts(QKeySequence.StandardKey.Print)
    action.triggered.connect(lambda: _print(window))
    window.add_file_action(action)
    window.print_call_list_action = action
    return action


def _print(window) -> None:
    from ui.call_list_dialog import print_call_list

    print_call_list(window)
