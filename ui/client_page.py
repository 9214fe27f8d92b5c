"""The client's page: the whole file at a glance, with the tier history and quick actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reminders.dates import DateSpec
from storage.records import ClientFile
from ui import colors
from ui.client_relations import RelationsBar
from ui.i18n import format_date, format_datetime, list_separator
from ui.occasion_wording import spec_both_ways
from ui.row_editors import date_kind_label, relation_label, with_relation_label
from ui.styled_text import set_text_style
from ui.tier_badge import TIER_COLOURS, tier_label


class ClientPage(QWidget):
    """Shows one `ClientFile`; the buttons ask the clients view to act."""

    edit_requested = Signal(int)
    archive_requested = Signal(int)
    restore_requested = Signal(int)
    delete_requested = Signal(int)
    reminders_requested = Signal(int)  # the client's own lead times (ui.client_reminders_dialog)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file: ClientFile | None = None
        self._drawn_for_palette = 0  # the application palette's cacheKey when the page was drawn
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.placeholder = QLabel(self.tr("Choose a client on the left to see their file."), self)
        self.placeholder.setWordWrap(True)
        set_text_style(self.placeholder, colors.FAINT, extra="padding: 24px;")
        self.edit = QPushButton(self.tr("Ed&it…"), self)  # Alt+E: the Edit menu
        self.archive = QPushButton(self.tr("Archive"), self)
        self.restore = QPushButton(self.tr("Restore"), self)
        self.delete = QPushButton(self.tr("Delete for good…"), self)
        self.reminders = QPushButton(self.tr("Reminders…"), self)
        self.reminders.clicked.connect(lambda: self._file and self.reminders_requested.emit(self._file.id))
        self.edit.clicked.connect(lambda: self._file and self.edit_requested.emit(self._file.id))
        self.archive.clicked.connect(lambda: self._file and self.archive_requested.emit(self._file.id))
        self.restore.clicked.connect(lambda: self._file and self.restore_requested.emit(self._file.id))
        self.delete.clicked.connect(lambda: self._file and self.delete_requested.emit(self._file.id))
        buttons = QHBoxLayout()
        for button in (self.edit, self.reminders, self.archive, self.restore, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.relations = RelationsBar(self)  # log a contact, gifts, feedback, lost and win-back
        layout.addWidget(self.relations)
        self.show_file(None)

    def current_id(self) -> int | None:
        return self._file.id if self._file else None

    def refresh(self) -> None:
        """Redraw the page (the relationship log changed)."""
        self.show_file(self._file)

    def show_file(self, file: ClientFile | None) -> None:
        self._file = file
        self.relations.set_client(file.id if file else None)
        has = file is not None
        archived = has and file.archived_at is not None
        self.placeholder.setVisible(not has)
        self.browser.setVisible(has)
        self.edit.setVisible(has)
        self.reminders.setVisible(has and not archived)
        self.archive.setVisible(has and not archived)
        self.restore.setVisible(archived)
        self.delete.setVisible(archived)
        self.browser.setHtml(self.render_html(file) if file else "")
        self._drawn_for_palette = QGuiApplication.palette().cacheKey()

    def changeEvent(self, event: QEvent) -> None:
        """The page's rich text has colours made for a palette: drawn again when the desktop's theme
        changes while it is shown."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.PaletteChange
            and self._file is not None
            and QGuiApplication.palette().cacheKey() != self._drawn_for_palette
        ):
            self.refresh()

    def render_html(self, file: ClientFile) -> str:
        d = file.draft
        colour = TIER_COLOURS[d.tier].name()
        badge = f"<span style='background:{colour}; color:white;'>&nbsp;{escape(tier_label(d.tier))}&nbsp;</span>"
        parts = [f"<h2 style='margin-bottom:2px'>{escape(d.name)} {badge}</h2>"]
        subtitle = " · ".join(escape(x) for x in (d.company, d.title, d.address_as) if x)
        if subtitle:
            parts.append(f"<p style='color:{colors.css(colors.secondary_text())}; margin-top:0'>{subtitle}</p>")
        if file.archived_at:
            archived = self.tr("Archived on %1").replace("%1", format_date(file.archived_at.date()))
            parts.append(f"<p style='color:{colors.css(colors.text_colour(colors.LOST))}'>{escape(archived)}</p>")
        rows: list[tuple[str, str]] = [
            (
                self.tr("Phone") if len(d.phones) == 1 else self.tr("Phones"),
                "<br>".join(escape(f"{p.number} {p.label}".strip()) for p in d.phones),
            ),
            (self.tr("WeChat"), escape(d.wechat)),
            (self.tr("Email"), escape(d.email)),
            (self.tr("Address"), escape(d.address)),
            (self.tr("Tags"), escape(list_separator().join(d.tags))),
            (self.tr("Source"), escape(d.source)),
            (self.tr("Birthday"), escape(self._spec(d.birthday))),
            (self.tr("Last contact"), escape(format_datetime(file.last_contact_at)) or self.tr("never")),
            (self.tr("Personality"), escape(d.personality)),
            (self.tr("Likes"), escape(d.preferences)),
            (self.tr("Payment habits"), escape(d.payment_habits)),
            (self.tr("Health"), escape(d.health_notes)),
            (self.tr("Notes"), escape(d.notes).replace("\n", "<br>")),
        ]
        parts.append(self._table([(k, v) for k, v in rows if v]))
        if d.family:
            parts.append("<h3>" + self.tr("Family") + "</h3>")
            parts.append(
                self._table(
                    [
                        (
                            escape(f"{relation_label(m.relation)} {m.name}".strip()),
                            escape(" · ".join(x for x in (self._spec(m.birthday), m.notes) if x)),
                        )
                        for m in d.family
                    ]
                )
            )
        if d.dates:
            parts.append("<h3>" + self.tr("Important dates") + "</h3>")
            parts.append(
                self._table(
                    [
                        (
                            escape(item.label or date_kind_label(item.kind)),
                            escape(
                                " · ".join(
                                    x
                                    for x in (
                                        self._spec(item.spec, item.yearly),
                                        with_relation_label(item.person),
                                        self.tr("every year") if item.yearly else self.tr("once"),
                                    )
                                    if x
                                )
                            ),
                        )
                        for item in d.dates
                    ]
                )
            )
        parts.append(self.relations.html(file.id))
        parts.append("<h3>" + self.tr("Tier history") + "</h3>")
        history = []
        for change in reversed(file.tier_history):
            if change.from_tier is None:
                what = self.tr("Added as %1").replace("%1", tier_label(change.to_tier))
            else:
                what = f"{tier_label(change.from_tier)} → {tier_label(change.to_tier)}"
            history.append(
                (
                    escape(format_date(change.changed_at.date())),
                    escape(what + (f" — {change.reason}" if change.reason else "")),
                )
            )
        parts.append(self._table(history))
        return "".join(parts)

    def _spec(self, spec: DateSpec | None, yearly: bool = True) -> str:
        """The date as given and the day it falls on (the next one, for yearly dates)."""
        return spec_both_ways(spec, yearly) if spec else ""

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> str:
        label = colors.css(colors.hint_text())
        body = "".join(
            f"<tr><td style='color:{label}; padding:2px 12px 2px 0; white-space:nowrap'>{k}</td><td>{v}</td></tr>"
            for k, v in rows
        )
        return f"<table cellspacing='0'>{body}</table>"
