"""Today by keyboard: Enter opens, a heading is never acted on without asking, the place is kept
after Done/Snooze/Skip, Tab follows the screen, and the Done and Snooze dialogs answer to keys."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage import clients
from storage.records import ClientDraft
from ui.events import AppEvents
from ui.today_dialogs import QuickLogDialog, SnoozeDateDialog
from ui.today_view import TodayView

NOW = datetime(2026, 3, 10, 10, 0)
K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
#: A button's Alt-letter clicks it after a short animation.
CLICKED_MS = 250


@pytest.fixture
def seeded(book):
    """Overdue: 朋友0, 朋友1, the Lantern Festival for six clients (a group), 朋友2, 王五, 朋友3;
    today 张三's birthday; Thursday 李四's."""
    solar = CalendarKind.SOLAR
    for name, tier, month, day in (
        ("张三", Tier.CONFIDANT, 3, 10),
        ("李四", Tier.FRIEND, 3, 12),
        ("王五", Tier.ACQUAINTANCE, 3, 3),
        *((f"朋友{i}", Tier.FRIEND, 3, 1 + i) for i in range(4)),
    ):
        clients.create_client(book, ClientDraft(name=name, tier=tier, birthday=DateSpec(solar, month, day, 1980)))
    return book


@pytest.fixture
def window(qtbot):
    """A window with a field before Today, as the navigation is before it in the main window."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.nav = QLineEdit(holder)
    holder.today = TodayView(AppEvents(), holder, clock=lambda: NOW)
    layout = QVBoxLayout(holder)
    layout.addWidget(holder.nav)
    layout.addWidget(holder.today)
    holder.resize(1100, 700)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    return holder


@pytest.fixture
def view(qtbot, window, seeded) -> TodayView:
    today = window.today
    today.set_book(seeded)
    qtbot.waitUntil(lambda: today.model.rowCount() > 0, timeout=10000)
    return today


def current(view: TodayView) -> str:
    index = view.tree.currentIndex().siblingAtColumn(0)
    return view.model.node(index).text if index.isValid() else ""


def overdue_birthdays(view: TodayView) -> list[str]:
    return [r.client for r in view.model.all_reminders() if r.date < NOW.date() and r.kind == "birthday"]


def count(view: TodayView) -> int:
    return len(view.model.all_reminders())


def alt(view: TodayView, key: Qt.Key) -> None:
    """Press a button's Alt-letter (focus in the list) and let the button click."""
    view.window().activateWindow()  # again after a question closed (offscreen has no window manager to do it)
    QTest.qWaitForWindowActive(view.window())
    QTest.keyClick(view.tree, key, ALT)
    QTest.qWait(CLICKED_MS)


def answer_question(qtbot, key: Qt.Key | None = None, *, go: bool = False) -> list[str]:
    """When the next modal question shows, note its texts, then press `key` or its action button."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.extend([box.text(), box.informativeText()])
        if go:
            next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        else:
            QTest.keyClick(box, key or K.Key_Escape)

    QTimer.singleShot(0, answer)
    return seen


def test_focus_list_starts_on_the_first_reminder_even_before_the_list_is_in(qtbot, window, seeded) -> None:
    today = window.today
    today.focus_list()  # as the window does when it shows Today at start: no list yet
    today.set_book(seeded)
    qtbot.waitUntil(lambda: today.model.rowCount() > 0, timeout=10000)
    assert QApplication.focusWidget() is today.tree
    assert current(today) == "朋友0" and [r.client for r in today.selected()] == ["朋友0"]
    QTest.keyClick(today.tree, K.Key_Down)
    assert current(today) == "朋友1"


def test_skip_by_keys_goes_on_with_the_next_row_not_a_section(view) -> None:
    view.focus_list()
    assert current(view) == "朋友0" and count(view) == 13
    alt(view, K.Key_K)  # Skip this year
    assert "朋友0" not in overdue_birthdays(view) and count(view) == 12
    assert current(view) == "朋友1" and [r.client for r in view.selected()] == ["朋友1"]
    alt(view, K.Key_K)
    assert current(view).startswith("Lantern Festival: 6 clients")  # the next row, the group
    QTest.keyClick(view.tree, K.Key_Down)
    assert current(view) == "朋友2"
    view.snooze_selected(3)
    assert current(view) == "王五"
    QTest.keyClick(view.tree, K.Key_Down)
    alt(view, K.Key_K)  # the last overdue one: Today's first item follows, past its heading
    assert current(view) == "张三"
    assert overdue_birthdays(view) == ["王五"] and count(view) == 9


def test_done_keeps_the_place_too(qtbot, view, monkeypatch) -> None:
    monkeypatch.setattr(QuickLogDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    view.focus_list()
    QTest.keyClick(view.tree, K.Key_Down)
    view.done_selected()
    assert current(view).startswith("Lantern Festival")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.events.log_changed.emit([])  # the list read again keeps the place as well
    assert current(view).startswith("Lantern Festival")


def test_the_last_row_handled_goes_back_to_the_one_above(view) -> None:
    view.focus_list()
    for _ in range(10):
        QTest.keyClick(view.tree, K.Key_Down)
    assert current(view) == "李四"
    alt(view, K.Key_K)
    assert current(view) == "张三"


@pytest.mark.parametrize("act", ["skip", "snooze", "done"])
def test_an_action_on_a_section_asks_first_naming_how_many(qtbot, view, act) -> None:
    view.focus_list()
    QTest.keyClick(view.tree, K.Key_Up)  # onto the "Overdue (11)" heading
    assert current(view) == "Overdue (11)"
    seen = answer_question(qtbot)  # Esc: nothing happens
    {"skip": view.skip_selected, "snooze": lambda: view.snooze_selected(1), "done": view.done_selected}[act]()
    assert seen and "“Overdue (11)”" in seen[0] and "11 reminder" in seen[0]
    assert count(view) == 13 and current(view) == "Overdue (11)"


def test_a_group_is_skipped_whole_only_when_the_user_says_so(qtbot, view) -> None:
    view.focus_list()
    QTest.keyClick(view.tree, K.Key_Down)
    QTest.keyClick(view.tree, K.Key_Down)
    assert current(view).startswith("Lantern Festival: 6 clients")
    seen = answer_question(qtbot, K.Key_Return)  # the default answer is Cancel
    alt(view, K.Key_K)
    assert "6 reminder" in seen[0] and count(view) == 13
    seen = answer_question(qtbot, go=True)
    alt(view, K.Key_K)
    assert seen and count(view) == 7
    assert current(view) == "朋友2"  # the row after the group


def test_enter_opens_a_reminder_once_and_a_heading_opens_or_closes(qtbot, view) -> None:
    opened: list[int] = []
    view.events.open_client_requested.connect(opened.append)
    view.focus_list()
    QTest.keyClick(view.tree, K.Key_Return)
    first = view.selected()[0].client_id
    assert opened == [first]
    rect = view.tree.visualRect(view.tree.currentIndex())
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [first]  # a single click only selects
    QTest.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [first, first]  # a double-click opens it once
    QTest.keyClick(view.tree, K.Key_Down)
    QTest.keyClick(view.tree, K.Key_Down)
    group = view.tree.currentIndex()
    assert not view.tree.isExpanded(group)
    QTest.keyClick(view.tree, K.Key_Return)
    assert view.tree.isExpanded(group)
    rect = view.tree.visualRect(group)
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.tree.isExpanded(group)
    QTest.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not view.tree.isExpanded(group)  # closed once, not closed and opened again
    assert len(opened) == 2


def test_an_open_group_stays_open_when_the_list_is_rebuilt(view) -> None:
    view.focus_list()
    QTest.keyClick(view.tree, K.Key_Down)
    QTest.keyClick(view.tree, K.Key_Down)
    QTest.keyClick(view.tree, K.Key_Right)  # open the group
    QTest.keyClick(view.tree, K.Key_Down)
    member = current(view)
    alt(view, K.Key_K)  # one member skipped: the next member follows
    group = view.model.index_of(next(h for h in view.model.headings() if h.kind == "group"))
    assert view.tree.isExpanded(group) and "5 clients" in group.data()
    assert current(view) != member and view.model.node(view.tree.currentIndex()).parent is view.model.node(group)


def test_tab_follows_the_screen_buttons_then_the_list_and_leaves_it(view, window) -> None:
    view.focus_list()  # a reminder selected: the buttons are enabled
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    order = []
    for _ in range(7):
        QTest.keyClick(QApplication.focusWidget(), K.Key_Tab)
        order.append(QApplication.focusWidget())
    buttons = [view.done_button, view.snooze_button, view.skip_button, view.open_button, view.print_button]
    assert order == [*buttons, view.tree, window.nav]


def test_quick_log_note_tab_moves_on_and_ctrl_enter_logs(qtbot, view) -> None:
    dialog = QuickLogDialog(view.model.all_reminders()[:1], view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.note_edit.setFocus()
    before = dialog.note_edit.toPlainText()
    QTest.keyClick(dialog.note_edit, K.Key_Tab)
    assert QApplication.focusWidget() is not dialog.note_edit and dialog.note_edit.toPlainText() == before
    dialog.note_edit.setFocus()
    QTest.keyClick(dialog.note_edit, K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_enter_on_a_day_in_the_snooze_calendar_chooses_it(qtbot) -> None:
    dialog = SnoozeDateDialog(date(2026, 3, 11))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.calendar.setFocus()  # where exec() puts it
    grid = QApplication.focusWidget()
    assert grid is not None and dialog.calendar.isAncestorOf(grid)
    QTest.keyClick(grid, K.Key_Right)
    QTest.keyClick(grid, K.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.calendar.selectedDate() == QDate(2026, 3, 12)


def test_a_list_read_again_keeps_the_place_the_selection_and_the_rows_in_sight(view, window) -> None:
    window.resize(1100, 260)  # the list scrolls
    view.focus_list()
    QTest.keyClick(view.tree, K.Key_Down)
    QTest.keyClick(view.tree, K.Key_Down)
    QTest.keyClick(view.tree, K.Key_Right)  # the Lantern Festival group open
    for _ in range(5):
        QTest.keyClick(view.tree, K.Key_Down)
    chosen = current(view)
    bar = view.tree.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0
    scrolled = bar.value()
    view.show_items([r for r in view._shown if r.client != "李四"], NOW.date())  # e.g. 李四 handled elsewhere
    assert current(view) == chosen and [r.client for r in view.selected()] == [chosen]
    assert bar.value() == scrolled
    assert view.tree.isExpanded(view.model.index_of(next(h for h in view.model.headings() if h.kind == "group")))
    view.tree.selectionModel().clearSelection()  # a current row not chosen stays not chosen
    view.show_items(list(view._shown), NOW.date())
    assert current(view) == chosen and view.selected() == []
