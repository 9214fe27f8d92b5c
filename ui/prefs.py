"""Interface preferences, declared once with their type and default (Picard's way).

They live in an INI file in the user data folder, so GUANXI_HOME isolates tests.
Book-wide options that the command line needs too (festivals, lead times) are kept
in the book instead, by `storage.settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from storage.paths import data_dir

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T


LANGUAGE = Option("ui/language", "")  # "" = follow the system, else "zh_CN" or "en"
WINDOW_GEOMETRY = Option("window/geometry", QByteArray())
WINDOW_STATE = Option("window/state", QByteArray())
CLIENTS_SPLITTER = Option("clients/splitter", QByteArray())
CLIENTS_HEADER = Option("clients/header", QByteArray())
#: Today's column sizes, once the user has sized them (the defaults follow the language until then).
TODAY_HEADER = Option("today/header", QByteArray())
#: The interface language the client list's remembered column widths were saved in.
CLIENTS_HEADER_LANGUAGE = Option("clients/header_language", "")
#: The font (family and size, `ui.window_state.font_key`) the client list's remembered widths were fitted to.
CLIENTS_HEADER_FONT = Option("clients/header_font", "")
CURRENT_VIEW = Option("window/view", "clients")
DEMO_OFFERED = Option("book/demo_offered", False)
#: The book to open when neither --db nor GUANXI_DB is given: a URL or a file path ("" = default file),
#: chosen on Settings > Book (`ui.team_book`).
BOOK_URL = Option("book/url", "")


class Prefs:
    """Typed access to the preferences file."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(str(data_dir() / "guanxi.ini"), QSettings.Format.IniFormat)

    def get(self, option: Option[T]) -> T:
        value = self._settings.value(option.key, option.default)
        kind = type(option.default)
        if kind is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")  # type: ignore[return-value]
        if value is None:
            return option.default
        if not isinstance(value, kind):
            try:
                return kind(value)  # type: ignore[call-arg]
            except (TypeError, ValueError):
                return option.default
        return value

    def set(self, option: Option[T], value: T) -> None:
        self._settings.setValue(option.key, value)

    def sync(self) -> None:
        self._settings.sync()
