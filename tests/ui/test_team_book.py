"""The window's side of a team book: choosing it in Settings, and relaying others' changes."""

from __future__ import annotations

import pytest

from ui.app import startup_target
from ui.events import AppEvents
from ui.prefs import BOOK_URL, Prefs
from ui.settings_dialog import SettingsDialog
from ui.team_book import BookPage, ChangeWatcher, install


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


def test_the_dashboard_shows_the_team_when_the_book_has_several_owners(qtbot, book) -> None:
    from sqlalchemy import text

    from reminders.tiers import Tier
    from storage import clients
    from storage.records import ClientDraft
    from ui.dashboard_view import DashboardView

    view = DashboardView(AppEvents())
    qtbot.addWidget(view)
    clients.create_client(book, ClientDraft(name="甲", tier=Tier.FRIEND))
    view.set_book(book)
    qtbot.waitUntil(lambda: hasattr(view, "figures"), timeout=20_000)
    assert view.team.isHidden()  # one owner ("local"): no team to show

    clients.create_client(book, ClientDraft(name="乙", tier=Tier.CONFIDANT))
    clients.create_client(book, ClientDraft(name="丙", tier=Tier.CONFIDANT))
    with book.engine.begin() as sql:  # as a team book's rows would be
        sql.execute(text("UPDATE client SET owner = 'wang' WHERE name IN ('乙', '丙')"))
    del view.figures
    view.reload()
    qtbot.waitUntil(lambda: hasattr(view, "figures"), timeout=20_000)
    assert not view.team.isHidden()
    model = view.team.model
    rows = {model.payload(i)[0]: model.payload(i) for i in range(model.rowCount())}
    assert rows["wang"][1] == 2 and rows["wang"][2] == 2  # two clients, both confidants
    assert rows["local"][1] == 1 and rows["local"][3] == 1  # one friend


def test_a_save_retried_after_the_server_lost_its_answer_adds_the_client_once(qtbot, book, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from storage import clients
    from storage.errors import ConnectionLost
    from ui import team_book
    from ui.client_form import ClientDialog

    real_create = clients.create_client
    tries: list[str | None] = []

    def answer_lost_once(*args, **kwargs):
        tries.append(kwargs.get("request_key"))
        created = real_create(*args, **kwargs)
        if len(tries) == 1:  # committed, but the answer never came back
            raise ConnectionLost("lost the connection to the team book at db.example; retrying")
        return created

    monkeypatch.setattr(clients, "create_client", answer_lost_once)
    monkeypatch.setattr(team_book, "offer_retry", lambda _parent, _error: True)
    dialog = ClientDialog(book, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("郑洁")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(tries) == 2 and tries[0] == tries[1] is not None  # the same key both times
    assert [row.name for row in clients.find_clients(book, "郑洁")] == ["郑洁"]
