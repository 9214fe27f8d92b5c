"""Where the app keeps its files: one place, with an override for tests.

`GUANXI_HOME` (a folder) replaces the platform's user data folder, so tests and
screenshots never touch a real book.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Guanxi"
BOOK_FILE_NAME = "guanxi.sqlite3"


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
        return f"sqlite:///{default_book_path()}"
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def sqlite_file_of(target: str | None) -> Path | None:
    """The SQLite file a target names, or None for a server book (no SQLAlchemy needed)."""
    url = book_url(target)
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            return Path(url[len(prefix) :].split("?", 1)[0])
    return None


def backups_dir() -> Path:
    return ensure_private_dir(data_dir() / "backups")


def ensure_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) with mode 0700 if it does not exist yet."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        folder.chmod(0o700)
    return folder
