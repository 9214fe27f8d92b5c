"""Python's cyclic garbage collector, run on the main thread only.

Left to itself, Python collects whenever enough objects were allocated, in whichever thread
allocated them. A Qt object caught in a reference cycle (a dialog and a lambda connected to one of
its signals, say) is then deleted on a worker thread, where its timers cannot be stopped: they fire
later on freed memory, and the app crashes. So while the window runs, automatic collection is off
and a timer on the main thread collects what is due, generation by generation, by the counts
Python itself goes by. Reference counting still frees nearly everything at once; only cycles wait.
"""

from __future__ import annotations

import gc
from typing import ClassVar

from PySide6.QtCore import QObject, QTimer

#: How often the collector's counts are looked at.
CHECK_EVERY_MS = 1000


class MainThreadCollector(QObject):
    """From `start` to `stop`, automatic collection is off and this collects on the main thread."""

    #: The collector at work, if any: collection is the whole process's, so there is one at a time.
    running: ClassVar[MainThreadCollector | None] = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        #: The oldest generation's size after the last full collection, and the count of generation-1
        #: collections before which a full one is not considered again (see `_full_collection_due`).
        self._long_lived: int | None = None
        self._next_full_check = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        """Take collection over from Python (and from any other collector at work)."""
        if MainThreadCollector.running not in (None, self):
            MainThreadCollector.running.stop()
        MainThreadCollector.running = self
        self._long_lived = None  # measured when a full collection is first due (not while starting)
        self._next_full_check = 0
        gc.disable()
        self._timer.start(CHECK_EVERY_MS)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count has passed its threshold, as Python would have;
        the generation collected, or -1 when none is due."""
        counts = gc.get_count()
        if counts[2] > self.thresholds[2] and self._full_collection_due(counts[2]):
            gc.collect(2)
            self._long_lived = len(gc.get_objects(2))
            return 2
        for generation in (1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1

    def _full_collection_due(self, count: int) -> bool:
        """Python's own rule: a full collection only once the oldest generation has grown by a quarter
        since the last one (a 100,000-client book keeps some 700,000 objects there, and a full
        collection takes 0.2 s). Measuring the generation walks it, so after a no it waits for
        another threshold's worth of generation-1 collections before it measures again."""
        if count < self._next_full_check:
            return False
        long_lived = len(gc.get_objects(2))
        if self._long_lived is None:
            self._long_lived = long_lived
        if long_lived - self._long_lived > self._long_lived // 4:
            self._next_full_check = 0
            return True
        self._next_full_check = count + self.thresholds[2]
        return False

    def stop(self) -> None:
        """Hand collection back to Python (the app is quitting, or the tests are over)."""
        self._timer.stop()
        if MainThreadCollector.running is self:
            MainThreadCollector.running = None
            gc.enable()
