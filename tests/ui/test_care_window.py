"""The relationship log in the real window, offscreen: log contacts three ways, a complaint's
steps, marking a client lost and winning them back, the churn watch and the dashboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from reminders.tiers import Tier
from storage import clients, feedback, log
from storage.records import ClientDraft
from ui.app import AppController
from ui.prefs import Prefs

ACCEPTED = QDialog.DialogCode.Accepted


@pytest.fixture
def controller(qtbot, book_path: Path):
    from storage.db import open_book

    seeded = open_book(str(book_path))
    clients.create_client(seeded, ClientDraft(name="李四", company="华联超市"))
    clients.create_client(seeded, ClientDraft(name="王五", company="五金店", tier=Tier.FRIEND))
    seeded.close()
    app_controller = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(app_controller.window)
    with qtbot.waitSignal(app_controller.window.clients.index_ready, timeout=10000):
        app_controller.start()
    app_controller.window.show_view("clients")
    yield app_controller
    app_controller.window.close()
    app_controller.shutdown()


def _id(controller, name: str) -> int:
    return next(r.id for r in clients.find_clients(controller.book, name))


def _fill_contact(note: str, purposes=("care", "service"), follow: date | None = None):
    def fake_exec(dialog) -> QDialog.DialogCode:
        dialog.note.setPlainText(note)
        dialog.channel.setCurrentIndex(dialog.channel.findData("visit"))
        for key, box in dialog.purposes.items():
            box.setChecked(key in purposes)
        dialog.mood.setCurrentIndex(dialog.mood.findData(4))
        if follow is not None:
            dialog.follow.setChecked(True)
            dialog.follow_date.setDate(follow)
        return ACCEPTED

    return fake_exec


def test_log_a_contact_from_the_client_page(qtbot, controller, monkeypatch) -> None:
    from ui.log_dialog import LogContactDialog

    window = controller.window
    cid = _id(controller, "王五")
    window.clients.open_client(cid)
    page = window.clients.page
    assert page.relations.isVisible()
    monkeypatch.setattr(LogContactDialog, "exec", _fill_contact("送了一盆兰花", follow=date(2099, 1, 2)))
    with qtbot.waitSignal(controller.events.log_changed, timeout=5000):
        page.relations.log_button.click()
    (entry,) = log.list_contacts(controller.book, cid)
    assert entry.note == "送了一盆兰花" and entry.purposes == ("care", "service") and entry.mood == 4
    assert entry.next_follow_up == date(2099, 1, 2)
    html = page.browser.toHtml()
    assert "送了一盆兰花" in html and "Timeline" in html
    assert clients.get_client(controller.book, cid).last_contact_at is not None


def test_ctrl_l_asks_for_the_client_by_search(qtbot, controller, monkeypatch) -> None:
    from ui.log_dialog import ClientPickerDialog, LogContactDialog

    def pick(dialog) -> QDialog.DialogCode:
        dialog.search.setText("ls")  # pinyin initials of 李四
        return ACCEPTED

    monkeypatch.setattr(ClientPickerDialog, "exec", pick)
    monkeypatch.setattr(LogContactDialog, "exec", _fill_contact("电话问候", purposes=("care",)))
    window = controller.window
    assert window.log_contact_action.shortcut().toString() == "Ctrl+L"
    window.log_contact_action.trigger()
    (entry,) = log.list_contacts(controller.book, _id(controller, "李四"))
    assert entry.note == "电话问候" and entry.channel == "visit"


def test_log_from_a_today_item(qtbot, controller, monkeypatch) -> None:
    from ui.log_dialog import LogContactDialog

    assert controller.window.log_contact_hook is not None
    captured = {}

    def fake_exec(dialog) -> QDialog.DialogCode:
        captured["note"] = dialog.note.toPlainText()
        return ACCEPTED

    monkeypatch.setattr(LogContactDialog, "exec", fake_exec)

    class Reminder:
        client_id = _id(controller, "王五")
        occasion = "生日"

    assert controller.window.log_contact_hook(controller.window, controller.book, [Reminder()])
    assert captured["note"] == "生日"
    assert [c.purposes for c in log.list_contacts(controller.book, Reminder.client_id)] == [("care",)]


def test_complaint_lifecycle_in_the_churn_watch(qtbot, controller, monkeypatch) -> None:
    from ui.feedback_dialog import AdvanceFeedbackDialog

    window = controller.window
    cid = _id(controller, "李四")
    feedback.open_feedback(controller.book, cid, "complaint", "送货晚了")
    care = window.care
    with qtbot.waitSignal(controller.events.log_changed, timeout=5000):
        controller.events.log_changed.emit([cid])
    qtbot.waitUntil(lambda: care.feedback_model.rowCount() == 1, timeout=5000)
    window.show_view("care")
    care.tabs.setCurrentWidget(care.feedback_tab)
    notes = iter(["查了, 属实", "换了物流", "已告知李四"])

    def advance(dialog) -> QDialog.DialogCode:
        dialog.note.setPlainText(next(notes))
        return ACCEPTED

    for expected in ("checking", "fixed", "reported"):
        monkeypatch.setattr(AdvanceFeedbackDialog, "exec", advance)
        qtbot.waitUntil(lambda: care.feedback_model.rowCount() == 1 and not care._loading, timeout=5000)
        care.feedback_table.selectRow(0)
        care.advance_selected()
        (item,) = feedback.list_feedback(controller.book, client_id=cid)
        assert item.status == expected
    assert [s.note for s in item.steps] == ["", "查了, 属实", "换了物流", "已告知李四"]
    qtbot.waitUntil(lambda: care.feedback_model.rowCount() == 0, timeout=5000)


def test_mark_lost_then_win_back(qtbot, controller, monkeypatch) -> None:
    from ui.winback_dialog import MarkLostDialog, WinBackDialog

    window = controller.window
    view = window.clients
    cid = _id(controller, "王五")
    view.open_client(cid)

    def lost(dialog) -> QDialog.DialogCode:
        dialog.reasons["price"].setChecked(True)
        dialog.reasons["competitor"].setChecked(True)
        return ACCEPTED

    monkeypatch.setattr(MarkLostDialog, "exec", lost)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.page.relations.mark_lost()
    assert view.model.rowCount() == 1  # 王五 left the list
    assert clients.count_clients(controller.book) == 1

    care = window.care
    qtbot.waitUntil(lambda: care.lost_model.rowCount() == 1 and not care._loading, timeout=5000)
    dialogs: list[WinBackDialog] = []

    def plan(dialog) -> QDialog.DialogCode:
        dialogs.append(dialog)
        dialog.note.setPlainText("电话了解: 对手便宜 8%")
        dialog.add_step()
        dialog.note.setPlainText("提供季度返利")
        dialog.add_step()
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("签了新单", True))
        dialog.close_plan("won_back")
        return ACCEPTED

    monkeypatch.setattr(WinBackDialog, "exec", plan)
    care.tabs.setCurrentWidget(care.lost_tab)
    care.lost_table.selectRow(0)
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        care.winback_selected()
    steps = [s.step for s in dialogs[0].loss.steps]
    assert steps == ["reason", "plan"] and dialogs[0].loss.outcome == "won_back"
    assert clients.count_clients(controller.book) == 2
    assert view.model.rowCount() == 2


def test_dashboard_shows_figures_and_tables(qtbot, controller) -> None:
    window = controller.window
    dash = window.dashboard
    qtbot.waitUntil(lambda: bool(dash.summary.text()), timeout=10000)
    assert "2" in dash.summary.text()
    assert dash.pyramid.model.rowCount() == 4
    assert dash.churn.model.rowCount() == 12
    assert dash.pyramid.chart.series()


def test_give_a_gift_idea_and_remove_one_with_undo(qtbot, controller, monkeypatch) -> None:
    from storage import gifts
    from storage.care_records import GiftDraft
    from ui.gift_dialog import GiftDialog

    window = controller.window
    cid = _id(controller, "王五")
    gifts.record_gift(controller.book, GiftDraft(cid, "兰花", "idea", occasion="乔迁", cost=120))
    gifts.record_gift(controller.book, GiftDraft(cid, "普洱茶", "idea"))
    window.clients.open_client(cid)
    bar = window.clients.page.relations
    menus = [action.menu() for action in bar.ideas_menu.actions()]
    assert bar.ideas_menu.isEnabled() and [m.title() for m in menus] == ["普洱茶", "兰花 (乔迁)"]  # newest first

    seen: list[tuple[str, str, int]] = []

    def accept(dialog) -> QDialog.DialogCode:
        seen.append((dialog.direction.currentData(), dialog.item.text(), dialog.cost.value()))
        return ACCEPTED

    monkeypatch.setattr(GiftDialog, "exec", accept)
    give, _remove = menus[1].actions()
    with qtbot.waitSignal(controller.events.log_changed, timeout=5000):
        give.trigger()
    assert seen == [("given", "兰花", 120)]
    kinds = [(g.direction, g.item) for g in gifts.list_gifts(controller.book, cid)]
    assert kinds == [("given", "兰花"), ("idea", "普洱茶")]

    menus = [action.menu() for action in bar.ideas_menu.actions()]  # rebuilt with the page
    assert [m.title() for m in menus] == ["普洱茶"]
    _give, remove = menus[0].actions()
    with qtbot.waitSignal(controller.events.log_changed, timeout=5000):
        remove.trigger()
    assert not bar.ideas_menu.isEnabled()
    assert [g.direction for g in gifts.list_gifts(controller.book, cid)] == ["given"]
    with qtbot.waitSignal(controller.events.log_changed, timeout=5000):
        window.undo_stack.undo()
    assert [m.title() for m in (a.menu() for a in bar.ideas_menu.actions())] == ["普洱茶"]


def test_opening_another_book_forgets_what_undo_would_do(qtbot, controller, tmp_path) -> None:
    """An undo of an archive must never restore ids in a book other than the one it archived in."""
    from storage.db import open_book

    window = controller.window
    view = window.clients
    with qtbot.waitSignal(view.index_ready, timeout=10000):
        view.archive([_id(controller, "李四")])
    assert window.undo_stack.canUndo()
    other = open_book(str(tmp_path / "other.sqlite3"))
    try:
        with qtbot.waitSignal(view.index_ready, timeout=10000):
            window.set_book(other)
        assert not window.undo_stack.canUndo()
    finally:
        with qtbot.waitSignal(view.index_ready, timeout=10000):
            window.set_book(controller.book)
        other.close()
    assert clients.count_clients(controller.book) == 1  # 李四 stays archived
