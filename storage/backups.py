"""Backups of a SQLite book: automatic, before risky steps, on demand; restore; damage checks.

Copies are taken with SQLite's backup API (`storage.snapshots.copy_sqlite`) into
`paths.backups_dir()`, readable by the user only. What a copy is lives in its
name, `<book>-<YYYYmmdd-HHMMSS>-<reason>.sqlite3`, and in the copy itself (its
clients), so no table keeps track of them. Retention keeps today's and
yesterday's copies, plus the newest copy of each of the 12 latest days, 10 latest
weeks and 9 latest months that have one.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from storage import paths
from storage.db import SQLITE_HEADER, Book, cannot_open
from storage.errors import (
    QT_TRANSLATE_NOOP,
    BadFile,
    BookDamaged,
    BookUnavailable,
    Words,
    database_reason,
    system_reason,
)
from storage.snapshots import copy_sqlite

AUTO_INTERVAL = timedelta(minutes=30)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[\w.-]+?))?(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One copy in the backups folder: when it was taken, what it holds, whether it opens."""

    path: Path
    taken_at: datetime
    clients: int
    size: int
    ok: bool
    reason: str = ""
    book: str = ""  # the stem of the book it copies
    newer: bool = False  # its schema is one this version does not know (a newer Guanxi wrote it)

    @property
    def restorable(self) -> bool:
        """It opens, and this version knows its schema (`check_source` would take it)."""
        return self.ok and not self.newer


class DamagedBookFound(BookDamaged):
    """The book failed its check at start and was set aside; `backup` is the newest good copy."""

    def __init__(self, message: str, book_path: Path, set_aside: Path, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.book_path = book_path
        self.set_aside = set_aside
        self.backup = backup


# --- taking copies ---------------------------------------------------------------------


def backup_name(book_path: Path, reason: str, when: datetime) -> str:
    return f"{paths.backup_stem(book_path.stem)}-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"


def take_backup(book_path: Path, reason: str, when: datetime | None = None, folder: Path | None = None) -> Path:
    """Copy the book file into the backups folder now (never over an existing copy)."""
    when = (when or datetime.now()).replace(microsecond=0)
    folder = folder or paths.backups_dir()
    name = backup_name(book_path, reason, when)
    target, counter = folder / name, 1
    try:
        while target.exists():
            counter += 1
            target = folder / f"{name.removesuffix('.sqlite3')}-{counter}.sqlite3"
        _copy(book_path, target)
    except OSError as error:
        _remove_quietly(target)
        raise _cannot_write_backup(target, error) from None
    return target


def _copy(source: Path, target: Path) -> None:
    """copy_sqlite, then a rollback journal so reading the copy leaves no -wal/-shm files behind."""
    try:
        copy_sqlite(source, target)
        connection = sqlite3.connect(target)
        try:
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        _remove_quietly(target)
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot copy {source}: {reason}"), source=source, reason=error
        ) from None


def backup_before(book: Book, reason: str) -> Path | None:
    """A copy before an import, a restore or another risky step; old copies are pruned."""
    if book.path is None or not book.path.exists() or book.path.stat().st_size == 0:
        return None
    path = take_backup(book.path, f"before-{reason}")
    prune_backups(book_stem=book.path.stem)
    return path


def maybe_auto_backup(book: Book, now: datetime | None = None, folder: Path | None = None) -> Path | None:
    """A copy when the book changed and the last copy is over 30 minutes old; None otherwise."""
    if book.path is None or not book.path.exists():
        return None
    now = now or datetime.now()
    folder = folder or paths.backups_dir()
    mine = [b for b in _scan(folder) if b[2] == paths.backup_stem(book.path.stem)]
    if mine:
        newest = max(taken for _path, taken, _stem, _reason in mine)
        if now - newest < AUTO_INTERVAL or _changed_at(book.path) <= newest:
            return None
    path = take_backup(book.path, "auto", now, folder)
    prune_backups(now, folder, book.path.stem)
    return path


def _changed_at(book_path: Path) -> datetime:
    """When the book (or its write-ahead log) was last written."""
    stamps = [p.stat().st_mtime for p in (book_path, book_path.with_name(book_path.name + "-wal")) if p.exists()]
    return datetime.fromtimestamp(max(stamps))


def backup_to(book: Book, target: Path | str) -> Path:
    """Copy the book to a file the user chose, through a temporary file and an atomic rename."""
    if book.path is None:
        raise BadFile.worded(
            QT_TRANSLATE_NOOP(
                "Storage", "only a book kept in a file can be backed up to a file; use the server's own backups"
            )
        )
    target = Path(target).expanduser()
    temporary: Path | None = None
    try:
        if target.is_dir():
            target = target / backup_name(book.path, "manual", datetime.now())
        paths.ensure_private_dir(target.parent)
        temporary = _temporary_beside(target, "partial")
        _copy(book.path, temporary)
        temporary.replace(target)
    except OSError as error:
        _remove_quietly(temporary)
        raise _cannot_write_backup(target, error) from None
    return target


def _cannot_write_backup(target: Path, error: OSError) -> BadFile:
    return BadFile.worded(
        QT_TRANSLATE_NOOP("Storage", "cannot write the backup to {target}: {reason}"),
        target=target,
        reason=system_reason(error),
    )


def _temporary_beside(target: Path, purpose: str) -> Path:
    """A new empty file (0600) with a short unique name in `target`'s folder: the final rename is
    atomic, and the name fits the file system whenever `target`'s own name does."""
    handle, name = tempfile.mkstemp(prefix=".guanxi-", suffix=f".{purpose}", dir=target.parent)
    os.close(handle)
    return Path(name)


def _remove_quietly(path: Path | None) -> None:
    """Delete a half-written file after a failure, never raising a second error over the first."""
    if path is not None:
        with suppress(OSError):
            path.unlink(missing_ok=True)


# --- retention ---------------------------------------------------------------------------


def kept_stamps(stamps: Iterable[datetime], today: date) -> set[datetime]:
    """The copies retention keeps: today's, yesterday's, then the newest per day/week/month."""
    stamps = sorted(set(stamps), reverse=True)
    recent = {s for s in stamps if s.date() >= today - timedelta(days=1)}
    older = [s for s in stamps if s not in recent]
    kept = set(recent)
    for period, count in (
        (lambda s: s.date(), KEEP_DAILY),
        (lambda s: tuple(s.isocalendar())[:2], KEEP_WEEKLY),
        (lambda s: (s.year, s.month), KEEP_MONTHLY),
    ):
        newest_per_period: dict[object, datetime] = {}
        for stamp in older:  # newest first, so the first seen is the newest of its period
            newest_per_period.setdefault(period(stamp), stamp)
        kept.update(list(newest_per_period.values())[:count])
    return kept


def prune_backups(now: datetime | None = None, folder: Path | None = None, book_stem: str | None = None) -> list[Path]:
    """Delete the copies retention does not keep (per book); returns the deleted paths."""
    today = (now or datetime.now()).date()
    folder = folder or paths.backups_dir()
    deleted = []
    by_book: dict[str, list[tuple[Path, datetime]]] = {}
    for path, taken, stem, _reason in _scan(folder):
        if book_stem is None or stem == paths.backup_stem(book_stem):
            by_book.setdefault(stem, []).append((path, taken))
    for copies in by_book.values():
        keep = kept_stamps((taken for _, taken in copies), today)
        for path, taken in copies:
            if taken not in keep:
                path.unlink(missing_ok=True)
                deleted.append(path)
    return deleted


# --- listing and checking ---------------------------------------------------------------


def _scan(folder: Path) -> list[tuple[Path, datetime, str, str]]:
    found = []
    for path in folder.glob("*.sqlite3"):
        match = _NAME.match(path.name)
        if match:
            try:
                taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            except ValueError:
                continue
            found.append((path, taken, match["stem"], match["reason"] or ""))
    return found


def list_backups(folder: Path | None = None, book_stem: str | None = None) -> list[BackupInfo]:
    """Every copy in the backups folder, newest first, with its client count."""
    folder = folder or paths.backups_dir()
    infos = []
    from storage.migrate import is_known_revision

    for path, taken, stem, reason in _scan(folder):
        if book_stem is not None and stem != paths.backup_stem(book_stem):
            continue
        clients, revision = _clients_and_revision(path)
        size = path.stat().st_size if path.exists() else 0
        newer = revision is not None and not is_known_revision(revision)
        infos.append(BackupInfo(path, taken, max(clients, 0), size, clients >= 0, reason, stem, newer))
    return sorted(infos, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(paths.sqlite_uri(path, mode="ro", immutable="1"), uri=True)


#: The table every Guanxi book has had since its first migration (Alembic's record of the schema).
SCHEMA_TABLE = "alembic_version"


def count_clients_in(path: Path) -> int:
    """Clients in a book file opened read-only, or -1 when it cannot be read."""
    return _clients_and_revision(path)[0]


def _clients_and_revision(path: Path) -> tuple[int, str | None]:
    """Clients in a book file opened read-only (-1 when it cannot be read) and the schema
    revision it records (None when it records none)."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return -1, None
        connection = _connect_read_only(path)
        try:
            clients = int(connection.execute("SELECT count(*) FROM client").fetchone()[0])
            try:
                row = connection.execute(f"SELECT version_num FROM {SCHEMA_TABLE}").fetchone()
            except sqlite3.Error:
                row = None
            return clients, None if row is None else str(row[0])
        finally:
            connection.close()
    except (OSError, sqlite3.Error, UnicodeDecodeError):  # a scrambled revision reads as no book
        return -1, None


@dataclass(frozen=True, slots=True)
class Examination:
    """What a read-only look at a SQLite file found."""

    tables: frozenset[str]  # its own tables (SQLite's internal ones left out); empty when unreadable
    revision: str | None  # the schema revision it records, if it has one
    damage: Words | str | None  # None when the file is sound


def examine(path: Path) -> Examination:
    """Read `path`'s tables and schema revision and run `PRAGMA quick_check`, without writing to it.

    Only real damage (not a database, malformed, a failed check) is reported as `damage`; an
    error that says the file cannot be opened at all (no permission, a read-only folder, in use)
    is raised as the `sqlite3.Error` or `OSError` it is: that is no reason to set a book aside.
    """
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return Examination(frozenset(), None, database_reason("not a SQLite database"))
    tables: frozenset[str] = frozenset()
    revision: str | None = None
    try:
        connection = sqlite3.connect(paths.sqlite_uri(path, mode="ro"), uri=True, timeout=10)
        try:
            names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            tables = _own_tables(names)
            if SCHEMA_TABLE in tables:
                row = connection.execute(f"SELECT version_num FROM {SCHEMA_TABLE}").fetchone()
                revision = None if row is None else str(row[0])
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return Examination(tables, revision, database_reason(str(error)))
        raise
    except UnicodeDecodeError:  # a table name or check message scrambled: no sound file says that
        return Examination(tables, revision, database_reason("database disk image is malformed"))
    result = "; ".join(str(r[0]) for r in rows[:3])
    return Examination(tables, revision, None if result == "ok" else result)


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite's error means the file itself is damaged (or not a database at all)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_TOOBIG):
        return True  # a record too big to read: its length was scrambled
    text = str(error).lower()
    return "not a database" in text or "malformed" in text or "string or blob too big" in text


def is_in_use(error: sqlite3.Error) -> bool:
    """Whether SQLite's error means another program holds the file (opening it will say so)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return True
    text = str(error).lower()
    return "locked" in text or "busy" in text


def integrity_problem(path: Path) -> Words | str | None:
    """None when `path` is a sound SQLite file (`PRAGMA quick_check`) or in use elsewhere, else
    what is wrong with it or why it cannot be read."""
    try:
        return examine(path).damage
    except sqlite3.Error as error:
        return None if is_in_use(error) else database_reason(str(error))
    except OSError as error:
        return system_reason(error)


def check_source(source: Path | str) -> Path:
    """A file fit to restore from: a sound Guanxi book of a schema this version knows; else BadFile."""
    from storage.migrate import is_known_revision

    source = Path(source).expanduser()
    if not source.is_file():
        raise BadFile.worded(QT_TRANSLATE_NOOP("Storage", "there is no backup file {source}"), source=source)
    found = _examine_source(source)
    if "client" not in found.tables:
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "{name} is not a Guanxi book (it has no client table)"), name=source.name
        )
    if found.revision is None:
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "{name} is not a Guanxi book (it has no schema version)"), name=source.name
        )
    if not is_known_revision(found.revision):
        raise BadFile.worded(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{name} cannot be restored: it has schema {revision}, which this version of Guanxi does not know; "
                "it may have been written by a newer version",
            ),
            name=source.name,
            revision=repr(found.revision),
        )
    return source


def _examine_source(source: Path) -> Examination:
    """`examine` a file to restore from; BadFile when it is damaged or cannot be read."""
    problem: Words | str
    try:
        found = examine(source)
    except sqlite3.Error as error:
        problem = database_reason(str(error))
    except OSError as error:
        problem = system_reason(error)
    else:
        if found.damage is None:
            return found
        problem = found.damage
    raise BadFile.worded(
        QT_TRANSLATE_NOOP("Storage", "{name} cannot be restored: {problem}"), name=source.name, problem=problem
    )


def check_book(path: Path) -> None:
    """Check the book file at `path` before it is opened; a sound or new book passes.

    Another program's database is refused and left untouched; a book that cannot be opened
    (a read-only folder, no permission) is refused with why; a damaged book is set aside and
    DamagedBookFound raised, naming the newest good backup.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return  # not a SQLite file at all: open_book refuses it without moving it
    _refuse_foreign_database(path, Examination(_tables_at_rest(path), None, None))
    try:
        found = examine(path)
    except sqlite3.Error as error:
        if is_in_use(error):
            return  # in use elsewhere; opening the book will say so
        raise cannot_open(path, error) from None
    except OSError as error:
        raise cannot_open(path, error) from None
    _refuse_foreign_database(path, found)
    if found.damage is not None:
        _set_aside_damaged(path, found.damage)


def _tables_at_rest(path: Path) -> frozenset[str]:
    """The tables of a SQLite file no program has open (no -wal beside it), read as an unchanging
    file: unlike a read-only connection, this leaves no -wal or -shm behind a WAL database.
    Empty when the file is in use or cannot be read this way (the full examination follows)."""
    if path.with_name(path.name + "-wal").exists():
        return frozenset()
    try:
        connection = _connect_read_only(path)
        try:
            names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError):  # a scrambled name: the full examination calls it damage
        return frozenset()
    return _own_tables(names)


def _own_tables(names: Iterable[tuple[object, ...]]) -> frozenset[str]:
    """Table names from sqlite_master rows, without SQLite's internal ones."""
    return frozenset(str(name) for (name, *_rest) in names if not str(name).startswith("sqlite_"))


def _refuse_foreign_database(path: Path, found: Examination) -> None:
    """Raise when `path` holds tables but is no Guanxi book (every book has its client table and
    records its schema since its first migration): another program's database, even one that keeps
    an Alembic schema of its own, is never turned into a book or replaced."""
    if found.tables and not {SCHEMA_TABLE, "client"} <= found.tables:
        raise BookUnavailable.worded(
            QT_TRANSLATE_NOOP(
                "Storage", "{path} is not a Guanxi book (it is another program's database); it was left untouched"
            ),
            path=path,
        )


def _set_aside_damaged(path: Path, problem: Words | str) -> None:
    """Set the damaged book at `path` aside and raise DamagedBookFound naming the newest good backup."""
    try:
        aside = set_aside(path)
    except OSError as error:
        raise BookDamaged.worded(
            QT_TRANSLATE_NOOP(
                "Storage",
                "the book {path} is damaged ({problem}) and could not be set aside ({reason}); "
                "move it elsewhere, then restore a backup",
            ),
            path=path,
            problem=problem,
            reason=system_reason(error),
        ) from None
    good = next((b for b in list_backups(book_stem=path.stem) if b.restorable), None)
    values: dict[str, object] = {"path": path, "problem": problem, "aside": aside.name}
    if good is None:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "the book {path} is damaged ({problem}); it was set aside as {aside}; "
            "there is no backup to restore; a new empty book will be started",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Storage",
            "the book {path} is damaged ({problem}); it was set aside as {aside}; the newest good backup is "
            "{backup} of {taken} with {clients} clients; restore it with: guanxi restore {backup}",
        )
        values |= {"backup": good.path, "taken": f"{good.taken_at:%Y-%m-%d %H:%M}", "clients": good.clients}
    raise DamagedBookFound.worded(template, path, aside, good, **values)


def set_aside(path: Path) -> Path:
    """Rename a damaged book (and its -wal/-shm) to <name>.damaged-<stamp>, never over another file.

    The -wal and -shm go first and all are put back when one cannot move: an old log left
    beside a new book of the same name would be replayed into it.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                extra.rename(target.with_name(target.name + suffix))
                moved.append((extra, target.with_name(target.name + suffix)))
        path.rename(target)
    except OSError:
        for original, renamed in reversed(moved):
            with suppress(OSError):
                renamed.rename(original)
        raise
    return target


# --- restoring ----------------------------------------------------------------------------


def restore_from(book_path: Path | str, source: Path | str) -> Path | None:
    """Replace the book file with a checked copy of `source`; returns the backup of the replaced book.

    The book must be closed (`book.close()`) first. The replaced book is kept in the
    backups folder (or set aside when damaged); the new file arrives by an atomic rename.
    """
    book_path = Path(book_path)
    source = check_source(source)
    if source.resolve() == book_path.resolve():
        raise BadFile.worded(QT_TRANSLATE_NOOP("Storage", "that file is the book itself; choose a backup copy"))
    kept = _keep_replaced_book(book_path)
    temporary: Path | None = None
    try:
        paths.ensure_private_dir(book_path.parent)
        temporary = _temporary_beside(book_path, "restoring")
        _copy(source, temporary)
        _checkpoint(book_path)
        temporary.replace(book_path)
    except OSError as error:
        _remove_quietly(temporary)
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot replace {path}: {reason}"),
            path=book_path,
            reason=system_reason(error),
        ) from None
    for suffix in ("-wal", "-shm"):
        book_path.with_name(book_path.name + suffix).unlink(missing_ok=True)
    book_path.chmod(0o600)
    prune_backups(book_stem=book_path.stem)
    return kept


def _keep_replaced_book(book_path: Path) -> Path | None:
    """Back up the book about to be replaced, or set it aside when it is damaged; None when there is none."""
    if not book_path.exists() or book_path.stat().st_size == 0:
        return None
    try:
        found = examine(book_path)
    except (sqlite3.Error, OSError) as error:
        raise cannot_open(book_path, error) from None
    _refuse_foreign_database(book_path, found)
    if found.damage is None:
        return take_backup(book_path, "before-restore")
    try:
        return set_aside(book_path)
    except OSError as error:
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot replace {path}: {reason}"),
            path=book_path,
            reason=system_reason(error),
        ) from None


def _checkpoint(book_path: Path) -> None:
    """Fold the old book's write-ahead log in, so no stale log is applied to the new file."""
    if not book_path.with_name(book_path.name + "-wal").exists():
        return
    try:
        connection = sqlite3.connect(book_path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # a damaged log is about to be removed anyway
