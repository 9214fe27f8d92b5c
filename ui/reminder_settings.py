"""The Reminders page of Settings: lead times and actions, the reminder time, tray and login."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui import colors
from ui.i18n import engine_lang
from ui.lead_times_model import LeadTimesModel, asap_word
from ui.prefs import Option, Prefs
from ui.settings_dialog import SettingsPage
from ui.styled_text import set_text_style

CLOSE_TO_TRAY = Option("reminders/close_to_tray", True)
TRAY_NOTICE_SHOWN = Option("reminders/tray_notice_shown", False)
START_AT_LOGIN = Option("reminders/start_at_login", False)
#: Room beside a column's widest text (its header's included), so nothing touches the borders.
COLUMN_PADDING = 24


class ReminderSettingsPage(SettingsPage):
    """One row per occasion and tier: the days before (e.g. "7, 0") and the actions, in the same order."""

    def __init__(self, prefs: Prefs, book, events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.book = book
        self.events = events
        self.title = self.tr("Reminders")
        self.lang = engine_lang()
        self.model = LeadTimesModel(self.lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # A grid: the arrows move between cells and typing edits one, but Tab moves on to the next control.
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # as the cells
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()
        self.table.setMinimumHeight(280)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setMaximumWidth(110)
        self.close_to_tray = QCheckBox(self.tr("Closing the window keeps Guanxi running in the tray"), self)
        self.start_at_login = QCheckBox(self.tr("Start Guanxi when I log in"), self)
        help_text = QLabel(
            self.tr(
                'Days before: 0 is the day itself; several days separated by commas; "%1" announces '
                "a wedding or funeral as soon as it is in the book. Leave empty for no reminder. "
                'Actions follow the days, separated by " / ".'
            ).replace("%1", asap_word(self.lang)),
            self,
        )
        help_text.setWordWrap(True)
        set_text_style(help_text, colors.HINT)
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
        self.model.set_rules(rs.lead_rules(self.book, self.lang))
        self.fit_columns()

    def fit_columns(self) -> None:
        """The occasion, tier and days columns as wide as their widest text or header, with room
        to breathe; the actions take the rest."""
        header = self.table.horizontalHeader()
        for column in range(3):
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, wanted + COLUMN_PADDING)

    def sizeHint(self) -> QSize:
        """Wide enough for the whole table, the actions included (Settings bounds it by the screen)."""
        header = self.table.horizontalHeader()
        table = (
            sum(header.sectionSize(column) for column in range(3))
            + self.table.sizeHintForColumn(3)
            + COLUMN_PADDING
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
        )
        margins = self.layout().contentsMargins()
        return super().sizeHint().expandedTo(QSize(table + margins.left() + margins.right(), 0))

    def problems(self) -> list[str]:
        if self.book is None:
            return []
        return [self.tr("Days before not understood: %1").replace("%1", row) for row in self.model.problems()]

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

        rules = self.model.rules(rs.lead_rules(self.book, self.lang))
        rs.save_lead_rules(self.book, rules, self.lang)
        value = self.time_edit.time()
        rs.set_remind_at(self.book, time(value.hour(), value.minute()))
        self.events.settings_changed.emit()
