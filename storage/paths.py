"""Where the app keeps its files: one place, with an override for tests.

`GUANXI_HOME` (a folder) replaces the platform's user data folder, so tests and
screenshots never touch a real book.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote, unquote

APP_NAME = "Guanxi"
BOOK_FILE_NAME = "guanxi.sqlite3"
#: A database URL starts with its scheme ("sqlite", "postgresql+psycopg", ...) and "://".
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def data_dir() -> Path:
    """The user data folder, created readable by the user only."""
    override = os.environ.get("GUANXI_HOME")
    if override:
        folder = Path(override).expanduser()
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir(APP_NAME, appauthor=False))
    return ensure_private_dir(folder)


def default_book_path() -> Path:
    return data_dir() / BOOK_FILE_NAME


def book_url(target: str | None) -> str:
    """Turn a --db argument (URL or path), GUANXI_DB or the default into a database URL."""
    target = target or os.environ.get("GUANXI_DB") or ""
    if not target:
        return sqlite_url(default_book_path())
    if _URL_SCHEME.match(target):
        return target
    return sqlite_url(Path(target).expanduser().resolve())


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of the SQLite file `path`, exactly that file whatever its name holds.

    SQLAlchemy cuts the URL's query at the first "?" and percent-decodes the path, so those
    two characters are escaped; everything else (spaces, "#", Chinese) stays readable.
    """
    return "sqlite:///" + str(path).replace("%", "%25").replace("?", "%3F")


def sqlite_file_of(target: str | None) -> Path | None:
    """The SQLite file a target names, or None for a server book (no SQLAlchemy needed)."""
    url = book_url(target)
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            return Path(unquote(url[len(prefix) :].split("?", 1)[0]))
    return None


def sqlite_uri(path: Path, **parameters: str) -> str:
    """A SQLite "file:" URI for `sqlite3.connect(..., uri=True)` naming exactly the file `path`
    (its "?", "#" and "%" escaped), with `parameters` such as mode="ro"."""
    query = "&".join(f"{name}={value}" for name, value in parameters.items())
    return f"file:{quote(str(path))}" + (f"?{query}" if query else "")


#: The most of a book's name a backup copy's name repeats, in UTF-8 bytes: the stamp and the reason
#: ("-20261124-093000-migration-from-0009-2.sqlite3") must still fit a file system's 255 bytes.
MAX_BACKUP_STEM_BYTES = 180


def backup_stem(stem: str) -> str:
    """A book file's stem as its backup copies name it: cut (at a whole character) when very long."""
    data = stem.encode()
    if len(data) <= MAX_BACKUP_STEM_BYTES:
        return stem
    return data[:MAX_BACKUP_STEM_BYTES].decode(errors="ignore")


def backups_dir() -> Path:
    return ensure_private_dir(data_dir() / "backups")


def ensure_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) with mode 0700 if it does not exist yet."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        folder.chmod(0o700)
    return folder
