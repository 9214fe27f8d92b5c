"""Settings > Keep in touch: contact intervals and gift budgets by tier, when a complaint shows on Today,
and the churn-risk score from which a client is at risk."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from reminders.cadence import intervals_to_json
from reminders.churn import MAX_AT_RISK, MIN_AT_RISK, PRICE_FLAG_DAYS, RiskScale
from reminders.gifts import budgets_to_json
from reminders.tiers import Tier
from ui import colors
from ui.settings_dialog import SettingsPage
from ui.styled_text import set_text_style
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
            set_text_style(label, colors.SECONDARY)
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
        set_text_style(note, colors.HINT)
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
        layout.addWidget(self._churn_group())
        layout.addStretch(1)
        self.setEnabled(book is not None)

    def _churn_group(self) -> QGroupBox:
        """The at-risk threshold, the high level it gives, and what the score adds up."""
        group = QGroupBox(self.tr("Churn watch"), self)
        self.at_risk_from = QSpinBox(group)
        self.at_risk_from.setRange(MIN_AT_RISK, MAX_AT_RISK)
        self.at_risk_from.setValue(RiskScale().at_risk_from)
        label = QLabel(self.tr("A client is at &risk from a score of"), group)
        label.setBuddy(self.at_risk_from)
        self.high_from = QLabel(group)
        set_text_style(self.high_from, colors.SECONDARY)

        def show_high(value: int) -> None:
            self.high_from.setText(self.tr("high risk from %1").replace("%1", str(RiskScale(value).high_from)))

        self.at_risk_from.valueChanged.connect(show_high)
        show_high(self.at_risk_from.value())
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.at_risk_from)
        row.addWidget(self.high_from)
        row.addStretch(1)
        hint = QLabel(
            self.tr(
                "The score (0–100) adds up the warning signs: no contact past the interval, open complaints, "
                "falling satisfaction and “the price is too high” within %1 days."
            ).replace("%1", str(PRICE_FLAG_DAYS)),
            group,
        )
        hint.setWordWrap(True)
        set_text_style(hint, colors.HINT)
        column = QVBoxLayout(group)
        column.addLayout(row)
        column.addWidget(hint)
        return group

    def _count_days(self, spin: QSpinBox) -> None:
        """A suffix that follows the number: "1 day", "14 days" (天 in Chinese)."""

        def show(value: int) -> None:
            spin.setSuffix(self.tr(" day(s)", "", value))

        spin.valueChanged.connect(show)
        show(spin.value())

    def load(self) -> None:
        if self.book is None:
            return
        from storage.care_settings import complaint_days, contact_intervals, gift_budgets, risk_scale

        for tier, days in contact_intervals(self.book).items():
            self.intervals[tier].setValue(days or 0)
        for tier, yuan in gift_budgets(self.book).items():
            self.budgets[tier].setValue(yuan)
        self.complaint_days.setValue(complaint_days(self.book))
        self.at_risk_from.setValue(risk_scale(self.book).at_risk_from)

    def save(self) -> None:
        if self.book is None:
            return
        from storage.care_settings import AT_RISK_FROM, COMPLAINT_DAYS, CONTACT_INTERVALS, GIFT_BUDGETS
        from storage.settings import set_option

        set_option(
            self.book, CONTACT_INTERVALS, intervals_to_json({t: (b.value() or None) for t, b in self.intervals.items()})
        )
        set_option(self.book, GIFT_BUDGETS, budgets_to_json({t: b.value() for t, b in self.budgets.items()}))
        set_option(self.book, COMPLAINT_DAYS, self.complaint_days.value())
        set_option(self.book, AT_RISK_FROM, self.at_risk_from.value())
        self.events.settings_changed.emit()
