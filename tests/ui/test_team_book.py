"""The window's side of a team book: choosing it in Settings, and relaying others' changes."""

from __future__ import annotations

import pytest

from ui.events import AppEvents
from ui.prefs import Prefs
from ui.settings_dialog import SettingsDialog
from ui.team_book import BOOK_URL, BookPage, ChangeWatcher, install, startup_target


def test_the_book_to_open_comes_from_the_command_line_then_the_environment_then_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prefs = Prefs()
    assert startup_target(prefs, None) is None
    prefs.set(BOOK_URL, "postgresql+psycopg://li@server/team")
    assert startup_target(prefs, None) == "postgresql+psycopg://li@server/team"
    assert startup_target(prefs, "/tmp/x.sqlite3") == "/tmp/x.sqlite3"
    monkeypatch.setenv("GUANXI_DB", "/tmp/env.sqlite3")
    assert startup_target(prefs, None) is None  # open_book reads GUANXI_DB itself


def test_saving_a_new_book_url_reopens(qtbot, book) -> None:
    reopened = []
    page = BookPage(Prefs(), book, reopened.append)
    qtbot.addWidget(page)
    page.load()
    assert "Only you" in page.team.text()
    page.save()
    assert reopened == []  # unchanged: nothing to do
    page.url.setText(" postgresql+psycopg://li@server/team ")
    page.save()
    assert reopened == ["postgresql+psycopg://li@server/team"]
    assert Prefs().get(BOOK_URL) == "postgresql+psycopg://li@server/team"


def test_changes_reported_together_reach_the_views_once(qtbot) -> None:
    events = AppEvents()
    watcher = ChangeWatcher(events)
    with qtbot.waitSignal(events.clients_changed, timeout=3000) as emitted:
        watcher._reported.emit([3])
        watcher._reported.emit([1, 3])
    assert emitted.args == [[1, 3]]
    with qtbot.waitSignal(events.clients_changed, timeout=3000) as emitted:
        watcher._reported.emit([2])
        watcher._reported.emit([])  # unknown: reload everything
    assert emitted.args == [[]]


def test_the_settings_dialog_gets_one_book_page(qtbot, book) -> None:
    from PySide6.QtCore import QObject, Signal

    class Controller(QObject):
        book_opened = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.events = AppEvents(self)

    first, second = Controller(), Controller()
    install(first)
    install(second)
    dialog = SettingsDialog(Prefs(), book, first.events)
    qtbot.addWidget(dialog)
    assert [type(page).__name__ for page in dialog.pages].count("BookPage") == 1
