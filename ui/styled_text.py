"""Labels coloured by a style sheet that follow the palette, also when the desktop switches between a
light and a dark theme while the app runs (an evening switch, set by the system).

`ui.colors.style()` gives a style sheet for the palette of the moment; a label set with
`set_text_style` keeps the light-theme colour it was given and is styled again whenever the
application's palette changes. Models, painters and rich text read `ui.colors` when they draw and need none of this.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui import colors

#: Dynamic properties that remember a widget's light-theme colour and its other declarations.
LIGHT_PROPERTY = "guanxiLightColour"
EXTRA_PROPERTY = "guanxiExtraStyle"


class _PaletteFollower(QWidget):
    """A window that is never shown, for the event every window gets when the application's palette
    changes (the widgets inside a window with a style sheet of their own get none); it restyles every
    styled widget then."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            for widget in QApplication.allWidgets():
                restyle(widget)
        return super().event(event)


_follower: _PaletteFollower | None = None


def _follow_palette() -> None:
    global _follower
    if _follower is None:
        _follower = _PaletteFollower()
        _follower.setObjectName("paletteFollower")
        QApplication.instance().aboutToQuit.connect(_follower.deleteLater)


def set_text_style(widget: QWidget, light: str, extra: str = "") -> None:
    """Colour `widget`'s text with `light` (one of `ui.colors`' light-theme values) made for the
    current palette, with any `extra` declarations ("font-weight: 600;"), now and after each palette
    change."""
    widget.setProperty(LIGHT_PROPERTY, light)
    widget.setProperty(EXTRA_PROPERTY, extra)
    restyle(widget)
    _follow_palette()


def restyle(widget: QWidget) -> None:
    """Set `widget`'s style sheet again for the application's palette, if `set_text_style` styled it
    (and only when it changes: a new style sheet makes Qt polish the widget again)."""
    light = widget.property(LIGHT_PROPERTY)
    if not light:
        return
    wanted = colors.style(light, extra=widget.property(EXTRA_PROPERTY) or "")
    if widget.styleSheet() != wanted:
        widget.setStyleSheet(wanted)
