"""The Calendar for screen readers and low vision: the grid names its month and describes the chosen
day (lunar day, festivals, occasions) with change events, today has a ring besides its pale fill, the
keyboard focus shows on the chosen day, the month arrows have names, and the title follows the font."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from palette_support import DARK_SCHEMES, scheme
from PySide6.QtCore import QRect, Qt, QTranslator
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleFactory, QTableView, QVBoxLayout, QWidget

from reminders.parsing import parse_date_spec
from reminders.tiers import Tier
from storage import clients
from storage.records import ClientDraft, ImportantDate
from ui import colors, i18n
from ui.calendar_grid import SELECTED_BORDER, TODAY_RING, OccasionCalendar
from ui.calendar_view import TITLE_SCALE, CalendarView
from ui.events import AppEvents

MID_AUTUMN = date(2026, 9, 25)

#: The Chinese proposed for the grid's new strings (the real translations may come later: this test
#: translator, installed last, answers first).
PROPOSED_CHINESE = {
    ", ": "，",
    "no client occasions": "无客户重要日子",
    "%n client occasion(s)": "%n 个客户重要日子",
}


class ProposedChinese(QTranslator):
    """A translator giving the grid's new strings their proposed Chinese."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return PROPOSED_CHINESE.get(source, "") if context == "OccasionCalendar" else ""


@pytest.fixture
def book_with_mid_autumn_occasions(book):
    """Two clients' own occasions on Mid-Autumn 2026, none on the day before."""
    clients.create_client(book, ClientDraft(name="左俊", tier=Tier.FRIEND, birthday=parse_date_spec("1991-09-25")))
    clients.create_client(
        book,
        ClientDraft(
            name="王芳", tier=Tier.ACQUAINTANCE, dates=[ImportantDate("合作纪念日", parse_date_spec("2020-09-25"))]
        ),
    )
    return book


def open_view(qtbot, book) -> CalendarView:
    view = CalendarView(AppEvents())
    qtbot.addWidget(view)
    view.resize(1130, 690)
    view.show_day(MID_AUTUMN)
    with qtbot.waitSignal(view.month_loaded, timeout=10000):
        view.set_book(book)
    return view


def table_of(calendar: OccasionCalendar) -> QTableView:
    table = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert table is not None
    return table


# --- 1. the month and the chosen day, for screen readers ----------------------------------------------


def test_the_grid_names_its_month_and_describes_the_chosen_day_in_english(qtbot, book_with_mid_autumn_occasions):
    view = open_view(qtbot, book_with_mid_autumn_occasions)
    grid = view.grid
    assert grid.accessibleName() == "September 2026"
    described = grid.accessibleDescription()
    assert re.fullmatch(r"25 Sep 2026, lunar 8/15, Mid-Autumn Festival, 2 client occasions?(\(s\))?", described), (
        described
    )
    assert table_of(grid).accessibleDescription() == described  # the table holds the keyboard focus
    view.show_day(MID_AUTUMN - timedelta(days=1))  # no festival, no occasion
    assert grid.accessibleDescription() == "24 Sep 2026, lunar 8/14, no client occasions"
    view.show_day(date(2020, 10, 1))  # two festivals, before the month's occasions arrive
    assert grid.accessibleName() == "October 2020"
    assert grid.accessibleDescription() == "1 Oct 2020, lunar 8/15, Mid-Autumn Festival, National Day"


def test_the_grid_describes_the_chosen_day_in_chinese(qtbot, qapp, book_with_mid_autumn_occasions):
    i18n.install(qapp, "zh_CN")
    translator = ProposedChinese()
    qapp.installTranslator(translator)
    try:
        view = open_view(qtbot, book_with_mid_autumn_occasions)
        grid = view.grid
        assert grid.accessibleName() == "2026年9月"
        assert grid.accessibleDescription() == "2026年9月25日，农历八月十五，中秋节，2 个客户重要日子"
        view.show_day(MID_AUTUMN - timedelta(days=1))
        assert grid.accessibleDescription() == "2026年9月24日，农历八月十四，无客户重要日子"
        view.show_day(date(2020, 10, 1))  # two festivals on one day, before the month's occasions arrive
        assert grid.accessibleName() == "2020年10月"
        assert grid.accessibleDescription() == "2020年10月1日，农历八月十五，中秋节，国庆节"
    finally:
        qapp.removeTranslator(translator)


@pytest.fixture
def accessibility_events(monkeypatch) -> list[tuple[QAccessible.Event, object]]:
    """The accessibility events the app sends (kind and object), as a screen reader would get them."""
    sent: list[tuple[QAccessible.Event, object]] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(lambda e: sent.append((e.type(), e.object()))))
    return sent


def test_choosing_a_day_and_loading_the_month_tell_screen_readers(
    qtbot, book_with_mid_autumn_occasions, accessibility_events
):
    view = CalendarView(AppEvents())
    qtbot.addWidget(view)
    view.show_day(MID_AUTUMN)
    table = table_of(view.grid)
    description_changed = (QAccessible.Event.DescriptionChanged, table)
    assert description_changed in accessibility_events
    assert (QAccessible.Event.NameChanged, table) in accessibility_events  # the month turned to September
    accessibility_events.clear()
    with qtbot.waitSignal(view.month_loaded, timeout=10000):
        view.set_book(book_with_mid_autumn_occasions)  # the count arrives
    assert description_changed in accessibility_events
    assert "2 client occasion" in table.accessibleDescription()
    accessibility_events.clear()
    view.show_day(MID_AUTUMN + timedelta(days=1))
    assert description_changed in accessibility_events
    assert (QAccessible.Event.NameChanged, table) not in accessibility_events  # the same month


# --- 2 and 3. today's ring, the keyboard focus --------------------------------------------------------


@pytest.fixture(params=["light", *DARK_SCHEMES])
def palette(request, qapp: QApplication) -> Iterator[QPalette]:
    original = QPalette(qapp.palette())
    fusion = QStyleFactory.create("Fusion").standardPalette()
    qapp.setPalette(fusion if request.param == "light" else scheme(DARK_SCHEMES[request.param]))
    yield qapp.palette()
    qapp.setPalette(original)


def cell_rect(calendar: OccasionCalendar, day: date) -> QRect:
    """Where `day` (in the month shown) is painted, in the calendar's coordinates."""
    table = table_of(calendar)
    model = table.model()
    cells = [model.index(row, column) for row in range(1, model.rowCount()) for column in range(model.columnCount())]
    first = next(i for i, index in enumerate(cells) if str(index.data()) == "1")  # the days before are 2x or 3x
    index = cells[first + day.day - 1]
    assert str(index.data()) == str(day.day)
    rect = table.visualRect(index)
    return QRect(table.viewport().mapTo(calendar, rect.topLeft()), rect.size())


def edge_colours(image: QImage, rect: QRect, depth: int) -> set[str]:
    """The colours of the pixel column `depth` pixels inside the cell's left edge (its middle half)."""
    x = rect.left() + depth
    return {
        image.pixelColor(x, y).name()
        for y in range(rect.top() + rect.height() // 4, rect.bottom() - rect.height() // 4)
    }


def another_day_this_month() -> date:
    today = date.today()
    other = today + timedelta(days=2)
    return other if other.month == today.month else today - timedelta(days=2)


def shown_calendar(qtbot, selected: date) -> OccasionCalendar:
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    calendar.resize(700, 560)
    calendar.setSelectedDate(selected)
    calendar.show()
    qtbot.waitExposed(calendar)
    return calendar


def test_today_has_a_ring_besides_its_fill(qtbot, palette):
    calendar = shown_calendar(qtbot, another_day_this_month())
    image = calendar.grab().toImage()
    rect = cell_rect(calendar, date.today())
    fill = calendar.cell_background(date.today(), selected=False)
    ring = calendar.graphic(TODAY_RING, fill)
    assert edge_colours(image, rect, 0) == edge_colours(image, rect, 1) == {ring.name()}  # 2 px wide
    assert edge_colours(image, rect, 3) == {fill.name()}  # the fill inside it
    assert colors.contrast_ratio(ring, fill) >= colors.LARGE_TEXT
    assert colors.contrast_ratio(ring, calendar.palette().base().color()) >= colors.LARGE_TEXT  # the days beside


def test_today_chosen_keeps_its_ring_outside_the_selection_border(qtbot, palette):
    calendar = shown_calendar(qtbot, date.today())
    image = calendar.grab().toImage()
    rect = cell_rect(calendar, date.today())
    fill = calendar.cell_background(date.today(), selected=True)
    assert edge_colours(image, rect, 0) == {calendar.graphic(TODAY_RING, fill).name()}
    border = calendar.graphic(SELECTED_BORDER, fill)
    assert edge_colours(image, rect, 2) == {border.name()}
    assert colors.contrast_ratio(border, fill) >= colors.LARGE_TEXT
    assert edge_colours(image, rect, 5) == {fill.name()}


def test_the_keyboard_focus_shows_on_the_chosen_day(qtbot, palette):
    window = QWidget()
    qtbot.addWidget(window)
    other_field = QLineEdit(window)
    calendar = OccasionCalendar("en", window)
    layout = QVBoxLayout(window)
    layout.addWidget(other_field)
    layout.addWidget(calendar)
    window.resize(700, 600)
    chosen = another_day_this_month()
    calendar.setSelectedDate(chosen)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other_field.setFocus()
    qtbot.waitUntil(other_field.hasFocus)
    unfocused = calendar.grab().toImage()
    calendar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(calendar.hasFocus)
    focused = calendar.grab().toImage()

    rect = cell_rect(calendar, chosen)
    assert focused.copy(rect) != unfocused.copy(rect)
    fill = calendar.cell_background(chosen, selected=True)
    border = calendar.graphic(SELECTED_BORDER, fill)
    assert edge_colours(unfocused, rect, 0) == {border.name()}
    dashes = edge_colours(focused, rect, 0) - {border.name()}
    assert dashes, "no focus dashes on the chosen day"
    for colour in dashes:
        assert colors.contrast_ratio(QColor(colour), fill) >= colors.LARGE_TEXT
    other = cell_rect(calendar, chosen + timedelta(days=1 if chosen.day < 20 else -1))
    assert focused.copy(other) == unfocused.copy(other)  # only the chosen day shows it


# --- 4 and 5. the month bar ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "previous", "following"), [("en", "Previous month", "Next month"), ("zh_CN", "上个月", "下个月")]
)
def test_the_month_arrows_are_named_in_words(qtbot, qapp, language, previous, following):
    i18n.install(qapp, language)
    view = CalendarView(AppEvents())
    qtbot.addWidget(view)
    assert view.prev_button.accessibleName() == view.prev_button.toolTip() == previous
    assert view.next_button.accessibleName() == view.next_button.toolTip() == following


def test_the_month_title_and_the_weekday_row_follow_a_larger_system_font(qtbot, app_font):
    view = CalendarView(AppEvents())
    qtbot.addWidget(view)
    for widget in (view.prev_button, view.next_button, view.month_label):
        assert "font-size" not in widget.styleSheet()
    header = table_of(view.grid).verticalHeader()
    before = {"title": view.month_label.font().pointSizeF(), "arrow": view.prev_button.font().pointSizeF()}
    weekday_row = header.sectionSize(0)
    app_font(QApplication.font().pointSizeF() * 2)
    bigger = QApplication.font()
    qtbot.waitUntil(lambda: view.month_label.font().pointSizeF() > before["title"])
    assert view.month_label.font().pointSizeF() == pytest.approx(bigger.pointSizeF() * TITLE_SCALE)
    assert view.month_label.font().pointSizeF() > bigger.pointSizeF()
    assert view.prev_button.font().pointSizeF() > before["arrow"]
    assert view.next_button.font() == view.prev_button.font()
    assert header.sectionSize(0) > weekday_row


def test_the_side_panels_hint_wraps_instead_of_being_cut(qtbot) -> None:
    view = CalendarView(AppEvents())
    qtbot.addWidget(view)
    hint = view.hint
    assert hint.minimumSizeHint().width() < hint.fontMetrics().horizontalAdvance(hint.text())
