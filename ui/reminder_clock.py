"""Waking the app at the right times: APScheduler's QtScheduler with one timer, and the clock.

The reminders themselves live in the book; the scheduler only wakes the app: a heartbeat
once a minute, the reminder time of day and midnight. Jobs are plain module functions in
the default memory job store; they run on a worker thread and only emit a signal. On the
main thread, `ReminderClock` notices a new day and a wall-clock jump (sleep, a clock change).
"""

from __future__ import annotations

import time as _time
from datetime import date, datetime
from datetime import time as day_time

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

#: A wall clock that moved this much more (or less) than the monotonic one: sleep or a change.
JUMP_SECONDS = 90.0
HEARTBEAT_SECONDS = 60
JOB_DEFAULTS = {"coalesce": True, "misfire_grace_time": None, "max_instances": 1}


class _Waker(QObject):
    """Carries `wakeup` to the main thread when APScheduler calls it from another thread."""

    wake = Signal()


class OneTimerQtScheduler(QtScheduler):
    """QtScheduler with one QTimer, stopped and restarted.

    APScheduler 3.11 keeps the return value of QTimer.singleShot, which is None in PySide6,
    so its timers are never cancelled and wake-ups pile up with every add_job. This keeps one
    single-shot timer, owned by the main thread.
    """

    def __init__(self, *args, **kwargs) -> None:
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        self._qtimer.timeout.connect(self._process_jobs)
        self._waker = _Waker()
        self._waker.wake.connect(lambda: self._start_timer(0))
        kwargs.setdefault("job_defaults", dict(JOB_DEFAULTS))
        super().__init__(*args, **kwargs)

    @property
    def qtimer(self) -> QTimer:
        return self._qtimer

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is not None and isValid(self._qtimer):
            self._qtimer.start(min(int(wait_seconds * 1000), 2147483647))

    def _stop_timer(self) -> None:
        if isValid(self._qtimer):  # at shutdown Qt may already have destroyed it
            self._qtimer.stop()

    def wakeup(self) -> None:
        self._waker.wake.emit()  # queued when called off the main thread


class ClockRelay(QObject):
    """What the jobs emit, from the worker thread; connected (queued) on the main thread."""

    tick = Signal(str)  # "heartbeat", "remind" or "midnight"


def emit_tick(relay: ClockRelay, reason: str) -> None:
    """The one job function: it only emits a signal."""
    relay.tick.emit(reason)


class ReminderClock(QObject):
    """Says when to re-check what is due, and when the day rolls over."""

    #: Re-check what is due; the argument says why ("start", "heartbeat", "remind", "woke", ...).
    check_requested = Signal(str)
    #: The date changed (midnight, or waking on a later day).
    day_changed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, wall=None, monotonic=None) -> None:
        super().__init__(parent)
        self._wall = wall or _time.time
        self._monotonic = monotonic or _time.monotonic
        self.relay = ClockRelay(self)
        self.relay.tick.connect(self._on_tick)
        self.scheduler = scheduler = OneTimerQtScheduler()
        # Stop waking when this object goes (a closed controller): no job may emit into a deleted relay.
        self.destroyed.connect(lambda *_: scheduler.shutdown(wait=False) if scheduler.running else None)
        self._last_wall = self._wall()
        self._last_mono = self._monotonic()
        self._day = date.fromtimestamp(self._last_wall)

    def start(self, remind_at: day_time) -> None:
        self.scheduler.add_job(
            emit_tick, "interval", seconds=HEARTBEAT_SECONDS, args=[self.relay, "heartbeat"], id="heartbeat"
        )
        self.scheduler.add_job(
            emit_tick, "cron", hour=0, minute=0, second=5, args=[self.relay, "midnight"], id="midnight"
        )
        self.set_remind_at(remind_at)
        self.scheduler.start()
        self.check_requested.emit("start")

    def set_remind_at(self, remind_at: day_time) -> None:
        self.scheduler.add_job(
            emit_tick, "cron", hour=remind_at.hour, minute=remind_at.minute, second=1,
            args=[self.relay, "remind"], id="remind", replace_existing=True,
        )  # fmt: skip

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def _on_tick(self, reason: str) -> None:
        """On the main thread: look for a jump of the wall clock and a new day, then ask for a check."""
        wall, mono = self._wall(), self._monotonic()
        drift = (wall - self._last_wall) - (mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        if abs(drift) > JUMP_SECONDS and reason == "heartbeat":
            reason = "woke"
        today = datetime.fromtimestamp(wall).date()
        if today != self._day:
            self._day = today
            self.day_changed.emit(today)
        self.check_requested.emit(reason)
