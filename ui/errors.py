"""Showing problems: a user-fixable error as a message, a bug as a bug report."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from storage import errors as problems
from storage.errors import GuanxiError, WordList, Words

log = logging.getLogger("guanxi")

# What each kind of problem means, in the interface language, most specific first. The
# services word their messages in English (the command line prints them as they are); in
# another language this line leads and the service's own words follow as the detail.
_HEADLINES: tuple[tuple[type[GuanxiError], str], ...] = (
    (
        problems.DiskFull,
        QT_TRANSLATE_NOOP(
            "Errors", "The disk holding the book is full; nothing more was saved. Free some space and try again."
        ),
    ),
    (problems.BookReadOnly, QT_TRANSLATE_NOOP("Errors", "The book is read-only: Guanxi cannot save to it.")),
    (problems.BookLocked, QT_TRANSLATE_NOOP("Errors", "Another program is using the book; try again in a moment.")),
    (problems.BookDamaged, QT_TRANSLATE_NOOP("Errors", "The book is damaged.")),
    (
        problems.ConnectionLost,
        QT_TRANSLATE_NOOP("Errors", "Cannot reach the team book's server; Guanxi tries again when it is back."),
    ),
    (problems.BookUnavailable, QT_TRANSLATE_NOOP("Errors", "The book cannot be opened.")),
    (problems.NotAllowed, QT_TRANSLATE_NOOP("Errors", "The team book does not allow this.")),
    (problems.EditConflict, QT_TRANSLATE_NOOP("Errors", "Someone else saved this client after you opened it.")),
    (problems.BadFile, QT_TRANSLATE_NOOP("Errors", "The file cannot be used.")),
    (problems.NotFound, QT_TRANSLATE_NOOP("Errors", "It is no longer in the book (deleted meanwhile?).")),
    (problems.AmbiguousName, QT_TRANSLATE_NOOP("Errors", "Several clients have that name.")),
    (problems.InvalidInput, QT_TRANSLATE_NOOP("Errors", "A value cannot be used.")),
)


def error_text(error: BaseException) -> str:
    """A problem for the user in the interface language, with the service's own words as the detail."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import engine_lang

    if not isinstance(error, GuanxiError):
        return str(error)
    detail = str(error) if engine_lang() == "en" else worded_detail(error)
    headline = getattr(error, "headline", None)  # an interface error may carry its own
    for kind, known in _HEADLINES:
        if headline is None and isinstance(error, kind):
            headline = known
    if headline is None:
        return detail
    # The detail as worded, not capitalised: it may start with a file name.
    return f"{QCoreApplication.translate('Errors', headline)}\n{detail}"


def worded_detail(error: GuanxiError) -> str:
    """The service's message in the interface language when it was raised `worded`, else as it is."""
    if error.template:
        try:
            return str(_translated(Words(error.template, error.values)))
        except (KeyError, IndexError, ValueError):  # a translation that lost a {value}: English is better than nothing
            pass
    return str(error)


def _translated(value: object) -> object:
    """`Words` and `WordList` (and the words inside them) in the interface language; others as they are."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(value, Words):
        values = {name: _translated(inner) for name, inner in value.values.items()}
        return QCoreApplication.translate("Storage", value.template).format(**values)
    if isinstance(value, WordList):
        #: Between the items of a list inside a message (Chinese uses 、).
        separator = QCoreApplication.translate("Errors", ", ")
        return separator.join(str(_translated(item)) for item in value.items)
    return value


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong. Our own errors carry a message meant for them."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox  # on first use: the first paint does without it

    title = title or QCoreApplication.translate("Errors", "Guanxi")
    if isinstance(error, GuanxiError):
        QMessageBox.warning(parent, title, error_text(error))
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
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go
