"""Settings > Reminders: the lead-times grid edits the book's rules; days it cannot read keep the
dialog open with the typing kept, and nothing is saved until they are fixed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import ui.reminder_hookup  # noqa: F401  (registers the page with the dialog)
from reminders.leads import Lead
from reminders.tiers import Tier
from storage import reminder_service as rs
from ui.events import AppEvents
from ui.lead_times_model import ACTIONS, DAYS
from ui.prefs import Prefs
from ui.reminder_settings import ReminderSettingsPage
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, book):
    opened = SettingsDialog(Prefs(), book, AppEvents())
    qtbot.addWidget(opened)
    return opened


def _page(dialog: SettingsDialog) -> ReminderSettingsPage:
    return next(page for page in dialog.pages if isinstance(page, ReminderSettingsPage))


def _row(page: ReminderSettingsPage, occasion: str, tier: Tier) -> int:
    return next(i for i, row in enumerate(page.model.rows) if (row.occasion, row.tier) == (occasion, tier))


def test_the_grid_shows_the_rules_and_saves_an_edit(dialog, book) -> None:
    page = _page(dialog)
    model = page.model
    confidant = _row(page, "birthday", Tier.CONFIDANT)
    assert model.data(model.index(confidant, DAYS)) == "7, 0"  # the defaults: a week ahead and on the day
    friend = _row(page, "birthday", Tier.FRIEND)
    assert model.setData(model.index(friend, DAYS), "5, 1")
    assert model.setData(model.index(friend, ACTIONS), "买蛋糕 / 打电话")
    assert not model.setData(model.index(friend, 0), "renamed")  # the occasion is not editable
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = rs.lead_rules(book)
    assert saved["birthday", Tier.FRIEND] == (Lead(5, "买蛋糕"), Lead(1, "打电话"))
    assert [lead.days for lead in saved["birthday", Tier.CONFIDANT]] == [7, 0]


def test_days_it_cannot_read_keep_the_dialog_open_and_save_nothing(dialog, book, monkeypatch) -> None:
    page = _page(dialog)
    model = page.model
    before = rs.lead_rules(book)
    friend = _row(page, "birthday", Tier.FRIEND)
    model.setData(model.index(friend, DAYS), "下周")
    model.setData(model.index(_row(page, "birthday", Tier.CONFIDANT), DAYS), "10, 0")  # a good edit beside it
    cell = model.index(friend, DAYS)
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is not None  # shown in red
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert warned and "下周" in warned[0]
    assert dialog.tabs.currentWidget() is page
    assert rs.lead_rules(book) == before  # not even the good edit: all or nothing
    assert model.data(cell) == "下周"  # what was typed is still there to fix
    model.setData(cell, "3")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [lead.days for lead in rs.lead_rules(book)["birthday", Tier.FRIEND]] == [3]
