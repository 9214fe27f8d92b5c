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
    """Turns automatic collection off and collects on the main thread instead, until `stop`."""

    #: The collector at work, if any: collection is the whole process's, so there is one at a time.
    running: ClassVar[MainThreadCollector | None] = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if MainThreadCollector.running is not None:
            MainThreadCollector.running.stop()
        MainThreadCollector.running = self
        self.thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        gc.disable()
        self._timer.start(CHECK_EVERY_MS)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count has passed its threshold, as Python would have;
        the generation collected, or -1 when none is due."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return generation
        return -1

    def stop(self) -> None:
        """Hand collection back to Python (the app is quitting, or the tests are over)."""
        self._timer.stop()
        if MainThreadCollector.running is self:
            MainThreadCollector.running = None
            gc.enable()
