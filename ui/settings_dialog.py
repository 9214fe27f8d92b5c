"""Settings: pages that each load from and save to their options (Picard's way)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import colors, i18n
from ui import prefs as options
from ui.events import AppEvents
from ui.prefs import Prefs
from ui.settings_pages import EXTRA_PAGES
from ui.styled_text import set_text_style


class SettingsPage(QWidget):
    """One tab of the dialog: `load` fills the widgets, `save` writes them back."""

    title = ""

    def load(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def problems(self) -> list[str]:
        """What must be fixed before anything is saved (the dialog stays open and shows them)."""
        return []


class GeneralPage(SettingsPage):
    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.title = self.tr("General")
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Language"), self.language)
        note = QLabel(self.tr("Dates are written the way the chosen language writes them."), self)
        set_text_style(note, colors.HINT)
        form.addRow("", note)

    def load(self) -> None:
        self.language.setCurrentIndex(max(self.language.findData(self.prefs.get(options.LANGUAGE)), 0))

    def save(self) -> None:
        self.prefs.set(options.LANGUAGE, self.language.currentData())


class SettingsDialog(QDialog):
    """Later features add pages with `add_page`; each page loads and saves itself."""

    #: Factories for extra pages: callables (prefs, book, events, parent) -> SettingsPage, filled at
    #: start through `ui.settings_pages.register` (this is the same list).
    extra_pages: list = EXTRA_PAGES

    def __init__(self, prefs: Prefs, book, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.prefs = prefs
        self._initial_language = prefs.get(options.LANGUAGE)
        self.tabs = QTabWidget(self)
        self.general = GeneralPage(prefs, self)
        self.pages: list[SettingsPage] = [self.general]
        for factory in self.extra_pages:
            self.pages.append(factory(prefs, book, events, self))
        for page in self.pages:
            page.load()
            self.tabs.addTab(page, page.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.tabs.currentChanged.connect(self.fit_to_page)
        self.fit_to_page()

    def fit_to_page(self) -> None:
        """Fit the dialog's height to the page shown (a one-line page gets a short dialog, the
        festival grid a tall one); the width stays that of the widest page, so tabs do not jump
        sideways. Pages not shown are left out of the minimum (an ignored size policy)."""
        current = self.tabs.currentWidget()
        if current is None:
            return
        for page in self.pages:
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.tabs.updateGeometry()  # drops the size the dialog's layout keeps of the tabs
        self.layout().activate()
        extra_height = max(current.sizeHint().height() - current.minimumSizeHint().height(), 0)
        wanted = QSize(self.sizeHint().width(), self.minimumSizeHint().height() + extra_height)
        screen = self.screen().availableGeometry().size() * 0.9  # a big page scrolls on a small screen
        self.resize(wanted.expandedTo(self.minimumSize()).boundedTo(screen))

    def accept(self) -> None:
        for page in self.pages:
            problems = page.problems()
            if problems:  # nothing is saved, and what was typed stays to be fixed
                self.tabs.setCurrentWidget(page)
                QMessageBox.warning(
                    self,
                    page.title,
                    self.tr("Please fix this first; nothing was saved:\n%1").replace("%1", "\n".join(problems)),
                )
                return
        for page in self.pages:
            page.save()
        self.prefs.sync()
        super().accept()

    def language(self) -> str:
        return self.general.language.currentData()

    @property
    def language_changed(self) -> bool:
        current = self.language() or i18n.system_language()
        return current != i18n.current()
