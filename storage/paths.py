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


def backups_dir() -> Path:
    return ensure_private_dir(data_dir() / "backups")


def ensure_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) with mode 0700 if it does not exist yet."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        folder.chmod(0o700)
    return folder
