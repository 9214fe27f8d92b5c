"""Small editable lists inside the client form: phones, family members, important dates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reminders.dates import CalendarKind, DateSpec
from storage.records import DATE_KINDS, FamilyMemberEntry, ImportantDate, PhoneEntry
from ui.date_edit import DateSpecEdit
from ui.family_dates import FamilyEventHelper

T = TypeVar("T")


class RowListEditor(QWidget, Generic[T]):
    """A vertical list of row widgets with an Add button and a remove button per row."""

    changed = Signal()

    def __init__(self, make_row: Callable[[], QWidget], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._add = QPushButton(add_text, self)
        self._add.clicked.connect(lambda: self.add_row())
        self._layout.addWidget(self._add)

    def add_row(self, value: T | None = None) -> QWidget:
        row = self._make_row()
        holder = QWidget(self)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(row, 1)
        remove = QToolButton(holder)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(holder))
        line.addWidget(remove)
        self._layout.insertWidget(len(self._rows), holder)
        self._rows.append(holder)
        if value is not None:
            row.set_value(value)  # type: ignore[attr-defined]
        self.changed.emit()
        return row

    def _remove(self, holder: QWidget) -> None:
        self._rows.remove(holder)
        holder.deleteLater()
        self.changed.emit()

    def values(self) -> list[T]:
        out = []
        for holder in self._rows:
            value = holder.layout().itemAt(0).widget().value()  # type: ignore[attr-defined]
            if value is not None:
                out.append(value)
        return out

    def set_values(self, values: list[T]) -> None:
        for holder in list(self._rows):
            self._rows.remove(holder)
            holder.deleteLater()
        for value in values:
            self.add_row(value)


class PhoneRow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Phone number"))
        self.label = QComboBox(self)
        self.label.setEditable(True)
        self.label.addItems([self.tr("Mobile"), self.tr("Office"), self.tr("Home")])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number, 3)
        layout.addWidget(self.label, 1)

    def value(self) -> PhoneEntry | None:
        number = self.number.text().strip()
        return PhoneEntry(number, self.label.currentText().strip()) if number else None

    def set_value(self, value: PhoneEntry) -> None:
        self.number.setText(value.number)
        self.label.setCurrentText(value.label)


RELATIONS = ("妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "兄弟", "姐妹", "孙子", "孙女")


class FamilyRow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.relation = QComboBox(self)
        self.relation.setEditable(True)
        self.relation.addItems(list(RELATIONS))
        self.relation.setCurrentText("")
        self.relation.lineEdit().setPlaceholderText(self.tr("Relation"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name"))
        self.birthday = DateSpecEdit(self)
        self.notes = QLineEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes, e.g. gaokao 2027"))
        top = QHBoxLayout()
        top.addWidget(self.relation, 1)
        top.addWidget(self.name, 2)
        top.addWidget(self.notes, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.birthday)

    def value(self) -> FamilyMemberEntry | None:
        relation, name = self.relation.currentText().strip(), self.name.text().strip()
        if not relation and not name:
            return None
        return FamilyMemberEntry(
            relation=relation, name=name, birthday=self.birthday.spec(), notes=self.notes.text().strip()
        )

    def set_value(self, value: FamilyMemberEntry) -> None:
        self.relation.setCurrentText(value.relation)
        self.name.setText(value.name)
        self.notes.setText(value.notes)
        self.birthday.set_spec(value.birthday)


def date_kind_label(kind: str) -> str:
    return {
        "custom": QCoreApplication.translate("DateKind", "Custom date"),
        "wedding": QCoreApplication.translate("DateKind", "Wedding"),
        "funeral": QCoreApplication.translate("DateKind", "Funeral"),
        "full_month": QCoreApplication.translate("DateKind", "Baby's full month"),
        "hundred_days": QCoreApplication.translate("DateKind", "Baby's hundred days"),
        "zhongkao": QCoreApplication.translate("DateKind", "Zhongkao (senior-high entrance exam)"),
        "gaokao": QCoreApplication.translate("DateKind", "Gaokao (college entrance exam)"),
        "moving": QCoreApplication.translate("DateKind", "Moving house"),
        "opening": QCoreApplication.translate("DateKind", "Shop or company opening"),
        "anniversary": QCoreApplication.translate("DateKind", "Anniversary"),
    }[kind]


class DateRow(QWidget):
    def __init__(self, zhongkao_day: tuple[int, int] = (6, 20)) -> None:
        super().__init__()
        self.kind = QComboBox(self)
        for kind in DATE_KINDS:
            self.kind.addItem(date_kind_label(kind), kind)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Label, e.g. 合作纪念日"))
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("Whose (if not the client's)"))
        self.yearly = QCheckBox(self.tr("every year"), self)
        self.yearly.setChecked(True)
        self.date = DateSpecEdit(self, allow_none=False)
        top = QHBoxLayout()
        top.addWidget(self.kind, 2)
        top.addWidget(self.label, 2)
        top.addWidget(self.person, 2)
        top.addWidget(self.yearly)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addLayout(top)
        self.from_birth = QPushButton(self.tr("From birth date…"), self)
        self.from_birth.setToolTip(self.tr("Work out the day from the baby's birth date"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.date, 1)
        bottom.addWidget(self.from_birth)
        layout.addLayout(bottom)
        self.helper = FamilyEventHelper(self, zhongkao_day)

    def value(self) -> ImportantDate | None:
        spec = self.date.spec() or DateSpec(CalendarKind.SOLAR, 1, 1)
        kind = self.kind.currentData()
        label = self.label.text().strip()
        return ImportantDate(
            label=label, spec=spec, kind=kind, yearly=self.yearly.isChecked(), person=self.person.text().strip()
        )

    def set_value(self, value: ImportantDate) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(value.kind), 0))
        self.label.setText(value.label)
        self.person.setText(value.person)
        self.yearly.setChecked(value.yearly)
        self.date.set_spec(value.spec)
