"""The dashboard's polish: round axis ticks, month names on the churn axis, one precision for rates,
en dashes and a footer that is never cut."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtWidgets import QLabel, QScrollArea

from reminders.churn import ChurnPeriod, WinBackRate
from storage.stats import figures
from ui import i18n
from ui.dashboard_view import DashboardView, Panel, month_labels, nice_scale, percent, step_decimals
from ui.events import AppEvents


@pytest.mark.parametrize(
    ("top", "whole", "expected"),
    [
        (149, True, (150, 50)),  # was 0 42 83 125 167
        (99, True, (100, 20)),  # was 0 28 56 85 113
        (3, True, (3, 1)),  # counts: never 0.9, 1.7 …
        (0, True, (1, 1)),
        (1.5, False, (1.5, 0.5)),  # was 0.0 0.4 0.9 1.3 1.7
        (12.4, False, (15, 5)),
        (0.3, False, (0.3, 0.1)),
    ],
)
def test_axes_step_in_ones_twos_and_fives(top, whole, expected) -> None:
    maximum, step = nice_scale(top, whole=whole)
    assert (maximum, step) == pytest.approx(expected)
    assert maximum >= top


def test_tick_labels_have_the_decimals_their_step_needs() -> None:
    assert [step_decimals(s) for s in (50, 1, 0.5, 0.2, 0.05)] == [0, 0, 1, 1, 2]


def test_months_are_named_with_the_year_where_it_changes() -> None:
    starts = [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    assert month_labels(starts, chinese=False) == ["Dec<br>2025", "Jan<br>2026", "Feb"]
    assert month_labels(starts, chinese=True) == ["12月<br>2025年", "1月<br>2026年", "2月"]


def test_a_count_chart_has_whole_round_ticks(qtbot) -> None:
    panel = Panel("t")
    qtbot.addWidget(panel)
    panel.bars(["a", "b", "c"], [("n", [1, 2, 3], "#000")])
    axis = next(a for a in panel.chart.axes() if isinstance(a, QValueAxis))
    assert (axis.min(), axis.max(), axis.tickCount()) == (0, 3, 4)
    assert axis.labelFormat() == "%.0f"


def test_rates_share_one_precision() -> None:
    assert percent(9.0909) == "9.1%"
    assert percent(0.0) == "0.0%"
    assert percent(None) == "—"


@pytest.fixture
def view(qtbot, book):
    widget = DashboardView(AppEvents())
    qtbot.addWidget(widget)
    widget.book = book
    return widget


def _figures(book):
    data = figures(book, date(2026, 11, 23))
    months = [ChurnPeriod(d, d, 1, 100) for d in (date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1))]
    return dataclasses.replace(data, months=months, winback=WinBackRate(11, 1, 10))


def test_the_summary_and_the_churn_axis(view, book) -> None:
    data = _figures(book)
    view._show(data)
    rate = f"{data.winback.rate:.1f}%"
    assert "churn this month 1.0%" in view.summary.text() and f"won back {rate}" in view.summary.text()
    axis = next(a for a in view.churn.chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["Dec<br>2025", "Jan<br>2026", "Feb"]
    assert view.churn.model.data(view.churn.model.index(0, 0)) == "Dec 2025"


def test_the_months_in_chinese(view, book, qapp) -> None:
    i18n.install(qapp, "zh_CN")
    view._show(_figures(book))
    axis = next(a for a in view.churn.chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories()[:2] == ["12月<br>2025年", "1月<br>2026年"]
    assert view.churn.model.data(view.churn.model.index(0, 0)) == "2025年12月"


def test_the_footer_has_en_dashes_and_stays_out_of_the_scrolling(view) -> None:
    note = next(label for label in view.findChildren(QLabel) if "times less" in label.text())
    assert "5–10" in note.text() and "10–40%" in note.text() and "-" not in note.text()
    scroll = view.findChild(QScrollArea)
    assert not scroll.isAncestorOf(note)  # under the charts, not cut at the scroll area's edge


def test_figures_written_as_text_align_right_like_the_counts(view, book) -> None:
    from PySide6.QtCore import Qt

    view._show(_figures(book))
    model = view.churn.model
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    rate_column = model.columnCount() - 1
    assert model.data(model.index(0, rate_column)).endswith("%")
    assert model.data(model.index(0, rate_column), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == right  # a count
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None  # the month: a label
