"""Logging a contact (联络记录): from the client's page, a Today item or Ctrl+L with a client search."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reminders.lunar import MAX_YEAR, lunar_year_end
from storage.care_records import CHANNELS, PURPOSES, ContactDraft
from ui.care_labels import channel_label, purpose_label
from ui.dialogs import GuardedDialog, accept_on_ctrl_enter, note_field
from ui.errors import show_error
from ui.events import AppEvents
from ui.geometry import fit_dialog
from ui.i18n import date_edit_format, list_separator


class LogContactDialog(GuardedDialog):
    """The contact form: when, how, why, what was said, the client's mood and the next follow-up."""

    def __init__(self, client_names: list[str], prefill: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        prefill = prefill or {}
        self.setWindowTitle(self.tr("Log a contact"))
        self.setMinimumWidth(520)
        names = list_separator().join(escape(name) for name in client_names[:6])
        who = QLabel(f"<b>{names}{'…' if len(client_names) > 6 else ''}</b>", self)
        who.setWordWrap(True)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_edit_format(with_time=True))
        # What storage.log accepts: not before 1900, not in the future (a few minutes of clock skew).
        self.when.setMinimumDateTime(QDateTime(QDate(1900, 1, 1), QTime(0, 0)))
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        if isinstance(prefill.get("when"), datetime):
            self.when.setDateTime(QDateTime(prefill["when"]))
        self.channel = QComboBox(self)
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        self.channel.setCurrentIndex(max(0, self.channel.findData(prefill.get("channel", "phone"))))
        self.purposes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        wanted = set(prefill.get("purposes", ("care",)))
        for i, key in enumerate(PURPOSES):
            box = QCheckBox(purpose_label(key), self)
            box.setChecked(key in wanted)
            self.purposes[key] = box
            grid.addWidget(box, i // 2, i % 2)
        self.note = note_field(self)
        self.note.setPlaceholderText(self.tr("What was said or done; needs, news, changes at the client…"))
        self.note.setPlainText(prefill.get("note", ""))
        self.note.setMinimumHeight(90)
        self.mood = QComboBox(self)
        self.mood.addItem(self.tr("Not noted"), None)
        for value, text in (
            (5, self.tr("5 — very satisfied")),
            (4, self.tr("4 — satisfied")),
            (3, self.tr("3 — neutral")),
            (2, self.tr("2 — unhappy")),
            (1, self.tr("1 — very unhappy")),
        ):
            self.mood.addItem(text, value)
        self.price = QCheckBox(self.tr("Said the &price is too high"), self)
        self.follow = QCheckBox(self.tr("&Follow up on"), self)
        self.follow_date = QDateEdit(QDate.currentDate().addDays(7), self)
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setDisplayFormat(date_edit_format())
        self.follow_date.setMaximumDate(QDate(lunar_year_end(MAX_YEAR)))  # the calendar's last day, as storage.log
        self.follow_date.setEnabled(False)
        self.follow_date.setAccessibleName(self.tr("Follow-up date"))  # the check box before it is no label
        self.follow.toggled.connect(self.follow_date.setEnabled)
        if isinstance(prefill.get("next"), date):
            self.follow.setChecked(True)
            self.follow_date.setDate(QDate(prefill["next"]))
        follow_row = QWidget(self)
        row = QGridLayout(follow_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.follow, 0, 0)
        row.addWidget(self.follow_date, 0, 1)
        row.setColumnStretch(2, 1)

        form = QFormLayout()
        form.addRow(self.tr("Client"), who)
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("Purpose"), grid)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Satisfaction"), self.mood)
        form.addRow("", self.price)
        form.addRow(self.tr("Next step"), follow_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_dialog(self)  # the names' every line and the note at its own height, where the screen has room
        accept_on_ctrl_enter(self, self.accept)
        self.note.setFocus()
        self.remember_entered()

    def entered(self) -> tuple:
        return (
            self.when.dateTime(),
            self.channel.currentIndex(),
            tuple(box.isChecked() for box in self.purposes.values()),
            self.note.toPlainText(),
            self.mood.currentIndex(),
            self.price.isChecked(),
            self.follow.isChecked(),
            self.follow_date.date(),
        )

    def draft_for(self, client_id: int) -> ContactDraft:
        return ContactDraft(
            client_id=client_id,
            channel=self.channel.currentData(),
            purposes=tuple(k for k, box in self.purposes.items() if box.isChecked()),
            note=self.note.toPlainText(),
            contacted_at=self.when.dateTime().toPython().replace(second=0, microsecond=0),
            mood=self.mood.currentData(),
            price_too_high=self.price.isChecked(),
            next_follow_up=self.follow_date.date().toPython() if self.follow.isChecked() else None,
        )


def open_log_contact_dialog(
    parent: QWidget | None, book, events: AppEvents, client_id: int, prefill: dict | None = None
) -> bool:
    """Ask for a contact with `client_id` (and `prefill["also"]`, more client ids) and save it.

    `prefill` may hold note, channel, purposes, when (datetime) and next (date). Returns
    True when saved; emits log_changed and clients_changed for the clients concerned.
    """
    from storage import clients
    from storage.log import check_contact, log_contact

    prefill = prefill or {}
    ids = list(dict.fromkeys([client_id, *prefill.get("also", ())]))
    names = [row.name for row in clients.rows_for_ids(book, ids, next_occasion=False)]
    dialog = LogContactDialog(names or [f"#{client_id}"], prefill, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            drafts = [check_contact(dialog.draft_for(cid)) for cid in ids]
            for draft in drafts:
                log_contact(book, draft)
        except Exception as error:
            show_error(dialog, error)
            continue
        events.log_changed.emit(ids)
        events.clients_changed.emit(ids)
        events.status_message.emit(QCoreApplication.translate("LogContactDialog", "Contact logged"))
        return True
    return False


class ClientPickerDialog(QDialog):
    """Find a client by name, pinyin, company or phone (instant search), for Ctrl+L.

    Up and Down (and Page Up/Down) in the search box move through the results; Enter picks the
    one highlighted.
    """

    #: Keys typed in the search box that go to the results list.
    MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def __init__(self, book, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(title or self.tr("Log a contact with…"))
        self.resize(420, 380)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name, pinyin (zs), company or phone"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setTabKeyNavigation(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._find)
        self.search.installEventFilter(self)
        # Enter in the search box and on the list reaches the dialog's default button, OK; a double-click:
        self.results.activated.connect(lambda _index: self.accept())
        self._find("")
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in self.MOVE_KEYS:
            QCoreApplication.sendEvent(self.results, event)
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        """Only with a client chosen: Enter before anything is found leaves the search open."""
        if self.isVisible() and self.chosen_id() is not None:
            super().accept()

    def _find(self, text: str) -> None:
        from storage import clients

        self.results.clear()
        for row in clients.find_clients(self.book, text, limit=50) if text.strip() else []:
            label = row.name + (f"  ·  {row.company}" if row.company else "")
            item = QListWidgetItem(label, self.results)
            item.setData(256, row.id)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.ok_button.setEnabled(self.results.count() > 0)

    def chosen_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(256) if item else None


def log_contact_by_search(parent: QWidget | None, book, events: AppEvents) -> bool:
    """Ctrl+L: pick the client by search, then log the contact."""
    if book is None:
        return False
    picker = ClientPickerDialog(book, parent)
    if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen_id() is None:
        return False
    return open_log_contact_dialog(parent, book, events, picker.chosen_id())


def today_hook(events: AppEvents):
    """The Today view's Done (the window's log_contact_hook): log one contact for the chosen reminders' clients."""

    def hook(parent: QWidget, book, reminders: list) -> bool:
        if not reminders:
            return False
        first = reminders[0]
        occasion = getattr(first, "occasion", "") or ""
        prefill = {
            "note": occasion,
            "also": [r.client_id for r in reminders[1:]],
            "next": None,
        }
        return open_log_contact_dialog(parent, book, events, first.client_id, prefill)

    return hook
