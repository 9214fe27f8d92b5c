"""The reminder popup leaves the keyboard where the user types, yet answers to keys once they go to
it; the call-list dialog opens on the chosen days and has one Alt letter per control."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from reminders.tiers import Tier
from storage.records import Reminder
from ui.reminder_tray import ReminderPopup

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def reminder(client_id: int, name: str) -> Reminder:
    return Reminder(
        f"birthday:{client_id}::2026-03-10", client_id, name, Tier.CONFIDANT, "birthday", "生日", "birthday", "",
        date(2026, 3, 10), False, "", f"{name} · 生日", (date(2026, 3, 3),), "订花或蛋糕", (), None,
    )  # fmt: skip


def test_the_popup_shows_without_taking_the_keyboard(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    search = QLineEdit(window)
    QVBoxLayout(window).addWidget(search)
    window.show()
    popup = ReminderPopup(window)
    popup.show_reminders([reminder(1, "张三")])
    # Windows, X11 and macOS leave the active window as it is for such a window (the offscreen
    # platform in tests activates whatever shows, so the request itself is what can be checked).
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert popup.windowHandle().property("_q_showWithoutActivating") is True
    assert not popup.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus  # a click still gives it the keys
    popup.close()


def test_the_popup_answers_to_keys_once_the_user_goes_to_it(qtbot) -> None:
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    popup.show_reminders([reminder(1, "张三"), reminder(2, "李四")])
    popup.activateWindow()
    qtbot.waitUntil(popup.isActiveWindow)
    popup.list.setFocus()
    order = []
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), K.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [popup.open_button, popup.today_button, popup.close_button, popup.list]
    opened: list[int] = []
    popup.client_requested.connect(opened.append)
    QTest.keyClick(popup.list, K.Key_Down)
    QTest.keyClick(popup.list, K.Key_Return)
    assert opened == [2]
    centre = popup.list.visualItemRect(popup.list.item(0)).center()
    QTest.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [2]  # a click only selects
    QTest.mouseDClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [2, 1]  # a double-click opens once
    QTest.keyClick(popup.list, K.Key_Escape)
    assert not popup.isVisible()


def test_the_call_list_dialog_opens_on_the_chosen_days_and_its_alt_letters_differ(qtbot) -> None:
    from ui.call_list_dialog import CallListDialog

    dialog = CallListDialog(today=date(2026, 9, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.next_days.isChecked() and QApplication.focusWidget() is dialog.next_days
    QTest.keyClick(dialog, K.Key_A, ALT)
    assert QApplication.focusWidget() is dialog.paper
    QTest.keyClick(dialog, K.Key_P, ALT)  # Preview…, on the first press
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
