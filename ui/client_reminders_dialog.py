"""A client's own lead times ("remind me 10 days before her birthday"), over the book's defaults."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from reminders.leads import OCCASIONS, format_lead_days, occasion_name, parse_lead_days
from ui.errors import show_error
from ui.i18n import engine_lang


class ClientRemindersDialog(QDialog):
    """One line per occasion: the days before (e.g. "10" or "7, 0"); empty follows Settings."""

    def __init__(self, book, client_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from storage.reminder_service import client_overrides

        self.book = book
        self.client_id = client_id
        self.setWindowTitle(self.tr("Reminders for %1").replace("%1", name))
        self.setMinimumWidth(460)
        lang = engine_lang()
        current = client_overrides(book, client_id)
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Days before the occasion, separated by commas (0 is the day itself). Leave empty to use Settings."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #667;")
        form.addRow(note)
        self.edits: dict[str, QLineEdit] = {}
        for occasion in OCCASIONS:
            edit = QLineEdit(format_lead_days(current[occasion]) if occasion in current else "", self)
            edit.setPlaceholderText(self.tr("as in Settings"))
            self.edits[occasion] = edit
            form.addRow(occasion_name(occasion, lang), edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def overrides(self) -> dict[str, tuple[int, ...]]:
        """The lines filled in; raises ValueError naming a line that cannot be read."""
        found: dict[str, tuple[int, ...]] = {}
        for occasion, edit in self.edits.items():
            text = edit.text().strip()
            if text:
                try:
                    found[occasion] = parse_lead_days(text)
                except ValueError as error:
                    raise ValueError(f"{occasion_name(occasion, engine_lang())}: {error}") from error
        return found

    def accept(self) -> None:
        from storage.errors import InvalidInput
        from storage.reminder_service import set_client_overrides

        try:
            set_client_overrides(self.book, self.client_id, self.overrides())
        except ValueError as error:
            show_error(self, InvalidInput(str(error)))
            return
        except Exception as error:
            show_error(self, error)
            return
        super().accept()
