"""The Reminders page of Settings: lead times and actions, the reminder time, tray and login."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from reminders.leads import OCCASIONS, Lead, format_lead_days, occasion_name, parse_lead_days
from reminders.tiers import Tier
from ui.i18n import engine_lang
from ui.prefs import Option, Prefs
from ui.settings_dialog import SettingsPage
from ui.tier_badge import tier_label

CLOSE_TO_TRAY = Option("reminders/close_to_tray", True)
TRAY_NOTICE_SHOWN = Option("reminders/tray_notice_shown", False)
START_AT_LOGIN = Option("reminders/start_at_login", False)
ACTION_SEPARATOR = " / "


class ReminderSettingsPage(SettingsPage):
    """One row per occasion and tier: the days before (e.g. "7, 0") and the actions, in the same order."""

    def __init__(self, prefs: Prefs, book, events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.book = book
        self.events = events
        self.title = self.tr("Reminders")
        self.lang = engine_lang()
        self.table = QTableWidget(len(OCCASIONS) * len(Tier), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Occasion"), self.tr("Tier"), self.tr("Days before"), self.tr("Suggested actions")]
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(280)
        self.rows: list[tuple[str, Tier]] = [(o, t) for o in OCCASIONS for t in reversed(Tier)]
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setMaximumWidth(110)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps Guanxi running in the tray"), self)
        self.start_at_login = QCheckBox(self.tr("Start Guanxi when I log in"), self)
        help_text = QLabel(
            self.tr(
                'Days before: 0 is the day itself; several days separated by commas; "asap" announces '
                "a wedding or funeral as soon as it is in the book. Leave empty for no reminder. "
                'Actions follow the days, separated by " / ".'
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #667;")
        form = QFormLayout()
        form.addRow(self.tr("Reminders appear at"), self.time_edit)
        form.addRow("", self.close_to_tray)
        form.addRow("", self.start_at_login)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        self.setEnabled(book is not None)

    def load(self) -> None:
        self.close_to_tray.setChecked(self.prefs.get(CLOSE_TO_TRAY))
        self.start_at_login.setChecked(self.prefs.get(START_AT_LOGIN))
        if self.book is None:
            return
        from storage import reminder_service as rs

        at = rs.remind_at(self.book)
        self.time_edit.setTime(QTime(at.hour, at.minute))
        rules = rs.lead_rules(self.book, self.lang)
        for row, (occasion, tier) in enumerate(self.rows):
            leads = rules.get((occasion, tier), ())
            cells = (
                occasion_name(occasion, self.lang),
                tier_label(tier),
                format_lead_days(lead.days for lead in leads),
                ACTION_SEPARATOR.join(lead.action for lead in leads),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)

    def read_rules(self) -> tuple[dict, list[str]]:
        """The rules in the table, and the rows that could not be read."""
        from storage import reminder_service as rs

        rules = rs.lead_rules(self.book, self.lang)
        bad: list[str] = []
        for row, key in enumerate(self.rows):
            days_text = self.table.item(row, 2).text()
            actions = [a.strip() for a in self.table.item(row, 3).text().split("/")]
            try:
                days = parse_lead_days(days_text)
            except ValueError:
                bad.append(f"{self.table.item(row, 0).text()} · {self.table.item(row, 1).text()}: {days_text}")
                continue
            rules[key] = tuple(
                Lead(d, actions[min(i, len(actions) - 1)] if actions else "") for i, d in enumerate(days)
            )
        return rules, bad

    def save(self) -> None:
        from ui.autostart import set_start_at_login

        self.prefs.set(CLOSE_TO_TRAY, self.close_to_tray.isChecked())
        if self.start_at_login.isChecked() != self.prefs.get(START_AT_LOGIN):
            try:
                set_start_at_login(self.start_at_login.isChecked())
                self.prefs.set(START_AT_LOGIN, self.start_at_login.isChecked())
            except OSError as error:
                QMessageBox.warning(self, self.tr("Start at login"), str(error))
        if self.book is None:
            return
        from datetime import time

        from storage import reminder_service as rs

        rules, bad = self.read_rules()
        rs.save_lead_rules(self.book, rules, self.lang)
        value = self.time_edit.time()
        rs.set_remind_at(self.book, time(value.hour(), value.minute()))
        self.events.settings_changed.emit()
        if bad:
            QMessageBox.warning(
                self,
                self.tr("Reminders"),
                self.tr("These lead times were not understood and were left as they were:\n%1").replace(
                    "%1", "\n".join(bad)
                ),
            )
