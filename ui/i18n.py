"""Choosing and installing the interface language, and writing dates the way it does."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reminders.formatting import format_day, format_month_day

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """Chinese on a Chinese system locale, English otherwise."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QCoreApplication, language: str) -> str:
    """Load our translations and Qt's own for `language` (or the system's when empty)."""
    global _current
    language = language if language in LANGUAGES else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"guanxi_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(language))
    _current = language
    return language


def current() -> str:
    return _current


def is_chinese() -> bool:
    return _current.startswith("zh")


def _chinese(lang: str | None) -> bool:
    return is_chinese() if lang is None else lang.startswith("zh")


def engine_lang() -> str:
    """The reminder engine's language ("zh" or "en") for the interface language."""
    return "zh" if is_chinese() else "en"


def format_date(value: date | None, lang: str | None = None) -> str:
    """2026年11月23日 in Chinese, 23 Nov 2026 in English (the interface language unless `lang`)."""
    if value is None:
        return ""
    return format_day(value, "zh" if _chinese(lang) else "en")


def format_short_date(value: date | None, lang: str | None = None) -> str:
    """11月23日 / 23 Nov, for dates within the year."""
    if value is None:
        return ""
    return format_month_day(value.month, value.day, "zh" if _chinese(lang) else "en")


#: How date fields (QDateEdit) show a day: as `format_date` writes it (Qt's own month names follow
#: the default QLocale, which `install` sets to the interface language).
DATE_EDIT_FORMATS = {"zh": "yyyy年M月d日", "en": "d MMM yyyy"}


def date_edit_format(with_time: bool = False) -> str:
    """The display format of a QDateEdit (or a QDateTimeEdit `with_time`) in the interface language."""
    day = DATE_EDIT_FORMATS["zh" if is_chinese() else "en"]
    return f"{day} HH:mm" if with_time else day


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{format_date(value.date())} {value:%H:%M}"


def list_separator() -> str:
    """Between the items of a list in running text: "、" in Chinese, ", " in English."""
    return "、" if is_chinese() else ", "


def clause_separator() -> str:
    """Between clauses (reasons, ideas): "；" in Chinese, "; " in English."""
    return "；" if is_chinese() else "; "


def parenthesised(text: str, inner: str) -> str:
    """`text (inner)`: "Overdue (12)" in English, "已逾期（12）" with full-width parentheses in Chinese."""
    return f"{text}（{inner}）" if is_chinese() else f"{text} ({inner})"
