"""Settings > Keep in touch: contact intervals and gift budgets by tier, and when a complaint shows on Today."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from reminders.cadence import intervals_to_json
from reminders.gifts import budgets_to_json
from reminders.tiers import Tier
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
        cadence = QGroupBox(self.tr("Contact at least every (days; 0 for no set rhythm)"), self)
        cadence_form = QFormLayout(cadence)
        gifts = QGroupBox(self.tr("Gift budget per gift"), self)
        gifts_form = QFormLayout(gifts)
        for form in (cadence_form, gifts_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for tier in reversed(Tier):
            interval = QSpinBox(self)
            interval.setRange(0, 3650)
            interval.setSpecialValueText(self.tr("none"))
            interval.setSuffix(self.tr(" days"))
            self.intervals[tier] = interval
            cadence_form.addRow(tier_label(tier), interval)
            budget = QSpinBox(self)
            budget.setRange(0, 1_000_000)
            budget.setPrefix("¥ ")
            self.budgets[tier] = budget
            gifts_form.addRow(tier_label(tier), budget)
        self.complaint_days = QSpinBox(self)
        self.complaint_days.setRange(0, 365)
        self.complaint_days.setSuffix(self.tr(" days"))
        other = QFormLayout()
        other.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        other.addRow(self.tr("Show an open complaint on Today after"), self.complaint_days)
        note = QLabel(self.tr("Gifts stay small, simple, practical and meaningful."), self)
        note.setStyleSheet("color: #667;")
        layout = QVBoxLayout(self)
        layout.addWidget(cadence)
        layout.addWidget(gifts)
        layout.addLayout(other)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setEnabled(book is not None)

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
