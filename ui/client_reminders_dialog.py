"""A client's own lead times ("remind me 10 days before her birthday"), over the book's defaults."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from reminders.leads import MAX_LEAD, OCCASIONS, leads_for, occasion_name, parse_lead_days
from ui import colors
from ui.dialogs import GuardedDialog
from ui.errors import show_error
from ui.geometry import fit_dialog
from ui.i18n import engine_lang
from ui.lead_times_model import asap_word, format_days
from ui.styled_text import set_text_style


class ClientRemindersDialog(GuardedDialog):
    """One line per occasion: the days before (e.g. "10" or "7, 0"); empty follows Settings,
    whose days for the client's tier show in the empty line. Esc asks before dropping typed days."""

    def __init__(self, book, client_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from storage.clients import get_client
        from storage.reminder_service import client_overrides, lead_rules

        self.book = book
        self.client_id = client_id
        self.setWindowTitle(self.tr("Reminders for %1").replace("%1", name))
        self.setMinimumWidth(460)
        self.lang = engine_lang()
        current = client_overrides(book, client_id)
        rules = lead_rules(book, self.lang)
        tier = get_client(book, client_id).tier
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "Days before the occasion, separated by commas (0 is the day itself). Leave empty to use Settings."
            ),
            self,
        )
        note.setWordWrap(True)
        set_text_style(note, colors.HINT)
        form.addRow(note)
        self.edits: dict[str, QLineEdit] = {}
        for occasion in OCCASIONS:
            edit = QLineEdit(format_days(current[occasion], self.lang) if occasion in current else "", self)
            edit.setPlaceholderText(self._settings_text([lead.days for lead in leads_for(rules, occasion, tier)]))
            self.edits[occasion] = edit
            form.addRow(occasion_name(occasion, self.lang), edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_dialog(self)  # the hint's every line, at 150 % and 175 % too
        self.remember_entered()

    def entered(self) -> tuple[str, ...]:
        return tuple(edit.text().strip() for edit in self.edits.values())

    def _settings_text(self, days: list[int]) -> str:
        """What an empty line means: the days Settings gives the client's tier ("7, 0"), or none."""
        if not days:
            return self.tr("no reminder (as in Settings)")
        return self.tr("%1 (as in Settings)").replace("%1", format_days(days, self.lang))

    def overrides(self) -> dict[str, tuple[int, ...]]:
        """The lines filled in; raises ValueError naming a line that cannot be read (and focuses it)."""
        found: dict[str, tuple[int, ...]] = {}
        for occasion, edit in self.edits.items():
            text = edit.text().strip()
            if text:
                try:
                    found[occasion] = parse_lead_days(text)
                except ValueError:
                    edit.setFocus()
                    edit.selectAll()
                    raise ValueError(
                        self.tr(
                            '%1: not understood. Write days before, from 0 to %2, e.g. "7, 0", or "%3"; '
                            "leave empty to follow Settings."
                        )
                        .replace("%1", occasion_name(occasion, self.lang))
                        .replace("%2", str(MAX_LEAD))
                        .replace("%3", asap_word(self.lang))
                    ) from None
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
