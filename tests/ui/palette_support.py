"""Palettes for UI tests: the dark schemes of the dark-theme audit (the `app_palette` fixture in
conftest.py puts the application's palette back after a test changed it)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

R = QPalette.ColorRole

#: The dark palette of the audit (Fusion + a common dark scheme), and two more dark schemes.
DARK_SCHEMES = {
    "audit": {
        R.Window: "#2b2b2b", R.WindowText: "#e0e0e0", R.Base: "#1e1e1e", R.AlternateBase: "#2a2a2a",
        R.Text: "#e0e0e0", R.Button: "#353535", R.ButtonText: "#e0e0e0", R.Highlight: "#3d6fb4",
        R.HighlightedText: "#ffffff", R.PlaceholderText: "#888888",
    },
    "black": {
        R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#101010",
        R.Text: "#ffffff", R.Button: "#202020", R.ButtonText: "#ffffff",
    },
    "dim": {  # a lighter grey dark theme with slightly dimmer text: the hardest case
        R.Window: "#3c3f41", R.WindowText: "#bbbbbb", R.Base: "#313335", R.AlternateBase: "#3a3d3f",
        R.Text: "#bbbbbb", R.Button: "#45494a", R.ButtonText: "#bbbbbb",
    },
}  # fmt: skip


def scheme(values: dict) -> QPalette:
    palette = QPalette(QStyleFactory.create("Fusion").standardPalette())
    for role, colour in values.items():
        palette.setColor(role, QColor(colour))
    return palette
