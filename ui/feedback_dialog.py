"""Complaints and suggestions (意见反馈): write one down, and move it step by step to the report-back."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from storage.care_records import FeedbackEntry
from ui import colors
from ui.care_labels import feedback_kind_label, feedback_status_label
from ui.dialogs import GuardedDialog, accept_on_ctrl_enter, note_field
from ui.errors import show_error
from ui.events import AppEvents
from ui.geometry import fit_dialog
from ui.i18n import format_datetime
from ui.winback_dialog import multiline


class NewFeedbackDialog(GuardedDialog):
    """What the client said; the cursor starts there, Ctrl+Enter saves."""

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complaint or suggestion"))
        self.setMinimumWidth(440)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Complaint"), "complaint")
        self.kind.addItem(self.tr("Suggestion"), "suggestion")
        self.summary = note_field(self)
        self.summary.setPlaceholderText(self.tr("Listen, and write down what the client said"))
        self.summary.setMinimumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Client"), QLabel(f"<b>{escape(client_name)}</b>", self))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&What was said"), self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        accept_on_ctrl_enter(self, self.accept)
        self.summary.setFocus()
        self.remember_entered()

    def entered(self) -> tuple[int, str]:
        return self.kind.currentIndex(), self.summary.toPlainText()


class AdvanceFeedbackDialog(GuardedDialog):
    """The next step of a complaint, with a note; shows the steps so far."""

    def __init__(self, item: FeedbackEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Next step: %1").replace("%1", feedback_status_label(item.next_status or "")))
        self.setMinimumWidth(460)
        info = QLabel(self._info_html(item), self)
        info.setWordWrap(True)
        self.note = note_field(self)
        prompts = {
            "checking": self.tr("How are you checking whether it is true?"),
            "fixed": self.tr("What was done to fix it?"),
            "reported": self.tr("How was the fix reported back to the client? Invite them to keep an eye on it."),
        }
        self.note.setPlaceholderText(prompts.get(item.next_status or "", ""))
        step = QLabel(self.tr("Next step: %1").replace("%1", feedback_status_label(item.next_status or "")), self)
        step.setStyleSheet("font-weight: bold;")
        step.setBuddy(self.note)
        self.note.setMinimumHeight(80)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addSpacing(6)
        layout.addWidget(step)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        fit_dialog(self)  # the step history wraps: all of it, within the screen
        accept_on_ctrl_enter(self, self.accept)
        self.note.setFocus()
        self.remember_entered()

    def entered(self) -> str:
        return self.note.toPlainText()

    @staticmethod
    def _info_html(item: FeedbackEntry) -> str:
        """The client and what they said, then one row per step so far: when, the step, its note."""
        hint = colors.css(colors.hint_text())
        rows = "".join(
            f"<tr><td style='color:{hint}; padding-right:12px'>{format_datetime(step.at)}</td>"
            f"<td style='padding-right:12px'><b>{feedback_status_label(step.status)}</b></td>"
            f"<td>{multiline(step.note)}</td></tr>"
            for step in item.steps
        )
        kind = feedback_kind_label(item.kind)
        return (
            f"<b>{escape(item.client)}</b> <span style='color:{hint}'>· {kind}</span>"
            f"<p style='margin-top:4px'>{multiline(item.summary)}</p><table>{rows}</table>"
        )


def open_feedback_dialog(parent: QWidget, book, events: AppEvents, client_id: int) -> bool:
    from storage import clients
    from storage.feedback import open_feedback

    dialog = NewFeedbackDialog(clients.get_client(book, client_id).name, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            open_feedback(book, client_id, dialog.kind.currentData(), dialog.summary.toPlainText())
        except Exception as error:
            show_error(dialog, error)
            continue
        events.log_changed.emit([client_id])
        return True
    return False


def advance_feedback_dialog(parent: QWidget, book, events: AppEvents, item: FeedbackEntry) -> bool:
    from storage.feedback import advance_feedback

    if item.next_status is None:
        return False
    dialog = AdvanceFeedbackDialog(item, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            advance_feedback(book, item.id, item.next_status, dialog.note.toPlainText())
        except Exception as error:
            show_error(dialog, error)
            continue
        events.log_changed.emit([item.client_id])
        return True
    return False
