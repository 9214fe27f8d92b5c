"""Tab order follows the screen in the client form and the import wizard; Add puts the cursor in the
new row; Ctrl+Tab between the form's tabs lands on the page's first field."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard_support import CTRL, focus, shown
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea, QWidget

from reminders.dates import CalendarKind, DateSpec
from storage.clients import create_client, find_clients, get_client
from storage.records import ClientDraft, FamilyMemberEntry, ImportantDate, PhoneEntry
from ui.events import AppEvents

DATA = Path(__file__).resolve().parents[1] / "data"


def tabs_from(start: QWidget, count: int) -> list[QWidget]:
    """Where Tab takes the cursor, `count` times from `start`."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(count):
        QTest.keyClick(focus(), Qt.Key.Key_Tab)
        reached.append(focus())
    return reached


def save_and_cancel(dialog) -> list[QWidget]:
    box = dialog.findChild(QDialogButtonBox)
    return [box.button(QDialogButtonBox.StandardButton.Save), box.button(QDialogButtonBox.StandardButton.Cancel)]


@pytest.fixture
def new_form(qtbot, book):
    from ui.client_form import ClientDialog

    return shown(qtbot, ClientDialog(book))


# --- the Basics page -----------------------------------------------------------------------------


def test_the_phone_rows_come_between_title_and_wechat_not_after_save(new_form) -> None:
    form = new_form
    (phone,) = form.phones._rows
    number, label = phone.layout().itemAt(0).widget().fields()
    remove = phone.layout().itemAt(1).widget()
    assert tabs_from(form.job_title, 5) == [number, label, remove, form.phones._add, form.wechat]
    reached = tabs_from(form.source, 3)
    assert reached[0] is form.birthday.calendar and reached[1:] == save_and_cancel(form)


def test_an_existing_clients_phones_keep_their_order_before_add(qtbot, book) -> None:
    from ui.client_form import ClientDialog

    phones = [PhoneEntry("13800000001", "Mobile"), PhoneEntry("13800000002", "Office")]
    create_client(book, ClientDraft(name="甲", phones=phones))
    form = shown(qtbot, ClientDialog(book, get_client(book, find_clients(book, "甲")[0].id)))
    first, second = (holder.layout().itemAt(0).widget() for holder in form.phones._rows)
    reached = tabs_from(form.job_title, 7)
    assert reached[0] is first.number and reached[3] is second.number
    assert reached[6] is form.phones._add


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_add_phone_by_keyboard_puts_the_cursor_in_the_new_row(new_form, key) -> None:
    form = new_form
    form.phones._add.setFocus()
    QTest.keyClick(form.phones._add, key)
    assert len(form.phones._rows) == 2 and form.isVisible()  # Enter on Add adds, it does not save
    new_row = form.phones._rows[-1].layout().itemAt(0).widget()
    assert focus() is new_row.number
    QTest.keyClicks(new_row.number, "13900000000")
    reached = tabs_from(new_row.number, 3)
    assert reached[-1] is form.phones._add  # after the new row, before what follows the list
    assert tabs_from(form.phones._add, 1) == [form.wechat]


def test_removing_a_row_by_keyboard_moves_on_to_the_next(new_form) -> None:
    form = new_form
    form.phones._add.click()
    first, second = form.phones._rows
    remove = first.layout().itemAt(1).widget()
    remove.setFocus()
    QTest.keyClick(remove, Qt.Key.Key_Space)
    assert form.phones._rows == [second] and focus() is second.layout().itemAt(0).widget().number
    remove = second.layout().itemAt(1).widget()
    remove.setFocus()
    QTest.keyClick(remove, Qt.Key.Key_Space)
    assert form.phones._rows == [] and focus() is form.phones._add


def test_a_phone_problem_puts_the_cursor_in_the_phone_row(new_form) -> None:
    form = new_form
    form.name.setText("甲")
    QTest.keyClicks(form.phones._rows[0].layout().itemAt(0).widget().number, "abc")
    save_and_cancel(form)[0].click()
    assert "Phones" in form.error.text()
    assert focus() is form.phones._rows[0].layout().itemAt(0).widget().number


# --- between the tabs ----------------------------------------------------------------------------


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_PageDown, CTRL)])
def test_ctrl_tab_lands_on_each_pages_first_field(new_form, keys) -> None:
    form = new_form
    form.name.setFocus()
    QTest.keyClick(form.name, *keys)
    assert form.tabs.currentIndex() == 1 and focus() is form.personality
    QTest.keyClick(focus(), *keys)
    assert form.tabs.currentIndex() == 2 and focus() is form.family._add
    assert not isinstance(focus(), QScrollArea)


@pytest.mark.parametrize(
    ("forward", "back"),
    [((Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)),
     ((Qt.Key.Key_PageDown, CTRL), (Qt.Key.Key_PageUp, CTRL))],
)  # fmt: skip
def test_the_family_page_opens_on_its_first_member(qtbot, book, forward, back) -> None:
    from ui.client_form import ClientDialog

    create_client(book, ClientDraft(name="甲", family=[FamilyMemberEntry("女儿", "小丽")]))
    form = shown(qtbot, ClientDialog(book, get_client(book, find_clients(book, "甲")[0].id)))
    member = form.family._rows[0].layout().itemAt(0).widget()
    form.tabs.setCurrentIndex(1)
    form.personality.setFocus()
    QTest.keyClick(form.personality, *forward)
    assert form.tabs.currentIndex() == 2 and focus() is member.relation
    QTest.keyClick(focus(), *back)
    assert form.tabs.currentIndex() == 1 and focus() is form.personality


def test_the_scroll_areas_never_take_the_cursor(new_form) -> None:
    areas = new_form.tabs.findChildren(QScrollArea)
    assert len(areas) == 3 and all(area.focusPolicy() == Qt.FocusPolicy.NoFocus for area in areas)


# --- the Family and dates page -------------------------------------------------------------------


def test_family_and_date_rows_come_before_their_add_buttons_and_save(new_form) -> None:
    form = new_form
    form.tabs.setCurrentIndex(2)
    form.family._add.setFocus()
    QTest.keyClick(form.family._add, Qt.Key.Key_Space)
    member = form.family._rows[0].layout().itemAt(0).widget()
    assert focus() is member.relation
    form.dates._add.setFocus()
    QTest.keyClick(form.dates._add, Qt.Key.Key_Return)
    day = form.dates._rows[0].layout().itemAt(0).widget()
    assert focus() is day.kind and form.isVisible()

    member_remove = form.family._rows[0].layout().itemAt(1).widget()
    day_remove = form.dates._rows[0].layout().itemAt(1).widget()
    enabled = [member.relation, member.name, member.notes, member.birthday.calendar, member_remove]
    enabled += [form.family._add, day.kind, day.label, day.person, day.date.calendar, day.date.year]
    enabled += [day.date.month, day.date.day, day.yearly, day_remove, form.dates._add, *save_and_cancel(form)]
    reached = tabs_from(member.relation, len(enabled) - 1)
    assert reached == enabled[1:]


def test_loaded_family_rows_keep_the_screen_order(qtbot, book) -> None:
    from ui.client_form import ClientDialog

    birthday = DateSpec(CalendarKind.SOLAR, 5, 1)
    family = [FamilyMemberEntry("女儿", "小丽", birthday=birthday), FamilyMemberEntry("儿子", "小明")]
    dates = [ImportantDate("First deal", DateSpec(CalendarKind.SOLAR, 3, 8))]
    create_client(book, ClientDraft(name="甲", family=family, dates=dates))
    form = shown(qtbot, ClientDialog(book, get_client(book, find_clients(book, "甲")[0].id)))
    form.tabs.setCurrentIndex(2)
    daughter, son = (holder.layout().itemAt(0).widget() for holder in form.family._rows)
    # The daughter's birthday is given: its year, month and day can take the cursor.
    reached = tabs_from(daughter.relation, 9)
    assert reached[:3] == [daughter.name, daughter.notes, daughter.birthday.calendar]
    assert reached[7] is son.relation


# --- the import wizard ---------------------------------------------------------------------------


def test_the_column_matching_page_opens_on_the_first_column_and_tabs_in_screen_order(qtbot, book) -> None:
    from PySide6.QtWidgets import QWizard

    from ui.import_wizard import ImportWizard

    wizard = shown(qtbot, ImportWizard(book, AppEvents()))
    path = wizard.file_page.path
    path.setFocus()
    path.setText(str(DATA / "gbk.csv"))
    QTest.keyClick(path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    page = wizard.mapping_page
    assert focus() is page.combos[0]
    count = len(page.combos)
    reached = tabs_from(page.combos[0], count + 1)
    assert reached[: count - 1] == page.combos[1:]
    assert reached[count - 1] is page.table  # the preview after the columns, and Tab leaves it
    assert reached[count] is wizard.button(QWizard.WizardButton.BackButton)
    wizard.wait_idle()
