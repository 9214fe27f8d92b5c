"""Family events made easy in the client form: sensible defaults per kind, and 满月/百日
computed from the baby's birth date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from reminders.agenda import full_month_date, gaokao_date, hundred_days_date
from reminders.dates import CalendarKind, DateSpec
from ui import colors, i18n
from ui.calendar_data import both_forms
from ui.styled_text import set_text_style

#: Whether a new date of each kind comes back every year (a wedding is kept as an anniversary,
#: a funeral, a baby's celebrations, exams and a move happen once, an opening is celebrated yearly).
YEARLY_BY_KIND = {
    "custom": True,
    "anniversary": True,
    "wedding": True,
    "opening": True,
    "funeral": False,
    "full_month": False,
    "hundred_days": False,
    "zhongkao": False,
    "gaokao": False,
    "moving": False,
}
#: Kinds whose day follows from a baby's birth date.
BIRTH_KINDS = ("full_month", "hundred_days")
DEFAULT_ZHONGKAO = (6, 20)


def event_from_birth(kind: str, birth: date) -> date:
    """The day of a baby's 满月 (full_month) or 百日 (hundred_days), from the birth date."""
    if kind == "full_month":
        return full_month_date(birth)
    if kind == "hundred_days":
        return hundred_days_date(birth)
    raise ValueError(f"{kind!r} does not follow from a birth date")


def exam_day(kind: str, year: int, zhongkao: tuple[int, int] = DEFAULT_ZHONGKAO) -> date:
    """The exam's first day in `year`: 高考 on 7 June, 中考 on the city's day."""
    if kind == "gaokao":
        return gaokao_date(year)
    return date(year, *zhongkao)


def next_exam_year(kind: str, today: date, zhongkao: tuple[int, int] = DEFAULT_ZHONGKAO) -> int:
    """This year if the exam is still to come, else next year."""
    return today.year if today <= exam_day(kind, today.year, zhongkao) else today.year + 1


def exam_spec(kind: str, year: int, zhongkao: tuple[int, int] = DEFAULT_ZHONGKAO) -> DateSpec:
    day = exam_day(kind, year, zhongkao)
    return DateSpec(CalendarKind.SOLAR, day.month, day.day, day.year)


def zhongkao_day(book) -> tuple[int, int]:
    """The city's zhongkao (month, day) from the book's settings (the default without a book)."""
    if book is None:
        return DEFAULT_ZHONGKAO
    from storage.settings import ZHONGKAO_DAY, get_option

    try:
        month, day = (int(part) for part in str(get_option(book, ZHONGKAO_DAY)).split("-"))
        date(2000, month, day)
    except ValueError:
        return DEFAULT_ZHONGKAO
    return month, day


class BirthDateDialog(QDialog):
    """Asks for the baby's birth date and shows the celebration day it gives."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("From the birth date"))
        self.setMinimumWidth(380)
        self.birth = QDateEdit(self)
        self.birth.setCalendarPopup(True)
        self.birth.setDisplayFormat(i18n.date_edit_format())
        self.birth.setDate(QDate.currentDate())
        self.preview = QLabel(self)
        self.preview.setStyleSheet("font-weight: 600;")
        explain = {
            "full_month": self.tr("The full-month celebration (满月) is 30 days after the birth."),
            "hundred_days": self.tr("The hundred-days celebration (百日) is the 100th day of life."),
        }[kind]
        note = QLabel(explain, self)
        note.setWordWrap(True)
        set_text_style(note, colors.HINT)
        form = QFormLayout()
        form.addRow(self.tr("Baby's birth date"), self.birth)
        form.addRow(self.tr("Celebration day"), self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.birth.dateChanged.connect(self._update)
        self._update()

    def birth_date(self) -> date:
        return self.birth.date().toPython()  # type: ignore[return-value]

    def event_date(self) -> date:
        return event_from_birth(self.kind, self.birth_date())

    def _update(self) -> None:
        self.preview.setText(both_forms(self.event_date(), i18n.current()))


class FamilyEventHelper(QObject):
    """Gives a DateRow its per-kind behaviour.

    When the user picks a kind: the "every year" default for it, 7 June of the coming exam
    year for 高考 (the city's day for 中考) unless a date was already entered, and the
    "From birth date…" button for 满月 and 百日.
    """

    def __init__(self, row, zhongkao: tuple[int, int] = DEFAULT_ZHONGKAO) -> None:
        super().__init__(row)
        self.row = row
        self.zhongkao = zhongkao
        self.date_entered = False
        self._setting = False
        row.kind.activated.connect(lambda _index: self.kind_chosen())
        row.kind.currentIndexChanged.connect(lambda _index: self._show_button())
        row.date.changed.connect(self._date_changed)
        row.from_birth.clicked.connect(self.ask_birth_date)
        self._show_button()

    def _date_changed(self) -> None:
        if not self._setting:
            self.date_entered = True

    def _show_button(self) -> None:
        self.row.from_birth.setVisible(self.row.kind.currentData() in BIRTH_KINDS)

    def kind_chosen(self, today: date | None = None) -> None:
        """Apply the defaults of the kind now chosen."""
        kind = self.row.kind.currentData()
        self.row.yearly.setChecked(YEARLY_BY_KIND.get(kind, True))
        if kind in ("gaokao", "zhongkao") and not self.date_entered:
            spec = self.row.date.spec()
            year = spec.year if spec is not None and spec.year else None
            year = year or next_exam_year(kind, today or date.today(), self.zhongkao)
            self._set_spec(exam_spec(kind, year, self.zhongkao))

    def set_from_birth(self, birth: date) -> date:
        """Fill the date of the row's 满月/百日 from the baby's birth date; returns that day."""
        day = event_from_birth(self.row.kind.currentData(), birth)
        self._set_spec(DateSpec(CalendarKind.SOLAR, day.month, day.day, day.year))
        self.row.yearly.setChecked(False)
        self.date_entered = True
        return day

    def ask_birth_date(self) -> None:
        dialog = BirthDateDialog(self.row.kind.currentData(), self.row.window())
        if dialog.exec():
            self.set_from_birth(dialog.birth_date())

    def _set_spec(self, spec: DateSpec) -> None:
        self._setting = True
        try:
            self.row.date.set_spec(spec)
        finally:
            self._setting = False
