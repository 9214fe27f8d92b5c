"""What the main window remembers between runs: its size and place, the view it showed, and the
Clients view's splitter and column widths.

`WindowState` is a mixin of `ui.main_window.MainWindow`, which provides `prefs`, the views
(`ui.window_navigation.ViewNavigation`) and `nav`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QApplication, QWidget

from ui import i18n
from ui import prefs as options
from ui.geometry import fit_to_screen


def font_key(font: QFont) -> str:
    """The font that column widths were fitted to, to remember with them: "Noto Sans CJK SC 10pt".
    Widths fitted to one font clip the headers of a larger one ("lext occasio")."""
    size = font.pointSizeF()
    return f"{font.family()} {size:g}pt" if size > 0 else f"{font.family()} {font.pixelSize()}px"


class WindowState:
    """Restores the window's layout at start and saves it on closing or quitting."""

    def _restore_state(self) -> None:
        geometry = self.prefs.get(options.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(fit_to_screen(QSize(1180, 740), self))  # first start: no taller than a laptop's screen
        state = self.prefs.get(options.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.show_view(self.prefs.get(options.CURRENT_VIEW))
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def _restore_clients_layout(self, view: QWidget) -> None:
        """The Clients view (`ui.clients_view.ClientsView`) as it was left: splitter and column widths."""
        splitter = self.prefs.get(options.CLIENTS_SPLITTER)
        if splitter.isEmpty() or not view.splitter.restoreState(splitter):
            view.splitter.setSizes([640, 420])
        header = self.prefs.get(options.CLIENTS_HEADER)
        # Column widths fitted to one language's words, or to a smaller font, would clip the headers of
        # another: those start afresh ("" is a layout saved before the language or font was saved with it).
        if (
            not header.isEmpty()
            and self.prefs.get(options.CLIENTS_HEADER_LANGUAGE) in ("", i18n.current())
            and self.prefs.get(options.CLIENTS_HEADER_FONT) in ("", font_key(view.table.font()))
        ):
            view.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.prefs.set(options.WINDOW_GEOMETRY, self.saveGeometry())
        self.prefs.set(options.WINDOW_STATE, self.saveState())
        if self.is_built("clients"):  # else the remembered layout stays as it was
            self.prefs.set(options.CLIENTS_SPLITTER, self.clients.splitter.saveState())
            self.prefs.set(options.CLIENTS_HEADER, self.clients.table.horizontalHeader().saveState())
            self.prefs.set(options.CLIENTS_HEADER_LANGUAGE, i18n.current())
            self.prefs.set(options.CLIENTS_HEADER_FONT, font_key(self.clients.table.font()))
        self.prefs.set(options.CURRENT_VIEW, self.current_view())
        self.prefs.sync()

    def quit_app(self) -> None:
        self.save_state()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
