"""Windows and dialogs fit a laptop's screen (1366x768 less a taskbar) and use the room it has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from ui import geometry

LAPTOP = QSize(1366, 728)


@pytest.fixture
def laptop_screen(monkeypatch: pytest.MonkeyPatch) -> QSize:
    monkeypatch.setattr(geometry, "available_size", lambda near=None: LAPTOP)
    return LAPTOP


def test_fit_to_screen_only_ever_shrinks(laptop_screen: QSize) -> None:
    assert geometry.fit_to_screen(QSize(600, 400)) == QSize(600, 400)
    fitted = geometry.fit_to_screen(QSize(1180, 740))
    assert fitted.width() == 1180 and fitted.height() < laptop_screen.height()


def test_the_main_window_starts_within_the_screen(qtbot, laptop_screen: QSize) -> None:
    from ui.events import AppEvents
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    assert window.height() < laptop_screen.height() and window.width() <= laptop_screen.width()


def test_the_client_form_opens_tall_enough_for_the_whole_basics_page(qtbot, book, laptop_screen: QSize) -> None:
    from ui.client_form import ClientDialog

    dialog = ClientDialog(book)
    qtbot.addWidget(dialog)
    page = dialog.tabs.widget(0).widget()  # inside its scroll area
    assert dialog.height() < laptop_screen.height()
    assert dialog.height() >= page.sizeHint().height() + 100  # the page, the tabs and the buttons


def test_the_reminders_page_asks_for_room_for_the_whole_actions_column(qtbot, book, qapp) -> None:
    from ui import i18n
    from ui.events import AppEvents
    from ui.prefs import Prefs
    from ui.reminder_settings import ReminderSettingsPage

    i18n.install(qapp, "en")  # the longer words
    page = ReminderSettingsPage(Prefs(), book, AppEvents())
    qtbot.addWidget(page)
    page.load()
    header = page.table.horizontalHeader()
    columns = sum(header.sectionSize(column) for column in range(3)) + page.table.sizeHintForColumn(3)
    assert page.sizeHint().width() > columns
