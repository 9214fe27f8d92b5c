"""What the app's forms share: asking before typed text is thrown away, note fields that pass Tab
on, Ctrl+Enter to save, and the busy dialog of work done on a worker thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit, QProgressDialog, QWidget

#: A busy dialog shows only if the work takes longer than this (most work is done sooner).
BUSY_SHOWN_AFTER_MS = 400


def accept_on_ctrl_enter(dialog: QWidget, action: Callable[[], object]) -> None:
    """Ctrl+Enter (and Ctrl+Return) anywhere in `dialog` runs `action`: saving, even from a note field."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(action)


def busy_dialog(text: str, parent: QWidget | None, *, can_cancel: bool = False) -> QProgressDialog:
    """A busy dialog for work on a worker thread, modal to its window, shown only if the work takes
    longer than BUSY_SHOWN_AFTER_MS; the caller closes it when the work is over. With `can_cancel`,
    its Cancel sets `wasCanceled()` for the caller to drop the result."""
    progress = QProgressDialog(text, QCoreApplication.translate("BusyDialog", "Cancel"), 0, 0, parent)
    if not can_cancel:
        progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(BUSY_SHOWN_AFTER_MS)
    progress.setValue(0)  # starts the clock: without it the dialog never shows itself
    return progress


def note_field(parent: QWidget) -> QPlainTextEdit:
    """A multi-line note whose Tab moves on to the next field instead of typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    return edit


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether to throw away what was typed; True to discard. Cancel, the default, keeps editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.windowTitle())
    box.setText(QCoreApplication.translate("DiscardChanges", "Discard the changes?"))
    box.setInformativeText(QCoreApplication.translate("DiscardChanges", "What you entered here has not been saved."))
    box.setStandardButtons(QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("DiscardChanges", "&Discard"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


class GuardedDialog(QDialog):
    """A form whose Esc, Cancel and close button ask before throwing away what was typed or changed.

    Subclasses return what the user can change from `entered()` and call `remember_entered()` once
    the form is filled; nothing changed since then closes at once.
    """

    _entered_at_start: object = None

    def entered(self) -> object:
        """Everything the user can change, comparable with ==."""
        raise NotImplementedError

    def remember_entered(self) -> None:
        self._entered_at_start = self.entered()

    def has_changes(self) -> bool:
        return self.entered() != self._entered_at_start

    def reject(self) -> None:
        if self.isVisible() and self.has_changes() and not confirm_discard(self):
            return
        super().reject()
