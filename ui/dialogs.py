"""What the app's forms share: asking before typed text is thrown away, note fields that pass Tab
on, and Ctrl+Enter to save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit, QWidget


def accept_on_ctrl_enter(dialog: QWidget, action: Callable[[], object]) -> None:
    """Ctrl+Enter (and Ctrl+Return) anywhere in `dialog` runs `action`: saving, even from a note field."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.activated.connect(action)


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
