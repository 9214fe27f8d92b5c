"""The yardstick for start-up: a bare PySide6 window with an empty table, timed to first paint."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            sys.stdout.write(json.dumps({"event": "paint", "t": time.time()}) + "\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
table = QTableView(window)
table.setModel(QStandardItemModel(0, 6, table))
window.setCentralWidget(table)
window.resize(1180, 740)
watcher = Watcher()
window.installEventFilter(watcher)
window.show()
app.exec()
