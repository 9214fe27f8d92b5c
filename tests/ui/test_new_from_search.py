"""A search that finds no one offers to add them: Ctrl+N starts the new client with the name or the
phone number that was searched for."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from window_support import start_on_clients, stop

from storage import clients
from storage.db import open_book
from storage.records import ClientDraft, PhoneEntry
from ui.client_form import ClientDialog
from ui.clients_view import new_client_from_search


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("张三", ("张三", "")),
        ("  欧阳娜娜 ", ("欧阳娜娜", "")),
        ("138 0013 8000", ("", "138 0013 8000")),
        ("+86 139-0000-1111", ("", "+86 139-0000-1111")),
        ("1380", ("", "")),  # a fragment of a number
        ("zhangsan", ("", "")),  # pinyin: not a name to keep
        ("华为 2024", ("", "")),  # a company with digits
        ("", ("", "")),
    ],
)
def test_what_a_search_gives_a_new_client(typed: str, expected: tuple[str, str]) -> None:
    assert new_client_from_search(typed) == expected


@pytest.fixture
def controller(qtbot, book_path):
    seeded = open_book(str(book_path))
    clients.create_client(seeded, ClientDraft(name="李四", phones=[PhoneEntry("13911112222")]))
    seeded.close()
    controller = start_on_clients(qtbot, book_path)
    yield controller
    stop(controller)


def _opened_form(monkeypatch) -> list[tuple[str, list]]:
    seen: list[tuple[str, list]] = []

    def fake_exec(dialog: ClientDialog) -> QDialog.DialogCode:
        seen.append((dialog.name.text(), [p.number for p in dialog.phones.values()]))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ClientDialog, "exec", fake_exec)
    return seen


def test_a_name_found_nowhere_is_offered_and_filled_in(qtbot, controller, monkeypatch) -> None:
    view = controller.window.clients
    view.search.setText("王大锤")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert "王大锤" in view.count_label.text() and "Ctrl+N" in view.count_label.text()
    seen = _opened_form(monkeypatch)
    view.new_client()
    assert seen == [("王大锤", [])]


def test_a_phone_number_found_nowhere_is_filled_in(qtbot, controller, monkeypatch) -> None:
    view = controller.window.clients
    view.search.setText("13800138000")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    seen = _opened_form(monkeypatch)
    view.new_client()
    assert seen == [("", ["13800138000"])]


def test_a_search_that_found_someone_starts_an_empty_form(qtbot, controller, monkeypatch) -> None:
    view = controller.window.clients
    view.search.setText("李四")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert "Ctrl+N" not in view.count_label.text()
    seen = _opened_form(monkeypatch)
    view.new_client()
    assert seen[0][0] == ""
