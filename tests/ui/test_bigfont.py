"""Today and the Calendar at a larger system font (14-16 pt): the Occasion column keeps a fair share of
the list beside a fitted Suggested action, and a day's count badge never covers its number."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QPainter
from PySide6.QtWidgets import QTableView

from reminders.tiers import Tier
from storage import reminder_service as rs
from ui.calendar_data import MonthAgenda
from ui.calendar_grid import COUNT, OccasionCalendar
from ui.calendar_view import CalendarView
from ui.events import AppEvents
from ui.today_columns import ACTION, CELL_PADDING, OCCASION, OCCASION_KEEPS_CHARS
from ui.today_view import TodayView

SCREENSHOT_FONT = "Noto Sans CJK SC"  # what tools/screenshots.py paints with
NOW = datetime(2026, 3, 10, 10, 0)
TODAY = NOW.date()
SEPTEMBER = (date(2026, 8, 31), date(2026, 10, 11))  # the days the grid shows for September 2026


@pytest.fixture
def shot_font(app_font) -> Callable[[float], None]:
    """Sets the application's font to the screenshots' family at a point size (conftest's `app_font`)."""
    if SCREENSHOT_FONT not in QFontDatabase.families():
        pytest.skip(f"{SCREENSHOT_FONT} is not installed")
    return lambda points: app_font(points, SCREENSHOT_FONT)


# --- Today: the occasion beside a fitted action -------------------------------------------------


def reminder(client: str, day: date, occasion: str, action: str, kind: str = "birthday") -> rs.Reminder:
    return rs.Reminder(
        key=f"{kind}:{client}:{day.isoformat()}",
        client_id=1,
        client=client,
        tier=Tier.ACQUAINTANCE,
        kind=kind,
        occasion=occasion,
        occasion_kind=kind,
        festival="",
        date=day,
        lunar=False,
        lunar_text="",
        title=f"{client} · {occasion} · {day.isoformat()}",
        remind_on=(day,),
        action=action,
        phones=("13900001111",),
        last_contact_at=datetime(2026, 2, 1, 22, 49),
    )


BIRTHDAY = reminder("孙宇", TODAY - timedelta(days=2), "Birthday (age 52)", "Call or visit")
COMPLAINT = reminder(
    "胡杨",
    TODAY - timedelta(days=39),
    "Complaint open for 39 days: 售后电话没人接",
    "Report the fix; ask them to keep an eye on it",
    kind="complaint",
)


def shown_today(qtbot, width: int) -> TodayView:
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(width, 700)
    view.show()
    view.show_items([BIRTHDAY, COMPLAINT], TODAY)
    qtbot.waitExposed(view)
    return view


def birthday_cell(view: TodayView):
    overdue = view.model.index(0, 0)
    for row in range(view.model.rowCount(overdue)):
        index = view.model.index(row, 0, overdue)
        if view.model.node(index).reminder is BIRTHDAY:
            return index.siblingAtColumn(OCCASION)
    raise AssertionError("the birthday is not listed")


def test_at_14_pt_in_the_screenshot_size_the_occasion_shows_its_leading_words(qtbot, shot_font) -> None:
    shot_font(14)
    view = shown_today(qtbot, 1130)  # what Today gets in the 1280 x 780 window of tools/screenshots.py
    metrics = view.tree.fontMetrics()
    cell = birthday_cell(view)
    assert cell.data().startswith("Birthday (age 52) · ")
    leading = metrics.horizontalAdvance("Birthday (age 52)") + CELL_PADDING
    assert view.tree.columnWidth(OCCASION) >= leading, view.tree.columnWidth(OCCASION)
    assert view.tree.columnWidth(OCCASION) >= metrics.horizontalAdvance("中") * OCCASION_KEEPS_CHARS
    shown = metrics.elidedText(cell.data(), Qt.TextElideMode.ElideRight, view.tree.columnWidth(OCCASION) - CELL_PADDING)
    assert shown.startswith("Birthday (age 52)")
    # The action still gets the room the occasion does not need, and nothing runs past the list.
    assert view.tree.columnWidth(ACTION) >= metrics.horizontalAdvance("Send a greeting") + CELL_PADDING
    assert view.tree.header().length() <= view.tree.viewport().width()


@pytest.mark.parametrize("points", [10, 14, 16])
def test_a_narrow_list_leaves_the_occasion_its_share_and_a_wide_one_the_whole_action(qtbot, shot_font, points) -> None:
    """In a narrow list the two share what the other columns leave; in a wide one the action is whole."""
    shot_font(points)
    view = shown_today(qtbot, 900)
    tree = view.tree
    room = tree.columnWidth(OCCASION) + tree.columnWidth(ACTION)  # what the other columns leave
    keeps = tree.fontMetrics().horizontalAdvance("中") * OCCASION_KEEPS_CHARS
    assert tree.columnWidth(OCCASION) >= min(keeps, room // 2), (tree.columnWidth(OCCASION), room)
    assert tree.header().length() <= tree.viewport().width()
    view.resize(2400, 700)  # room enough: the action gets back its whole text
    qtbot.waitUntil(lambda: tree.columnWidth(ACTION) >= tree.fontMetrics().horizontalAdvance(COMPLAINT.action))


def test_at_10_pt_the_action_is_fitted_to_its_text_as_before(qtbot, shot_font) -> None:
    shot_font(10)
    view = shown_today(qtbot, 1130)
    metrics = view.tree.fontMetrics()
    assert view.tree.columnWidth(ACTION) == metrics.horizontalAdvance(COMPLAINT.action) + CELL_PADDING


def test_a_list_filled_while_hidden_is_capped_once_shown(qtbot, shot_font) -> None:
    """Today filled before it is on screen (another view current): no width of its own yet, then its own."""
    shot_font(14)
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show_items([BIRTHDAY, COMPLAINT], TODAY)
    metrics = view.tree.fontMetrics()
    assert view.tree.columnWidth(ACTION) == metrics.horizontalAdvance(COMPLAINT.action) + CELL_PADDING
    view.resize(1130, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.tree.columnWidth(OCCASION) >= metrics.horizontalAdvance("中") * OCCASION_KEEPS_CHARS
    assert not view.columns_set_by_user


def test_a_width_the_user_chose_is_not_capped(qtbot, shot_font) -> None:
    shot_font(14)
    view = shown_today(qtbot, 1130)
    view.tree.header().resizeSection(ACTION, 520)  # as a drag of the header's handle does
    view.resize(900, 700)
    qtbot.wait(50)
    assert view.tree.columnWidth(ACTION) == 520


# --- Calendar: the count badge beside the day's number ---------------------------------------------


class RecordingCalendar(OccasionCalendar):
    """The grid, remembering where it painted each day's cell."""

    def __init__(self) -> None:
        super().__init__("en")
        self.cells: dict[date, QRect] = {}

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        self.cells[qdate.toPython()] = QRect(rect)  # type: ignore[index]
        super().paintCell(painter, rect, qdate)


def grid_size_in_the_view(qtbot, width: int) -> tuple[int, int]:
    """The size the Calendar view gives its grid in a window `width` pixels wide (the nav list aside)."""
    view = CalendarView(AppEvents())
    qtbot.addWidget(view)
    view.resize(width - 150, 690)
    view.show()
    qtbot.waitExposed(view)
    return view.grid.width(), view.grid.height()


def september_grid(qtbot, size: tuple[int, int], count: int) -> RecordingCalendar:
    grid = RecordingCalendar()
    qtbot.addWidget(grid)
    grid.setSelectedDate(QDate(2026, 9, 25))
    start, end = SEPTEMBER
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    grid.set_agenda(MonthAgenda(start, end, personal_count=dict.fromkeys(days, count)))
    grid.resize(*size)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def number_box(grid: OccasionCalendar, inner: QRect, day: date) -> QRect:
    """Where the day's number is drawn (measured here, not asked of the grid): its advance, its ascent."""
    big = QFont(grid.font())
    big.setPointSizeF(grid.font().pointSizeF() + 3)
    big.setBold(True)
    metrics = QFontMetrics(big)
    return QRect(inner.left(), inner.top(), metrics.horizontalAdvance(str(day.day)), metrics.ascent())


def badge_pixels_on_numbers(grid: RecordingCalendar) -> dict[int, int]:
    """Per day of September, how many pixels of the badge's fill lie where the day's number is drawn."""
    table = grid.findChild(QTableView, "qt_calendar_calendarview")
    image = table.viewport().grab().toImage()
    found = {}
    for day, rect in grid.cells.items():
        if day.month != 9:
            continue
        box = number_box(grid, rect.adjusted(6, 4, -6, -4), day)
        found[day.day] = sum(
            _near(image.pixelColor(x, y), COUNT)
            for x in range(box.left(), box.right() + 1)
            for y in range(box.top(), box.bottom() + 1)
        )
    return found


def _near(colour: QColor, wanted: QColor) -> bool:
    channels = ((colour.red(), wanted.red()), (colour.green(), wanted.green()), (colour.blue(), wanted.blue()))
    return max(abs(got - want) for got, want in channels) < 8


def test_at_16_pt_in_the_default_window_the_badge_leaves_two_digits_alone(qtbot, shot_font) -> None:
    shot_font(16)
    grid = september_grid(qtbot, grid_size_in_the_view(qtbot, 1130), count=1)
    pixels = badge_pixels_on_numbers(grid)
    assert len(pixels) == 30
    covered = {day: found for day, found in pixels.items() if found}
    assert not covered, f"the badge covers the numbers of these days (pixels): {covered}"


@pytest.mark.parametrize("points", [9, 10, 12, 14, 16, 18, 20])
@pytest.mark.parametrize("count", [1, 12, 150, 1000])
def test_the_badge_never_meets_the_number_at_any_font(qtbot, shot_font, points, count) -> None:
    """At the grid's smallest size, where the cells are narrowest."""
    shot_font(points)
    grid = september_grid(qtbot, (460, 380), count)
    assert not any(badge_pixels_on_numbers(grid).values())
    for day, rect in grid.cells.items():
        inner = rect.adjusted(6, 4, -6, -4)
        badge = grid.count_badge(inner, day)
        number = grid.number_rect(inner, day)
        assert number.contains(number_box(grid, inner, day))
        if badge is not None:
            assert not badge.rect.intersects(number.toRectF()), (day, badge.rect, number)
            assert inner.toRectF().contains(badge.rect), (day, badge.rect, inner)


def test_at_10_pt_the_badge_is_the_round_one_of_the_screenshots(qtbot, shot_font) -> None:
    """Where it fits beside the number, the badge keeps its look: the small bold font, at the top right."""
    shot_font(10)
    grid = september_grid(qtbot, grid_size_in_the_view(qtbot, 1280), count=1)
    assert len(badge_pixels_on_numbers(grid)) == 30  # painted, every day of September
    small = QFont(grid.font())
    small.setPointSizeF(9)
    small.setBold(True)
    metrics = QFontMetrics(small)
    height = metrics.height() + 2
    width = max(metrics.horizontalAdvance("1") + 10, height)
    for day, rect in grid.cells.items():
        inner = rect.adjusted(6, 4, -6, -4)
        badge = grid.count_badge(inner, day)
        assert badge is not None and badge.text == "1" and badge.font == small
        assert (badge.rect.right(), badge.rect.top(), badge.rect.width(), badge.rect.height()) == (
            inner.right(),
            inner.top() + 2,
            width,
            height,
        )


def test_at_16_pt_in_the_default_window_the_seven_columns_fit_the_grid(qtbot, shot_font) -> None:
    """Qt's least column width grows with the font: Sunday was cut off at 16 pt."""
    shot_font(16)
    grid = september_grid(qtbot, grid_size_in_the_view(qtbot, 1130), count=1)
    table = grid.findChild(QTableView, "qt_calendar_calendarview")
    assert table.horizontalHeader().length() <= table.viewport().width()
    badge_pixels_on_numbers(grid)  # paints every cell
    sundays = [rect for day, rect in grid.cells.items() if day.weekday() == 6]
    assert len(sundays) == 6 and all(rect.right() < table.viewport().width() for rect in sundays)


def test_every_badge_of_the_grid_has_the_same_size(qtbot, shot_font) -> None:
    """Sized from the cell (its widest number), not from each day's digits: 7 and 28 get alike badges."""
    shot_font(16)
    grid = september_grid(qtbot, grid_size_in_the_view(qtbot, 1130), count=1)
    badge_pixels_on_numbers(grid)
    inner = grid.cells[date(2026, 9, 7)].adjusted(6, 4, -6, -4)
    seventh, twenty_eighth = grid.count_badge(inner, date(2026, 9, 7)), grid.count_badge(inner, date(2026, 9, 28))
    assert seventh is not None and twenty_eighth is not None
    assert seventh.rect == twenty_eighth.rect and seventh.font == twenty_eighth.font and seventh.text == "1"
