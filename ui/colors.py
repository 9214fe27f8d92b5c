"""Colours that read in light and dark themes, derived from a QPalette (the application's by default).

The app's colours were chosen on a light theme, and under a light palette every function here returns
exactly that light value. Under a dark palette (light text on a dark window) they are derived from it:

- text keeps its hue and saturation, its lightness is mirrored (dark grey becomes light grey, deep red
  becomes a soft red), then raised until it reaches the WCAG contrast asked for on the palette's
  backgrounds (Window, Base and AlternateBase, or the fill it is drawn on);
- fills (a header band, the selected or today's day, a milestone row) keep their hue, lose some
  saturation, and sit a little lighter than the palette's backgrounds (a bit further from them than the
  light fill is from white), while the palette's text still reads on them.

No widgets: plain functions of a palette, for models' data(), painters and style sheets.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

Role = QPalette.ColorRole

#: WCAG 2 minimum contrast ratios: normal text, and large text or graphics.
NORMAL_TEXT = 4.5
LARGE_TEXT = 3.0

# Light-theme values of the roles the app uses (what a light palette gets back unchanged).
SECONDARY = "#556"  # secondary text: summaries, subtitles, notes under an entry
HINT = "#667"  # hints and explanations under a form, field labels in a client's file
FAINT = "#778"  # "nothing here" placeholders, the least important text
HEADING = "#445"  # small grey headings
WARNING = "#b3261e"  # overdue names, a value not understood, an import problem
FESTIVAL = "#c0392b"  # festivals, weekends, the high risk level
LOST = "#a33"  # archived or lost clients
ERROR = "#c0392b"  # an error under a form
BAND = "#eef2f6"  # a section header row in a list
SELECTED = "#dcebfb"  # the selected day in the calendar
TODAY = "#fff6dd"  # today in the calendar
MILESTONE = "#fff1dc"  # a milestone birthday or anniversary row
HAIRLINE = "#e4e8ed"  # a thin line between rows

#: How much of a fill's saturation is kept on a dark palette (full saturation glares there).
DARK_FILL_SATURATION = 0.4
#: How much further from the background a fill sits on a dark palette than on white.
DARK_FILL_DISTANCE = 1.3
#: The least lightness between a fill and the backgrounds, for it to show.
MIN_FILL_STEP = 0.04


def app_palette(palette: QPalette | None = None) -> QPalette:
    """`palette`, or the application's palette when None."""
    return palette if palette is not None else QGuiApplication.palette()


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of a colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21 (4.5 is the minimum for normal text)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette draws light text on a dark window."""
    p = app_palette(palette)
    return relative_luminance(p.color(Role.Window)) < relative_luminance(p.color(Role.WindowText))


def backgrounds(palette: QPalette | None = None) -> tuple[QColor, ...]:
    """The backgrounds the app's text is drawn on: the window, and item views' rows."""
    p = app_palette(palette)
    return p.color(Role.Window), p.color(Role.Base), p.color(Role.AlternateBase)


def _with_lightness(colour: QColor, lightness: float, saturation: float | None = None) -> QColor:
    """`colour` with another HSL lightness (and saturation), rounded to 8 bits a channel as it is drawn
    (so a contrast measured on it is the contrast on screen)."""
    hue = max(colour.hslHueF(), 0.0)  # -1 for greys
    sat = colour.hslSaturationF() if saturation is None else saturation
    return QColor(QColor.fromHslF(hue, min(max(sat, 0.0), 1.0), min(max(lightness, 0.0), 1.0)).rgb())


def readable(colour: QColor, on: tuple[QColor, ...], minimum: float = NORMAL_TEXT) -> QColor:
    """`colour`, made lighter (on dark backgrounds) or darker (on light ones), hue kept, just enough for
    a contrast of at least `minimum` against every colour in `on` (as much as there is if it cannot)."""
    if all(contrast_ratio(colour, background) >= minimum for background in on):
        return QColor(colour)
    lighten = relative_luminance(max(on, key=relative_luminance)) < 0.18
    low, high = (colour.lightnessF(), 1.0) if lighten else (0.0, colour.lightnessF())
    for _ in range(20):  # lightness moves every channel one way: bisect it
        middle = (low + high) / 2
        fits = all(contrast_ratio(_with_lightness(colour, middle), b) >= minimum for b in on)
        if fits == lighten:
            high = middle
        else:
            low = middle
    return _with_lightness(colour, high if lighten else low)


def text_colour(
    light: str | QColor,
    palette: QPalette | None = None,
    *,
    background: QColor | None = None,
    minimum: float = NORMAL_TEXT,
) -> QColor:
    """A text colour chosen on a light theme (`light`), for this palette.

    Light palettes get `light` itself. Dark ones get it with its lightness mirrored, then lightened to
    reach `minimum` contrast on `background` (default: the window and both row colours of views)."""
    colour = QColor(light)
    if not is_dark(palette):
        return colour
    on = (background,) if background is not None else backgrounds(palette)
    return QColor.fromRgba(_dark_text(colour.rgba(), tuple(c.rgba() for c in on), minimum))


@lru_cache(maxsize=1024)  # models ask for the same few colours for every cell they paint
def _dark_text(light: int, on: tuple[int, ...], minimum: float) -> int:
    colour = QColor.fromRgba(light)
    surfaces = tuple(QColor.fromRgba(c) for c in on)
    return readable(_with_lightness(colour, 1.0 - colour.lightnessF()), surfaces, minimum).rgba()


def fill_colour(light: str | QColor, palette: QPalette | None = None) -> QColor:
    """A background fill chosen on a light theme (`light`: a pale tint drawn under normal text).

    Light palettes get `light` itself. Dark ones get the same hue, less saturated, a little lighter than
    the palette's backgrounds but never so light that the palette's text stops reading on it; when even
    a slightly lighter fill would be too light for the text, a little darker than the backgrounds."""
    colour = QColor(light)
    p = app_palette(palette)
    if not is_dark(p):
        return colour
    on = tuple(c.rgba() for c in backgrounds(p))
    return QColor.fromRgba(_dark_fill(colour.rgba(), on, p.color(Role.Text).rgba()))


@lru_cache(maxsize=256)
def _dark_fill(light: int, on: tuple[int, ...], text_rgba: int) -> int:
    colour, text = QColor.fromRgba(light), QColor.fromRgba(text_rgba)
    saturation = colour.hslSaturationF() * DARK_FILL_SATURATION
    lightnesses = [QColor.fromRgba(c).lightnessF() for c in on]
    distance = max(DARK_FILL_DISTANCE * (1.0 - colour.lightnessF()), MIN_FILL_STEP)

    def reads(lightness: float) -> bool:
        return contrast_ratio(text, _with_lightness(colour, lightness, saturation)) >= NORMAL_TEXT

    low, high = max(lightnesses) + MIN_FILL_STEP, max(lightnesses) + distance
    if not reads(low):  # no room above the backgrounds: go below them
        return _with_lightness(colour, max(min(lightnesses) - distance, 0.0), saturation).rgba()
    if reads(high):
        return _with_lightness(colour, high, saturation).rgba()
    for _ in range(20):  # the text reads less the lighter the fill: bisect for the lightest it reads on
        middle = (low + high) / 2
        low, high = (middle, high) if reads(middle) else (low, middle)
    return _with_lightness(colour, low, saturation).rgba()


def css(colour: QColor) -> str:
    """A colour as style sheets and rich text write it: "#rrggbb"."""
    return colour.name()


def secondary_text(palette: QPalette | None = None) -> QColor:
    """Secondary text: a summary line, a subtitle, the note under a timeline entry."""
    return text_colour(SECONDARY, palette)


def hint_text(palette: QPalette | None = None) -> QColor:
    """Hints and explanations, field labels in a client's file."""
    return text_colour(HINT, palette)


def faint_text(palette: QPalette | None = None) -> QColor:
    """The least important text: "nothing here" placeholders, dates beside an entry."""
    return text_colour(FAINT, palette)


def warning_text(palette: QPalette | None = None, background: QColor | None = None) -> QColor:
    """Overdue, wrong or failed: red text."""
    return text_colour(WARNING, palette, background=background)


def festival_text(palette: QPalette | None = None, background: QColor | None = None) -> QColor:
    """Festivals and weekends in the calendar, high risk: a warmer red."""
    return text_colour(FESTIVAL, palette, background=background)


def band_fill(palette: QPalette | None = None) -> QColor:
    """The background of a section header row in a list."""
    return fill_colour(BAND, palette)


def selected_fill(palette: QPalette | None = None) -> QColor:
    """The background of the selected day in the calendar."""
    return fill_colour(SELECTED, palette)


def today_fill(palette: QPalette | None = None) -> QColor:
    """The background of today in the calendar."""
    return fill_colour(TODAY, palette)


def milestone_fill(palette: QPalette | None = None) -> QColor:
    """The background of a milestone row (a round birthday, a big anniversary)."""
    return fill_colour(MILESTONE, palette)


def hairline(palette: QPalette | None = None) -> QColor:
    """A thin separating line between rows."""
    return fill_colour(HAIRLINE, palette)


def style(light: str, palette: QPalette | None = None, extra: str = "") -> str:
    """A label's style sheet with the text colour `light` made for the palette, e.g.
    `style(colors.HINT)` -> "color: #666677;", plus any `extra` declarations ("padding: 2px;")."""
    return f"color: {css(text_colour(light, palette))};" + (f" {extra}" if extra else "")
