"""Recording a gift given or received, or noting a gift idea; over-budget and repeat gifts are asked about."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storage.care_records import GiftDraft, GiftEntry
from ui import colors
from ui.dialogs import GuardedDialog
from ui.errors import show_error
from ui.events import AppEvents
from ui.i18n import date_edit_format, format_date
from ui.styled_text import set_text_style


class GiftDialog(GuardedDialog):
    """A gift given, received or thought of; Esc asks before dropping what was typed."""

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gift or favour"))
        self.setMinimumWidth(440)
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Given to the client"), "given")
        self.direction.addItem(self.tr("Received from the client"), "received")
        self.direction.addItem(self.tr("An idea for later"), "idea")
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_edit_format())
        self.occasion = QLineEdit(self)
        self.occasion.setPlaceholderText(self.tr("e.g. Mid-Autumn, daughter's gaokao, shop opening"))
        self.item = QLineEdit(self)
        self.item.setPlaceholderText(self.tr("e.g. a pot of orchids, a box of tea"))
        self.cost = QSpinBox(self)
        self.cost.setRange(0, 1_000_000)
        self.cost.setPrefix("¥ ")
        self.notes = QLineEdit(self)
        hint = QLabel(self.tr("Small, simple, practical and meaningful: gifts must not be expensive."), self)
        set_text_style(hint, colors.HINT)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Client"), QLabel(f"<b>{escape(client_name)}</b>", self))
        form.addRow(self.tr("&Kind"), self.direction)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&Occasion"), self.occasion)
        form.addRow(self.tr("&Item"), self.item)
        form.addRow(self.tr("&Cost"), self.cost)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.direction.currentIndexChanged.connect(
            lambda _i: self.day.setEnabled(self.direction.currentData() != "idea")
        )
        self.item.setFocus()
        self.remember_entered()

    def entered(self) -> tuple:
        return (
            self.direction.currentIndex(),
            self.day.date(),
            self.occasion.text(),
            self.item.text(),
            self.cost.value(),
            self.notes.text(),
        )

    def fill_from_idea(self, idea: GiftEntry) -> None:
        """Start from a noted idea, to be recorded as given today."""
        self.direction.setCurrentIndex(self.direction.findData("given"))
        self.occasion.setText(idea.occasion)
        self.item.setText(idea.item)
        self.cost.setValue(idea.cost)
        self.notes.setText(idea.notes)
        self.remember_entered()  # the idea as noted is no change of the user's

    def draft_for(self, client_id: int) -> GiftDraft:
        return GiftDraft(
            client_id=client_id,
            item=self.item.text(),
            direction=self.direction.currentData(),
            given_on=self.day.date().toPython() if self.direction.currentData() != "idea" else None,
            occasion=self.occasion.text(),
            cost=self.cost.value(),
            notes=self.notes.text(),
        )


def confirm_warnings(parent: QWidget, warnings) -> bool:
    """Ask before saving an over-budget or repeated gift; True to go on."""
    lines = []
    if warnings.over_budget_by:
        lines.append(
            QCoreApplication.translate("GiftDialog", "This is ¥%1 over the ¥%2 budget for the client's tier.")
            .replace("%1", str(warnings.over_budget_by))
            .replace("%2", str(warnings.budget))
        )
    if warnings.repeat_of:
        lines.append(
            QCoreApplication.translate("GiftDialog", "The same item was given on %1.").replace(
                "%1", format_date(warnings.repeat_of)
            )
        )
    if not lines:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("GiftDialog", "Save this gift?"),
        "\n".join(lines) + "\n\n" + QCoreApplication.translate("GiftDialog", "Save it anyway?"),
    )
    return answer == QMessageBox.StandardButton.Yes


def open_gift_dialog(parent: QWidget, book, events: AppEvents, client_id: int, idea: GiftEntry | None = None) -> bool:
    """Record a gift for the client; with `idea`, that noted idea carried out (it leaves the ideas)."""
    from storage import clients
    from storage.gifts import check_gift, record_gift

    name = clients.get_client(book, client_id).name
    dialog = GiftDialog(name, parent)
    if idea is not None:
        dialog.fill_from_idea(idea)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            draft = dialog.draft_for(client_id)
            if not confirm_warnings(dialog, check_gift(book, draft)):
                continue
            record_gift(book, dialog.draft_for(client_id), from_idea=idea.id if idea is not None else None)
        except Exception as error:
            show_error(dialog, error)
            continue
        events.log_changed.emit([client_id])
        return True
    return False
