"""Marking a client lost (客户流失), and the win-back plan (客户挽回): four steps, the CPR stance, the outcome."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from storage.care_records import LOSS_REASONS, WINBACK_STEPS, LossEntry
from ui import colors, i18n
from ui.care_labels import loss_reason_label, outcome_label, winback_step_label
from ui.dialogs import GuardedDialog, accept_on_ctrl_enter, note_field
from ui.errors import show_error
from ui.events import AppEvents
from ui.geometry import fit_dialog, fit_to_screen
from ui.i18n import date_edit_format, format_date, format_datetime
from ui.styled_text import set_text_style


class _ReasonLabel(QLabel):
    """The wrapping text of a reason check box; a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


class MarkLostDialog(GuardedDialog):
    """When and why the client was lost; Ctrl+Enter confirms from the note."""

    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as lost"))
        self.setMinimumWidth(520)
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_edit_format())
        self.day.setMaximumDate(QDate.currentDate())
        day_row = QHBoxLayout()  # a date is short: the field keeps its size instead of spanning the dialog
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        self.reasons: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for i, key in enumerate(LOSS_REASONS):
            # The box's own text cannot wrap: a word-wrapping label beside it keeps long reasons whole.
            box = QCheckBox(self)
            box.setAccessibleName(loss_reason_label(key))
            label = _ReasonLabel(loss_reason_label(key), box, self)
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
            self.reasons[key] = box
            grid.addLayout(row, i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("The other reason"))
        self.other.setAccessibleName(self.tr("Other reason"))  # a placeholder is no name
        self.other.setEnabled(False)
        self.reasons["other"].toggled.connect(self.other.setEnabled)
        self.note = note_field(self)
        self.note.setPlaceholderText(self.tr("What happened"))
        self.note.setMaximumHeight(80)
        explain = QLabel(
            self.tr("A lost client leaves the client list, the agenda and Today, but stays in the book."), self
        )
        explain.setWordWrap(True)
        set_text_style(explain, colors.HINT)
        who = QLabel(f"<b>{escape(client_name)}</b>", self)
        # Never taller than its line: spare height went to this row and set the name apart from its label.
        who.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form = QFormLayout()
        form.addRow(self.tr("Client"), who)
        lost_on = QLabel(self.tr("Lost &on"), self)
        lost_on.setBuddy(self.day)  # the field is a row: without a buddy the label would show its "&"
        form.addRow(lost_on, day_row)
        form.addRow(self.tr("Why"), grid)
        form.addRow("", self.other)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        # The wrapping reasons make Qt size the dialog for a narrower width, hence too tall: fit it.
        fit_dialog(self)
        accept_on_ctrl_enter(self, self.accept)
        self.remember_entered()

    def entered(self) -> tuple:
        return self.day.date(), tuple(self.chosen()), self.other.text(), self.note.toPlainText()

    def chosen(self) -> list[str]:
        return [k for k, box in self.reasons.items() if box.isChecked()]


def open_mark_lost_dialog(parent: QWidget, book, events: AppEvents, client_id: int) -> bool:
    from storage import clients
    from storage.winback import mark_lost

    dialog = MarkLostDialog(clients.get_client(book, client_id).name, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            mark_lost(
                book,
                client_id,
                dialog.day.date().toPython(),
                dialog.chosen(),
                other=dialog.other.text(),
                note=dialog.note.toPlainText(),
            )
        except Exception as error:
            show_error(dialog, error)
            continue
        events.clients_changed.emit([client_id])
        events.log_changed.emit([client_id])
        return True
    return False


class WinBackDialog(GuardedDialog):
    """One loss's win-back plan: the steps so far, a new step, and the outcome.

    The cursor starts in the step's note; Ctrl+Enter adds the step. Closing with a step typed
    but not added asks first.
    """

    def __init__(self, book, events: AppEvents, loss: LossEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book, self.events, self.loss = book, events, loss
        self.setWindowTitle(self.tr("Win-back plan: %1").replace("%1", loss.client))
        self.resize(fit_to_screen(QSize(620, 560), parent))
        self.history = QTextBrowser(self)
        self.step = QComboBox(self)
        for key in WINBACK_STEPS:
            self.step.addItem(winback_step_label(key), key)
        self.step.setAccessibleName(self.tr("Win-back step"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_text_style(self.hint, colors.HINT)
        self.note = note_field(self)
        self.note.setPlaceholderText(self.tr("What you did or agreed, in a few words"))
        self.note.setMaximumHeight(90)
        self.note.setAccessibleName(self.tr("Note on this step"))  # what the step asks is its description
        self.follow = QCheckBox(self.tr("&Follow up on"), self)
        self.follow_day = QDateEdit(QDate.currentDate().addDays(3), self)
        self.follow_day.setCalendarPopup(True)
        self.follow_day.setDisplayFormat(date_edit_format())
        self.follow_day.setEnabled(False)
        self.follow_day.setAccessibleName(self.tr("Follow-up date"))
        self.follow.toggled.connect(self.follow_day.setEnabled)
        self.add_button = QPushButton(self.tr("&Add to the plan"), self)
        self.won_button = QPushButton(self.tr("&Won back…"), self)
        self.lost_button = QPushButton(self.tr("&Not won back…"), self)
        self.close_button = close = QPushButton(self.tr("&Close"), self)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow)
        follow_row.addWidget(self.follow_day)
        follow_row.addStretch(1)
        follow_row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.won_button)
        bottom.addWidget(self.lost_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.step)
        layout.addWidget(self.hint)
        layout.addWidget(self.note)
        layout.addLayout(follow_row)
        layout.addLayout(bottom)
        self.step.currentIndexChanged.connect(self._step_changed)
        self.add_button.clicked.connect(self.add_step)
        self.won_button.clicked.connect(lambda: self.close_plan("won_back"))
        self.lost_button.clicked.connect(lambda: self.close_plan("not_won_back"))
        close.clicked.connect(self.reject)  # as Esc and the title bar: asks when a step was typed, not added
        accept_on_ctrl_enter(self, self._add_from_keys)
        self._show(loss)
        (self.note if self.note.isEnabled() else close).setFocus()
        self.remember_entered()

    def entered(self) -> str:
        """A step typed but not added yet."""
        return self.note.toPlainText().strip()

    def _add_from_keys(self) -> None:
        if self.add_button.isEnabled():
            self.add_step()

    def _step_changed(self) -> None:
        """What each step asks (seed 000's four steps with seed 003's CPR stance)."""
        hints = {
            "reason": self.tr("Understand: call, visit or ask why they really left; listen without defending."),
            "plan": self.tr(
                "Propose: a concrete offer for that reason (service, price, product), worth the client's value."
            ),
            "carry_out": self.tr("Respond: carry out the plan, tell the client what changed and welcome them back."),
            "review": self.tr("Review: what worked, and if they did not come back, why."),
        }
        hint = hints[self.step.currentData()]
        self.hint.setText(hint)
        self.note.setAccessibleDescription(hint)  # the hint above the note is a label no key reaches

    def _show(self, loss: LossEntry) -> None:
        self.loss = loss
        reasons = i18n.list_separator().join(loss_reason_label(r) for r in loss.reasons)
        if loss.other_reason:  # in brackets, full-width in Chinese
            other = loss.other_reason
            reasons += f"（{other}）" if i18n.is_chinese() else f" ({other})"
        lost = self.tr("Lost on %1: %2").replace("%1", format_date(loss.lost_on)).replace("%2", reasons)
        parts = [f"<h3>{escape(loss.client)}</h3>", f"<p>{escape(lost)}</p>"]  # what was typed shows as typed
        if loss.note:
            parts.append(f"<p style='color:{colors.css(colors.secondary_text())}'>{multiline(loss.note)}</p>")
        faint = colors.css(colors.faint_text())
        for step in loss.steps:
            follow = ""
            if step.follow_up_on:
                follow = " · " + self.tr("follow up on %1").replace("%1", format_date(step.follow_up_on))
            parts.append(
                f"<p><b>{winback_step_label(step.step)}</b> <span style='color:{faint}'>{format_datetime(step.at)}"
                f"{follow}</span><br>{multiline(step.note)}</p>"
            )
        if loss.outcome:
            parts.append(
                f"<p><b>{outcome_label(loss.outcome)}</b> {format_date(loss.outcome_on)} "
                f"{multiline(loss.outcome_note)}</p>"
            )
        self.history.setHtml("".join(parts))
        done = {s.step for s in loss.steps}
        next_step = next((k for k in WINBACK_STEPS if k not in done), "review")
        self.step.setCurrentIndex(self.step.findData(next_step))
        self._step_changed()
        open_plan = loss.outcome is None
        for widget in (self.step, self.note, self.follow, self.add_button, self.won_button, self.lost_button):
            widget.setEnabled(open_plan)
        self.follow_day.setEnabled(open_plan and self.follow.isChecked())

    def add_step(self) -> None:
        from storage.winback import add_winback_step

        follow = self.follow_day.date().toPython() if self.follow.isChecked() else None
        try:
            loss = add_winback_step(
                self.book, self.loss.id, self.step.currentData(), self.note.toPlainText(), follow_up_on=follow
            )
        except Exception as error:
            show_error(self, error)
            return
        self.note.clear()
        self.follow.setChecked(False)
        self._show(loss)
        self.events.log_changed.emit([loss.client_id])

    def close_plan(self, outcome: str) -> None:
        from storage.winback import close_winback

        prompt = (
            self.tr("What brought the client back?")
            if outcome == "won_back"
            else self.tr("Why was the client not won back?")
        )
        note, ok = QInputDialog.getText(self, outcome_label(outcome), prompt)
        if not ok:
            return
        try:
            loss = close_winback(self.book, self.loss.id, outcome, note)
        except Exception as error:
            show_error(self, error)
            return
        self._show(loss)
        self.events.clients_changed.emit([loss.client_id])
        self.events.log_changed.emit([loss.client_id])


def multiline(text: str) -> str:
    """Typed text for a rich-text view: markup shown as typed, its line breaks kept."""
    return escape(text).replace("\n", "<br>")


def open_winback_for_client(parent: QWidget, book, events: AppEvents, client_id: int) -> None:
    from storage.winback import current_loss

    loss = current_loss(book, client_id)
    if loss is not None:
        WinBackDialog(book, events, loss, parent).exec()
