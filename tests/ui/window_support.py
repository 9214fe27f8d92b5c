"""Starting the real window on a book for UI tests, and closing it down again."""

from __future__ import annotations

from pathlib import Path

from ui.app import AppController
from ui.prefs import Prefs


def start_on_clients(qtbot, book_path: Path) -> AppController:
    """The app on `book_path`, its client index built, showing the Clients view (Today is home)."""
    controller = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(controller.window)
    with qtbot.waitSignal(controller.window.clients.index_ready, timeout=10000):
        controller.start()
    controller.window.show_view("clients")
    return controller


def stop(controller: AppController) -> None:
    controller.window.close()
    controller.shutdown()
