"""The dashboard: tier pyramid against the target, churn by month, contacts by purpose, overdue care,
open complaints, why clients were lost and, in a team book, each salesperson's clients. Each chart
has its numbers in a table beside it."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reminders.formatting import MONTH_ABBR
from reminders.tiers import Tier
from ui import colors
from ui.care_labels import loss_reason_label, purpose_short
from ui.errors import show_error
from ui.events import AppEvents
from ui.fonts import DEFAULT_POINTS, point_size, scale_for, scaled_font
from ui.i18n import format_short_date, is_chinese
from ui.styled_text import set_text_style
from ui.table_model import RowsModel
from ui.tier_badge import TIER_COLOURS, tier_label
from ui.worker import run_in_thread

PURPOSE_COLOURS = ("#d9822b", "#3d8bd4", "#2f9e6e", "#9b59b6", "#7f8c8d")
# Qt Charts' light theme colours (titles and labels, grid lines, axis lines), made for the palette.
CHART_TEXT = "#404044"
CHART_GRID = "#e2e2e2"
CHART_LINE = "#d6d6d6"
#: A panel's least height at the default font (`DEFAULT_POINTS`), and, for a horizontal bar chart, the
#: room for its title, axis and legend and the height each category needs for its label not to be cut
#: ("…"). A larger font makes them taller in proportion (`size_scale`).
PANEL_HEIGHT = 300
CHART_FRAME_HEIGHT = 120
ROW_HEIGHT = 34
#: The summary line: 14 pixels at the default font, as large against a larger one.
SUMMARY_FONT_SCALE = scale_for(14)
#: About how many gridline intervals a value axis has.
AXIS_INTERVALS = 5


def nice_scale(top: float, *, whole: bool = True, intervals: int = AXIS_INTERVALS) -> tuple[float, float]:
    """The axis maximum and tick step for values from 0 to `top`: the step is 1, 2 or 5 times a power
    of ten (at least 1 when `whole`, for counts), about `intervals` of them, e.g. 149 -> (150, 50)."""
    top = top if top > 0 else 1.0
    raw = top / intervals
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw * (1 - 1e-9))
    if whole:
        step = max(1.0, round(step))
    return math.ceil(top / step - 1e-9) * step, step


def step_decimals(step: float) -> int:
    """Decimals the labels of a 1-2-5 step need: 0 for 5 or 20, 1 for 0.5, 2 for 0.05."""
    return max(0, -math.floor(math.log10(step) + 1e-9))


def percent(value: float | None) -> str:
    """A rate as the dashboard writes it everywhere: "9.1%", or "—" when there is none."""
    return "—" if value is None else f"{value:.1f}%"


def month_labels(starts: list[date], chinese: bool) -> list[str]:
    """Month axis labels: "Dec", "12月", with the year on a second line where it changes."""
    labels = []
    for i, start in enumerate(starts):
        year_changes = i == 0 or start.year != starts[i - 1].year
        if chinese:
            labels.append(f"{start.month}月" + (f"<br>{start.year}年" if year_changes else ""))
        else:
            labels.append(MONTH_ABBR[start.month] + (f"<br>{start.year}" if year_changes else ""))
    return labels


def month_name(start: date, chinese: bool) -> str:
    """A month with its year, for tables: "Dec 2025", "2025年12月"."""
    return f"{start.year}年{start.month}月" if chinese else f"{MONTH_ABBR[start.month]} {start.year}"


def size_scale(font: QFont) -> float:
    """How much taller than at the default font the charts must be to hold `font`'s titles and labels
    (never shorter: the default look stays at the usual 9-10 pt)."""
    return max(1.0, point_size(font) / DEFAULT_POINTS)


def age_label(key: str) -> str:
    """A complaint age range with an en dash: "0-3" -> "0–3"."""
    return key.replace("-", "–")


class Panel(QTabWidget):
    """One figure: a chart tab and a table tab with the same numbers."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The categories of a horizontal bar chart (one band each), else 0.
        self.bands = 0
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins() * 0)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.model = RowsModel([], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.addTab(self.view, self.tr("Chart"))
        self.addTab(self.table, self.tr("Table"))
        for widget in (self, self.view, self.table):  # the title is only painted: a screen reader hears this
            widget.setAccessibleName(title)
        self.fit_height()
        self.apply_palette()

    def fit_height(self) -> None:
        """Tall enough for the chart's title, axes, legend and every band of a horizontal bar chart
        at the panel's font."""
        scale = size_scale(self.font())
        bands = CHART_FRAME_HEIGHT + ROW_HEIGHT * self.bands if self.bands else 0
        self.setMinimumHeight(round(max(PANEL_HEIGHT, bands) * scale))

    def apply_palette(self) -> None:
        """Draw the chart in the palette's colours: the view's base behind it (and around each bar, as
        the light theme's white outline is), text-coloured labels."""
        palette = self.palette()
        label = colors.text_colour(CHART_TEXT, palette)
        self.chart.setBackgroundBrush(palette.base())
        for series in self.chart.series():
            for bar in series.barSets():
                bar.setBorderColor(palette.base().color())
        self.chart.setTitleBrush(label)
        self.chart.legend().setLabelColor(label)
        for axis in self.chart.axes():
            axis.setLabelsColor(label)
            axis.setGridLineColor(colors.fill_colour(CHART_GRID, palette))
            axis.setLinePenColor(colors.fill_colour(CHART_LINE, palette))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # e.g. the desktop switched to a dark theme
            self.apply_palette()
        elif event.type() == QEvent.Type.FontChange:  # e.g. the system's text size changed
            self.fit_height()

    def reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def bars(
        self,
        categories: list[str],
        sets: list[tuple[str, list[float], str]],
        *,
        kind=QBarSeries,
        whole: bool = True,
        unit: str = "",
    ) -> None:
        """Draw bar sets over categories; kind is QBarSeries, QStackedBarSeries or QHorizontalBarSeries.

        The value axis has round ticks: whole numbers for counts (`whole`), else 1-2-5 steps; `unit`
        follows each tick label ("%")."""
        self.reset()
        series = kind()
        top = 0.0
        for name, values, colour in sets:
            bar = QBarSet(name)
            bar.append([float(v) for v in values])
            bar.setColor(QColor(colour))
            series.append(bar)
            top = max(top, *values) if values else top
        if kind is QStackedBarSeries and sets:
            top = max((sum(col) for col in zip(*(s[1] for s in sets), strict=True)), default=0)
        self.chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append(categories)
        value_axis = QValueAxis()
        maximum, step = nice_scale(top, whole=whole)
        value_axis.setRange(0, maximum)
        value_axis.setTickCount(round(maximum / step) + 1)
        value_axis.setMinorTickCount(0)
        value_axis.setLabelFormat(f"%.{step_decimals(step)}f{unit.replace('%', '%%')}")
        horizontal = kind is QHorizontalBarSeries
        self.chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(value_axis)
        self.apply_palette()
        self.chart.legend().setVisible(len(sets) > 1)
        self.bands = len(categories) if horizontal else 0  # a label taller than its band is cut to "…"
        self.fit_height()

    def rows(self, headers: list[str], rows: list[tuple]) -> None:
        """The table tab: a label column, then figures (aligned right, whether counts or "9.1%")."""
        self.model.headers = headers
        self.model.figure_columns = set(range(1, len(headers)))
        self.model.set_rows(rows, rows)


class DashboardView(QWidget):
    """Computes the figures off the main thread and draws them; refreshes when the book changes."""

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.book = None
        self._loading = False
        self._stale = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 4px 2px;")
        self._fit_fonts()
        self.pyramid = Panel(self.tr("Tier pyramid against the target shape"), self)
        self.churn = Panel(self.tr("Churn rate by month (%)"), self)
        self.contacts = Panel(self.tr("Contacts per week by purpose"), self)
        self.overdue = Panel(self.tr("Overdue care by tier"), self)
        self.complaints = Panel(self.tr("Open complaints by age (days)"), self)
        self.reasons = Panel(self.tr("Why clients were lost"), self)
        self.team = Panel(self.tr("Clients per salesperson"), self)
        self.team.hide()  # a team book only: shown when the book has more than one owner
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        # The two tier charts side by side; the time series get the whole width for their labels.
        grid.addWidget(self.pyramid, 0, 0)
        grid.addWidget(self.overdue, 0, 1)
        grid.addWidget(self.churn, 1, 0, 1, 2)
        grid.addWidget(self.contacts, 2, 0, 1, 2)
        grid.addWidget(self.complaints, 3, 0)
        grid.addWidget(self.reasons, 3, 1)
        grid.addWidget(self.team, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        note = QLabel(
            self.tr(
                "Keeping a client costs 5–10 times less than winning a new one; most companies lose "
                "10–40% of their clients a year."
            ),
            self,
        )
        set_text_style(note, colors.HINT, extra="padding: 2px;")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)  # under the charts, never scrolled away or cut
        events.log_changed.connect(self._changed)  # bound slots: dropped when the view is deleted
        events.clients_changed.connect(self._changed)
        events.book_replaced.connect(self.reload)
        events.settings_changed.connect(self.reload)  # the at-risk threshold is a book setting
        self.setEnabled(False)

    def _fit_fonts(self) -> None:
        self.summary.setFont(scaled_font(self.font(), SUMMARY_FONT_SCALE))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "summary"):  # e.g. the system's text size
            self._fit_fonts()

    def _changed(self, _ids: list) -> None:
        self.reload()

    def set_book(self, book) -> None:
        self.book = book
        self.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self.book is None:
            return
        if self._loading:
            self._stale = True
            return
        self._loading = True
        book = self.book

        def compute():
            from storage.stats import figures

            return figures(book)

        run_in_thread(compute, self._show, self._failed, owner=self)

    def _failed(self, error: Exception) -> None:
        self._loading = False
        show_error(self, error)

    def _show(self, data) -> None:
        self._loading = False
        if self._stale:
            self._stale = False
            self.reload()
        self.figures = data
        last = data.months[-1].rate if data.months else None
        self.summary.setText(
            self.tr("%1 active clients · %2 at risk · %3 lost · churn this month %4 · won back %5")
            .replace("%1", str(data.active))
            .replace("%2", str(data.at_risk))
            .replace("%3", str(data.lost_now))
            .replace("%4", percent(last))
            .replace("%5", percent(data.winback.rate))
        )
        self.summary.setToolTip(
            self.tr("At risk: a churn-risk score of %1 or more (Settings > Keep in touch)").replace(
                "%1", str(data.at_risk_from)
            )
        )
        tiers = list(Tier)
        names = [tier_label(t) for t in tiers]
        self.pyramid.bars(
            names,
            [
                (self.tr("Clients"), [data.pyramid[t] for t in tiers], "#3d8bd4"),
                (self.tr("Target shape"), [round(data.target[t], 1) for t in tiers], "#c8d0d8"),
            ],
            kind=QHorizontalBarSeries,
        )
        self.pyramid.rows(
            [self.tr("Tier"), self.tr("Clients"), self.tr("Target")],
            [(tier_label(t), data.pyramid[t], f"{data.target[t]:.1f}") for t in reversed(tiers)],
        )
        months = month_labels([p.start for p in data.months], is_chinese())
        self.churn.bars(
            months, [(self.tr("Churn rate"), [p.rate or 0.0 for p in data.months], "#c0392b")], whole=False, unit="%"
        )
        self.churn.rows(
            [self.tr("Month"), self.tr("Lost"), self.tr("Active before"), self.tr("Won back"), self.tr("Rate")],
            [(month_name(p.start, is_chinese()), p.lost, p.base, p.won_back, percent(p.rate)) for p in data.months],
        )
        purposes = list(data.weeks[0][1]) if data.weeks else []
        weeks = [format_short_date(w) for w, _ in data.weeks]
        self.contacts.bars(
            weeks,
            [
                (purpose_short(p), [counts[p] for _, counts in data.weeks], PURPOSE_COLOURS[i % len(PURPOSE_COLOURS)])
                for i, p in enumerate(purposes)
            ],
            kind=QStackedBarSeries,
        )
        self.contacts.rows(
            [self.tr("Week of"), *[purpose_short(p) for p in purposes]],
            [(format_short_date(w), *[counts[p] for p in purposes]) for w, counts in data.weeks],
        )
        self.overdue.bars(
            names,
            [(self.tr("Past their interval"), [data.overdue_by_tier[t] for t in tiers], "#d9822b")],
            kind=QHorizontalBarSeries,  # like the pyramid: tier names in full, closest at the top
        )
        self.overdue.rows(
            [self.tr("Tier"), self.tr("Clients past their interval")],
            [(tier_label(t), data.overdue_by_tier[t]) for t in reversed(tiers)]
            + [(self.tr("Follow-ups overdue"), data.overdue_follow_ups)],
        )
        ages = list(data.complaint_ages)
        self.complaints.bars(
            [age_label(a) for a in ages],
            [(self.tr("Open complaints"), [data.complaint_ages[a] for a in ages], "#c0392b")],
        )
        self.complaints.rows(
            [self.tr("Age (days)"), self.tr("Open complaints")], [(age_label(a), data.complaint_ages[a]) for a in ages]
        )
        reasons = list(reversed(list(data.lost_reasons)[:8]))  # bars go up the axis: the commonest on top
        self.reasons.bars(
            [loss_reason_label(r).split(" (")[0] for r in reasons],
            [(self.tr("Clients lost"), [data.lost_reasons[r] for r in reasons], "#7f8c8d")],
            kind=QHorizontalBarSeries,
        )
        self.reasons.rows(
            [self.tr("Reason"), self.tr("Clients lost")],
            [(loss_reason_label(r), n) for r, n in data.lost_reasons.items()],
        )
        self._show_team(data.team)

    def _show_team(self, team: list) -> None:
        """Each salesperson's clients by tier (stacked), and lost ones in the table."""
        self.team.setVisible(len(team) > 1)
        if len(team) <= 1:
            return
        owners = [line.owner for line in team]
        tiers = list(reversed(Tier))
        self.team.bars(
            owners,
            [(tier_label(t), [line.by_tier.get(t, 0) for line in team], TIER_COLOURS[t].name()) for t in tiers],
            kind=QStackedBarSeries,
        )
        self.team.rows(
            [self.tr("Salesperson"), self.tr("Clients"), *[tier_label(t) for t in tiers], self.tr("Lost")],
            [(line.owner, line.clients, *[line.by_tier.get(t, 0) for t in tiers], line.lost) for line in team],
        )
