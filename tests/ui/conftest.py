"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.main_thread_gc import MainThreadCollector


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    """Lets a test install a palette on the application; the original comes back afterwards."""
    original = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(original)


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[Callable[..., None]]:
    """Sets the application's font to a point size (as a user's larger system font does), in `family`
    if given, else the current one; the original font comes back afterwards."""
    before = QFont(qapp.font())

    def use(points: float, family: str | None = None) -> None:
        font = QFont(family) if family else QFont(before)
        font.setPointSizeF(points)
        qapp.setFont(font)

    yield use
    qapp.setFont(before)


@pytest.fixture(scope="session", autouse=True)
def collector_on_the_main_thread(qapp: QApplication) -> Iterator[MainThreadCollector]:
    """As in the app (`ui.main_thread_gc`): from the first UI test on, Python's cyclic collector runs on
    the main thread only (after each test, see tests/conftest.py, and on the collector's timer), so no
    Qt object a test left in a cycle is freed on a worker thread, where its timers would outlive it."""
    collector = MainThreadCollector(qapp)
    collector.start()
    yield collector
    collector.stop()
