"""Note dialogs by keyboard: Tab leaves a note, Ctrl+Enter saves, Esc asks before dropping what was
typed, and the Ctrl+L picker's search box leads into its results."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from keyboard_support import CTRL, focus, shown
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from storage.clients import create_client, find_clients
from storage.records import ClientDraft, PhoneEntry
from ui.events import AppEvents


@pytest.fixture
def no_question(monkeypatch):
    """Fails the test if the discard question comes up."""
    from ui import dialogs

    def asked(_parent) -> bool:
        raise AssertionError("asked before closing although nothing was typed")

    monkeypatch.setattr(dialogs, "confirm_discard", asked)


def answer_with(keys: list[Qt.Key], seen: list[QMessageBox]) -> None:
    """Press `keys` in the message box about to open; note the box in `seen`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        for key in keys:
            QTest.keyClick(box, key)

    QTimer.singleShot(0, press)


# --- the contact log --------------------------------------------------------------------------------


def test_tab_leaves_the_contact_note_and_reaches_the_fields_after_it(qtbot) -> None:
    from ui.log_dialog import LogContactDialog

    dialog = shown(qtbot, LogContactDialog(["甲"]))
    assert focus() is dialog.note
    QTest.keyClicks(dialog.note, "called")
    QTest.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.note.toPlainText() == "called"  # no tab typed
    assert focus() is dialog.mood
    QTest.keyClick(dialog.mood, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focus() is dialog.note


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_ctrl_enter_saves_the_contact_from_the_note(qtbot, key) -> None:
    from ui.log_dialog import LogContactDialog

    dialog = shown(qtbot, LogContactDialog(["甲"]))
    QTest.keyClicks(dialog.note, "line one")
    QTest.keyClick(dialog.note, key, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.note.toPlainText() == "line one"  # not a new line


def test_esc_closes_an_untouched_contact_at_once(qtbot, no_question) -> None:
    from ui.log_dialog import LogContactDialog

    dialog = shown(qtbot, LogContactDialog(["甲"], {"note": "Mid-Autumn", "next": date(2099, 1, 2)}))
    QTest.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_esc_after_typing_asks_and_cancel_is_the_safe_default(qtbot) -> None:
    from ui.log_dialog import LogContactDialog

    dialog = shown(qtbot, LogContactDialog(["甲"]))
    QTest.keyClicks(dialog.note, "long note")
    boxes: list[QMessageBox] = []
    answer_with([Qt.Key.Key_Return], boxes)  # Enter takes the default: keep editing
    QTest.keyClick(dialog.note, Qt.Key.Key_Escape)
    (box,) = boxes
    assert box.text() == "Discard the changes?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible() and dialog.note.toPlainText() == "long note"

    answer_with([Qt.Key.Key_Escape], boxes)  # Esc in the question keeps editing too
    QTest.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert len(boxes) == 2 and dialog.isVisible()

    answer_with([Qt.Key.Key_D], boxes)  # &Discard
    QTest.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert len(boxes) == 3 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_window_close_button_asks_too(qtbot, monkeypatch) -> None:
    from ui import dialogs, log_dialog

    asked: list[QWidget] = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent: asked.append(parent) or False)
    dialog = shown(qtbot, log_dialog.LogContactDialog(["甲"]))
    dialog.mood.setCurrentIndex(2)  # a change that is not typed
    dialog.close()
    assert asked == [dialog] and dialog.isVisible()


# --- the other note dialogs -------------------------------------------------------------------------


def _new_feedback(_book):
    from ui.feedback_dialog import NewFeedbackDialog

    dialog = NewFeedbackDialog("甲")
    return dialog, dialog.summary


def _advance_feedback(book):
    from storage.feedback import open_feedback
    from ui.feedback_dialog import AdvanceFeedbackDialog

    create_client(book, ClientDraft(name="甲"))
    item = open_feedback(book, find_clients(book, "甲")[0].id, "complaint", "too dear")
    dialog = AdvanceFeedbackDialog(item)
    return dialog, dialog.note


def _mark_lost(_book):
    from ui.winback_dialog import MarkLostDialog

    dialog = MarkLostDialog("甲")
    return dialog, dialog.note


@pytest.mark.parametrize("make", [_new_feedback, _advance_feedback, _mark_lost])
def test_note_dialogs_tab_out_of_the_note_and_save_on_ctrl_enter(qtbot, book, make: Callable) -> None:
    dialog, note = make(book)
    shown(qtbot, dialog)
    note.setFocus()
    QTest.keyClicks(note, "said so")
    QTest.keyClick(note, Qt.Key.Key_Tab)
    assert note.toPlainText() == "said so" and focus() is not note
    QTest.keyClick(focus(), Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


@pytest.mark.parametrize("make", [_new_feedback, _advance_feedback, _mark_lost])
def test_note_dialogs_ask_before_dropping_a_typed_note(qtbot, book, monkeypatch, make: Callable) -> None:
    from ui import dialogs

    asked: list[QWidget] = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent: asked.append(parent) or False)
    dialog, note = make(book)
    shown(qtbot, dialog)
    QTest.keyClicks(note, "x")
    QTest.keyClick(note, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible()


def test_a_new_complaint_starts_in_what_was_said(qtbot) -> None:
    from ui.feedback_dialog import NewFeedbackDialog

    dialog = shown(qtbot, NewFeedbackDialog("甲"))
    assert focus() is dialog.summary


def test_win_back_starts_in_the_note_and_ctrl_enter_adds_the_step(qtbot, book, no_question) -> None:
    from storage.winback import mark_lost
    from ui.winback_dialog import WinBackDialog

    create_client(book, ClientDraft(name="甲"))
    loss = mark_lost(book, find_clients(book, "甲")[0].id, date.today() - timedelta(days=2), ["price"])
    dialog = shown(qtbot, WinBackDialog(book, AppEvents(), loss))
    assert focus() is dialog.note
    QTest.keyClicks(dialog.note, "asked why")
    QTest.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.note.toPlainText() == "asked why" and focus() is dialog.follow
    QTest.keyClick(dialog.follow, Qt.Key.Key_Return, CTRL)
    assert [step.note for step in dialog.loss.steps] == ["asked why"] and dialog.isVisible()
    QTest.keyClick(dialog.note, Qt.Key.Key_Escape)  # the step is added: nothing to lose
    assert not dialog.isVisible()


def test_the_greeting_template_passes_tab_on(qtbot, book) -> None:
    from ui.call_list_settings import CallListPage

    page = shown(qtbot, CallListPage(book))
    page.load()
    page.template.setFocus()
    before = page.template.toPlainText()
    QTest.keyClick(page.template, Qt.Key.Key_Tab)
    assert page.template.toPlainText() == before and focus() is not page.template
    assert focus().text() == "&Restore default"


def test_a_gift_noted_from_an_idea_closes_without_asking_until_changed(qtbot, monkeypatch) -> None:
    from storage.care_records import GiftEntry
    from ui import dialogs
    from ui.gift_dialog import GiftDialog

    asked: list[QWidget] = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent: asked.append(parent) or False)
    dialog = GiftDialog("甲")
    dialog.fill_from_idea(GiftEntry(1, 1, "idea", None, "中秋", "tea", 50, ""))
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.item, " cakes")
    QTest.keyClick(dialog.item, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible()
    dialog.item.setText("tea")
    QTest.keyClick(dialog.item, Qt.Key.Key_Escape)
    assert asked == [dialog] and not dialog.isVisible()


# --- the client form --------------------------------------------------------------------------------


def test_esc_in_an_untouched_client_form_closes_at_once(qtbot, book, no_question) -> None:
    from storage.clients import get_client
    from storage.records import FamilyMemberEntry, ImportantDate
    from ui.client_form import ClientDialog

    create_client(
        book,
        ClientDraft(
            name="甲",
            tags=["VIP", "wholesale"],
            phones=[PhoneEntry("13800000001", "Mobile"), PhoneEntry("021-5555", "Office")],
            family=[FamilyMemberEntry("女儿", "小丽", birthday=_solar(5, 1), notes="gaokao 2027")],
            dates=[
                ImportantDate("First deal", _solar(3, 8)),
                ImportantDate("", _solar(6, 7, 2027), kind="gaokao", yearly=False),
            ],
        ),
    )
    existing = get_client(book, find_clients(book, "甲")[0].id)
    dialog = shown(qtbot, ClientDialog(book, existing))
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _solar(month: int, day: int, year: int | None = None):
    from reminders.dates import CalendarKind, DateSpec

    return DateSpec(CalendarKind.SOLAR, month, day, year)


def test_esc_in_the_client_form_after_typing_asks(qtbot, book, monkeypatch) -> None:
    from ui import dialogs
    from ui.client_form import ClientDialog

    answers = [False, True]
    asked: list[QWidget] = []
    monkeypatch.setattr(dialogs, "confirm_discard", lambda parent: asked.append(parent) or answers.pop(0))
    dialog = shown(qtbot, ClientDialog(book))
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)  # nothing typed yet: no question
    assert not dialog.isVisible() and asked == []

    dialog = shown(qtbot, ClientDialog(book))
    QTest.keyClicks(dialog.name, "Wang")
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked == [dialog] and dialog.isVisible() and dialog.name.text() == "Wang"
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()


def test_ctrl_enter_saves_the_client_form_from_a_note(qtbot, book) -> None:
    from ui.client_form import ClientDialog

    dialog = shown(qtbot, ClientDialog(book))
    QTest.keyClicks(dialog.name, "Wang")
    dialog.tabs.setCurrentIndex(1)
    dialog.notes.setFocus()
    QTest.keyClicks(dialog.notes, "likes tea")
    QTest.keyClick(dialog.notes, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
    assert dialog.saved.draft.notes == "likes tea"


# --- the Ctrl+L picker ------------------------------------------------------------------------------


@pytest.fixture
def picker(qtbot, book):
    from ui.log_dialog import ClientPickerDialog

    for name in ("Zhang San", "Zhao Si", "Zhou Wu"):
        create_client(book, ClientDraft(name=name))
    return shown(qtbot, ClientPickerDialog(book))


def test_down_and_up_in_the_search_box_move_through_the_results(qtbot, picker) -> None:
    QTest.keyClicks(picker.search, "zh")
    assert picker.results.count() == 3 and picker.results.currentRow() == 0
    QTest.keyClick(picker.search, Qt.Key.Key_Down)
    QTest.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.results.currentRow() == 2 and focus() is picker.search
    QTest.keyClick(picker.search, Qt.Key.Key_Up)
    assert picker.results.currentRow() == 1
    chosen = picker.results.currentItem().text()
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted and not picker.isVisible()
    assert picker.chosen_id() == find_clients(picker.book, chosen)[0].id


def test_enter_with_nothing_found_leaves_the_picker_open(qtbot, picker) -> None:
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.isVisible()
    QTest.keyClicks(picker.search, "nobody here")
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.isVisible() and not picker.ok_button.isEnabled()


def test_enter_on_a_result_picks_it_once(qtbot, picker) -> None:
    accepted: list[int] = []
    picker.accepted.connect(lambda: accepted.append(1))
    QTest.keyClicks(picker.search, "zh")
    QTest.keyClick(picker.search, Qt.Key.Key_Tab)
    assert focus() is picker.results
    QTest.keyClick(picker.results, Qt.Key.Key_Down)
    QTest.keyClick(picker.results, Qt.Key.Key_Return)
    assert accepted == [1] and picker.results.currentRow() == 1
