"""Settings > Festivals: which festivals the agenda keeps, for which tiers, the 小年 custom and
the city's zhongkao day. Saved in the book (storage.settings), so every window agrees."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reminders.festivals import (
    FESTIVALS,
    Festival,
    FestivalSetting,
    RuleKind,
    default_festival_settings,
    festival_settings_to_json,
)
from reminders.formatting import MONTH_FULL, WEEKDAY_FULL, format_lunar
from reminders.tiers import Tier
from ui import colors, i18n, settings_pages
from ui.events import AppEvents
from ui.settings_dialog import SettingsPage
from ui.styled_text import set_text_style
from ui.tier_badge import tier_label

DEFAULT_ZHONGKAO = "06-20"
_WEEKDAYS_ZH = "一二三四五六日"
#: The muted colour of the note under a day of remembrance.
REMEMBRANCE_NOTE_COLOUR = "#8a5a00"


def festival_rule_text(festival: Festival) -> str:
    """When a festival falls, in words: "农历八月十五", "2nd Sunday of May", "solar term 清明"."""
    zh = i18n.is_chinese()
    lang = i18n.current()
    if festival.kind is RuleKind.LUNAR:
        text = format_lunar(festival.month, festival.day, lang=lang)
        if festival.south_day:
            south = format_lunar(festival.month, festival.south_day, lang=lang)
            text = (
                QCoreApplication.translate("FestivalsPage", "%1 (south: %2)").replace("%1", text).replace("%2", south)
            )
        return text
    if festival.kind is RuleKind.LUNAR_YEAR_END:
        return QCoreApplication.translate("FestivalsPage", "last day of the lunar year (29th or 30th)")
    if festival.kind is RuleKind.SOLAR_TERM:
        return QCoreApplication.translate("FestivalsPage", "solar term %1").replace("%1", festival.term)
    if festival.kind is RuleKind.GREGORIAN:
        return day_of_year_text(festival.month, festival.day)
    if zh:
        return f"{festival.month}月第{festival.nth}个星期{_WEEKDAYS_ZH[festival.weekday]}"
    ordinal = {1: "1st", 2: "2nd", 3: "3rd"}.get(festival.nth, f"{festival.nth}th")
    return f"{ordinal} {WEEKDAY_FULL[festival.weekday]} of {MONTH_FULL[festival.month]}"


#: How the page's date field writes a day of the year, in the same form as `day_of_year_text`.
ZHONGKAO_FORMAT = {"zh": "M月d日", "en": "d MMMM"}


def day_of_year_text(month: int, day: int) -> str:
    """A fixed day of the year as the whole page writes it, the zhongkao field included:
    "6月1日" in Chinese, "1 June" in English (the month in full, as in "2nd Sunday of May")."""
    return f"{month}月{day}日" if i18n.is_chinese() else f"{day} {MONTH_FULL[month]}"


def remembrance_note(note: str, parent: QWidget) -> QLabel:
    """The note under a day of remembrance: muted, and in italics only in English (a slanted
    Chinese font is synthesised and looks distorted)."""
    label = QLabel(note, parent)
    label.setWordWrap(True)
    set_text_style(label, REMEMBRANCE_NOTE_COLOUR, extra="" if i18n.is_chinese() else "font-style: italic;")
    return label


class FestivalsPage(SettingsPage):
    """One row per festival: on/off, when it falls, and the four tiers it applies to."""

    def __init__(self, book, events: AppEvents | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.events = events
        self.title = self.tr("Festivals")
        self.enabled: dict[str, QCheckBox] = {}
        self.tiers: dict[str, dict[Tier, QCheckBox]] = {}
        self._loaded: tuple | None = None

        intro = QLabel(
            self.tr("Greet clients on the festivals you keep, for the tiers you choose. The calendar and "
                    "the agenda count them for you."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._heading(self.tr("Festival")), 0, 0)
        grid.addWidget(self._heading(self.tr("When")), 0, 1)
        tiers = list(reversed(Tier))
        for column, tier in enumerate(tiers, start=2):
            grid.addWidget(self._heading(tier_label(tier)), 0, column, Qt.AlignmentFlag.AlignHCenter)
        # A tier's box is read as "春节：知己" (festival: tier): it has no text, and its column's heading is far away.
        tier_box_name = self.tr("%1: %2", "a tier's check box in a festival's row: %1 the festival, %2 the tier")
        for row, festival in enumerate(FESTIVALS, start=1):
            festival_name = festival.name(i18n.current())
            name = festival_name if i18n.is_chinese() else f"{festival_name} {festival.chinese}"
            box = QCheckBox(name, grid_holder)
            self.enabled[festival.key] = box
            grid.addWidget(box, row, 0)
            when = QLabel(festival_rule_text(festival), grid_holder)
            set_text_style(when, colors.SECONDARY)
            when.setWordWrap(True)
            cell: QWidget = when
            if not festival.greeting:  # the rule, and beneath it what kind of day it is
                cell = QWidget(grid_holder)
                lines = QVBoxLayout(cell)
                lines.setContentsMargins(0, 0, 0, 0)
                lines.setSpacing(0)
                when.setParent(cell)
                lines.addWidget(when)
                lines.addWidget(remembrance_note(self.tr("a day of remembrance: no greetings"), cell))
            grid.addWidget(cell, row, 1)
            self.tiers[festival.key] = {}
            for column, tier in enumerate(tiers, start=2):
                tier_box = QCheckBox(grid_holder)
                tier_box.setToolTip(tier_label(tier))
                tier_box.setAccessibleName(tier_box_name.replace("%1", festival_name).replace("%2", tier_label(tier)))
                self.tiers[festival.key][tier] = tier_box
                grid.addWidget(tier_box, row, column, Qt.AlignmentFlag.AlignHCenter)
            box.toggled.connect(lambda on, key=festival.key: self._enable_tiers(key, on))
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_holder)
        scroll.setMinimumHeight(300)
        # The whole grid across (it never scrolls sideways): a minimum of the page's layout, so
        # the Settings dialog leaves it out while another page is shown.
        scroll.setMinimumWidth(
            grid_holder.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )

        self.xiaonian = QComboBox(self)
        self.xiaonian.addItem(self.tr("North: 12th month, 23rd (腊月二十三)"), "north")
        self.xiaonian.addItem(self.tr("South: 12th month, 24th (腊月二十四)"), "south")
        self.zhongkao = QDateEdit(self)
        self.zhongkao.setDisplayFormat(ZHONGKAO_FORMAT[i18n.engine_lang()])
        self.zhongkao.setDateRange(QDate(2000, 1, 1), QDate(2000, 12, 31))
        self.zhongkao.setToolTip(self.tr("Used when you add a zhongkao date: the exam day in your city"))
        self.restore = QPushButton(self.tr("Restore default festivals"), self)
        self.restore.setToolTip(
            self.tr(
                "Put back the festivals, tiers, Little New Year and zhongkao day that Guanxi starts with. "
                "Nothing is saved until you press OK."
            )
        )
        self.restore.clicked.connect(self.restore_defaults)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Little New Year (小年)"), self.xiaonian)
        form.addRow(self.tr("Zhongkao day in your city"), self.zhongkao)
        buttons = QHBoxLayout()  # the page's own button row, apart from the fields: it resets the whole page
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        if book is None:
            self.setEnabled(False)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        set_text_style(label, colors.HEADING, extra="font-weight: 600;")
        return label

    def _enable_tiers(self, key: str, on: bool) -> None:
        for box in self.tiers[key].values():
            box.setEnabled(on)

    # --- values -------------------------------------------------------------------------

    def festival_settings(self) -> dict[str, FestivalSetting]:
        """The settings as the widgets show them."""
        return {
            key: FestivalSetting(box.isChecked(), frozenset(t for t, b in self.tiers[key].items() if b.isChecked()))
            for key, box in self.enabled.items()
        }

    def show_values(self, settings: dict[str, FestivalSetting], xiaonian: str, zhongkao: str) -> None:
        for key, setting in settings.items():
            if key not in self.enabled:
                continue
            self.enabled[key].setChecked(setting.enabled)
            self._enable_tiers(key, setting.enabled)
            for tier, box in self.tiers[key].items():
                box.setChecked(tier in setting.tiers)
        self.xiaonian.setCurrentIndex(max(self.xiaonian.findData(xiaonian), 0))
        month, day = _month_day(zhongkao)
        self.zhongkao.setDate(QDate(2000, month, day))

    def zhongkao_text(self) -> str:
        value = self.zhongkao.date()
        return f"{value.month():02d}-{value.day():02d}"

    def _values(self) -> tuple:
        return (festival_settings_to_json(self.festival_settings()), self.xiaonian.currentData(), self.zhongkao_text())

    def restore_defaults(self) -> None:
        """Show the out-of-the-box values; nothing is saved until OK."""
        self.show_values(default_festival_settings(), "north", DEFAULT_ZHONGKAO)

    def load(self) -> None:
        if self.book is None:
            self.restore_defaults()
            return
        from storage.agenda import festival_settings
        from storage.settings import XIAONIAN, ZHONGKAO_DAY, get_option

        self.show_values(
            festival_settings(self.book), get_option(self.book, XIAONIAN), get_option(self.book, ZHONGKAO_DAY)
        )
        self._loaded = self._values()

    def save(self) -> None:
        if self.book is None:
            return
        values = self._values()
        if values == self._loaded:
            return
        from storage.settings import FESTIVALS as FESTIVALS_OPTION
        from storage.settings import XIAONIAN, ZHONGKAO_DAY, set_option

        festivals, xiaonian, zhongkao = values
        set_option(self.book, FESTIVALS_OPTION, festivals)
        set_option(self.book, XIAONIAN, xiaonian)
        set_option(self.book, ZHONGKAO_DAY, zhongkao)
        self._loaded = values
        if self.events is not None:
            self.events.settings_changed.emit()


def _month_day(text: str) -> tuple[int, int]:
    """ "06-20" -> (6, 20); the default on anything unreadable."""
    try:
        month, day = (int(part) for part in str(text).split("-"))
        date(2000, month, day)
    except ValueError:
        month, day = (int(part) for part in DEFAULT_ZHONGKAO.split("-"))
    return month, day


def festival_page(prefs, book, events: AppEvents, parent: QWidget | None = None) -> FestivalsPage:
    """The factory Settings calls."""
    return FestivalsPage(book, events, parent)


def register_festival_page() -> None:
    """Add the Festivals page to the Settings dialog (once, however many windows are built)."""
    settings_pages.register(festival_page)
