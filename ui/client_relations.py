"""The relationship part of a client's page: actions, cadence, churn risk, favours and the timeline."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QMenu, QPushButton, QWidget

from reminders.churn import Risk, RiskReason, RiskScale
from storage.care_records import GiftEntry, Relationship, TimelineEntry
from ui import colors, i18n
from ui.care_labels import (
    channel_label,
    feedback_kind_label,
    feedback_status_label,
    loss_reason_label,
    outcome_label,
    purpose_short,
    winback_step_label,
)
from ui.errors import show_error
from ui.i18n import format_date, format_datetime
from ui.tier_badge import tier_label

#: At most this many timeline lines on the page.
TIMELINE_LIMIT = 80
#: Light-theme colours of the risk levels (made for the palette by `ui.colors.text_colour` where shown).
RISK_COLOURS = {"high": "#c0392b", "medium": "#d9822b", "low": "#8a6d3b", "none": "#2f9e6e"}


class RelationsBar(QWidget):
    """Buttons under the client's page; reaches the book and events through the main window."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.client_id: int | None = None
        self.lost = False
        self._connected = False
        self.log_button = QPushButton(self.tr("&Log contact…"), self)
        self.gift_button = QPushButton(self.tr("&Gift…"), self)
        self.feedback_button = QPushButton(self.tr("Feed&back…"), self)  # Alt+F: the File menu
        self.more_button = QPushButton(self.tr("More"), self)
        self.more = QMenu(self)
        self.more.addAction(self.tr("Keep-in-touch interval…"), self.set_interval)
        self.lost_action = self.more.addAction(self.tr("Mark as lost…"), self.mark_lost)
        self.winback_action = self.more.addAction(self.tr("Win-back plan…"), self.open_winback)
        self.ideas_menu = self.more.addMenu(self.tr("Gift ideas"))
        self.ideas_menu.setEnabled(False)
        self.more_button.setMenu(self.more)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.log_button, self.gift_button, self.feedback_button, self.more_button):
            row.addWidget(button)
        row.addStretch(1)
        self.log_button.clicked.connect(self.log_contact)
        self.gift_button.clicked.connect(self.add_gift)
        self.feedback_button.clicked.connect(self.add_feedback)

    # --- context ------------------------------------------------------------------------

    def _book(self):
        return getattr(self.window(), "book", None)

    def _events(self):
        return getattr(self.window(), "events", None)

    def set_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        self.setVisible(client_id is not None)
        events = self._events()
        if events is not None and not self._connected:
            events.log_changed.connect(self._log_changed)
            events.settings_changed.connect(self._settings_changed)  # e.g. the at-risk threshold
            self._connected = True

    def _log_changed(self, ids: list) -> None:
        if self.client_id is not None and (not ids or self.client_id in ids):
            refresh = getattr(self.page, "refresh", None)
            if refresh is not None:
                refresh()

    def _settings_changed(self) -> None:
        self._log_changed([])

    def html(self, client_id: int) -> str:
        """The relationship and timeline sections for the page (empty without a book)."""
        book = self._book()
        if book is None:
            return ""
        from storage.care_settings import risk_scale
        from storage.timeline import relationship

        try:
            rel = relationship(book, client_id)
            scale = risk_scale(book)
        except Exception:  # the page must still show the file
            return ""
        self.lost = rel.lost is not None
        self.lost_action.setEnabled(not self.lost)
        self.winback_action.setEnabled(self.lost)
        from ui.gift_ideas import fill_ideas_menu

        fill_ideas_menu(self.ideas_menu, rel.gift_ideas, self.give_idea, self.remove_idea)
        return relationship_html(rel, scale)

    # --- actions ------------------------------------------------------------------------

    def _ready(self) -> bool:
        return self.client_id is not None and self._book() is not None and self._events() is not None

    def log_contact(self) -> None:
        if self._ready():
            from ui.log_dialog import open_log_contact_dialog

            open_log_contact_dialog(self, self._book(), self._events(), self.client_id)

    def add_gift(self) -> None:
        if self._ready():
            from ui.gift_dialog import open_gift_dialog

            open_gift_dialog(self, self._book(), self._events(), self.client_id)

    def give_idea(self, idea: GiftEntry) -> None:
        """Record a noted idea as given: the gift dialog comes filled in, and the idea goes on saving."""
        if self._ready():
            from ui.gift_dialog import open_gift_dialog

            open_gift_dialog(self, self._book(), self._events(), self.client_id, idea=idea)

    def remove_idea(self, idea: GiftEntry) -> None:
        if self._ready():
            from ui.gift_ideas import remove_idea

            remove_idea(self, self._book(), self._events(), idea)

    def add_feedback(self) -> None:
        if self._ready():
            from ui.feedback_dialog import open_feedback_dialog

            open_feedback_dialog(self, self._book(), self._events(), self.client_id)

    def mark_lost(self) -> None:
        if self._ready():
            from ui.winback_dialog import open_mark_lost_dialog

            open_mark_lost_dialog(self, self._book(), self._events(), self.client_id)

    def open_winback(self) -> None:
        if self._ready():
            from ui.winback_dialog import open_winback_for_client

            open_winback_for_client(self, self._book(), self._events(), self.client_id)

    def set_interval(self) -> None:
        if not self._ready():
            return
        from storage.care import set_contact_interval
        from storage.timeline import relationship

        book = self._book()
        current = relationship(book, self.client_id).interval_override or 0
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Keep-in-touch interval"),
            self.tr("Days between contacts for this client (0: use the tier's interval):"),
            current,
            0,
            3650,
        )
        if not ok:
            return
        try:
            set_contact_interval(book, self.client_id, days or None)
        except Exception as error:
            show_error(self, error)
            return
        self._events().log_changed.emit([self.client_id])


# --- the HTML ----------------------------------------------------------------------------


def reason_text(reason: RiskReason) -> str:
    """One warning sign in words, e.g. "no contact for 61 days, past the 30-day interval" (a silence
    counted from the day a never-contacted client was added is worded so)."""
    if reason.kind == "silence" and reason.never_contacted:
        if reason.interval is None:
            return QCoreApplication.translate(
                "ClientRelations", "never contacted since being added %1 days ago"
            ).replace("%1", str(reason.days))
        return (
            QCoreApplication.translate(
                "ClientRelations", "never contacted since being added %1 days ago, past the %2-day interval"
            )
            .replace("%1", str(reason.days))
            .replace("%2", str(reason.interval))
        )
    if reason.kind == "silence":
        if reason.interval is None:
            return QCoreApplication.translate("ClientRelations", "no contact for %1 days").replace(
                "%1", str(reason.days)
            )
        return (
            QCoreApplication.translate("ClientRelations", "no contact for %1 days, past the %2-day interval")
            .replace("%1", str(reason.days))
            .replace("%2", str(reason.interval))
        )
    if reason.kind == "complaint":
        text = QCoreApplication.translate("ClientRelations", "an open complaint since %1").replace(
            "%1", format_date(reason.since)
        )
        if reason.count > 1:
            text += " " + QCoreApplication.translate("ClientRelations", "(%1 open)").replace("%1", str(reason.count))
        return text
    if reason.kind == "satisfaction":
        return (
            QCoreApplication.translate("ClientRelations", "satisfaction fell from %1 to %2")
            .replace("%1", str(reason.was))
            .replace("%2", str(reason.now))
        )
    return QCoreApplication.translate("ClientRelations", "said the price is too high")


def risk_text(risk: Risk) -> str:
    """The warning signs, in words."""
    return i18n.clause_separator().join(reason_text(r) for r in risk.reasons)


def risk_level_label(level: str) -> str:
    return {
        "high": QCoreApplication.translate("ClientRelations", "High"),
        "medium": QCoreApplication.translate("ClientRelations", "Medium"),
        "low": QCoreApplication.translate("ClientRelations", "Low"),
        "none": QCoreApplication.translate("ClientRelations", "None"),
    }[level]


def _rows(rows: list[tuple[str, str]]) -> str:
    label = colors.css(colors.hint_text())
    body = "".join(
        f"<tr><td style='color:{label}; padding:2px 12px 2px 0; white-space:nowrap'>{k}</td><td>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='0'>{body}</table>"


def relationship_html(rel: Relationship, scale: RiskScale) -> str:
    """The relationship and timeline sections; the risk level in words as the book's `scale` says."""
    heading = escape(QCoreApplication.translate("ClientRelations", "Relationship"))
    parts = [f"<a name='relationship'></a><h3>{heading}</h3>"]
    rows: list[tuple[str, str]] = []
    if rel.lost is not None:
        loss = rel.lost
        reasons = i18n.list_separator().join(loss_reason_label(r) for r in loss.reasons)
        if loss.other_reason:
            reasons += f" ({loss.other_reason})"
        lost = (
            QCoreApplication.translate("ClientRelations", "Lost on %1: %2")
            .replace("%1", format_date(loss.lost_on))
            .replace("%2", reasons)
        )
        rows.append(
            (
                escape(QCoreApplication.translate("ClientRelations", "Status")),
                f"<span style='color:{colors.css(colors.text_colour(colors.LOST))}'>{escape(lost)}</span>",
            )
        )
        rows.append(
            (escape(QCoreApplication.translate("ClientRelations", "Win-back")), escape(outcome_label(loss.outcome)))
        )
    cadence = rel.cadence
    if cadence.interval is None:
        rhythm = QCoreApplication.translate("ClientRelations", "no set interval")
    else:
        rhythm = QCoreApplication.translate("ClientRelations", "every %1 days").replace("%1", str(cadence.interval))
        if rel.interval_override:  # full-width brackets in Chinese take no space before them
            rhythm += ("" if i18n.is_chinese() else " ") + QCoreApplication.translate(
                "ClientRelations", "(this client's own)"
            )
    silent = (
        QCoreApplication.translate("ClientRelations", "never contacted · added %1 days ago")
        if rel.never_contacted
        else QCoreApplication.translate("ClientRelations", "%1 days since the last contact")
    ).replace("%1", str(cadence.days_silent))
    if cadence.overdue:  # said in words, not by the colour alone
        silent = QCoreApplication.translate("ClientRelations", "%1 (overdue)").replace("%1", silent)
    colour = colors.css(colors.text_colour(colors.FESTIVAL if cadence.overdue else colors.HEADING))
    rows.append(
        (
            escape(QCoreApplication.translate("ClientRelations", "Keep in touch")),
            f"{escape(rhythm)} · <span style='color:{colour}'>{escape(silent)}</span>",
        )
    )
    if rel.follow_up_on:
        rows.append(
            (
                escape(QCoreApplication.translate("ClientRelations", "Next follow-up")),
                escape(format_date(rel.follow_up_on)),
            )
        )
    if rel.lost is None:
        level = scale.level(rel.risk.score)
        risk_colour = colors.css(colors.text_colour(RISK_COLOURS[level]))
        risk = f"<b style='color:{risk_colour}'>{escape(risk_level_label(level))} ({rel.risk.score})</b>"
        if rel.risk.reasons:
            risk += " — " + escape(risk_text(rel.risk))
        rows.append((escape(QCoreApplication.translate("ClientRelations", "Churn risk")), risk))
    f = rel.favours
    if f.given_count or f.received_count:
        favours = (
            QCoreApplication.translate("ClientRelations", "given %1 (¥%2) · received %3 (¥%4)")
            .replace("%1", str(f.given_count))
            .replace("%2", str(f.given_total))
            .replace("%3", str(f.received_count))
            .replace("%4", str(f.received_total))
        )
        rows.append((escape(QCoreApplication.translate("ClientRelations", "Favours (人情往来)")), escape(favours)))
    if rel.gift_ideas:
        rows.append(
            (
                escape(QCoreApplication.translate("ClientRelations", "Gift ideas")),
                escape(i18n.clause_separator().join(g.item for g in rel.gift_ideas)),
            )
        )
    for item in rel.open_feedback:
        rows.append(
            (
                escape(feedback_kind_label(item.kind)),
                escape(f"{item.summary} — {feedback_status_label(item.status)} ({format_date(item.opened_at.date())})"),
            )
        )
    parts.append(_rows(rows))
    heading = escape(QCoreApplication.translate("ClientRelations", "Timeline"))
    parts.append(f"<h3>{heading}</h3>")
    if not rel.timeline:
        nothing = escape(QCoreApplication.translate("ClientRelations", "Nothing logged yet."))
        parts.append(f"<p style='color:{colors.css(colors.faint_text())}'>{nothing}</p>")
    else:
        shown = rel.timeline[:TIMELINE_LIMIT]
        parts.append(_rows([(escape(format_datetime(e.at)), timeline_line(e)) for e in shown]))
        if len(rel.timeline) > TIMELINE_LIMIT:
            more = QCoreApplication.translate("ClientRelations", "and %1 older entries").replace(
                "%1", str(len(rel.timeline) - TIMELINE_LIMIT)
            )
            parts.append(f"<p style='color:{colors.css(colors.faint_text())}'>{escape(more)}</p>")
    return "".join(parts)


def timeline_line(entry: TimelineEntry) -> str:
    """One timeline entry as HTML: a coloured kind, then what happened."""
    d = entry.data
    if entry.kind == "contact":
        what = channel_label(entry.title)
        purposes = i18n.list_separator().join(purpose_short(p) for p in d.get("purposes", ()))
        extra = []
        if d.get("mood"):
            extra.append(
                QCoreApplication.translate("ClientRelations", "satisfaction %1/5").replace("%1", str(d["mood"]))
            )
        if d.get("price"):
            extra.append(QCoreApplication.translate("ClientRelations", "price too high"))
        text = f"{what} · {purposes}" + (f" · {i18n.list_separator().join(extra)}" if extra else "")
        colour, kind = "#3d8bd4", QCoreApplication.translate("ClientRelations", "Contact")
    elif entry.kind == "gift":
        given = d.get("direction") == "given"
        kind = (
            QCoreApplication.translate("ClientRelations", "Gift given")
            if given
            else QCoreApplication.translate("ClientRelations", "Gift received")
        )
        text = entry.title + (f" (¥{d.get('cost')})" if d.get("cost") else "")
        if d.get("occasion"):
            text += f" · {d['occasion']}"
        colour = "#9b59b6"
    elif entry.kind == "feedback":
        kind = feedback_kind_label(d.get("kind", ""))
        text = f"{feedback_status_label(d.get('status', ''))}: {entry.title}"
        colour = "#c0392b"
    elif entry.kind == "tier":
        kind, colour = QCoreApplication.translate("ClientRelations", "Tier"), "#2f9e6e"
        if d.get("from") is None:
            text = QCoreApplication.translate("ClientRelations", "Added as %1").replace("%1", tier_label(d["to"]))
        else:
            text = f"{tier_label(d['from'])} → {tier_label(d['to'])}"
    elif entry.kind == "loss":
        kind, colour = QCoreApplication.translate("ClientRelations", "Lost"), "#a33"
        text = i18n.list_separator().join(loss_reason_label(r) for r in entry.title.split(",") if r)
    elif entry.kind == "winback":
        kind, colour = QCoreApplication.translate("ClientRelations", "Win-back"), "#d9822b"
        text = winback_step_label(entry.title)
    elif entry.kind == "outcome":
        kind, colour = QCoreApplication.translate("ClientRelations", "Win-back"), "#d9822b"
        text = outcome_label(entry.title)
    else:
        kind, colour = QCoreApplication.translate("ClientRelations", "Occasion"), colors.FAINT
        text = entry.title or entry.data.get("kind", "")
    html = f"<span style='color:{colors.css(colors.text_colour(colour))}'><b>{escape(kind)}</b></span> {escape(text)}"
    if entry.detail:
        detail = escape(entry.detail).replace(chr(10), "<br>")
        html += f"<br><span style='color:{colors.css(colors.secondary_text())}'>{detail}</span>"
    return html
