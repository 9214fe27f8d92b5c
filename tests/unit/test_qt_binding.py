"""The Qt binding must not leak references to None (PySide6 6.12 on Python 3.11 does, and the
app then dies with "deallocating None" after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
