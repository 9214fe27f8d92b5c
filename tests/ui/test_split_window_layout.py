"""The window remembers its layout between runs (ui.window_state), and building it loads none of the
Clients view's modules (they come when the view is first shown)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui import i18n
from ui import prefs as options
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.prefs import Prefs

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot) -> MainWindow:
    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_closing_the_window_remembers_the_view_the_splitter_and_the_columns(qtbot) -> None:
    window = _window(qtbot)
    window.show_view("clients")
    clients = window.clients
    clients.splitter.setSizes([300, 500])
    splitter_sizes = clients.splitter.sizes()
    clients.table.horizontalHeader().resizeSection(0, 211)
    window.show_view("calendar")
    window.close()  # closeEvent saves

    assert Prefs().get(options.CURRENT_VIEW) == "calendar"
    again = _window(qtbot)
    assert again.current_view() == "calendar"
    assert not again.is_built("clients")  # restoring the layout does not build the view
    again.show_view("clients")
    qtbot.waitUntil(lambda: again.clients.splitter.sizes() == splitter_sizes, timeout=3000)
    assert again.clients.table.horizontalHeader().sectionSize(0) == 211


def test_column_widths_saved_in_another_language_start_afresh(qtbot) -> None:
    window = _window(qtbot)
    default_width = window.clients.table.horizontalHeader().sectionSize(0)
    window.clients.table.horizontalHeader().resizeSection(0, default_width + 40)
    window.close()
    prefs = Prefs()
    assert prefs.get(options.CLIENTS_HEADER_LANGUAGE) == i18n.current()
    prefs.set(options.CLIENTS_HEADER_LANGUAGE, "zh_CN" if i18n.current() != "zh_CN" else "en")
    prefs.sync()

    again = _window(qtbot)
    assert again.clients.table.horizontalHeader().sectionSize(0) == default_width


def test_building_the_window_loads_none_of_the_clients_views_modules_nor_the_popup(tmp_path: Path) -> None:
    """Nor the team book, the Settings dialog, the database or the network, which the first paint
    does without (the team book's watcher and Settings page come with the first book opened)."""
    script = (
        "import sys\n"
        "from ui.app import AppController, make_application\n"
        "from ui.prefs import Prefs\n"
        "app = make_application(['x'])\n"
        f"controller = AppController(Prefs(), {str(tmp_path / 'none.sqlite3')!r}, offer_demo=False)\n"
        "later = ('ui.clients', 'ui.client_', 'ui.reminder_tray', 'ui.team_book', 'ui.settings_dialog',"
        " 'sqlalchemy', 'PySide6.QtNetwork')\n"
        "print(sorted(name for name in sys.modules if name.startswith(later)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
