"""A date as people give it: Gregorian or lunar, year optional, leap month for lunar."""

from __future__ import annotations

from calendar import monthrange

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from reminders.dates import CalendarKind, DateSpec

LUNAR_MONTHS = ("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月")
LUNAR_DAYS = tuple(
    ["初" + d for d in "一二三四五六七八九十"]
    + ["十" + d for d in "一二三四五六七八九"]
    + ["二十"]
    + ["廿" + d for d in "一二三四五六七八九"]
    + ["三十"]
)


class DateSpecEdit(QWidget):
    """Calendar (none / Gregorian / lunar), year (optional), month, day and leap month."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_none: bool = True) -> None:
        super().__init__(parent)
        self._allow_none = allow_none
        self.calendar = QComboBox(self)
        if allow_none:
            self.calendar.addItem(self.tr("No date"), None)
        self.calendar.addItem(self.tr("Gregorian"), CalendarKind.SOLAR.value)
        self.calendar.addItem(self.tr("Lunar"), CalendarKind.LUNAR.value)
        self.year = QSpinBox(self)
        self.year.setRange(1899, 2200)
        self.year.setSpecialValueText(self.tr("year unknown"))
        self.year.setValue(1899)
        self.year.setToolTip(self.tr("Leave at “year unknown” when you know only the day"))
        self.leap = QCheckBox(self.tr("leap month"), self)
        self.leap.setToolTip(self.tr("闰月: the birthday falls in a leap month"))
        self.month = QComboBox(self)
        self.day = QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.calendar, self.year, self.month, self.day, self.leap):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        self.month.currentIndexChanged.connect(self._fill_days)
        self.year.valueChanged.connect(self._fill_days)
        for signal in (
            self.calendar.currentIndexChanged,
            self.month.currentIndexChanged,
            self.day.currentIndexChanged,
            self.year.valueChanged,
            self.leap.toggled,
        ):
            signal.connect(self.changed)
        self.setFocusProxy(self.calendar)  # a form label's buddy (Alt+letter) and setFocus land on its first part
        self._calendar_changed()

    def set_accessible_label(self, label: str) -> None:
        """Name the parts for a screen reader after what the date is ("Birthday: year" ...).

        The form's label names only this container, which never takes focus: without this the
        parts would be read as their values ("Lunar", "1978", "四月").
        """
        self.setAccessibleName(label)
        for part, template in (
            (self.calendar, self.tr("%1: calendar")),
            (self.year, self.tr("%1: year")),
            (self.month, self.tr("%1: month")),
            (self.day, self.tr("%1: day")),
            (self.leap, self.tr("%1: leap month")),
        ):
            part.setAccessibleName(template.replace("%1", label))

    def _kind(self) -> CalendarKind | None:
        data = self.calendar.currentData()  # Qt hands the enum back as its plain string
        return CalendarKind(data) if data else None

    def _calendar_changed(self) -> None:
        kind = self._kind()
        month = max(self.month.currentIndex(), 0)
        self.month.blockSignals(True)
        self.month.clear()
        if kind is CalendarKind.LUNAR:
            self.month.addItems(list(LUNAR_MONTHS))
        else:
            locale = QLocale()
            self.month.addItems([locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)])
        self.month.setCurrentIndex(month)
        self.month.blockSignals(False)
        for widget in (self.year, self.month, self.day):
            widget.setEnabled(kind is not None)
        self.leap.setVisible(kind is CalendarKind.LUNAR)
        self._fill_days()

    def _fill_days(self) -> None:
        kind = self._kind()
        day = max(self.day.currentIndex(), 0)
        self.day.blockSignals(True)
        self.day.clear()
        if kind is CalendarKind.LUNAR:
            self.day.addItems(list(LUNAR_DAYS))
        else:
            year = self.year.value() if self.year.value() != self.year.minimum() else 2000
            self.day.addItems([str(d) for d in range(1, monthrange(year, self.month.currentIndex() + 1)[1] + 1)])
        self.day.setCurrentIndex(min(day, self.day.count() - 1))
        self.day.blockSignals(False)

    def spec(self) -> DateSpec | None:
        kind = self._kind()
        if kind is None:
            return None
        year = None if self.year.value() == self.year.minimum() else self.year.value()
        return DateSpec(
            kind,
            self.month.currentIndex() + 1,
            self.day.currentIndex() + 1,
            year,
            kind is CalendarKind.LUNAR and self.leap.isChecked(),
        )

    def set_spec(self, spec: DateSpec | None) -> None:
        if spec is None:
            self.calendar.setCurrentIndex(0)
            return
        self.calendar.setCurrentIndex(self.calendar.findData(spec.calendar.value))
        self.year.setValue(spec.year if spec.year is not None else self.year.minimum())
        self.month.setCurrentIndex(spec.month - 1)
        self._fill_days()
        self.day.setCurrentIndex(spec.day - 1)
        self.leap.setChecked(spec.leap)
