"""Problems the user can fix, as opposed to bugs.

The interface shows a `GuanxiError` as a message and the command line prints it as
one line; anything else is a bug and is reported as such.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Self


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the interface's translation files without Qt: `make i18n` finds calls by
    this name, and the interface words the text in its own language (`ui.errors.error_text`)."""
    return text


@dataclass(frozen=True, slots=True)
class Words:
    """A value of a worded message that is itself words to translate (a field's name, say).
    In English it reads as its filled template; the interface translates it like the message."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values)


@dataclass(frozen=True, slots=True)
class WordList:
    """Several `Words` as one value: ", " between them in English, the interface's own separator in
    another language."""

    items: tuple[Words, ...]

    def __str__(self) -> str:
        return ", ".join(map(str, self.items))


# What the system says of the commonest file problems, as glibc words them (so the command line
# reads as before), for the interface to translate.
_SYSTEM_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Storage", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("Storage", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Storage", "Operation not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Storage", "No space left on device"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Storage", "Disk quota exceeded"),
    errno.EROFS: QT_TRANSLATE_NOOP("Storage", "Read-only file system"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Storage", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Storage", "Not a directory"),
    errno.EIO: QT_TRANSLATE_NOOP("Storage", "Input/output error"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Storage", "File name too long"),
}


def system_reason(error: OSError) -> Words | str:
    """Why the system refused, as a value for a worded message: words the interface translates
    for the common cases, the system's own text otherwise."""
    known = _SYSTEM_REASONS.get(error.errno) if error.errno is not None else None
    return Words(known) if known else (error.strerror or str(error))


# SQLite's words for a damaged file, and ours, for the interface to translate.
_DATABASE_REASONS = {
    "file is not a database": QT_TRANSLATE_NOOP("Storage", "file is not a database"),
    "database disk image is malformed": QT_TRANSLATE_NOOP("Storage", "database disk image is malformed"),
    "not a SQLite database": QT_TRANSLATE_NOOP("Storage", "not a SQLite database"),
}


def database_reason(message: str) -> Words | str:
    """What the database said, as a value for a worded message (translated when it is a common one)."""
    known = _DATABASE_REASONS.get(message.strip())
    return Words(known) if known else message


class GuanxiError(Exception):
    """Base of every error whose message is meant for the user.

    One raised through `worded` also keeps its English template and the values filled into it,
    so that the interface can show it in its own language; the message itself stays English
    (the command line prints it as it is).
    """

    template: str = ""
    values: Mapping[str, object] = MappingProxyType({})

    @classmethod
    def worded(cls, template: str, /, *args: object, **values: object) -> Self:
        """`cls(template.format(**values), *args)`, remembering template and values; mark the
        template with `QT_TRANSLATE_NOOP("Storage", ...)` where it is written."""
        error = cls(template.format(**values), *args)
        error.template = template
        error.values = values
        return error


class InvalidInput(GuanxiError):
    """A value the user typed or a file contained cannot be used.

    `field` names the form field (or file column) at fault, when there is one; `code` and
    `params` name the problem for an interface that words it in its own language.
    """

    def __init__(
        self, message: str, field: str | None = None, *, code: str = "", params: tuple[object, ...] = ()
    ) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.params = params

    @classmethod
    def worded(cls, template: str, /, *args: object, field: str | None = None, **values: object) -> Self:
        """`GuanxiError.worded`, naming the `field` at fault."""
        error = super().worded(template, *args, **values)
        error.field = field
        return error


class NotFound(GuanxiError):
    """The client (or other record) asked for does not exist."""


class AmbiguousName(GuanxiError):
    """A name matches several clients and none exactly."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


class BookUnavailable(GuanxiError):
    """The book cannot be opened: a missing folder, no permission, a full disk, a bad URL."""


class BookLocked(BookUnavailable):
    """Another program holds the book and did not let go in time."""


class BookDamaged(BookUnavailable):
    """The book file is not a database or fails its integrity check."""


class DiskFull(BookUnavailable):
    """The disk holding the book has no room for what was being saved (it was not saved)."""


class BookReadOnly(BookUnavailable):
    """The book's file or folder cannot be written to."""


class BadFile(GuanxiError):
    """A file given to import, restore or read is unreadable or of the wrong kind."""


class EditConflict(GuanxiError):
    """Someone else saved the same record since it was opened for editing."""


class ConnectionLost(BookUnavailable):
    """The team book's server went away (restart, network); the next try reconnects."""


class NotAllowed(GuanxiError):
    """The team book refuses this to the current salesperson (another's client, a manager's task)."""
