"""Window sizes that fit the screen: a laptop's 1366x768 less its taskbar is smaller than many
sizes a window would like, and at 150 % or 175 % scale a 1080p laptop has only 1280x672 or
1097x569 (logical) pixels free."""

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


def fit_dialog(dialog: QWidget) -> None:
    """Size a dialog whose labels wrap: its hinted width, and the height its layout needs at that width
    (every line of a wrapped label), within the screen. Qt's own first size caps a new window at 2/3 of
    the screen's free height, and a form then squeezes its wrapped labels into fewer lines than they need."""
    hinted = max(dialog.sizeHint().width(), dialog.minimumWidth())
    width = fit_to_screen(QSize(hinted, 0), dialog).width()  # a narrower screen first: more lines, taller
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(width)
    else:
        height = dialog.sizeHint().height()
    dialog.resize(fit_to_screen(QSize(width, height), dialog))
