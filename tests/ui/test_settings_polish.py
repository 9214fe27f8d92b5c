"""Settings polish: the dialog sized to the page shown, the festival page's restore button apart from
its fields, no slanted Chinese, one way of writing a day; the lead-times grid's headers and the
Chinese word for "at once"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

import ui.reminder_hookup  # noqa: F401  (registers the Reminders page with the dialog)
from reminders.leads import ASAP, parse_lead_days
from reminders.tiers import Tier
from storage import reminder_service as rs
from ui import i18n
from ui.events import AppEvents
from ui.festival_settings import FestivalsPage, register_festival_page
from ui.lead_times_model import DAYS, format_days
from ui.prefs import Prefs
from ui.reminder_settings import ReminderSettingsPage
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, book):
    register_festival_page()
    opened = SettingsDialog(Prefs(), book, AppEvents())
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def _index(dialog: SettingsDialog, kind: type) -> int:
    return next(i for i in range(dialog.tabs.count()) if isinstance(dialog.tabs.widget(i), kind))


def test_the_dialog_fits_the_page_shown(dialog) -> None:
    assert dialog.tabs.currentWidget() is dialog.general
    general = dialog.height()
    assert general <= dialog.minimumSizeHint().height() + 20  # no page of blank under one setting
    dialog.tabs.setCurrentIndex(_index(dialog, FestivalsPage))
    festivals = dialog.height()
    assert festivals > general + 200
    dialog.tabs.setCurrentIndex(0)
    assert dialog.height() == general
    assert dialog.tabs.currentWidget().height() < 150


def test_restore_is_a_button_of_the_page_not_of_the_zhongkao_field(qtbot, book) -> None:
    page = FestivalsPage(book, None)
    qtbot.addWidget(page)
    page.resize(760, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.restore.text() == "Restore default festivals"
    field = page.zhongkao.geometry()
    assert page.restore.geometry().top() >= field.bottom()  # its own row, below the fields
    assert page.restore.x() <= field.x()


def test_english_writes_each_day_of_the_year_one_way(qtbot, book) -> None:
    page = FestivalsPage(book, None)
    qtbot.addWidget(page)
    page.load()
    assert page.zhongkao.text() == "20 June"
    shown = {label.text() for label in page.findChildren(QLabel)}
    assert "1 June" in shown and "8 March" in shown and "1 Jun" not in shown
    note = next(label for label in page.findChildren(QLabel) if "remembrance" in label.text())
    assert "italic" in note.styleSheet()  # English may slant


def test_chinese_is_never_slanted(qtbot, qapp, book) -> None:
    i18n.install(qapp, "zh_CN")
    page = FestivalsPage(book, None)
    qtbot.addWidget(page)
    page.load()
    note_text = QCoreApplication.translate("FestivalsPage", "a day of remembrance: no greetings")
    note = next(label for label in page.findChildren(QLabel) if label.text() == note_text)
    assert note_text != "a day of remembrance: no greetings"  # in Chinese
    assert "italic" not in note.styleSheet()
    assert "#8a5a00" in note.styleSheet()  # muted instead
    assert page.zhongkao.text() == "6月20日"


def _reminders_page(qtbot, book) -> ReminderSettingsPage:
    page = ReminderSettingsPage(Prefs(), book, AppEvents())
    qtbot.addWidget(page)
    page.load()
    return page


def test_the_grid_headers_have_room_and_sit_as_the_cells_do(qtbot, book) -> None:
    page = _reminders_page(qtbot, book)
    header = page.table.horizontalHeader()
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    for column in (0, 1, 2):
        assert header.sectionSize(column) >= header.sectionSizeHint(column) + 16


def test_chinese_shows_and_reads_its_own_word_for_at_once(qtbot, qapp, book) -> None:
    i18n.install(qapp, "zh_CN")
    page = _reminders_page(qtbot, book)
    model = page.model
    wedding = next(i for i, row in enumerate(model.rows) if (row.occasion, row.tier) == ("wedding", Tier.FRIEND))
    assert model.data(model.index(wedding, DAYS)) == "立即, 1"
    assert parse_lead_days("立即, 1") == parse_lead_days("asap, 1") == (ASAP, 1)  # the old word still works
    model.setData(model.index(wedding, DAYS), "asap, 2")
    assert page.problems() == []
    page.save()
    assert [lead.days for lead in rs.lead_rules(book)["wedding", Tier.FRIEND]] == [ASAP, 2]


def test_the_days_are_written_in_the_language_shown() -> None:
    assert format_days([ASAP, 1], "en") == "asap, 1"
    assert format_days([ASAP, 1], "zh") == "立即, 1"
    assert format_days([7, 0], "zh") == "7, 0"


def test_the_greeting_label_is_a_mnemonic_not_an_ampersand(qtbot, book) -> None:
    from ui.call_list_settings import CallListPage

    page = CallListPage(book)
    qtbot.addWidget(page)
    label = next(label for label in page.findChildren(QLabel) if label.text() == "&Greeting for")
    assert label.buddy() is page.occasion
