"""Fonts that follow the user's: sizes once written in pixels at the default font, now that font's size
times a factor, so headings grow with a larger system font (Windows' text size, a 14-16 pt desktop font)."""

from __future__ import annotations

from PySide6.QtGui import QFont

#: The point size of the font the views' sizes were chosen at (the screenshots'); sizes once written in
#: pixels are now this font's size times a factor (`scale_for`), so they grow with a larger font.
DEFAULT_POINTS = 10.0


def scale_for(pixels: float) -> float:
    """The factor that makes the default font `pixels` tall (at 96 dpi, where a point is 4/3 pixels)."""
    return pixels / (DEFAULT_POINTS * 96 / 72)


def point_size(font: QFont) -> float:
    """`font`'s size in points (one set in pixels converted at 96 dpi)."""
    size = font.pointSizeF()
    return size if size > 0 else font.pixelSize() * 72 / 96


def scaled_font(font: QFont, factor: float, *, weight: QFont.Weight | None = None) -> QFont:
    """`font`, `factor` times as large (and of `weight` if given): a heading that follows the user's font."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    else:  # a font given in pixels stays in pixels
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    if weight is not None:
        scaled.setWeight(weight)
    return scaled
