"""Window sizes that fit the screen: a laptop's 1366x768 less its taskbar is smaller than many
sizes a window would like."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: The share of the screen's free area a window may take, leaving its frame and title bar room.
SCREEN_SHARE = 0.94


def available_size(near: QWidget | None = None) -> QSize | None:
    """The free area (without taskbars) of the screen `near` is on, or of the primary screen."""
    screen = near.screen() if near is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def fit_to_screen(wanted: QSize, near: QWidget | None = None) -> QSize:
    """`wanted`, made smaller where the screen has less room."""
    room = available_size(near)
    if room is None:
        return wanted
    return wanted.boundedTo(QSize(int(room.width() * SCREEN_SHARE), int(room.height() * SCREEN_SHARE)))
