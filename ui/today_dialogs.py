"""Today's two small dialogs: Done's quick contact log, and the day a snoozed reminder comes back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import accept_on_ctrl_enter, note_field
from ui.i18n import is_chinese


class QuickLogDialog(QDialog):
    """A quick log of the contact, prefilled with the occasion and the suggested action."""

    CHANNELS = ("phone", "visit", "wechat", "sms", "gift", "meal", "email")

    def __init__(self, reminders: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Done: log the contact"))
        self.setMinimumWidth(440)
        first = reminders[0]
        names = "、".join(r.client for r in reminders[:5]) + ("…" if len(reminders) > 5 else "")
        who = QLabel(names, self)
        who.setWordWrap(True)
        who.setStyleSheet("font-weight: 600;")
        self.channel_box = QComboBox(self)
        labels = {
            "phone": self.tr("Phone call"),
            "visit": self.tr("Visit"),
            "wechat": self.tr("WeChat"),
            "sms": self.tr("Text message"),
            "gift": self.tr("Gift"),
            "meal": self.tr("Meal"),
            "email": self.tr("Email"),
        }
        for key in self.CHANNELS:
            self.channel_box.addItem(labels[key], key)
        self.note_edit = note_field(self)  # Tab moves on to OK; Ctrl+Enter logs
        colon = "：" if is_chinese() else ": "
        self.note_edit.setPlainText(f"{first.occasion}{colon}{first.action}" if first.action else first.occasion)
        self.note_edit.setMinimumHeight(90)
        accept_on_ctrl_enter(self, self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Client"), who)
        form.addRow(self.tr("How"), self.channel_box)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(buttons)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def channel(self) -> str:
        return self.channel_box.currentData()


class SnoozeDateDialog(QDialog):
    """Choose the day a snoozed reminder comes back."""

    def __init__(self, first: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setMinimumDate(QDate(first.year, first.month, first.day))
        self.calendar.setSelectedDate(QDate(first.year, first.month, first.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(self.accept)  # Enter on a day, or a double-click, chooses it
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        return self.calendar.selectedDate().toPython()
