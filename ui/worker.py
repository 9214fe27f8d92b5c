"""Run slow work off the main thread; results come back as signals on the main thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._tell(self._relay.failed, error)
        else:
            self._tell(self._relay.done, result)

    def _tell(self, signal: Any, value: Any) -> None:
        """Emit unless the relay is gone (the application quit while the work ran): nobody is left to tell."""
        if not isValid(self._relay):
            return
        try:
            signal.emit(value)
        except RuntimeError:  # deleted between the check and the emit
            pass


_alive: set[_Relay] = set()


def run_in_thread(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Call `work()` on a pool thread; `on_done(result)` or `on_error(exc)` on the main thread.

    The relay that carries the result has no parent and lives until the work is over, so the
    worker never signals a deleted object. If `owner` is destroyed first, the callbacks are
    dropped.
    """
    if owner is not None and not isValid(owner):
        return  # asked on behalf of a widget already gone: nobody is left to tell
    relay = _Relay()
    _alive.add(relay)
    owner_alive = [True]
    if owner is not None:
        owner.destroyed.connect(lambda *_: owner_alive.__setitem__(0, False))

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(relay)
        relay.deleteLater()
        if owner_alive[0]:
            callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Task(work, relay))


def wait_for_work(msecs: int = 5_000) -> bool:
    """Wait (at most `msecs`) for the work handed to `run_in_thread`; True if all of it is done."""
    return QThreadPool.globalInstance().waitForDone(msecs)
