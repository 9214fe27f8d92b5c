"""The yardstick for start-up: a bare PySide6 window with an empty table, timed to first paint."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def mark(event: str) -> None:
    sys.stdout.write(json.dumps({"event": event, "t": time.time()}) + "\n")
    sys.stdout.flush()


class Watcher(QObject):
    """Marks the first paint, and the first frame out (the event loop's next turn after it)."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            mark("paint")
            QTimer.singleShot(0, lambda: (mark("frame"), QApplication.quit()))
        return False


def show(make_model) -> None:
    """Show the window with an empty table over `make_model(table)`, until its first frame is out."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(make_model(table))
    window.setCentralWidget(table)
    window.resize(1180, 740)
    watcher = Watcher()
    window.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    show(lambda table: QStandardItemModel(0, 6, table))
