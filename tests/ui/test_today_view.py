"""The Today view and its actions, the tray or popup, the scheduler's one timer, one instance."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QSystemTrayIcon

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage import clients
from storage import reminder_service as rs
from storage.records import ClientDraft, PhoneEntry
from ui.events import AppEvents
from ui.reminder_clock import OneTimerQtScheduler, ReminderClock
from ui.reminder_tray import ReminderPopup, ReminderTray
from ui.today_dialogs import QuickLogDialog
from ui.today_view import TodayView

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 10, 10, 0)


@pytest.fixture
def seeded(book):
    solar = CalendarKind.SOLAR
    for name, tier, month, day in (
        ("张三", Tier.CONFIDANT, 3, 10),
        ("李四", Tier.FRIEND, 3, 12),
        ("王五", Tier.ACQUAINTANCE, 3, 3),
    ):
        draft = ClientDraft(
            name=name, tier=tier, birthday=DateSpec(solar, month, day, 1980), phones=[PhoneEntry("13900001111")]
        )
        clients.create_client(book, draft)
    return book


@pytest.fixture
def view(qtbot, seeded):
    events = AppEvents()
    today = TodayView(events, clock=lambda: NOW)
    qtbot.addWidget(today)
    today.resize(1100, 600)
    today.show()
    today.set_book(seeded)
    qtbot.waitUntil(lambda: today.model.rowCount() > 0, timeout=10000)
    return today


def names(view: TodayView) -> list[str]:
    """The clients listed for a birthday (the 元宵节 of 2026-03-03 is there too, for the closer tiers)."""
    return [r.client for r in view.model.all_reminders() if r.kind == "birthday"]


def select_client(view: TodayView, name: str) -> None:
    model = view.model
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        for child in range(model.rowCount(section)):
            index = model.index(child, 0, section)
            node = model.node(index)
            if node.reminder is not None and node.reminder.client == name and node.reminder.kind == "birthday":
                view.tree.selectionModel().clearSelection()
                view.tree.selectionModel().select(
                    index,
                    view.tree.selectionModel().SelectionFlag.Select | view.tree.selectionModel().SelectionFlag.Rows,
                )
                return
    raise AssertionError(f"{name} not listed")


def test_sections_overdue_then_today_then_coming(view) -> None:
    model = view.model
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles[0].startswith("Overdue")  # 王五's birthday was a week ago
    assert titles[1].startswith("Today")
    assert any(t.startswith("Thursday") or "12" in t for t in titles[2:])
    assert names(view) == ["王五", "张三", "李四"]
    zhang = next(r for r in model.all_reminders() if r.client == "张三")
    assert zhang.due and zhang.action and zhang.phones == ("13900001111",)


def test_done_snooze_skip_leave_the_list_and_do_not_come_back(qtbot, view, seeded, monkeypatch) -> None:
    monkeypatch.setattr(QuickLogDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    select_client(view, "张三")
    view.done_selected()
    assert "张三" not in names(view)
    select_client(view, "李四")
    view.snooze_selected(3)
    assert "李四" not in names(view)
    select_client(view, "王五")
    view.skip_selected()
    assert names(view) == []
    with qtbot.waitSignal(view.model.modelReset, timeout=5000):
        view.reload()
    assert names(view) == []  # read back from the book: handled items stay gone
    # the snoozed one comes back on its day, raised once
    later = datetime(2026, 3, 13, 9, 30)
    assert [r.client for r in rs.raise_due(seeded, later) if r.kind == "birthday"] == ["李四"]
    assert rs.raise_due(seeded, later) == []


def test_a_festival_for_many_clients_is_grouped(qtbot, seeded) -> None:
    for i in range(4):
        clients.create_client(seeded, ClientDraft(name=f"朋友{i}", tier=Tier.FRIEND))
    events = AppEvents()
    mid_autumn = datetime(2026, 9, 20, 10, 0)  # 中秋节 2026-09-25: friends are told 7 days ahead
    view = TodayView(events, clock=lambda: mid_autumn)
    qtbot.addWidget(view)
    view.set_book(seeded)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    groups = [
        view.model.node(view.model.index(child, 0, view.model.index(row, 0)))
        for row in range(view.model.rowCount())
        for child in range(view.model.rowCount(view.model.index(row, 0)))
    ]
    group = next(node for node in groups if node.kind == "group")
    assert "clients" in group.text and len(group.children) >= 4
    selection = view.tree.selectionModel()
    selection.select(
        view.model.createIndex(group.row(), 0, group), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    )
    assert len(view.selected()) == len(group.children)


def test_tray_menu_or_popup(qtbot) -> None:
    from PySide6.QtGui import QIcon

    tray = ReminderTray(QIcon())
    assert [a.text() for a in tray.menu.actions() if a.text()] == ["Open Guanxi", "Today", "Quit"]
    tray.set_count(3)
    assert "3" in tray.icon.toolTip()
    with qtbot.waitSignal(tray.today_requested):
        tray.today_action.trigger()
    assert tray.available == QSystemTrayIcon.isSystemTrayAvailable()
    tray.hide()


def test_popup_shows_reminders_and_opens_the_client(qtbot, view) -> None:
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    due = [r for r in view.model.all_reminders() if r.due]
    popup.show_reminders(due)
    assert popup.isVisible() and popup.list.count() == len(due)
    with qtbot.waitSignal(popup.client_requested) as signal:
        popup.open_button.click()
    assert signal.args == [due[0].client_id]


def test_offscreen_has_no_tray_so_the_popup_shows_what_is_raised(qtbot, book_path) -> None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this platform has a tray")
    from ui.app import AppController
    from ui.prefs import Prefs

    controller = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(controller.window)
    controller.start()
    hookup = controller.reminders
    assert controller.window.current_view() == "today"
    # The reminder center and the tray start once Today has its first list.
    qtbot.waitUntil(lambda: hookup.center is not None and hookup.center.book is not None, timeout=10000)
    assert not hookup.tray.available
    fake = rs.Reminder(
        "birthday:1::2026-03-10", 1, "张三", Tier.CONFIDANT, "birthday", "生日", "birthday", "", date(2026, 3, 10),
        False, "", "张三 · 生日 · 2026-03-10", (date(2026, 3, 3),), "订花或蛋糕", (), None,
    )  # fmt: skip
    hookup._raised([fake])
    assert hookup.popup is not None and hookup.popup.isVisible()
    assert "订花或蛋糕" in hookup.popup.list.item(0).text()
    hookup.popup.close()
    hookup.center.stop()
    controller.window.close()


def test_scheduler_keeps_one_timer_and_a_late_one_off_still_fires(qtbot) -> None:
    scheduler = OneTimerQtScheduler()
    fired: list[str] = []
    scheduler.start()
    timer = scheduler.qtimer
    for i in range(200):
        scheduler.add_job(fired.append, "date", run_date=datetime.now() + timedelta(days=1), args=[f"far{i}"])
    late = datetime.now() - timedelta(minutes=30)  # the laptop slept through it
    scheduler.add_job(fired.append, "date", run_date=late, args=["late"])
    qtbot.waitUntil(lambda: fired == ["late"], timeout=5000)
    assert scheduler.qtimer is timer and timer.isActive()
    assert timer.remainingTime() > 60_000  # one timer, aimed at the next job, not a pile of wake-ups
    scheduler.shutdown(wait=False)
    assert not timer.isActive()


def test_clock_notices_a_jump_and_a_new_day(qtbot) -> None:
    wall = [datetime(2026, 3, 10, 23, 59).timestamp()]
    mono = [1000.0]
    clock = ReminderClock(wall=lambda: wall[0], monotonic=lambda: mono[0])
    reasons: list[str] = []
    days: list[date] = []
    clock.check_requested.connect(reasons.append)
    clock.day_changed.connect(days.append)
    wall[0] += 60
    mono[0] += 60
    clock._on_tick("heartbeat")
    assert reasons == ["heartbeat"] and days == [date(2026, 3, 11)]
    wall[0] += 8 * 3600  # slept the night: the wall clock moved, the monotonic one did not
    mono[0] += 60
    clock._on_tick("heartbeat")
    assert reasons[-1] == "woke"
    clock.stop()


def test_start_at_login_writes_the_linux_autostart_file(tmp_path, monkeypatch) -> None:
    from ui.autostart import linux_autostart_file, set_start_at_login, starts_at_login

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    set_start_at_login(True, platform="linux")
    path = linux_autostart_file()
    assert path == tmp_path / "config" / "autostart" / "guanxi.desktop"
    text = path.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "main.py" in text and "Exec=" in text
    assert starts_at_login("linux")
    set_start_at_login(False, platform="linux")
    assert not path.exists()


HOLDER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from ui.single_instance import SingleInstance
    from storage.paths import data_dir
    app = QCoreApplication([])
    instance = SingleInstance(data_dir())
    assert instance.acquire()
    instance.activated.connect(lambda: (print("activated", flush=True), app.quit()))
    print("ready", flush=True)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    """
)


def test_a_second_start_brings_the_first_to_the_front_and_exits_0(guanxi_home: Path) -> None:
    env = {**os.environ, "GUANXI_HOME": str(guanxi_home), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen([sys.executable, "-c", HOLDER], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, str(ROOT / "main.py")], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 30
        assert first.stdout.readline().strip() == "activated"
        assert first.wait(timeout=10) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
        if first.stdout is not None:
            first.stdout.close()


def test_client_reminders_dialog_saves_an_override(qtbot, seeded) -> None:
    from ui.client_reminders_dialog import ClientRemindersDialog

    dialog = ClientRemindersDialog(seeded, 3, "王五")
    qtbot.addWidget(dialog)
    dialog.edits["birthday"].setText("10")
    dialog.accept()
    assert rs.client_overrides(seeded, 3) == {"birthday": (10,)}
    wang = next(
        r for r in rs.today_list(seeded, datetime(2027, 2, 21, 10)) if r.client == "王五" and r.kind == "birthday"
    )
    assert wang.remind_on == (date(2027, 2, 21),) and wang.due
