"""Render the main screens to PNG files, in Chinese and in English: `make screenshots`.

Runs offscreen (or under Xvfb) on a throwaway demo book, so a person can look at
what the app shows without touching a real book.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out_dir: str) -> int:
    home = tempfile.mkdtemp(prefix="guanxi-shots-")
    os.environ["GUANXI_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QFont, QFontDatabase

    from storage.db import open_book
    from storage.demo import fill_demo
    from ui import i18n
    from ui.app import AppController, make_application
    from ui.prefs import Prefs

    book_path = Path(home) / "shots.sqlite3"
    book = open_book(str(book_path))
    fill_demo(book, 300, seed=3)
    book.close()

    app = make_application(["guanxi"])
    families = QFontDatabase.families()
    cjk = next((f for f in ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei") if f in families), None)
    if cjk:
        app.setFont(QFont(cjk, 10))
    else:
        print("warning: no CJK font found; install fonts-noto-cjk", file=sys.stderr)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab(widget: QWidget, name: str) -> None:
        settle(150)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    for language in ("zh_CN", "en"):
        i18n.install(app, language)
        controller = AppController(Prefs(), str(book_path), offer_demo=False)
        controller.window.resize(1280, 780)
        controller.start()
        for _ in range(40):
            settle(100)
            if controller.book is not None and controller.window.clients.model.rowCount() > 50:
                break
        window = controller.window
        clients = window.clients
        window.show_view("clients")  # Today is the home view
        clients.table.selectRow(3)
        grab(window, f"{language}-clients")
        for shot, action in SCREENS:
            widget = action(window)
            grab(widget, f"{language}-{shot}")
            widget.close()
        clients.search.setText("zw")
        grab(window, f"{language}-search-zw")
        window.close()
        controller.book.close()
    return 0


def _client_form(window) -> QWidget:
    from storage import clients as service
    from ui.client_form import ClientDialog

    cid = window.clients.model.client_id(3)
    dialog = ClientDialog(window.book, service.get_client(window.book, cid), window)
    dialog.resize(760, 640)
    dialog.show()
    return dialog


def _client_form_dates(window) -> QWidget:
    dialog = _client_form(window)
    dialog.tabs.setCurrentIndex(2)
    return dialog


def _client_form_event(window) -> QWidget:
    from datetime import date

    dialog = _client_form_dates(window)
    row = dialog.dates.add_row()
    row.kind.setCurrentIndex(row.kind.findData("full_month"))
    row.helper.kind_chosen()
    row.person.setText("孙女 小雨")
    row.helper.set_from_birth(date(2026, 8, 26))
    return dialog


def _settings(window) -> QWidget:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.prefs, window.book, window.events, window)
    dialog.show()
    return dialog


class _ViewShot:
    """Shows one view of the window for a grab; closing it goes back to the clients."""

    def __init__(self, window, key: str) -> None:
        self.window = window
        window.show_view(key)

    def grab(self):
        return self.window.grab()

    def close(self) -> None:
        self.window.calendar.whole_month.setChecked(False)
        self.window.show_view("clients")


def _calendar(window) -> _ViewShot:
    from datetime import date

    from PySide6.QtCore import QEventLoop, QTimer

    shot = _ViewShot(window, "calendar")
    view = window.calendar
    loop = QEventLoop()
    view.month_loaded.connect(loop.quit)
    QTimer.singleShot(5000, loop.quit)
    view.show_day(date(2026, 9, 25))
    view.reload()
    loop.exec()
    return shot


def _calendar_month(window) -> _ViewShot:
    shot = _calendar(window)
    window.calendar.whole_month.setChecked(True)
    return shot


def _settings_festivals(window) -> QWidget:
    from ui.festival_settings import FestivalsPage

    dialog = _settings(window)
    pages = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(next(i for i, page in enumerate(pages) if isinstance(page, FestivalsPage)))
    dialog.resize(760, 680)
    return dialog


def _birth_date(window) -> QWidget:
    from ui.family_dates import BirthDateDialog

    dialog = BirthDateDialog("full_month", window)
    dialog.show()
    return dialog


SCREENS: list[tuple[str, Callable]] = [
    ("client-form", _client_form),
    ("client-form-dates", _client_form_dates),
    ("client-form-event", _client_form_event),
    ("settings", _settings),
    ("calendar", _calendar),
    ("calendar-month", _calendar_month),
    ("settings-festivals", _settings_festivals),
    ("birth-date", _birth_date),
    ("today", lambda window: _today_shot(window)),
    ("reminder-popup", lambda window: _reminder_popup(window)),
    ("settings-reminders", lambda window: _settings_reminders(window)),
    ("dashboard", lambda window: _care("dashboard", window)),
    ("churn-watch", lambda window: _care("churn_watch", window)),
    ("client-timeline", lambda window: _care("client_timeline", window)),
    ("log-contact", lambda window: _care("log_contact", window)),
    ("team-dashboard", lambda window: _care("team_dashboard", window)),  # last: it deals the clients out
]


def _care(name: str, window):
    from tools import care_shots

    return getattr(care_shots, name)(window)


def _today_shot(window):
    from tools.reminder_shots import today_shot

    return today_shot(window)


def _reminder_popup(window) -> QWidget:
    from tools.reminder_shots import reminder_popup

    return reminder_popup(window)


def _settings_reminders(window) -> QWidget:
    from tools.reminder_shots import settings_reminders

    return settings_reminders(window, _settings(window))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
