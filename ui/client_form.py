"""The client's file (客户档案) in a form: create or edit, with clear messages on bad input."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reminders.tiers import Tier
from storage.errors import ConnectionLost, GuanxiError, InvalidInput
from storage.records import ClientDraft, ClientFile, PhoneEntry
from ui import colors
from ui.date_edit import DateSpecEdit
from ui.dialogs import GuardedDialog, accept_on_ctrl_enter
from ui.errors import error_text
from ui.family_dates import zhongkao_day
from ui.geometry import fit_to_screen
from ui.i18n import list_separator
from ui.problem_text import problem_text
from ui.row_editors import DateRow, FamilyRow, PhoneRow, RowListEditor
from ui.styled_text import set_text_style
from ui.tier_badge import tier_label


class ClientDialog(GuardedDialog):
    """Edits a `ClientDraft`; saving goes through the storage services, which validate.

    Ctrl+Enter saves from any field; Ctrl+Tab or Ctrl+PgDown (back: Ctrl+Shift+Tab, Ctrl+PgUp) turn
    to the next page, on its first field; Esc, Cancel and the close button ask before dropping changes.
    """

    def __init__(self, book, existing: ClientFile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._existing = existing
        # Names this new client across tries to save it: a retry after a lost connection adds it once.
        self._request_key = uuid.uuid4().hex
        self.saved: ClientFile | None = None
        self.setWindowTitle(self.tr("Edit client") if existing else self.tr("New client"))
        self.setMinimumSize(720, 480)  # the pages scroll: Save stays above a 175 % laptop's taskbar
        self.resize(fit_to_screen(QSize(780, 780), parent))  # the Basics page whole, where the screen allows
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._scroll(self._basics()), self.tr("Basics"))
        self.tabs.addTab(self._scroll(self._personal()), self.tr("Personality and notes"))
        self.tabs.addTab(self._scroll(self._family_and_dates()), self.tr("Family and dates"))
        self.error = QLabel(self)
        set_text_style(self.error, colors.ERROR, extra="font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        accept_on_ctrl_enter(self, self._save)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), self).activated.connect(lambda step=step: self._turn_page(step))
        if existing is not None:
            self._load(existing.draft)
        else:
            self.phones.add_row()
        self.name.setFocus()
        self.remember_entered()

    def prefill(self, *, name: str = "", phone: str = "") -> None:
        """Start a new client with what the user searched for (still in the search box: Esc closes
        without asking, as on an untouched form)."""
        if name:
            self.name.setText(name)
        if phone:
            self.phones.set_values([PhoneEntry(phone)])
        self.remember_entered()

    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        """The page in a scroll area that never takes focus itself: Ctrl+Tab lands on the page's first field."""
        area = QScrollArea()
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _turn_page(self, step: int) -> None:
        """The next (1) or previous (-1) page, the cursor on its first field as Ctrl+Tab leaves it."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        page = self.tabs.currentWidget()
        if page.isAncestorOf(self.focusWidget()):
            return  # the page's own field took the cursor back, as the tab widget does
        widget = page.nextInFocusChain()
        while page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _basics(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(page)
        self.name.setMaxLength(100)
        self.gender = QComboBox(page)
        self.gender.addItem(self.tr("Not given"), "")
        self.gender.addItem(self.tr("Female"), "F")
        self.gender.addItem(self.tr("Male"), "M")
        self.address_as = QLineEdit(page)
        self.address_as.setPlaceholderText(self.tr("How you address them, e.g. 王总, 李姐"))
        self.tier = QComboBox(page)
        for tier in Tier:
            self.tier.addItem(tier_label(tier), int(tier))
        self.tier.setCurrentIndex(self.tier.findData(int(Tier.ACQUAINTANCE)))
        self.tier_reason = QLineEdit(page)
        self.tier_reason.setPlaceholderText(self.tr("Why the tier changed (kept in the history)"))
        self.company = QLineEdit(page)
        self.job_title = QLineEdit(page)
        self.phones = RowListEditor(PhoneRow, self.tr("Add phone"), page)
        self.wechat = QLineEdit(page)
        self.email = QLineEdit(page)
        self.address = QLineEdit(page)
        self.tags = QLineEdit(page)
        self.tags.setPlaceholderText(self.tr("Separated by commas, e.g. VIP, wholesale"))
        self.source = QLineEdit(page)
        self.source.setPlaceholderText(self.tr("How you met, e.g. trade fair, referral"))
        self.birthday = DateSpecEdit(page)
        self.birthday.set_accessible_label(self.tr("Birthday"))  # the row's label names only the container
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Form of address"), self.address_as)
        form.addRow(self.tr("&Tier"), self.tier)
        form.addRow(self.tr("Tier change reason"), self.tier_reason)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("Title"), self.job_title)
        form.addRow(self.tr("&Phones"), self.phones)
        form.addRow(self.tr("WeChat ID"), self.wechat)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("&Birthday"), self.birthday)
        return page

    def _personal(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.personality = self._text(page)
        self.preferences = self._text(page)
        self.payment = self._text(page)
        self.health = self._text(page)
        self.notes = self._text(page, 120)
        self.is_teacher = QCheckBox(self.tr("Is a teacher (greet on Teachers' Day)"), page)
        self.nominal_age = QCheckBox(self.tr("Family counts age the traditional way (虚岁) for 大寿"), page)
        form.addRow(self.tr("Personality"), self.personality)
        form.addRow(self.tr("Likes and preferences"), self.preferences)
        form.addRow(self.tr("Payment habits"), self.payment)
        form.addRow(self.tr("Health notes"), self.health)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.is_teacher)
        form.addRow("", self.nominal_age)
        return page

    @staticmethod
    def _text(parent: QWidget, height: int = 64) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def _family_and_dates(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("<b>Family members</b>"), page)
        self.family = RowListEditor(FamilyRow, self.tr("Add family member"), page)
        dates_title = QLabel(self.tr("<b>Important dates and family events</b>"), page)
        exam_day = zhongkao_day(self._book)
        self.dates = RowListEditor(lambda: DateRow(exam_day), self.tr("Add date"), page)
        for widget in (title, self.family, dates_title, self.dates):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    # --- load and save ------------------------------------------------------------------

    def _load(self, draft: ClientDraft) -> None:
        self.name.setText(draft.name)
        self.gender.setCurrentIndex(max(self.gender.findData(draft.gender), 0))
        self.address_as.setText(draft.address_as)
        self.tier.setCurrentIndex(self.tier.findData(int(draft.tier)))
        self.company.setText(draft.company)
        self.job_title.setText(draft.title)
        self.phones.set_values(draft.phones)
        self.wechat.setText(draft.wechat)
        self.email.setText(draft.email)
        self.address.setText(draft.address)
        self.tags.setText(list_separator().join(draft.tags))
        self.source.setText(draft.source)
        self.birthday.set_spec(draft.birthday)
        self.personality.setPlainText(draft.personality)
        self.preferences.setPlainText(draft.preferences)
        self.payment.setPlainText(draft.payment_habits)
        self.health.setPlainText(draft.health_notes)
        self.notes.setPlainText(draft.notes)
        self.is_teacher.setChecked(draft.is_teacher)
        self.nominal_age.setChecked(draft.counts_nominal_age)
        self.family.set_values(draft.family)
        self.dates.set_values(draft.dates)

    def entered(self) -> tuple[ClientDraft, str]:
        return self.draft(), self.tier_reason.text().strip()

    def draft(self) -> ClientDraft:
        tags = self.tags.text().replace("，", ",").replace("、", ",").split(",")
        return ClientDraft(
            name=self.name.text(),
            tier=Tier(self.tier.currentData()),
            gender=self.gender.currentData(),
            address_as=self.address_as.text(),
            company=self.company.text(),
            title=self.job_title.text(),
            phones=self.phones.values(),
            wechat=self.wechat.text(),
            email=self.email.text(),
            address=self.address.text(),
            tags=tags,
            source=self.source.text(),
            personality=self.personality.toPlainText(),
            preferences=self.preferences.toPlainText(),
            payment_habits=self.payment.toPlainText(),
            health_notes=self.health.toPlainText(),
            notes=self.notes.toPlainText(),
            is_teacher=self.is_teacher.isChecked(),
            counts_nominal_age=self.nominal_age.isChecked(),
            birthday=self.birthday.spec(),
            family=self.family.values(),
            dates=self.dates.values(),
        )

    def _save(self) -> None:
        from storage import clients

        draft = self.draft()
        try:
            if self._existing is None:
                self.saved = clients.create_client(
                    self._book, draft, reason=self.tier_reason.text(), request_key=self._request_key
                )
            else:
                self.saved = clients.update_client(
                    self._book,
                    self._existing.id,
                    draft,
                    expected_version=self._existing.version,
                    reason=self.tier_reason.text(),
                    opened=self._existing.draft,
                )
        except ConnectionLost as error:  # the team book's server went away: keep the edit, offer to retry
            from ui.team_book import offer_retry

            if offer_retry(self, error):
                self._save()
            return
        except InvalidInput as error:
            self._show_error(self.field_message(error), error.field)
            return
        except GuanxiError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), error_text(error))
            return
        self.accept()

    def field_message(self, error: InvalidInput) -> str:
        """The problem in the interface language, naming the field at fault."""
        names = {
            "name": self.tr("Name"),
            "email": self.tr("Email"),
            "phones": self.tr("Phones"),
            "tags": self.tr("Tags"),
            "birthday": self.tr("Birthday"),
            "family": self.tr("Family members"),
            "dates": self.tr("Important dates"),
            "gender": self.tr("Gender"),
        }
        field = error.field or ""
        text = self._problem_text(error)
        problem = self.tr("Problem")
        return f"{names.get(field, problem)}: {text}" if field else text

    def _problem_text(self, error: InvalidInput) -> str:
        """What the service found, worded by its code; its own words for anything else."""
        return problem_text(error.code, error.params) or error_text(error)

    def _show_error(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        self.error.show()
        targets = {
            "name": (0, self.name),
            "email": (0, self.email),
            "phones": (0, self.phones),
            "tags": (0, self.tags),
            "birthday": (0, self.birthday.calendar),
            "family": (2, self.family),
            "dates": (2, self.dates),
        }
        if field in targets:
            tab, widget = targets[field]
            self.tabs.setCurrentIndex(tab)
            if isinstance(widget, RowListEditor):
                widget.focus_first()
            else:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
