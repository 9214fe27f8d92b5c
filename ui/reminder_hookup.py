"""Wiring the reminders into the app: the Today view in each window, the tray or popup, close-to-tray.

`attach_window(controller, window)` is called for every main window the controller builds;
the reminder center, the tray and the popup are made once per controller, by `start`, which
the app calls once the first screen is up (the scheduler and the tray are not needed to paint it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ui import i18n, settings_pages
from ui import prefs as options
from ui.today_view import TodayView

#: The main window's key to the in-app popup, which never takes the keyboard by itself (the popup's
#: module is loaded only when a reminder is raised: the key is set up before the first paint).
GO_TO_POPUP_KEYS = "Ctrl+Shift+R"


def _settings_page(prefs, book, events, parent):
    from ui.reminder_settings import ReminderSettingsPage

    return ReminderSettingsPage(prefs, book, events, parent)


settings_pages.register(_settings_page, first=True)  # right after General


class ReminderHookup(QObject):
    """One per controller: the reminder center, the tray (or the popup), and the window's Today view."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.center = None  # ui.reminder_center.ReminderCenter, made by `start`
        self.tray = None  # ui.reminder_tray.ReminderTray, made by `start`
        self.popup = None
        self.popup_key: QShortcut | None = None  # the window's key to the popup, made by `attach`
        self.window = None
        self.today: TodayView | None = None
        controller.events.open_client_requested.connect(self._open_client_in_window)
        QApplication.instance().aboutToQuit.connect(self._shutdown)

    def start(self) -> None:
        """Make the reminder center (and its scheduler) and the tray; once, later calls do nothing."""
        if self.center is not None:
            return
        from ui.reminder_center import ReminderCenter
        from ui.reminder_tray import ReminderTray

        self.center = ReminderCenter(self.controller.events, self)
        icon_file = i18n.I18N_DIR.parent / "guanxi.svg"
        self.tray = ReminderTray(QIcon(str(icon_file)) if icon_file.exists() else QIcon(), self)
        self.center.raised.connect(self._raised)
        self.center.due_changed.connect(lambda due: self.tray.set_count(len(due)))
        self.tray.open_requested.connect(self.bring_to_front)
        self.tray.today_requested.connect(self.show_today)
        self.tray.quit_requested.connect(self.quit)
        self.tray.client_requested.connect(self.open_client)
        self.controller.book_opened.connect(self.center.set_book)
        if self.tray.available:
            QApplication.instance().setQuitOnLastWindowClosed(False)
        if self.controller.book is not None:
            self.center.set_book(self.controller.book)

    def attach(self, window) -> None:
        """Give a (new) main window its Today view, first in the navigation, and make it home."""
        self.window = window
        self.today = TodayView(self.controller.events, window)
        columns = self.controller.prefs.get(options.TODAY_HEADER)
        if not columns.isEmpty():
            self.today.restore_columns(columns)
        window.add_view("today", self.tr("Today"), self.today, position=0)
        window.show_view("today")
        self.today.handled.connect(self._handled)
        window.installEventFilter(self)
        window.view_built.connect(self._view_built)
        action = window._action(self.tr("&Today"), self.show_today, "Ctrl+1")
        window.view_menu.insertAction(window.view_menu.actions()[0] if window.view_menu.actions() else None, action)
        self._add_popup_key(window)

    def _add_popup_key(self, window) -> None:
        """The window's key to the in-app popup, which never takes the keyboard by itself; on only while
        the popup is up, so the key does nothing (and takes nothing from anyone) the rest of the time."""
        self.popup_key = QShortcut(QKeySequence(GO_TO_POPUP_KEYS), window)
        self.popup_key.setWhatsThis(self.tr("Go to the reminder popup"))
        self.popup_key.activated.connect(self.go_to_popup)
        self._popup_shown(self._popup_visible())

    def _popup_visible(self) -> bool:
        return self.popup is not None and isValid(self.popup) and self.popup.isVisible()

    def _popup_shown(self, shown: bool) -> None:
        if self.popup_key is not None and isValid(self.popup_key):
            self.popup_key.setEnabled(shown)

    def go_to_popup(self) -> None:
        """The keyboard to the reminder popup (its list), when it is up."""
        if self._popup_visible():
            self.popup.take_keyboard()

    def _view_built(self, key: str, view) -> None:
        page = getattr(view, "page", None) if key == "clients" else None
        if page is not None and hasattr(page, "reminders_requested"):
            page.reminders_requested.connect(self.edit_client_reminders)

    # --- reacting --------------------------------------------------------------------------

    def _handled(self) -> None:
        if self.center is not None:
            self.center.refresh()

    def _raised(self, reminders: list) -> None:
        if self.tray.available:
            self.tray.notify(reminders)
            return
        if self.popup is None or not isValid(self.popup):  # gone with the window a language change replaced
            from ui.reminder_tray import ReminderPopup

            self.popup = ReminderPopup(self.window)
            self.popup.client_requested.connect(self.open_client)
            self.popup.today_requested.connect(self.show_today)
            self.popup.shown_changed.connect(self._popup_shown)
        self.popup.show_reminders(reminders)

    def bring_to_front(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def show_today(self) -> None:
        self.bring_to_front()
        if self.window is not None:
            self.window.show_view("today")

    def open_client(self, client_id: int) -> None:
        self.bring_to_front()
        self.controller.events.open_client_requested.emit(client_id)

    def _open_client_in_window(self, _client_id: int) -> None:
        """The clients view selects the client itself; this brings its page into view."""
        if self.window is not None:
            self.window.show_view("clients")

    def edit_client_reminders(self, client_id: int) -> None:
        """The client's own lead times, from the Reminders… button on their page."""
        from ui.client_reminders_dialog import ClientRemindersDialog

        book = self.controller.book
        if book is None or self.window is None:
            return
        from storage.clients import get_client

        dialog = ClientRemindersDialog(book, client_id, get_client(book, client_id).name, self.window)
        if dialog.exec():
            self.controller.events.clients_changed.emit([client_id])

    def quit(self) -> None:
        if self.window is not None:
            self.window.quit_app()
        else:
            QApplication.quit()

    def save_columns(self) -> None:
        """Remember Today's column sizes if the user chose them."""
        state = self.today.column_state() if self.today is not None and isValid(self.today) else None
        if state is not None:
            self.controller.prefs.set(options.TODAY_HEADER, state)
            self.controller.prefs.sync()

    def _shutdown(self) -> None:
        self.save_columns()
        if self.center is not None:
            self.center.stop()
            self.tray.hide()

    # --- close to tray ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A close by the user (the window's ✕) hides to the tray when that is on; Quit still quits.
        Any close remembers Today's column sizes, as the window remembers its own layout."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save_columns()
        if watched is self.window and event.type() == QEvent.Type.Close and event.spontaneous():
            from ui.reminder_settings import CLOSE_TO_TRAY, TRAY_NOTICE_SHOWN

            self.start()  # closed before the tray was made: it decides
            if not (self.tray.available and self.controller.prefs.get(CLOSE_TO_TRAY)):
                return super().eventFilter(watched, event)
            assert isinstance(event, QCloseEvent)
            event.ignore()
            self.window.save_state()
            self.window.hide()
            if not self.controller.prefs.get(TRAY_NOTICE_SHOWN):
                self.controller.prefs.set(TRAY_NOTICE_SHOWN, True)
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(
                    None,
                    self.tr("Guanxi keeps running"),
                    self.tr(
                        "Guanxi is still running in the tray, so reminders arrive on time. "
                        "Use Quit in the tray menu or the File menu to stop it; Settings > Reminders "
                        "turns this off."
                    ),
                )
            return True
        return super().eventFilter(watched, event)


def attach_window(controller, window) -> ReminderHookup:
    """Called by the controller for each main window it builds."""
    hookup = getattr(controller, "reminders", None)
    if hookup is None:
        hookup = ReminderHookup(controller)
        controller.reminders = hookup
    hookup.attach(window)
    return hookup
