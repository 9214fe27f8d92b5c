"""Showing problems: a user-fixable error as a message, a bug as a bug report."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from storage.errors import GuanxiError

log = logging.getLogger("guanxi")


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong. Our own errors carry a message meant for them."""
    from PySide6.QtCore import QCoreApplication

    title = title or QCoreApplication.translate("Errors", "Guanxi")
    if isinstance(error, GuanxiError):
        QMessageBox.warning(parent, title, str(error))
        return
    log.error("unexpected error", exc_info=error)
    detail = getattr(error, "__traceback_text__", "") or repr(error)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title,
        QCoreApplication.translate(
            "Errors", "Something went wrong inside Guanxi. Your book is safe; the details below help us fix it."
        ),
        parent=parent,
    )
    box.setDetailedText(detail)
    box.exec()


def confirm_destructive(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go
