"""Settings > Call list: the salesperson's name on the sheet and the greeting templates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from reminders import greetings
from reminders.festivals import FESTIVALS_BY_KEY
from reminders.tiers import Tier
from ui import colors, i18n
from ui.settings_dialog import SettingsPage
from ui.styled_text import set_text_style
from ui.tier_badge import tier_label


def _occasion_names() -> dict[str, str]:
    names = {
        "birthday": QCoreApplication.translate("CallListSettings", "Birthday"),
        "milestone_birthday": QCoreApplication.translate("CallListSettings", "Milestone birthday (60, 70, 80 …)"),
        "family_birthday": QCoreApplication.translate("CallListSettings", "A family member's birthday"),
        "festival": QCoreApplication.translate("CallListSettings", "Other festivals"),
        "full_month": QCoreApplication.translate("CallListSettings", "Full-month celebration (满月)"),
        "hundred_days": QCoreApplication.translate("CallListSettings", "Hundred-days celebration (百日)"),
        "wedding": QCoreApplication.translate("CallListSettings", "Wedding"),
        "funeral": QCoreApplication.translate("CallListSettings", "Funeral (condolences)"),
        "zhongkao": QCoreApplication.translate("CallListSettings", "Zhongkao (中考)"),
        "gaokao": QCoreApplication.translate("CallListSettings", "Gaokao (高考)"),
        "moving": QCoreApplication.translate("CallListSettings", "Moving house"),
        "opening": QCoreApplication.translate("CallListSettings", "Shop opening"),
        "custom": QCoreApplication.translate("CallListSettings", "Special day (合作纪念日 …)"),
        "followup": QCoreApplication.translate("CallListSettings", "Follow-up"),
        "cadence": QCoreApplication.translate("CallListSettings", "Keep in touch after a long silence"),
        "complaint": QCoreApplication.translate("CallListSettings", "Complaint fixed: report back"),
        "default": QCoreApplication.translate("CallListSettings", "Anything else"),
    }
    for key in greetings.OCCASIONS:
        if key in FESTIVALS_BY_KEY:
            festival = FESTIVALS_BY_KEY[key]
            names[key] = f"{festival.chinese} {festival.english}" if i18n.is_chinese() else festival.english
    return {key: names.get(key, key) for key in greetings.OCCASIONS}


class CallListPage(SettingsPage):
    """Edits the SALESPERSON and greetings book options; one template per occasion and tier."""

    def __init__(self, book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.title = self.tr("Call list")
        self.lang = greetings.template_language(i18n.current())
        self.overrides: dict[str, Any] = {}
        self.salesperson = QLineEdit(self)
        self.salesperson.setPlaceholderText(self.tr("Printed at the top of every page"))
        self.occasion = QComboBox(self)
        for key, name in _occasion_names().items():
            self.occasion.addItem(name, key)
        self.tier = QComboBox(self)
        for tier in reversed(Tier):
            self.tier.addItem(tier_label(tier), int(tier))
        self.tier.setAccessibleName(self.tr("Tier"))  # beside the occasion, which has the row's label
        self.template = QPlainTextEdit(self)
        self.template.setTabChangesFocus(True)  # Tab moves on to Restore default, as in every other field
        self.template.setFixedHeight(90)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        set_text_style(self.preview, colors.SECONDARY)
        restore = QPushButton(self.tr("&Restore default"), self)
        restore.clicked.connect(self._restore)
        help_text = QLabel(
            self.tr(
                "Placeholders: {address} the form of address (Mr Wang, Ms Li; the name when empty), {name}, "
                "{occasion}, {person} (the family member)."
            ),
            self,
        )
        help_text.setWordWrap(True)
        set_text_style(help_text, colors.HINT)
        pick = QHBoxLayout()
        pick.addWidget(self.occasion, 2)
        pick.addWidget(self.tier, 1)
        greeting_for = QLabel(self.tr("&Greeting for"), self)
        greeting_for.setBuddy(self.occasion)  # a row of two fields has no buddy of its own: "&" showed
        restore_row = QHBoxLayout()
        restore_row.addWidget(restore)
        restore_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Your name"), self.salesperson)
        form.addRow(greeting_for, pick)
        form.addRow(self.tr("&Template"), self.template)
        form.addRow("", restore_row)
        form.addRow("", help_text)
        form.addRow(self.tr("Example"), self.preview)
        self._shown: tuple[str, Tier] | None = None
        self.occasion.currentIndexChanged.connect(self._show)
        self.tier.currentIndexChanged.connect(self._show)
        self.template.textChanged.connect(self._update_preview)
        self.setEnabled(book is not None)

    def _current(self) -> tuple[str, Tier]:
        return self.occasion.currentData(), Tier(self.tier.currentData())

    def _keep(self) -> None:
        if self._shown is not None:
            occasion, tier = self._shown
            self.overrides = greetings.set_override(
                self.overrides, self.lang, occasion, tier, self.template.toPlainText()
            )

    def _show(self) -> None:
        self._keep()
        occasion, tier = self._current()
        self._shown = (occasion, tier)
        self.template.setPlainText(greetings.template_for(self.overrides, self.lang, occasion, tier))

    def _restore(self) -> None:
        occasion, tier = self._current()
        self.template.setPlainText(greetings.default_template(self.lang, occasion, tier))

    def _update_preview(self) -> None:
        occasion, _ = self._current()
        zh = self.lang == "zh"
        self.preview.setText(
            greetings.render(
                self.template.toPlainText(),
                address="王总" if zh else "Mr Wang",
                name="王建国" if zh else "Wang Jianguo",
                occasion=_occasion_names().get(occasion, occasion) if occasion != "custom" else "合作纪念日",
                person="儿子小明" if zh else "his son Xiaoming",
            )
        )

    def load(self) -> None:
        if self.book is None:
            return
        from storage.call_list import sheet_options

        name, self.overrides = sheet_options(self.book)
        self.salesperson.setText(name)
        self._shown = None
        self._show()

    def save(self) -> None:
        if self.book is None:
            return
        from storage.call_list import save_sheet_options

        self._keep()
        save_sheet_options(self.book, self.salesperson.text(), self.overrides)


def call_list_page(prefs, book, events, parent: QWidget | None = None) -> CallListPage:
    """The factory Settings calls (registered by `ui.call_list_menu`)."""
    return CallListPage(book, parent)
