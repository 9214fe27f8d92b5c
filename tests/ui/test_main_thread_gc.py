"""Python's cyclic collector runs on the main thread only while the window runs (ui.main_thread_gc)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer

from ui.main_thread_gc import MainThreadCollector


class _Cycle:
    """Garbage only the cyclic collector can free: a Qt object with a running timer, in a cycle."""

    def __init__(self) -> None:
        self.qt_object = QObject()
        self.timer = QTimer(self.qt_object)
        self.timer.start(60_000)
        self.itself = self


def _garbage() -> weakref.ref:
    return weakref.ref(_Cycle())


def _allocate(count: int) -> list:
    """New containers, kept: enough of them set off an automatic collection, were it on."""
    return [[] for _ in range(count)]


def test_a_worker_thread_never_collects_and_the_main_thread_does(collector_on_the_main_thread) -> None:
    assert MainThreadCollector.running is collector_on_the_main_thread
    assert not gc.isenabled()
    gc.collect()
    cycle = _garbage()
    worker = threading.Thread(target=_allocate, args=(50_000,))
    worker.start()
    worker.join()
    assert cycle() is not None  # not freed on the worker thread
    kept = _allocate(2 * gc.get_threshold()[0])
    assert collector_on_the_main_thread.collect_due() >= 0
    assert cycle() is None
    del kept


def test_nothing_is_collected_before_it_is_due(collector_on_the_main_thread) -> None:
    gc.collect()
    cycle = _garbage()
    assert collector_on_the_main_thread.collect_due() == -1
    assert cycle() is not None
    gc.collect()


def test_the_timer_collects_while_the_event_loop_runs(qtbot, collector_on_the_main_thread) -> None:
    gc.collect()
    cycle = _garbage()
    kept = _allocate(2 * gc.get_threshold()[0])
    qtbot.waitUntil(lambda: cycle() is None, timeout=5000)
    del kept


@pytest.fixture
def own_collector(qapp, collector_on_the_main_thread) -> Iterator[MainThreadCollector]:
    """A collector of the test's own, started afresh; the session's takes over again afterwards."""
    collector = MainThreadCollector()
    collector.start()
    assert MainThreadCollector.running is collector and not gc.isenabled()
    yield collector
    collector.stop()
    collector_on_the_main_thread.start()


def _make_a_full_collection_due() -> None:
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)


def test_a_full_collection_waits_until_the_oldest_generation_grew_by_a_quarter(own_collector) -> None:
    _make_a_full_collection_due()
    assert own_collector.collect_due() != 2  # the oldest generation is as it was at the start
    grown = [[] for _ in range(len(gc.get_objects(2)) // 3)]
    gc.collect(1)  # the new objects move on to the oldest generation
    assert own_collector.collect_due() != 2  # measured again only after another threshold's worth
    for _ in range(gc.get_threshold()[2]):
        gc.collect(1)
    assert own_collector.collect_due() == 2  # grown by a third: now it is due
    assert gc.get_count()[2] == 0
    del grown
