"""Small editable lists inside the client form: phones, family members, important dates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reminders.dates import CalendarKind, DateSpec
from storage.records import DATE_KINDS, FamilyMemberEntry, ImportantDate, PhoneEntry
from ui import i18n
from ui.date_edit import DateSpecEdit
from ui.family_dates import FamilyEventHelper

T = TypeVar("T")


class RowListEditor(QWidget, Generic[T]):
    """A vertical list of row widgets with an Add button and a remove button per row.

    Rows come before the Add button on screen and in the Tab order; each row lists its fields in
    screen order with `fields()`. Add (click or key) puts the cursor in the new row's first field.
    Each row is told its number (`set_number`) whenever rows come or go, so a screen reader tells
    "Phone 2: number" from "Phone 1: number".
    """

    changed = Signal()

    def __init__(self, make_row: Callable[[], QWidget], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._add = QPushButton(add_text, self)
        self._add.clicked.connect(self._add_and_focus)
        self._layout.addWidget(self._add)

    def _add_and_focus(self) -> None:
        self.add_row()
        self._focus_row(self._rows[-1])

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
        holder.show()  # at once, not when the layout gets to it: Add can put the cursor in it
        self._place_in_tab_order([*row.fields(), remove])  # type: ignore[attr-defined]
        self._rows.append(holder)
        self._number_rows()
        if value is not None:
            row.set_value(value)  # type: ignore[attr-defined]
        self.changed.emit()
        return row

    def _place_in_tab_order(self, fields: list[QWidget]) -> None:
        """Put a new row's fields just before the Add button in the Tab order, as on screen.

        A widget given a parent late joins the end of its window's Tab order, after Save and Cancel.
        """
        place_before(self._add, fields)

    def _number_rows(self) -> None:
        """Give each row and its remove button the row's number, for the names a screen reader reads."""
        for number, holder in enumerate(self._rows, start=1):
            line = holder.layout()
            line.itemAt(0).widget().set_number(number)  # type: ignore[attr-defined]
            line.itemAt(1).widget().setAccessibleName(self.tr("Remove row %1").replace("%1", str(number)))

    @staticmethod
    def _fields(holder: QWidget) -> list[QWidget]:
        """A row's fields and its remove button, in screen order."""
        line = holder.layout()
        return [*line.itemAt(0).widget().fields(), line.itemAt(1).widget()]  # type: ignore[attr-defined]

    def _focus_row(self, holder: QWidget | None) -> None:
        """The cursor in the row's first field (in sight), or on Add without one."""
        target = self._fields(holder)[0] if holder is not None else self._add
        target.setFocus(Qt.FocusReason.TabFocusReason)
        area = self._scroll_area()
        if area is not None:
            area.ensureWidgetVisible(target)

    def focus_first(self) -> None:
        """The cursor in the first row, or on Add when there is none (to point at a problem)."""
        self._focus_row(self._rows[0] if self._rows else None)

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def _remove(self, holder: QWidget) -> None:
        """Drop a row; when the cursor was in it, it moves on as Tab would: to the next row, else to Add."""
        had_focus = holder.isAncestorOf(QApplication.focusWidget())
        index = self._rows.index(holder)
        self._rows.remove(holder)
        holder.hide()
        holder.deleteLater()
        self._number_rows()
        if had_focus:
            self._focus_row(self._rows[index] if index < len(self._rows) else None)
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
            holder.hide()
            holder.deleteLater()
        for value in values:
            self.add_row(value)


def place_before(anchor: QWidget, widgets: list[QWidget]) -> None:
    """Move `widgets`, in this order, to just before `anchor` in the Tab order (all can take focus)."""
    previous = anchor
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget
    QWidget.setTabOrder(previous, anchor)  # the anchor after them: where it was, the widgets before it


def date_fields(edit: DateSpecEdit) -> list[QWidget]:
    """A date field's parts as they stand on screen."""
    return [edit.calendar, edit.year, edit.month, edit.day, edit.leap]


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
        self.set_number(1)

    def set_number(self, number: int) -> None:
        """Name the fields for a screen reader after the row's place in the list (the placeholder is no name)."""
        self.number.setAccessibleName(self.tr("Phone %1: number").replace("%1", str(number)))
        self.label.setAccessibleName(self.tr("Phone %1: type").replace("%1", str(number)))

    def fields(self) -> list[QWidget]:
        """In screen order, for the Tab order."""
        return [self.number, self.label]

    def value(self) -> PhoneEntry | None:
        number = self.number.text().strip()
        return PhoneEntry(number, self.label.currentText().strip()) if number else None

    def set_value(self, value: PhoneEntry) -> None:
        self.number.setText(value.number)
        self.label.setCurrentText(value.label)


#: The relations offered in the form. They are stored in Chinese whatever the interface language
#: (books already hold them so, and storage.date_reads.CHILD_RELATIONS knows children by these words);
#: the English interface only shows them translated.
RELATIONS = ("妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "兄弟", "姐妹", "孙子", "孙女")


def relation_labels() -> dict[str, str]:
    """Each preset relation in the interface language, by the word stored for it."""
    if i18n.is_chinese():
        return {relation: relation for relation in RELATIONS}
    return {
        "妻子": QCoreApplication.translate("Relation", "Wife"),
        "丈夫": QCoreApplication.translate("Relation", "Husband"),
        "儿子": QCoreApplication.translate("Relation", "Son"),
        "女儿": QCoreApplication.translate("Relation", "Daughter"),
        "父亲": QCoreApplication.translate("Relation", "Father"),
        "母亲": QCoreApplication.translate("Relation", "Mother"),
        "兄弟": QCoreApplication.translate("Relation", "Brother"),
        "姐妹": QCoreApplication.translate("Relation", "Sister"),
        "孙子": QCoreApplication.translate("Relation", "Grandson"),
        "孙女": QCoreApplication.translate("Relation", "Granddaughter"),
    }


def relation_label(stored: str) -> str:
    """A stored relation as shown: a preset in the interface language, anything else as typed."""
    return relation_labels().get(stored, stored)


def stored_relation(shown: str) -> str:
    """The relation to store for what the form shows: a preset's stored word, else the text as typed."""
    text = shown.strip()
    for stored, label in relation_labels().items():
        if text.casefold() in (label.casefold(), stored):
            return stored
    return text


def with_relation_label(person: str) -> str:
    """'女儿 徐莉' as shown: a leading preset relation in the interface language ('Daughter 徐莉')."""
    first, space, rest = person.partition(" ")
    return relation_label(first) + space + rest if first in RELATIONS else person


class FamilyRow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self._gender = ""
        self.relation = QComboBox(self)
        self.relation.setEditable(True)
        for relation in RELATIONS:
            self.relation.addItem(relation_label(relation), relation)
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
        self.set_number(1)

    def set_number(self, number: int) -> None:
        """Name the fields for a screen reader after the row's place in the list (the placeholder is no name)."""
        place = str(number)
        self.relation.setAccessibleName(self.tr("Family member %1: relation").replace("%1", place))
        self.name.setAccessibleName(self.tr("Family member %1: name").replace("%1", place))
        self.notes.setAccessibleName(self.tr("Family member %1: notes").replace("%1", place))
        self.birthday.set_accessible_label(self.tr("Family member %1's birthday").replace("%1", place))

    def fields(self) -> list[QWidget]:
        """In screen order, for the Tab order: the top line, then the birthday below it."""
        return [self.relation, self.name, self.notes, *date_fields(self.birthday)]

    def value(self) -> FamilyMemberEntry | None:
        relation, name = stored_relation(self.relation.currentText()), self.name.text().strip()
        if not relation and not name:
            return None
        return FamilyMemberEntry(
            relation=relation,
            name=name,
            gender=self._gender,
            birthday=self.birthday.spec(),
            notes=self.notes.text().strip(),
        )

    def set_value(self, value: FamilyMemberEntry) -> None:
        self._gender = value.gender  # not on the form (an import can set it): kept as it was
        self.relation.setCurrentText(relation_label(value.relation))
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
        self._notes = ""
        self.kind = QComboBox(self)
        for kind in DATE_KINDS:
            self.kind.addItem(date_kind_label(kind), kind)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Label, e.g. First deal anniversary"))
        self.person = QLineEdit(self)
        self.person.setPlaceholderText(self.tr("Whose (if not the client's)"))
        self.yearly = QCheckBox(self.tr("Every year"), self)
        self.yearly.setChecked(True)
        self.date = DateSpecEdit(self, allow_none=False)
        top = QHBoxLayout()
        top.addWidget(self.kind, 2)
        top.addWidget(self.label, 2)
        top.addWidget(self.person, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addLayout(top)
        self.from_birth = QPushButton(self.tr("From birth date…"), self)
        self.from_birth.setToolTip(self.tr("Work out the day from the baby's birth date"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.date, 1)
        bottom.addWidget(self.yearly)  # beside the date it repeats, leaving the label room for its example
        bottom.addWidget(self.from_birth)
        layout.addLayout(bottom)
        self.helper = FamilyEventHelper(self, zhongkao_day)
        self.set_number(1)

    def set_number(self, number: int) -> None:
        """Name the fields for a screen reader after the row's place in the list (the placeholder is no name)."""
        place = str(number)
        self.kind.setAccessibleName(self.tr("Date %1: kind").replace("%1", place))
        self.label.setAccessibleName(self.tr("Date %1: label").replace("%1", place))
        self.person.setAccessibleName(self.tr("Date %1: whose day").replace("%1", place))
        self.date.set_accessible_label(self.tr("Date %1").replace("%1", place))

    def fields(self) -> list[QWidget]:
        """In screen order, for the Tab order: the top line, then the date, "every year" and the button."""
        return [self.kind, self.label, self.person, *date_fields(self.date), self.yearly, self.from_birth]

    def value(self) -> ImportantDate | None:
        spec = self.date.spec() or DateSpec(CalendarKind.SOLAR, 1, 1)
        kind = self.kind.currentData()
        label = self.label.text().strip()
        return ImportantDate(
            label=label,
            spec=spec,
            kind=kind,
            yearly=self.yearly.isChecked(),
            person=self.person.text().strip(),
            notes=self._notes,
        )

    def set_value(self, value: ImportantDate) -> None:
        self._notes = value.notes  # not on the form (an import can set it): kept as it was
        self.kind.setCurrentIndex(max(self.kind.findData(value.kind), 0))
        self.label.setText(value.label)
        self.person.setText(value.person)
        self.yearly.setChecked(value.yearly)
        self.date.set_spec(value.spec)
