"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    """Lets a test install a palette on the application; the original comes back afterwards."""
    original = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(original)
