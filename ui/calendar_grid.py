"""The month grid: each day with its Gregorian number, its lunar day, festivals in colour and
a count of the clients' own occasions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QWidget

from ui.calendar_data import DayCell, MonthAgenda, day_cell

SELECTED = QColor("#dcebfb")
SELECTED_BORDER = QColor("#3d8bd4")
TODAY = QColor("#fff6dd")
FESTIVAL = QColor("#c0392b")
LUNAR_MONTH = QColor("#2f7d5b")
LUNAR_DAY = QColor("#6b7785")
OUTSIDE = QColor("#b5bcc4")
COUNT = QColor("#3d8bd4")


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
        self.selectionChanged.connect(self.updateCells)

    def set_agenda(self, agenda: MonthAgenda | None) -> None:
        """Show the counts (and the 小年 custom) of a loaded month."""
        self._agenda = agenda
        self.updateCells()

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

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day: date = qdate.toPython()  # type: ignore[assignment]
        inside = qdate.month() == self.monthShown() and qdate.year() == self.yearShown()
        selected = qdate == self.selectedDate()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = SELECTED if selected else TODAY if day == date.today() else self.palette().base().color()
        painter.fillRect(rect, background)
        if selected:
            painter.setPen(QPen(SELECTED_BORDER, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        cell = self.cell(day)
        inner = rect.adjusted(6, 4, -6, -4)
        self._paint_number(painter, inner, day, inside)
        self._paint_count(painter, inner, day if inside else None)
        self._paint_lines(painter, inner, cell, inside)
        painter.restore()

    def _fonts(self) -> tuple[QFont, QFont]:
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() + 3)
        big.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        return big, small

    def _paint_number(self, painter: QPainter, inner: QRect, day: date, inside: bool) -> None:
        big, _small = self._fonts()
        painter.setFont(big)
        weekend = day.weekday() >= 5
        colour = OUTSIDE if not inside else FESTIVAL if weekend else self.palette().text().color()
        painter.setPen(colour)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day))

    def _paint_count(self, painter: QPainter, inner: QRect, day: date | None) -> None:
        count = self.occasion_count(day) if day is not None else 0
        if not count:
            return
        _big, small = self._fonts()
        small.setBold(True)
        metrics = QFontMetrics(small)
        text = str(count) if count < 1000 else "999+"
        height = metrics.height() + 2
        width = max(metrics.horizontalAdvance(text) + 10, height)
        badge = QRectF(inner.right() - width, inner.top() + 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COUNT)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(small)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_lines(self, painter: QPainter, inner: QRect, cell: DayCell, inside: bool) -> None:
        big, small = self._fonts()
        metrics = QFontMetrics(small)
        top = inner.top() + QFontMetrics(big).height() + 1
        line = metrics.height()
        lines: list[tuple[str, QColor]] = []
        lunar_colour = LUNAR_MONTH if cell.first_of_month else LUNAR_DAY
        festival = " · ".join(cell.festivals)
        room = (inner.bottom() - top + 1) // max(line, 1)
        if festival and room < 2:
            lines.append((festival, FESTIVAL))
        else:
            lines.append((cell.lunar_text, lunar_colour))
            if festival:
                lines.append((festival, FESTIVAL))
        painter.setFont(small)
        for number, (text, colour) in enumerate(lines):
            painter.setPen(colour if inside else OUTSIDE)
            box = QRect(inner.left(), top + number * line, inner.width(), line)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
