"""Shared fixtures: every test gets its own data folder, so no real book is ever touched."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile(
    "default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile("default")


@pytest.fixture(autouse=True)
def guanxi_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh user data folder for each test (GUANXI_HOME), with no GUANXI_DB set."""
    home = tmp_path / "home"
    monkeypatch.setenv("GUANXI_HOME", str(home))
    monkeypatch.delenv("GUANXI_DB", raising=False)
    return home


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "book.sqlite3"


BOOK_KINDS = ("read directly", "kept in memory")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `both_book_kinds` run twice: on a book read directly (as the command line
    reads one) and on one whose dates are kept in memory (as the window does): every write a
    test makes between two looks at the agenda must then reach memory through the journal."""
    if "book" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_book_kinds"):
        metafunc.parametrize("book_kind", BOOK_KINDS)


@pytest.fixture
def book_kind() -> str:
    return BOOK_KINDS[0]


@pytest.fixture
def book(book_path: Path, book_kind: str) -> Iterator[object]:
    """An open, migrated SQLite book in a temporary folder."""
    from storage.db import open_book
    from storage.resident_dates import keep_dates_in_memory

    opened = open_book(str(book_path))
    if book_kind == "kept in memory":
        assert keep_dates_in_memory(opened)
    yield opened
    _wait_for_pool_threads()  # a view's loader may still be reading it
    opened.close()


@pytest.fixture(scope="session")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A read-only demo book of 600 clients shared by the tests of one session."""
    from storage.db import open_book
    from storage.demo import fill_demo

    folder = tmp_path_factory.mktemp("demo")
    opened = open_book(str(folder / "demo.sqlite3"))
    fill_demo(opened, 600, seed=11)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Every test starts with the English interface, whatever an earlier test installed."""
    yield
    if "ui.i18n" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None and sys.modules["ui.i18n"].current() != "en":
            sys.modules["ui.i18n"].install(app, "en")


def _wait_for_pool_threads() -> None:
    """Let work handed to Qt's thread pool finish, so none of it runs into the next test or into
    the interpreter's shutdown (Python code on a pool thread while Python finalises can crash)."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture(autouse=True)
def pool_threads_done() -> Iterator[None]:
    yield
    _wait_for_pool_threads()
    _collect_on_the_main_thread()


def _collect_on_the_main_thread() -> None:
    """While the UI tests' collector keeps Python's automatic collection off, collect what is due
    here, on the main thread, with no pool thread at work."""
    if "ui.main_thread_gc" in sys.modules:
        collector = sys.modules["ui.main_thread_gc"].MainThreadCollector.running
        if collector is not None:
            collector.collect_due()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _wait_for_pool_threads()
