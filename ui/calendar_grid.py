"""The month grid: each day with its Gregorian number, its lunar day, festivals in colour and
a count of the clients' own occasions; today ringed, the keyboard's day dashed, and the month and
the chosen day told to screen readers (the cells themselves only expose their numbers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QTableView, QWidget

from ui import colors, i18n
from ui.calendar_data import DayCell, MonthAgenda, day_cell, lunar_date, month_title

#: The selected day's border (darkened, or lightened on a dark palette, just enough for 3:1 on its fill).
SELECTED_BORDER = QColor("#3d8bd4")
#: The ring around today (an amber of today's hue): 4.3:1 on today's fill, 3.9:1 on the selected one.
TODAY_RING = "#a86400"
#: The width of today's ring and of the selection's border inside it (dashed while the grid has the focus).
RING_WIDTH = 2
# Light-theme text colours, made for the palette by ui.colors when painted.
LUNAR_MONTH = "#2f7d5b"
LUNAR_DAY = "#6b7785"
#: Days of the next and previous months: faint on purpose (inactive, like disabled text), so large-text
#: contrast is enough on a dark palette, and they stay fainter than the month's own lunar days.
OUTSIDE = "#b5bcc4"
COUNT = QColor("#2b78c1")  # white numbers on it: 4.6:1
#: Pixels between the day number's baseline and the top of the line under it.
NUMBER_GAP = 2
#: Pixels at least between the day's number and the count badge beside it.
BADGE_GAP = 3
#: Pixels beside the count's text in a badge of its own size.
BADGE_PADDING = 10
#: The share of its height kept clear all round the digits of a badge made smaller to fit a narrow cell.
SMALLER_BADGE_MARGIN = 0.25
#: The smallest font the count is written in (points); in less room the badge is a dot without it.
BADGE_MIN_POINTS = 6.0
#: A dot narrower than this many pixels would not be seen: then the cell shows no badge.
DOT_MIN = 6
#: Qt's own colour of Saturday and Sunday in the weekday row.
WEEKEND_HEADER = "#ff0000"


@dataclass(frozen=True)
class CountBadge:
    """A day's count of occasions as painted: a round-ended `rect` with `text` in `font` on it, or, where
    the cell has no room for the digits, a plain dot (`text` is "")."""

    rect: QRectF
    font: QFont
    text: str


class OccasionCalendar(QCalendarWidget):
    """A QCalendarWidget whose cells are painted as a Chinese wall calendar, plus occasion counts."""

    def __init__(self, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._agenda: MonthAgenda | None = None
        self.setNavigationBarVisible(False)
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setMinimumSize(460, 380)
        self.setDateRange(QDate(1901, 1, 1), QDate(2100, 12, 31))  # the years the lunar tables cover
        self._view = self.findChild(QTableView, "qt_calendar_calendarview")
        self._compact_header()
        self._colour_weekend_header()
        self.selectionChanged.connect(self.updateCells)
        self.selectionChanged.connect(self.describe)
        self.currentPageChanged.connect(self.describe)
        if self._view is not None:
            self._view.installEventFilter(self)  # the focus dashes come and go with the keyboard focus
        self.describe()

    def _colour_weekend_header(self) -> None:
        """Saturday and Sunday in the weekday row: Qt's red, made readable on a dark palette."""
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            text_format = self.weekdayTextFormat(day)
            text_format.setForeground(colors.text_colour(WEEKEND_HEADER, self.palette()))
            self.setWeekdayTextFormat(day, text_format)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_weekend_header()
        elif event.type() == QEvent.Type.FontChange:
            self._compact_header()  # the weekday row as tall as the new font

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.updateCells()
        return super().eventFilter(watched, event)

    def _compact_header(self) -> None:
        """Keep the weekday row short so the day cells get the height (the view stretches all rows)."""
        if self._view is None:
            return
        header = self._view.verticalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, QFontMetrics(self.font()).height() + 12)
        # Qt's least column width grows with the font (67 px at 16 pt): seven such columns overflow the
        # grid's minimum width and cut Sunday off. The weekday names are what a column must hold.
        metrics = QFontMetrics(self.font())
        names = (self.locale().dayName(weekday, QLocale.FormatType.ShortFormat) for weekday in range(1, 8))
        self._view.horizontalHeader().setMinimumSectionSize(max(map(metrics.horizontalAdvance, names)) + 8)

    def set_agenda(self, agenda: MonthAgenda | None) -> None:
        """Show the counts (and the 小年 custom) of a loaded month."""
        self._agenda = agenda
        self.updateCells()
        self.describe()

    def cell(self, day: date) -> DayCell:
        """What a day's cell shows (its lunar text and festivals)."""
        xiaonian = self._agenda.xiaonian if self._agenda is not None else "north"
        return day_cell(day, self._lang, xiaonian)

    def occasion_count(self, day: date) -> int:
        """The clients' own occasions on `day` (0 until the month is loaded, or outside it)."""
        agenda = self._agenda
        if agenda is None or not agenda.start <= day <= agenda.end:
            return 0
        return agenda.count(day)

    # --- for screen readers -------------------------------------------------------------

    def day_summary(self, day: date) -> str:
        """What a day's cell shows, in words: "25 Sep 2026, lunar 8/15, Mid-Autumn Festival, 2 client
        occasions" (the count only once the month's occasions are loaded)."""
        parts = [i18n.format_date(day, self._lang), lunar_date(day, self._lang), *self.cell(day).festivals]
        agenda = self._agenda
        if agenda is not None and agenda.start <= day <= agenda.end:
            count = agenda.count(day)
            parts.append(self.tr("%n client occasion(s)", "", count) if count else self.tr("no client occasions"))
        return self.tr(", ", "between the parts of a day read out by a screen reader").join(p for p in parts if p)

    def describe(self) -> None:
        """Name the grid after the month shown and describe the selected day, on the calendar and on its
        table (which holds the keyboard focus), and tell screen readers what changed."""
        name = month_title(self.yearShown(), self.monthShown(), self._lang)
        description = self.day_summary(self.selectedDate().toPython())  # type: ignore[arg-type]
        for widget in (self, self._view):
            if widget is not None:
                _set_accessible_text(widget, name, description)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day: date = qdate.toPython()  # type: ignore[assignment]
        inside = qdate.month() == self.monthShown() and qdate.year() == self.yearShown()
        selected = qdate == self.selectedDate()
        painter.save()
        # The fill and the rings without smoothing: at 125 % or 150 % their edges fall between device
        # pixels, and a smoothed 2 px line there is a soft 3 px smear. The count's round badge is smoothed.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        background = self.cell_background(day, selected)
        painter.fillRect(rect, background)
        self._paint_rings(painter, rect, day, selected, background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = self.cell(day)
        inner = rect.adjusted(6, 4, -6, -4)
        self._paint_number(painter, inner, day, inside, background)
        self._paint_count(painter, inner, day if inside else None)
        self._paint_lines(painter, inner, cell, inside, background)
        painter.restore()

    def cell_background(self, day: date, selected: bool) -> QColor:
        """A day's fill: the selected day's, today's, or the view's own."""
        if selected:
            return colors.selected_fill(self.palette())
        if day == date.today():
            return colors.today_fill(self.palette())
        return self.palette().base().color()

    def rings(self, day: date, selected: bool, background: QColor) -> list[list[QPen]]:
        """The lines around a day's cell, from its edge inwards, each a list of pens drawn one over the
        other: today's amber ring, then the selection's blue border, dashed in the text's colour while the
        grid has the keyboard focus. Every colour reaches 3:1 against the fill (`background`)."""
        rings = []
        if day == date.today():
            rings.append([QPen(self.graphic(TODAY_RING, background), RING_WIDTH)])
        if selected:
            border = [QPen(self.graphic(SELECTED_BORDER, background), RING_WIDTH)]
            if self.hasFocus():  # the calendar's focus is its table's (its focus proxy)
                text = colors.readable(self.palette().text().color(), (background,), colors.LARGE_TEXT)
                border.append(QPen(text, RING_WIDTH, Qt.PenStyle.DashLine))
            rings.append(border)
        return rings

    def graphic(self, light: str | QColor, background: QColor) -> QColor:
        """A line's colour chosen on a light theme (`light`), made for the palette and for 3:1 on
        `background` (WCAG's minimum for graphics)."""
        colour = colors.text_colour(light, self.palette(), background=background, minimum=colors.LARGE_TEXT)
        return colors.readable(colour, (background,), colors.LARGE_TEXT)

    def _paint_rings(self, painter: QPainter, rect: QRect, day: date, selected: bool, background: QColor) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for depth, pens in enumerate(self.rings(day, selected, background)):
            inset = depth * RING_WIDTH + RING_WIDTH / 2  # the pen's middle: each ring inside the one before
            for pen in pens:
                pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
                painter.setPen(pen)
                painter.drawRect(QRectF(rect).adjusted(inset, inset, -inset, -inset))

    def ink(self, light: str | None, background: QColor, inside: bool = True) -> QColor:
        """The colour of a cell's text on its fill: `light` (a light-theme colour) made for the palette,
        the palette's text when None, and the faint outside-the-month colour when not `inside`."""
        if not inside:
            return colors.text_colour(OUTSIDE, self.palette(), background=background, minimum=colors.LARGE_TEXT)
        if light is None:
            return self.palette().text().color()
        return colors.text_colour(light, self.palette(), background=background)

    def _fonts(self) -> tuple[QFont, QFont]:
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() + 3)
        big.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        return big, small

    def number_rect(self, inner: QRect, day: date | None = None) -> QRect:
        """Where a cell's day number is drawn in its `inner` rectangle: top left, as wide as its digits
        (as the widest day number's when `day` is None: digits may differ in width)."""
        metrics = QFontMetrics(self._fonts()[0])
        numbers = [day.day] if day is not None else range(1, 32)
        width = max(metrics.horizontalAdvance(str(number)) for number in numbers)
        return QRect(inner.left(), inner.top(), width, metrics.height())

    def _paint_number(self, painter: QPainter, inner: QRect, day: date, inside: bool, background: QColor) -> None:
        big, _small = self._fonts()
        painter.setFont(big)
        weekend = day.weekday() >= 5
        painter.setPen(self.ink(colors.FESTIVAL if weekend else None, background, inside))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day))

    def _paint_count(self, painter: QPainter, inner: QRect, day: date | None) -> None:
        badge = self.count_badge(inner, day) if day is not None else None
        if badge is None:
            return
        radius = min(badge.rect.width(), badge.rect.height()) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COUNT)
        painter.drawRoundedRect(badge.rect, radius, radius)
        if badge.text:
            painter.setFont(badge.font)
            painter.setPen(QColor("white"))
            painter.drawText(badge.rect, Qt.AlignmentFlag.AlignCenter, badge.text)

    def count_badge(self, inner: QRect, day: date) -> CountBadge | None:
        """The badge counting a day's occasions in its cell's `inner` rectangle (None without any): at the
        top right, beside the day's number and never over it. Sized from the cell, alike in every cell: it
        keeps its own size (the small bold font) where that fits beside the widest day number ("28"); in a
        narrower cell (a large font, a small window) it takes the room there is, with the count in a font
        small enough for the digits to fit inside, down to BADGE_MIN_POINTS; narrower still it is a dot
        without the count (which the day's description and the side list still give), and where even a
        dot would not be seen, there is none."""
        count = self.occasion_count(day)
        if not count:
            return None
        text = str(count) if count < 1000 else "999+"
        _big, font = self._fonts()
        font.setBold(True)
        metrics = QFontMetrics(font)
        full_height = metrics.height() + 2
        full_width = max(metrics.horizontalAdvance(text) + BADGE_PADDING, full_height)
        room = inner.right() - (self.number_rect(inner).right() + 1 + BADGE_GAP)
        if full_width <= room:
            return CountBadge(QRectF(inner.right() - full_width, inner.top() + 2, full_width, full_height), font, text)
        middle = inner.top() + 2 + full_height / 2  # a smaller badge or dot is centred where the badge would be
        width = min(full_width, room)
        height = min(full_height, width)
        smaller = _font_to_fit(font, text, width, height)
        if smaller is not None:
            return CountBadge(QRectF(inner.right() - width, middle - height / 2, width, height), smaller, text)
        dot = min(room, full_height / 2)
        if dot < DOT_MIN:
            return None
        return CountBadge(QRectF(inner.right() - dot, middle - dot / 2, dot, dot), font, "")

    def line_room(self, inner: QRect) -> QRect:
        """Where the lunar day and the festivals go in a cell's `inner` rectangle: under the day's number,
        from just below its digits' baseline (digits never reach into the font's descent, and at 175 %
        those few pixels are what a second festival line needs)."""
        big, _small = self._fonts()
        top = inner.top() + QFontMetrics(big).ascent() + NUMBER_GAP
        return QRect(inner.left(), top, inner.width(), max(inner.bottom() - top + 1, 0))

    def _paint_lines(self, painter: QPainter, inner: QRect, cell: DayCell, inside: bool, background: QColor) -> None:
        """The lunar day, then the festivals on as many lines as they wrap to. Where the cell is too short
        for both, the festivals alone: the lunar date stays in the day's description and the side list."""
        _big, small = self._fonts()
        metrics = QFontMetrics(small)
        line = metrics.height()
        room = self.line_room(inner)
        painter.setFont(small)
        festival = f" {SEPARATOR} ".join(cell.grid_names)
        fitting = max(room.height() // line, 1)
        festival_lines = wrap_to_lines(festival, metrics, room.width(), fitting) if festival else []
        if len(festival_lines) < fitting:  # a line to spare for the lunar day (always, without a festival)
            lunar_colour = LUNAR_MONTH if cell.first_of_month else LUNAR_DAY
            self._draw_line(painter, QRect(room.left(), room.top(), room.width(), line), cell.lunar_text,
                            self.ink(lunar_colour, background, inside))  # fmt: skip
            room.setTop(room.top() + line)
        painter.setPen(self.ink(colors.FESTIVAL, background, inside))
        for number, text in enumerate(festival_lines):
            box = QRect(room.left(), room.top() + number * line, room.width(), line)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _draw_line(painter: QPainter, box: QRect, text: str, colour: QColor | None) -> None:
        if colour is not None:
            painter.setPen(colour)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)


def _set_accessible_text(widget: QWidget, name: str, description: str) -> None:
    """Set a widget's accessible name and description, sending screen readers the change events."""
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))


#: Between two festivals on one day.
SEPARATOR = "·"
#: A break point in a festival line: after a space, or after a hyphen inside a word ("Mid-|Autumn").
_PIECES = re.compile(r"\S+?-(?=\S)|\S+")


def wrap_to_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """`text` in at most `max_lines` lines of `width` pixels, broken at spaces and after hyphens
    (so "Mid-Autumn" fits a narrow cell as "Mid-" and "Autumn"); what does not fit ends in "…"."""
    lines: list[str] = []
    current = ""
    for match in _PIECES.finditer(text):
        joined = current + ("" if not current or _glued(text, match) else " ") + match.group()
        if current and metrics.horizontalAdvance(joined) > width:
            if match.group() == SEPARATOR:
                continue  # between two festivals a line break is separation enough
            if len(lines) == max_lines - 1:  # the last line: the rest goes on it, cut short
                current = current + text[match.start() - (0 if _glued(text, match) else 1) :]
                break
            lines.append(current)
            current = match.group()
        else:
            current = joined
    if current:
        lines.append(current)
    return [_elided(line, metrics, width) for line in lines]


def _font_to_fit(font: QFont, text: str, width: float, height: float) -> QFont | None:
    """`font` made smaller (not below BADGE_MIN_POINTS) until `text`'s digits fit in a badge `width` by
    `height` with SMALLER_BADGE_MARGIN of its height clear all round; None if even the smallest does not."""
    margin = height * SMALLER_BADGE_MARGIN
    smaller = QFont(font)
    points = font.pointSizeF()
    while points >= BADGE_MIN_POINTS:
        smaller.setPointSizeF(points)
        ink = QFontMetrics(smaller).tightBoundingRect(text)
        if ink.width() <= width - 2 * margin and ink.height() <= height - 2 * margin:
            return smaller
        points -= 0.5
    return None


def _elided(line: str, metrics: QFontMetrics, width: int) -> str:
    shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
    return shown.replace(" …", "…") if shown != line else shown


def _glued(text: str, match: re.Match[str]) -> bool:
    """Whether the piece `match` follows the one before it with no space between (after a hyphen)."""
    return match.start() > 0 and not text[match.start() - 1].isspace()
