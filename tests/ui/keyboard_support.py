"""Keyboard tests: a window on screen and active, so keys and shortcuts reach it as they would the user's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(qtbot, widget: QWidget) -> QWidget:
    """`widget` shown and active; the test's end hides it (closing a form with changes would ask)."""
    qtbot.addWidget(widget, before_close_func=lambda w: w.hide())
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def focus() -> QWidget | None:
    return QApplication.focusWidget()
