"""A second yardstick for start-up: the bare window of bare_window.py, its empty table given a Python
`QAbstractTableModel` with six headed columns instead of a C++ model (as every list of the app has).

Qt asks a Python model for its header while the window is shown; handing it a `Qt.Orientation` makes
PySide build the Python enums of the whole `Qt` namespace first. This window pays that, as the app
must; the figure against it says how much of the app's start-up is left once that is paid.
"""

from __future__ import annotations

from bare_window import show
from PySide6.QtCore import QAbstractTableModel

HEADERS = ("Client", "Tier", "Occasion", "Suggested action", "Phone", "Last contact")


class EmptyModel(QAbstractTableModel):
    def rowCount(self, parent=None) -> int:
        return 0

    def columnCount(self, parent=None) -> int:
        return len(HEADERS)

    def data(self, index, role=0):
        return None

    def headerData(self, section, orientation, role=0):
        return HEADERS[section] if role == 0 else None


if __name__ == "__main__":
    show(EmptyModel)
