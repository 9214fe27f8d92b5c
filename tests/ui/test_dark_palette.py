"""Colours under a dark palette: what the Today list, the calendar's side list and grid, and the charts
draw must reach WCAG contrast there, while a light palette keeps the app's light colours unchanged."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from palette_support import DARK_SCHEMES, scheme
from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from reminders.agenda import AgendaItem, ClientDates, OccasionDetail
from reminders.tiers import Tier
from storage import reminder_service as rs
from ui import colors
from ui.calendar_data import FestivalGroup
from ui.calendar_grid import LUNAR_DAY, LUNAR_MONTH, OccasionCalendar
from ui.dashboard_view import Panel
from ui.occasion_model import COLUMNS, OccasionTableModel
from ui.today_model import TodayModel

R = QPalette.ColorRole
FG = Qt.ItemDataRole.ForegroundRole
BG = Qt.ItemDataRole.BackgroundRole
TODAY = date(2026, 3, 10)


@pytest.fixture(params=list(DARK_SCHEMES))
def dark(request, app_palette: QApplication) -> QPalette:
    app_palette.setPalette(scheme(DARK_SCHEMES[request.param]))
    return app_palette.palette()


@pytest.fixture
def light(app_palette: QApplication) -> QPalette:
    app_palette.setPalette(QStyleFactory.create("Fusion").standardPalette())
    return app_palette.palette()


def backgrounds(palette: QPalette) -> list[QColor]:
    return [palette.color(R.Window), palette.color(R.Base), palette.color(R.AlternateBase)]


def assert_reads(foreground: QColor, background: QColor, minimum: float = colors.NORMAL_TEXT) -> None:
    ratio = colors.contrast_ratio(foreground, background)
    assert ratio >= minimum, f"{foreground.name()} on {background.name()}: {ratio:.2f} < {minimum}"


def brush_colour(value) -> QColor | None:
    if value is None:
        return None
    return value.color() if hasattr(value, "color") else QColor(value)


def reminder(client: str, day: date) -> rs.Reminder:
    return rs.Reminder(
        key=f"birthday:{client}:{day.isoformat()}", client_id=1, client=client, tier=Tier.FRIEND, kind="birthday",
        occasion="Birthday", occasion_kind="birthday", festival="", date=day, lunar=False, lunar_text="",
        title=f"{client} · Birthday · {day.isoformat()}", remind_on=(day,), action="Call or visit",
        phones=("13900001111",), last_contact_at=datetime(2026, 2, 1, 9, 0),
    )  # fmt: skip


def today_model() -> TodayModel:
    model = TodayModel()
    model.set_reminders([reminder("孙宇", TODAY - timedelta(days=2)), reminder("王梅", TODAY)], TODAY)
    return model


def today_rows(model: TodayModel) -> list[QModelIndex]:
    """Every section and the rows under it, column 0."""
    rows = []
    for s in range(model.rowCount()):
        section = model.index(s, 0)
        rows.append(section)
        rows += [model.index(r, 0, section) for r in range(model.rowCount(section))]
    return rows


def occasion_model() -> OccasionTableModel:
    client = ClientDates(7, "黄静", Tier.ACQUAINTANCE)
    milestone = OccasionDetail(TODAY, "birthday", "生日", "", False, "", "生日（60岁 大寿）", age=60, milestone=60)
    plain = OccasionDetail(TODAY, "birthday", "生日", "", False, "", "生日（33岁）", age=33)
    model = OccasionTableModel("zh")
    model.set_rows(
        [
            AgendaItem(client, milestone),
            AgendaItem(client, plain),
            FestivalGroup(TODAY, "mid_autumn", "中秋节", True, 12),
            FestivalGroup(TODAY, "qingming", "清明节", False, 12),
        ]
    )
    return model


# --- light: nothing changes -------------------------------------------------------------------------


def test_a_light_palette_gets_the_light_colours_back(light: QPalette) -> None:
    assert not colors.is_dark()
    expected = {
        colors.secondary_text: "#555566",
        colors.hint_text: "#666677",
        colors.faint_text: "#777788",
        colors.warning_text: "#b3261e",
        colors.festival_text: "#c0392b",
        colors.band_fill: "#eef2f6",
        colors.selected_fill: "#dcebfb",
        colors.today_fill: "#fff6dd",
        colors.milestone_fill: "#fff1dc",
        colors.hairline: "#e4e8ed",
    }
    assert {f: f().name() for f in expected} == expected
    assert colors.text_colour("#6b7785").name() == "#6b7785"
    assert colors.style(colors.HINT, extra="padding: 2px;") == "color: #666677; padding: 2px;"


def test_the_models_and_the_calendar_keep_their_light_colours(light: QPalette, qtbot) -> None:
    model = today_model()
    overdue, overdue_item = model.index(0, 0), model.index(0, 0, model.index(0, 0))
    assert brush_colour(model.data(overdue, BG)).name() == "#eef2f6"
    assert brush_colour(model.data(overdue, FG)).name() == "#b3261e"
    assert brush_colour(model.data(overdue_item, FG)).name() == "#b3261e"
    occasions = occasion_model()
    occasion = COLUMNS.index("occasion")
    assert brush_colour(occasions.data(occasions.index(0, occasion), BG)).name() == "#fff1dc"
    assert brush_colour(occasions.data(occasions.index(2, occasion), FG)).name() == "#c0392b"
    assert brush_colour(occasions.data(occasions.index(3, occasion), FG)).name() == "#5d6d7e"
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    base = calendar.palette().base().color()
    assert calendar.cell_background(TODAY, selected=True).name() == "#dcebfb"
    assert calendar.cell_background(date.today(), selected=False).name() == "#fff6dd"
    assert calendar.ink(LUNAR_DAY, base).name() == "#6b7785"
    assert calendar.ink(LUNAR_DAY, base, inside=False).name() == "#b5bcc4"
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color().name() == "#ff0000"


# --- dark: everything reads ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "light_value",
    [colors.SECONDARY, colors.HINT, colors.FAINT, colors.HEADING, colors.WARNING, colors.FESTIVAL, colors.LOST,
     colors.ERROR, "#5b6673", "#3d8bd4", "#9b59b6", "#2f9e6e", "#d9822b", "#8a6d3b", "#8a5a00"],
)  # fmt: skip
def test_every_text_colour_reads_on_every_dark_background(dark: QPalette, light_value: str) -> None:
    colour = colors.text_colour(light_value)
    for background in backgrounds(dark):
        assert_reads(colour, background)


@pytest.mark.parametrize("fill", [colors.band_fill, colors.selected_fill, colors.today_fill, colors.milestone_fill])
def test_fills_stay_dark_under_the_text_and_stand_out_from_the_rows(dark: QPalette, fill) -> None:
    colour = fill()
    assert_reads(dark.color(R.Text), colour)
    for background in backgrounds(dark):  # it shows against the window and both row colours
        assert abs(colour.lightnessF() - background.lightnessF()) >= 0.03


def test_today_rows_read_in_dark(dark: QPalette) -> None:
    """The overdue names and the section band: each row's own foreground on its own background."""
    model = today_model()
    checked = 0
    for index in today_rows(model):
        foreground = brush_colour(model.data(index, FG)) or dark.color(R.Text)
        own = brush_colour(model.data(index, BG))
        for background in [own] if own is not None else [dark.color(R.Base), dark.color(R.AlternateBase)]:
            assert_reads(foreground, background)
            checked += 1
    assert checked >= 5
    band = brush_colour(model.data(model.index(0, 0), BG))
    assert band.name() != "#eef2f6" and band.lightnessF() < 0.5


def test_calendar_side_list_reads_in_dark(dark: QPalette) -> None:
    model = occasion_model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            foreground = brush_colour(model.data(index, FG)) or dark.color(R.Text)
            own = brush_colour(model.data(index, BG))
            for background in [own] if own is not None else [dark.color(R.Base), dark.color(R.AlternateBase)]:
                assert_reads(foreground, background)
    assert brush_colour(model.data(model.index(0, 0), BG)).name() != "#fff1dc"  # the milestone row


def test_calendar_cells_read_in_dark(dark: QPalette, qtbot) -> None:
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    text = calendar.palette().text().color()
    fills = {
        "selected": calendar.cell_background(TODAY, selected=True),
        "today": calendar.cell_background(date.today(), selected=False),
        "plain": calendar.cell_background(TODAY + timedelta(days=400), selected=False),
    }
    assert fills["plain"] == calendar.palette().base().color()
    for fill in fills.values():
        assert_reads(calendar.ink(None, fill), fill)  # the day's number
        for light_value in (colors.FESTIVAL, LUNAR_MONTH, LUNAR_DAY):
            assert_reads(calendar.ink(light_value, fill), fill)
        # Days of the other months are faint on purpose (like disabled text): large-text contrast, and
        # fainter than this month's own lunar days.
        outside = calendar.ink(LUNAR_DAY, fill, inside=False)
        assert_reads(outside, fill, colors.LARGE_TEXT)
        assert colors.contrast_ratio(outside, fill) < colors.contrast_ratio(calendar.ink(LUNAR_DAY, fill), fill)
    assert fills["selected"].name() != "#dcebfb" and fills["today"].name() != "#fff6dd"
    assert text == dark.color(R.Text)
    for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):  # the weekday row
        for background in backgrounds(dark):
            assert_reads(calendar.weekdayTextFormat(weekend).foreground().color(), background)


def test_the_calendar_paints_the_dark_fills(dark: QPalette, qtbot) -> None:
    today = date.today()
    other = today + timedelta(days=1) if (today + timedelta(days=1)).month == today.month else today - timedelta(days=1)
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    calendar.resize(700, 560)
    calendar.setSelectedDate(other)
    calendar.show()
    qtbot.waitExposed(calendar)
    image = calendar.grab().toImage()
    seen = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert colors.selected_fill().name() in seen
    assert colors.today_fill().name() in seen
    assert not {"#dcebfb", "#fff6dd"} & seen


def test_dashboard_charts_follow_the_palette(app_palette: QApplication, qtbot) -> None:
    app_palette.setPalette(QStyleFactory.create("Fusion").standardPalette())
    panel = Panel("Overdue care by tier")
    qtbot.addWidget(panel)
    panel.bars(["Friend", "Confidant"], [("Clients", [3, 5], "#d9822b")], kind=QHorizontalBarSeries)
    assert panel.chart.backgroundBrush().color().name() == "#ffffff"
    assert panel.chart.titleBrush().color().name() == "#404044"  # Qt Charts' own light colours
    app_palette.setPalette(scheme(DARK_SCHEMES["audit"]))  # the desktop turns dark while it runs
    base = app_palette.palette().color(R.Base)
    qtbot.waitUntil(lambda: panel.chart.backgroundBrush().color() == base)  # the change event is posted
    assert_reads(panel.chart.titleBrush().color(), base)
    assert_reads(panel.chart.legend().labelColor(), base)
    for axis in panel.chart.axes():
        assert_reads(axis.labelsColor(), base)
        assert axis.gridLineColor().lightnessF() < 0.5
    for bar in panel.chart.series()[0].barSets():
        assert bar.borderColor() == base


def test_contrast_ratio_matches_wcag() -> None:
    assert colors.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert colors.contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert colors.contrast_ratio(QColor("#eef2f6"), QColor("#e0e0e0")) < 1.5  # the old band in dark


def test_tier_badges_keep_their_white_text_readable() -> None:
    from PySide6.QtGui import QColor

    from ui.colors import NORMAL_TEXT, contrast_ratio
    from ui.tier_badge import TIER_COLOURS

    for tier, colour in TIER_COLOURS.items():
        assert contrast_ratio(colour, QColor("white")) >= NORMAL_TEXT, tier
