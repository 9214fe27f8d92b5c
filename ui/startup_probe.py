"""Start-up timing for bench/run.py: prints when the window first paints, when that first frame is
out (what the paint set off synchronously is done), and when the first clients are on screen,
then quits. Enabled only by GUANXI_STARTUP_PROBE=1."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class _PaintWatcher(QObject):
    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.painted = False
        self.rows_seen = False
        #: (viewport, model) of the lists watched for their first rows, from the first frame on.
        self.lists: list = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self.painted:
                self.painted = True
                _mark("paint")
                QTimer.singleShot(0, self._frame_out)  # the next turn: this paint's frame is out
            lists = self.lists
            if not self.rows_seen and any(watched is viewport and model.rowCount() > 0 for viewport, model in lists):
                self.rows_seen = True
                _mark("rows")
                QTimer.singleShot(0, QApplication.quit)
        return False

    def _frame_out(self) -> None:
        _mark("frame")
        # Only now, before the work the paint queued (Today's remembered list among it): the first
        # `viewport()` of a session costs PySide some 10 ms (it resolves the viewport's private
        # class), which the probe must add neither to the paint nor to its frame.
        for viewport, model in _lists(self.controller):
            self.watch(viewport, model)

    def watch(self, viewport, model) -> None:
        if all(viewport is not seen for seen, _model in self.lists):
            self.lists.append((viewport, model))
            viewport.installEventFilter(self)


def _lists(controller) -> list:
    """(viewport, model) of the views whose first screen counts: the client list and Today
    (the client list once it is built: it is built on first use). Reached through attributes:
    `findChild` would wrap every widget of the window."""
    found = []
    window = controller.window
    if window.is_built("clients"):
        found.append((window.clients.table.viewport(), window.clients.model))
    today = controller.reminders.today
    if today is not None:
        found.append((today.tree.viewport(), today.model))
    return found


def _mark(event: str) -> None:
    sys.stdout.write(json.dumps({"event": event, "t": time.time()}) + "\n")
    sys.stdout.flush()


def install_probe(controller) -> None:
    watcher = _PaintWatcher(controller)
    controller.window.installEventFilter(watcher)
    controller.window.view_built.connect(
        lambda key, view: watcher.watch(view.table.viewport(), view.model) if key == "clients" else None
    )
    controller.offer_demo = False
    QTimer.singleShot(30000, QApplication.quit)
