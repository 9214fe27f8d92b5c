"""File > Print call list…: the menu action, the range dialog, the preview and the settings page."""

from __future__ import annotations

import gc
from datetime import date

from PySide6.QtGui import QKeySequence

from reminders.tiers import Tier
from ui import i18n
from ui.geometry import available_size


def test_dialog_ranges_and_kinds(qtbot) -> None:
    from ui.call_list_dialog import CallListDialog

    dialog = CallListDialog(today=date(2026, 9, 25))
    qtbot.addWidget(dialog)
    assert dialog.range() == (date(2026, 9, 25), 7)
    dialog.only_today.setChecked(True)
    assert dialog.range() == (date(2026, 9, 25), 1)
    dialog.end.setDate(dialog.start.date().addDays(2))
    assert dialog.span.isChecked() and dialog.range() == (date(2026, 9, 25), 3)
    dialog.kind_boxes["festival"].setChecked(False)
    assert "festival" not in dialog.kinds() and "birthday" in dialog.kinds()
    assert dialog.paper_size() == "a4"


def test_preview_paints_the_sheet(qtbot, book) -> None:
    from storage.call_list import load_call_list
    from ui.call_list_dialog import make_preview

    sheet = load_call_list(book, date(2026, 9, 25), 1)
    preview = make_preview(sheet, "letter")
    qtbot.addWidget(preview)
    assert preview.save_pdf_action.text()
    gc.collect()  # whatever only the function held is gone now, as after the menu action returns
    with qtbot.waitSignal(preview.paintRequested, timeout=10_000):
        preview.show()  # paints through the printer: it must still be alive (it crashed the app)
    room = available_size(preview)
    assert room is not None and preview.height() <= room.height() and preview.width() <= room.width()


def test_menu_action_and_settings_page_round_trip(qtbot, book) -> None:
    from reminders import greetings
    from storage.call_list import sheet_options
    from ui.call_list_settings import CallListPage
    from ui.events import AppEvents
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    assert window.print_call_list_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.print_call_list_action in window.file_menu.actions()

    page = CallListPage(book)
    qtbot.addWidget(page)
    page.load()
    page.salesperson.setText("刘小明")
    page.occasion.setCurrentIndex(page.occasion.findData("mid_autumn"))
    page.tier.setCurrentIndex(page.tier.findData(int(Tier.FRIEND)))
    page.template.setPlainText("{address}，中秋快乐！")
    assert page.preview.text().endswith("中秋快乐！")
    page.save()
    name, overrides = sheet_options(book)
    assert name == "刘小明"
    lang = greetings.template_language(i18n.current())
    assert greetings.template_for(overrides, lang, "mid_autumn", Tier.FRIEND) == "{address}，中秋快乐！"


def _window_with_a_birthday(qtbot, book, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from reminders.dates import CalendarKind, DateSpec
    from storage.clients import create_client
    from storage.records import ClientDraft
    from ui.call_list_dialog import CallListDialog
    from ui.events import AppEvents
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    today = date.today()
    create_client(book, ClientDraft(name="王建国", birthday=DateSpec(CalendarKind.SOLAR, today.month, today.day, 1970)))
    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    window.set_book(book)
    monkeypatch.setattr(CallListDialog, "exec", lambda self: 1)  # the days and kinds as offered
    previewed: list = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previewed.append(self) or 0)
    return window, previewed


def test_the_sheet_is_gathered_off_the_main_thread_then_previewed(qtbot, book, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from ui.call_list_dialog import print_call_list

    window, previewed = _window_with_a_birthday(qtbot, book, monkeypatch)
    sheets: list = []
    monkeypatch.setattr("ui.call_list_dialog.render_call_list", lambda sheet, device: sheets.append(sheet))
    print_call_list(window)
    assert not previewed  # not yet: the sheet comes from a worker thread
    qtbot.waitUntil(lambda: len(previewed) == 1, timeout=10_000)
    preview = previewed[0]
    assert isinstance(preview, QPrintPreviewDialog)
    preview.paintRequested.emit(preview.printer_kept)
    assert [entry.name for entry in sheets[0].entries] == ["王建国"]


def test_cancelling_the_gathering_shows_no_preview(qtbot, book, monkeypatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from ui.call_list_dialog import print_call_list

    window, previewed = _window_with_a_birthday(qtbot, book, monkeypatch)
    print_call_list(window)
    progress = window.findChild(QProgressDialog)
    assert progress is not None
    progress.cancel()  # before the worker's result is delivered: that waits for the event loop
    qtbot.waitUntil(lambda: not progress.isVisible(), timeout=10_000)
    qtbot.wait(300)
    assert not previewed


def test_saving_the_pdf_writes_it_on_a_worker_thread(qtbot, book, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

    from storage.call_list import load_call_list
    from ui.call_list_dialog import save_pdf

    window, _previewed = _window_with_a_birthday(qtbot, book, monkeypatch)
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    parent = QWidget(window)
    save_pdf(load_call_list(book, date.today(), 1), "a4", parent)
    assert parent.findChild(QProgressDialog) is not None  # shown if the writing takes a moment
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_busy_dialog_shows_itself_once_the_work_takes_a_moment(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.dialogs import BUSY_SHOWN_AFTER_MS, busy_dialog

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    progress = busy_dialog("Working…", parent)
    assert not progress.isVisible()  # quick work never shows it
    qtbot.waitUntil(progress.isVisible, timeout=BUSY_SHOWN_AFTER_MS + 2000)
    progress.close()
