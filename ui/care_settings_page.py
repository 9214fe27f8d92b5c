"""Settings > Keep in touch: contact intervals and gift budgets by tier, and when a complaint shows on Today."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from reminders.cadence import intervals_to_json
from reminders.gifts import budgets_to_json
from reminders.tiers import Tier
from ui import colors
from ui.settings_dialog import SettingsPage
from ui.tier_badge import tier_label


class CareSettingsPage(SettingsPage):
    """Book options: they apply to every window and the command line."""

    def __init__(self, prefs, book, events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book, self.events = book, events
        self.title = self.tr("Keep in touch")
        self.intervals: dict[Tier, QSpinBox] = {}
        self.budgets: dict[Tier, QSpinBox] = {}
        # One row per tier, the contact interval and the gift budget side by side.
        by_tier = QGroupBox(self.tr("By tier"), self)
        grid = QGridLayout(by_tier)
        grid.setHorizontalSpacing(16)
        for column, heading in enumerate((self.tr("Contact at least every"), self.tr("Gift budget per gift")), 1):
            label = QLabel(heading, self)
            label.setStyleSheet(colors.style(colors.SECONDARY))
            grid.addWidget(label, 0, column)
        for row, tier in enumerate(reversed(Tier), 1):
            interval = QSpinBox(self)
            interval.setRange(0, 3650)
            interval.setSpecialValueText(self.tr("none"))
            self._count_days(interval)
            self.intervals[tier] = interval
            budget = QSpinBox(self)
            budget.setRange(0, 1_000_000)
            budget.setPrefix("¥ ")
            self.budgets[tier] = budget
            grid.addWidget(QLabel(tier_label(tier), self), row, 0)
            grid.addWidget(interval, row, 1)
            grid.addWidget(budget, row, 2)
        grid.setColumnStretch(3, 1)
        note = QLabel(
            self.tr(
                "A tier set to “%1” has no set rhythm. Gifts stay small, simple, practical and meaningful."
            ).replace("%1", self.tr("none")),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet(colors.style(colors.HINT))
        grid.addWidget(note, len(Tier) + 1, 0, 1, 4)
        self.complaint_days = QSpinBox(self)
        self.complaint_days.setRange(0, 365)
        self._count_days(self.complaint_days)
        complaint = QLabel(self.tr("Show an open &complaint on Today after"), self)
        complaint.setBuddy(self.complaint_days)
        other = QHBoxLayout()
        other.addWidget(complaint)
        other.addWidget(self.complaint_days)
        other.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(by_tier)
        layout.addLayout(other)
        layout.addStretch(1)
        self.setEnabled(book is not None)

    def _count_days(self, spin: QSpinBox) -> None:
        """A suffix that follows the number: "1 day", "14 days" (天 in Chinese)."""

        def show(value: int) -> None:
            spin.setSuffix(self.tr(" day(s)", "", value))

        spin.valueChanged.connect(show)
        show(spin.value())

    def load(self) -> None:
        if self.book is None:
            return
        from storage.care_settings import complaint_days, contact_intervals, gift_budgets

        for tier, days in contact_intervals(self.book).items():
            self.intervals[tier].setValue(days or 0)
        for tier, yuan in gift_budgets(self.book).items():
            self.budgets[tier].setValue(yuan)
        self.complaint_days.setValue(complaint_days(self.book))

    def save(self) -> None:
        if self.book is None:
            return
        from storage.care_settings import COMPLAINT_DAYS, CONTACT_INTERVALS, GIFT_BUDGETS
        from storage.settings import set_option

        set_option(
            self.book, CONTACT_INTERVALS, intervals_to_json({t: (b.value() or None) for t, b in self.intervals.items()})
        )
        set_option(self.book, GIFT_BUDGETS, budgets_to_json({t: b.value() for t, b in self.budgets.items()}))
        set_option(self.book, COMPLAINT_DAYS, self.complaint_days.value())
        self.events.settings_changed.emit()
