"""Problems the user can fix, as opposed to bugs.

The interface shows a `GuanxiError` as a message and the command line prints it as
one line; anything else is a bug and is reported as such.
"""

from __future__ import annotations


class GuanxiError(Exception):
    """Base of every error whose message is meant for the user."""


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
