"""Screen-reader names for the parts of form rows (dates, phones, family, important dates), the
festival tier boxes, the call list's days, follow-up dates and win-back fields."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from keyboard_support import focus, shown
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QWidget

from reminders.dates import CalendarKind, DateSpec
from reminders.festivals import FESTIVALS_BY_KEY
from reminders.tiers import Tier
from storage.clients import create_client, find_clients
from storage.records import ClientDraft, FamilyMemberEntry, ImportantDate, PhoneEntry
from ui import i18n
from ui.call_list_dialog import CallListDialog
from ui.call_list_settings import CallListPage
from ui.client_form import ClientDialog
from ui.events import AppEvents
from ui.festival_settings import FestivalsPage
from ui.log_dialog import LogContactDialog
from ui.row_editors import DateRow, FamilyRow, PhoneRow
from ui.tier_badge import tier_label
from ui.winback_dialog import MarkLostDialog, WinBackDialog


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def tr(context: str, source: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate(context, source, disambiguation)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader gets. A combo box's is its accessible name: Qt on Linux hands out its
    value instead (and the label through a relation), Windows and macOS the accessible name."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName()
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def date_part_names(label: str) -> list[str]:
    return [
        tr("DateSpecEdit", template).replace("%1", label)
        for template in ("%1: calendar", "%1: year", "%1: month", "%1: day")
    ]


def test_the_client_birthday_parts_are_named_after_the_birthday(qtbot, language) -> None:
    dialog = ClientDialog(None)
    qtbot.addWidget(dialog)
    edit = dialog.birthday
    label = tr("ClientDialog", "Birthday")
    assert label == ("生日" if language == "zh_CN" else "Birthday")
    parts = [edit.calendar, edit.year, edit.month, edit.day]
    assert [spoken_name(part) for part in parts] == date_part_names(label)
    assert edit.accessibleName() == label
    if language == "en":
        assert spoken_name(edit.year) == "Birthday: year"


def test_the_birthday_label_puts_the_cursor_in_its_first_part(qtbot) -> None:
    dialog = shown(qtbot, ClientDialog(None))
    assert dialog.birthday.focusProxy() is dialog.birthday.calendar
    dialog.birthday.setFocus()  # what the "&Birthday" label's Alt+B does
    assert focus() is dialog.birthday.calendar


def test_phone_rows_are_named_by_their_number_and_renumbered_on_removal(qtbot, language) -> None:
    dialog = ClientDialog(None)
    qtbot.addWidget(dialog)
    dialog.phones.set_values([PhoneEntry("13900001111", "Mobile"), PhoneEntry("010-1234", "Office")])
    rows = [holder.layout().itemAt(0).widget() for holder in dialog.phones._rows]
    removes = [holder.layout().itemAt(1).widget() for holder in dialog.phones._rows]
    for number, (row, remove) in enumerate(zip(rows, removes, strict=True), start=1):
        assert isinstance(row, PhoneRow)
        assert spoken_name(row.number) == tr("PhoneRow", "Phone %1: number").replace("%1", str(number))
        assert spoken_name(row.label) == tr("PhoneRow", "Phone %1: type").replace("%1", str(number))
        assert spoken_name(remove) == tr("RowListEditor", "Remove row %1").replace("%1", str(number))
    if language == "en":
        assert spoken_name(rows[1].number) == "Phone 2: number"
    removes[0].click()
    assert spoken_name(rows[1].number) == tr("PhoneRow", "Phone %1: number").replace("%1", "1")
    assert spoken_name(removes[1]) == tr("RowListEditor", "Remove row %1").replace("%1", "1")


def test_family_rows_name_every_field_and_the_birthday_parts(qtbot, language) -> None:
    dialog = ClientDialog(None)
    qtbot.addWidget(dialog)
    dialog.family.set_values([FamilyMemberEntry("女儿", "小雨"), FamilyMemberEntry("儿子", "小明")])
    row = dialog.family._rows[1].layout().itemAt(0).widget()
    assert isinstance(row, FamilyRow)
    assert spoken_name(row.relation) == tr("FamilyRow", "Family member %1: relation").replace("%1", "2")
    assert spoken_name(row.name) == tr("FamilyRow", "Family member %1: name").replace("%1", "2")
    assert spoken_name(row.notes) == tr("FamilyRow", "Family member %1: notes").replace("%1", "2")
    birthday = tr("FamilyRow", "Family member %1's birthday").replace("%1", "2")
    parts = [row.birthday.calendar, row.birthday.year, row.birthday.month, row.birthday.day]
    assert [spoken_name(part) for part in parts] == date_part_names(birthday)
    assert spoken_name(row.birthday.leap) == tr("DateSpecEdit", "%1: leap month").replace("%1", birthday)
    if language == "en":
        assert spoken_name(row.birthday.year) == "Family member 2's birthday: year"
        assert spoken_name(row.birthday.leap) == "Family member 2's birthday: leap month"


def test_date_rows_name_the_label_whose_and_date_parts(qtbot, language) -> None:
    dialog = ClientDialog(None)
    qtbot.addWidget(dialog)
    dialog.dates.set_values([ImportantDate("First deal", DateSpec(CalendarKind.SOLAR, 9, 25), person="孙女 小雨")])
    row = dialog.dates._rows[0].layout().itemAt(0).widget()
    assert isinstance(row, DateRow)
    assert spoken_name(row.kind) == tr("DateRow", "Date %1: kind").replace("%1", "1")
    assert spoken_name(row.label) == tr("DateRow", "Date %1: label").replace("%1", "1")
    assert spoken_name(row.person) == tr("DateRow", "Date %1: whose day").replace("%1", "1")
    parts = [row.date.calendar, row.date.year, row.date.month, row.date.day]
    assert [spoken_name(part) for part in parts] == date_part_names(tr("DateRow", "Date %1").replace("%1", "1"))


def test_a_row_made_alone_has_names(qtbot) -> None:
    row = DateRow()
    qtbot.addWidget(row)
    assert spoken_name(row.label) == "Date 1: label"
    assert spoken_name(row.date.day) == "Date 1: day"


def test_every_festival_tier_box_names_its_festival_and_tier(qtbot, language) -> None:
    page = FestivalsPage(None, None)
    qtbot.addWidget(page)
    template = tr("FestivalsPage", "%1: %2", "a tier's check box in a festival's row: %1 the festival, %2 the tier")
    for key, boxes in page.tiers.items():
        festival = FESTIVALS_BY_KEY[key].name(i18n.current())
        for tier, box in boxes.items():
            assert spoken_name(box) == template.replace("%1", festival).replace("%2", tier_label(tier))
    spring = spoken_name(page.tiers["spring_festival"][Tier.CONFIDANT])
    assert ("春节" in spring and "知己" in spring) if language == "zh_CN" else spring == "Spring Festival: Confidant"


def test_the_call_list_days_have_names_of_their_own(qtbot) -> None:
    dialog = CallListDialog(today=date(2026, 9, 25))
    qtbot.addWidget(dialog)
    assert [spoken_name(w) for w in (dialog.days, dialog.start, dialog.end)] == [
        "Number of days",
        "First day",
        "Last day",
    ]


def test_the_call_list_settings_tier_is_named(qtbot) -> None:
    page = CallListPage(None)
    qtbot.addWidget(page)
    assert spoken_name(page.tier) == "Tier"


def test_follow_up_dates_are_named(qtbot, book) -> None:
    log = LogContactDialog(["甲"])
    qtbot.addWidget(log)
    assert spoken_name(log.follow_date) == "Follow-up date"

    from storage.winback import mark_lost

    create_client(book, ClientDraft(name="甲"))
    loss = mark_lost(book, find_clients(book, "甲")[0].id, date.today() - timedelta(days=2), ["price"])
    dialog = WinBackDialog(book, AppEvents(), loss)
    qtbot.addWidget(dialog)
    assert spoken_name(dialog.follow_day) == "Follow-up date"
    assert spoken_name(dialog.step) == "Win-back step"
    assert spoken_name(dialog.note) == "Note on this step"
    assert dialog.note.accessibleDescription() == dialog.hint.text() != ""
    dialog.step.setCurrentIndex((dialog.step.currentIndex() + 1) % dialog.step.count())
    assert dialog.note.accessibleDescription() == dialog.hint.text()


def test_the_other_reason_is_named(qtbot) -> None:
    dialog = MarkLostDialog("甲")
    qtbot.addWidget(dialog)
    assert spoken_name(dialog.other) == "Other reason"


# --- the in-app reminder popup ----------------------------------------------------------------


def _reminder(name: str = "张三"):
    from storage import reminder_service as rs

    return rs.Reminder(
        "birthday:1::2026-03-10", 1, name, Tier.CONFIDANT, "birthday", "生日", "birthday", "", date(2026, 3, 10),
        False, "", f"{name} · 生日 · 2026-03-10", (date(2026, 3, 3),), "订花或蛋糕", (), None,
    )  # fmt: skip


def test_the_popup_alerts_a_screen_reader_and_says_how_many(qtbot, qapp, monkeypatch) -> None:
    from ui.reminder_tray import ReminderPopup

    i18n.install(qapp, "en")  # the English plural forms

    events: list[tuple[QAccessible.Event, object]] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: events.append((event.type(), event.object())))
    owner = QWidget()
    qtbot.addWidget(owner)
    popup = ReminderPopup(owner)
    popup.show_reminders([_reminder(), _reminder("李四")])
    assert (QAccessible.Event.Alert, popup) in events
    assert popup.accessibleName() == popup.heading.text() == "2 reminders"
    assert popup.list.accessibleName() == "2 reminders"
    assert "Ctrl+Shift+R" in popup.accessibleDescription() == popup.subtitle.text()
    popup.hide()


def test_the_popup_heading_grows_with_the_font(qtbot) -> None:
    from PySide6.QtGui import QFont

    from ui.reminder_tray import HEADING_SCALE, ReminderPopup

    popup = ReminderPopup()
    qtbot.addWidget(popup)
    assert "font-size" not in popup.heading.styleSheet()
    large = QFont(popup.font())
    large.setPointSizeF(20)
    popup.setFont(large)  # as a larger system font reaches it
    assert popup.heading.font().pointSizeF() == pytest.approx(20 * HEADING_SCALE)
    assert popup.heading.font().bold()


def test_ctrl_shift_r_takes_the_keys_to_the_popup_only_while_it_is_up(qtbot, book_path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from ui.app import AppController
    from ui.prefs import Prefs

    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this platform has a tray: no popup")
    controller = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(controller.window)
    controller.start()
    hookup = controller.reminders
    qtbot.waitUntil(lambda: hookup.center is not None and hookup.center.book is not None, timeout=10000)
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    assert not hookup.popup_key.isEnabled()  # no popup: the key is left to anyone else

    hookup._raised([_reminder(), _reminder("李四")])
    popup = hookup.popup
    assert popup.isVisible() and hookup.popup_key.isEnabled()
    # On a desktop it never takes the keyboard (the offscreen platform activates any shown window):
    # the user is still typing in the main window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    typing_in = QApplication.focusWidget()
    assert typing_in is not None and window.isAncestorOf(typing_in)
    QTest.keyClick(typing_in, Qt.Key.Key_R, keys)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is popup)
    assert focus() is popup.list
    QTest.keyClick(popup.list, Qt.Key.Key_Escape)  # back where the user was
    assert not popup.isVisible() and not hookup.popup_key.isEnabled()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert focus() is typing_in
    hookup.center.stop()
    window.close()
