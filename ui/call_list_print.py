"""Drawing the call list on paper: pages painted with QPainter, for the preview, a printer or a PDF.

Works on any QPagedPaintDevice (QPrinter, QPdfWriter) and needs only a QGuiApplication, so
the command line writes the same sheet offscreen. Each entry is measured first and pages
are cut between entries, never inside one; a day's heading stays with its first entry
and is repeated when the day goes on over a page.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from reminders.call_list import CallDay, CallEntry, CallList, shorten
from reminders.tiers import Tier
from storage.errors import GuanxiError
from ui import i18n
from ui.pdf_text import fix_text_map, replacements
from ui.tier_badge import TIER_COLOURS, tier_label

#: Paper sizes offered: A4 (the default) and US Letter.
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(14, 12, 14, 12)
#: CJK families tried in order; the first installed one prints every character.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "SimSun",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
)
#: Latin families tried first, so that digits and letters keep their own glyphs (and text) in the PDF.
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "Liberation Sans")
#: Longest greeting printed, so that an entry always fits on a page.
GREETING_LENGTH = 160
RULED_LINES = 2

INK = QColor("#1d2630")
GREY = QColor("#5f6b78")
RULE = QColor("#aeb6bf")
TINT = QColor("#eef2f6")
LATE = QColor("#b3261e")
LATE_TINT = QColor("#fbe9e7")


class PrintError(GuanxiError):
    """The sheet cannot be written (a folder that does not exist, no permission, a full disk)."""

    # What it means, in the interface language (ui.errors.error_text), before the details.
    headline = QT_TRANSLATE_NOOP("Errors", "The call list cannot be written.")


def cjk_family() -> str | None:
    """The first installed CJK font family, or None (Qt then falls back per character)."""
    installed = set(QFontDatabase.families())
    return next((family for family in CJK_FAMILIES if family in installed), None)


def page_layout(paper: str = "a4") -> QPageLayout:
    """Portrait A4 or Letter with the sheet's margins."""
    size = QPageSize(PAPER_SIZES.get(paper, QPageSize.PageSizeId.A4))
    return QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


@dataclass
class _Fonts:
    title: QFont
    name: QFont
    body: QFont
    bold: QFont
    small: QFont
    heading: QFont


def latin_family() -> str | None:
    """The first installed Latin family: digits and letters from it read back as text in every locale."""
    installed = set(QFontDatabase.families())
    return next((family for family in LATIN_FAMILIES if family in installed), None)


def _fonts() -> _Fonts:
    families = [f for f in (latin_family(), cjk_family()) if f]

    def font(points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        made = QFont()
        if families:
            made.setFamilies(families)  # Latin first, then the CJK family for every Chinese character
        made.setPointSizeF(points)
        made.setWeight(weight)
        made.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters when the text is copied
        return made

    return _Fonts(
        title=font(15, QFont.Weight.Bold),
        name=font(12, QFont.Weight.Bold),
        body=font(9.5),
        bold=font(9.5, QFont.Weight.DemiBold),
        small=font(8),
        heading=font(10.5, QFont.Weight.Bold),
    )


@dataclass(frozen=True)
class _Block:
    """Something placed on a page: a day heading or an entry, with its measured height."""

    height: float
    draw: Callable[[QPainter, float], float]


class CallListPainter:
    """Lays out and paints one `CallList` on a paged device."""

    def __init__(self, call_list: CallList) -> None:
        self.call_list = call_list
        self.fonts = _fonts()
        self.page_count = 0
        #: Every character painted, so the PDF's text map can name them (ui.pdf_text).
        self.drawn: set[str] = set()

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """Words of the sheet in the interface language; with `n`, in the plural form that fits
        (lupdate marks only tr() calls with a count as plural: QCoreApplication.translate's are not)."""
        return QCoreApplication.translate("CallListPainter", text, disambiguation, n)

    # --- measuring ---------------------------------------------------------------------

    def _setup(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self._metric_cache: dict[int, QFontMetricsF] = {}
        self._height_cache: dict[tuple[int, int, str], float] = {}
        self._advance_cache: dict[tuple[int, str], float] = {}
        resolution = device.logicalDpiY()
        self.mm = resolution / 25.4
        rect = device.pageLayout().paintRectPixels(resolution)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.header_height = 17 * self.mm
        self.footer_height = 7 * self.mm

    def _metrics(self, font: QFont) -> QFontMetricsF:
        found = self._metric_cache.get(id(font))
        if found is None:
            found = self._metric_cache[id(font)] = QFontMetricsF(font, self.device)
        return found

    def _wrapped(self, font: QFont, width: float, text: str) -> float:
        key = (id(font), round(width), text)
        height = self._height_cache.get(key)
        if height is None:
            flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
            height = self._metrics(font).boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()
            self._height_cache[key] = height
        return height

    def _text(
        self,
        painter: QPainter | None,
        font: QFont,
        rect: QRectF,
        text: str,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> float:
        """Draw wrapped text in `rect` (when painting) and return its height."""
        height = self._wrapped(font, rect.width(), text)
        if painter is not None:
            self.drawn.update(text)
            painter.setFont(font)
            painter.setPen(colour)
            flags = int(align) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(QRectF(rect.x(), rect.y(), rect.width(), height + 1), flags, text)
        return height

    def _line(self, painter: QPainter | None, font: QFont, x: float, y: float, width: float, text: str, colour=INK):
        """One line of text, elided to `width`; returns its width (0 when only measuring)."""
        if painter is None:
            return 0.0
        metrics = self._metrics(font)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        self.drawn.update(text)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(x, y, width, metrics.height()), int(Qt.AlignmentFlag.AlignLeft), text)
        return self._advance(font, text)

    def _advance(self, font: QFont, text: str) -> float:
        key = (id(font), text)
        width = self._advance_cache.get(key)
        if width is None:
            width = self._advance_cache[key] = self._metrics(font).horizontalAdvance(text)
        return width

    # --- pages -------------------------------------------------------------------------

    def paginate(self, device: QPagedPaintDevice) -> list[list[_Block]]:
        """Cut the blocks into pages; an entry is never split and a heading never left alone."""
        self._setup(device)
        room = self.height - self.header_height - self.footer_height
        pages: list[list[_Block]] = [[]]
        used = 0.0
        for group in self.call_list.days:
            heading = self._heading_block(group, continued=False)
            for index, entry in enumerate(group.entries):
                block = self._entry_block(entry)
                need = block.height + (heading.height if index == 0 else 0)
                if used + need > room and pages[-1]:
                    pages.append([])
                    used = 0.0
                if index == 0:
                    pages[-1].append(heading)
                    used += heading.height
                elif not pages[-1]:
                    again = self._heading_block(group, continued=True)
                    pages[-1].append(again)
                    used += again.height
                pages[-1].append(block)
                used += block.height
        return pages

    def render(self, device: QPagedPaintDevice) -> int:
        """Paint every page on `device`; returns the number of pages."""
        pages = self.paginate(device)
        self.page_count = len(pages)
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError(QCoreApplication.translate("CallListPrint", "Cannot start printing on this device."))
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for number, blocks in enumerate(pages, start=1):
                if number > 1:
                    device.newPage()
                self._header(painter, number, len(pages))
                y = self.header_height
                if not self.call_list.days:
                    self._empty(painter, y)
                for block in blocks:
                    y += block.draw(painter, y)
                self._footer(painter)
        finally:
            painter.end()
        return len(pages)

    # --- page furniture ------------------------------------------------------------------

    def _range_text(self) -> str:
        start, end = self.call_list.start, self.call_list.end
        if start == end:
            return i18n.format_date(start)
        return (
            QCoreApplication.translate("CallListPrint", "%1 to %2")
            .replace("%1", i18n.format_date(start))
            .replace("%2", i18n.format_date(end))
        )

    def _header(self, painter: QPainter, number: int, total: int) -> None:
        f, mm = self.fonts, self.mm
        title = QCoreApplication.translate("CallListPrint", "Call list")
        width = self._line(painter, f.title, 0, 0, self.width * 0.5, title)
        who = self.call_list.salesperson.strip()
        if who:
            self._line(painter, f.body, width + 4 * mm, 1.8 * mm, self.width * 0.45 - width, who, GREY)
        page = f"{number}/{total}"
        self.drawn.update(page)
        page_width = self._metrics(f.heading).horizontalAdvance(page)
        painter.setFont(f.heading)
        painter.setPen(INK)
        painter.drawText(
            QRectF(self.width - page_width - mm, 0, page_width + mm, 8 * mm), int(Qt.AlignmentFlag.AlignRight), page
        )
        rect = QRectF(self.width * 0.45, 0.8 * mm, self.width * 0.55 - page_width - 5 * mm, 8 * mm)
        self._text(painter, f.body, rect, self._range_text(), GREY, Qt.AlignmentFlag.AlignRight)
        count = len(self.call_list)
        summary = (
            QCoreApplication.translate("CallListPrint", "%n to contact", None, count)
            if count
            else QCoreApplication.translate("CallListPrint", "Nothing due")
        )
        self._line(painter, f.small, 0, 8.2 * mm, self.width, summary, GREY)
        painter.setPen(QPen(INK, 0.35 * mm))
        painter.drawLine(0, round(12.5 * mm), round(self.width), round(12.5 * mm))

    def _footer(self, painter: QPainter) -> None:
        stamp = self.call_list.generated_at
        text = QCoreApplication.translate("CallListPrint", "Printed %1 by Guanxi").replace(
            "%1", f"{i18n.format_date(stamp.date())} {stamp:%H:%M}"
        )
        y = self.height - 4.5 * self.mm
        self._text(
            painter, self.fonts.small, QRectF(0, y, self.width, 5 * self.mm), text, GREY, Qt.AlignmentFlag.AlignHCenter
        )

    def _empty(self, painter: QPainter, y: float) -> None:
        mm = self.mm
        rect = QRectF(0, y + 30 * mm, self.width, 20 * mm)
        self._text(
            painter,
            self.fonts.name,
            rect,
            QCoreApplication.translate("CallListPrint", "Nothing is due in these days."),
            INK,
            Qt.AlignmentFlag.AlignHCenter,
        )
        hint = QCoreApplication.translate(
            "CallListPrint", "No birthdays, festivals, family events or follow-ups fall in this range."
        )
        rect = QRectF(0, y + 42 * mm, self.width, 20 * mm)
        self._text(painter, self.fonts.body, rect, hint, GREY, Qt.AlignmentFlag.AlignHCenter)

    # --- blocks --------------------------------------------------------------------------

    def _day_title(self, group: CallDay) -> str:
        if group.day is None:
            return QCoreApplication.translate("CallListPrint", "Overdue")
        day = group.day
        weekday = QLocale().dayName(QDate(day.year, day.month, day.day).dayOfWeek())
        lunar = group.entries[0].lunar_text if group.entries else ""
        dated = self.tr("%1 %2", "a day heading: the weekday (%1) and the date (%2)")
        parts = [dated.replace("%1", weekday).replace("%2", i18n.format_date(day)), lunar]
        if day == date.today():
            parts.insert(0, QCoreApplication.translate("CallListPrint", "Today"))
        return " · ".join(p for p in parts if p)

    def _heading_block(self, group: CallDay, *, continued: bool) -> _Block:
        title = self._day_title(group)
        if continued:
            title = QCoreApplication.translate("CallListPrint", "%1 (continued)").replace("%1", title)
        mm = self.mm
        height = 9 * mm
        late = group.day is None
        count = QCoreApplication.translate("CallListPrint", "%n to contact", None, len(group.entries))

        def draw(painter: QPainter, y: float) -> float:
            painter.fillRect(QRectF(0, y + 1.5 * mm, self.width, 6.5 * mm), LATE_TINT if late else TINT)
            self._line(
                painter, self.fonts.heading, 2 * mm, y + 2.3 * mm, self.width * 0.75, title, LATE if late else INK
            )
            width = self._metrics(self.fonts.small).horizontalAdvance(count)
            self._line(painter, self.fonts.small, self.width - width - 2 * mm, y + 3.2 * mm, width + 1, count, GREY)
            return height

        return _Block(height, draw)

    def _entry_block(self, entry: CallEntry) -> _Block:
        height = self._entry(None, entry, 0.0)
        return _Block(height, lambda painter, y: self._entry(painter, entry, y))

    def _entry(self, painter: QPainter | None, entry: CallEntry, top: float) -> float:
        """Measure (painter None) or draw one entry at `top`; returns its height."""
        f, mm = self.fonts, self.mm
        left = 8 * mm
        width = self.width - left
        y = top + 2.5 * mm
        client = entry.client
        if painter is not None:
            painter.setPen(QPen(INK, 0.3 * mm))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0.5 * mm, y + 0.6 * mm, 4.2 * mm, 4.2 * mm))
        # Line 1: name, tier, company | occasion, wrapped on a second line rather than cut short.
        # (Overdue entries are all under the Overdue heading and in red: no "(overdue)" after each.)
        occasion = entry.occasion
        occ_width = min(self._advance(f.bold, occasion) + mm, width * 0.5)
        name_width = self._line(painter, f.name, left, y, width - occ_width - 30 * mm, client.name)
        x = left + name_width + 2.5 * mm
        x += self._tier_tag(painter, client.tier, x, y + 0.9 * mm) + 2.5 * mm
        if client.company:
            self._line(
                painter, f.body, x, y + 0.7 * mm, max(left + width - occ_width - x - 2 * mm, 0), client.company, GREY
            )
        occasion_rect = QRectF(left + width - occ_width - mm, y + 0.7 * mm, occ_width, 0)  # ends with the dates
        colour = LATE if entry.overdue else INK
        occasion_height = self._text(painter, f.bold, occasion_rect, occasion, colour, Qt.AlignmentFlag.AlignRight)
        one_line = self._wrapped(f.bold, 1e6, occasion)
        wrapped = max(occasion_height - one_line, 0.0)  # the height of the occasion's extra lines
        y += self._metrics(f.name).height() + wrapped + 0.8 * mm
        # Line 2: phones | the day both ways
        phones = (
            "   ".join(client.phones)
            if client.phones
            else QCoreApplication.translate("CallListPrint", "no phone number")
        )
        dates = self._dates_text(entry)
        dates_width = min(self._advance(f.body, dates) + mm, width * 0.5)
        label = QCoreApplication.translate("CallListPrint", "Tel.") + " "
        label_width = self._line(painter, f.small, left, y + 0.4 * mm, 20 * mm, label, GREY)
        phone_rect = QRectF(left + label_width, y, width - dates_width - label_width - 2 * mm, 0)
        phone_height = self._text(painter, f.bold, phone_rect, phones)
        if painter is not None:
            self._line(painter, f.body, left + width - dates_width, y, dates_width, dates, GREY)
        y += max(phone_height, self._metrics(f.body).height()) + 0.8 * mm
        if entry.note:
            y += self._text(painter, f.small, QRectF(left, y, width, 0), entry.note, GREY) + 0.5 * mm
        # Suggested action and last contact
        y += (
            self._labelled(
                painter, left, y, width, QCoreApplication.translate("CallListPrint", "Suggested action"), entry.action
            )
            + 0.5 * mm
        )
        y += (
            self._labelled(
                painter,
                left,
                y,
                width,
                QCoreApplication.translate("CallListPrint", "Last contact"),
                self._last_contact(entry),
            )
            + 0.8 * mm
        )
        # Greeting, on a light tint
        if entry.greeting:
            greeting = shorten(entry.greeting, GREETING_LENGTH)
            text = QCoreApplication.translate("CallListPrint", "Greeting: “%1”").replace("%1", greeting)
            inner = QRectF(left + 2 * mm, y + 1 * mm, width - 4 * mm, 0)
            text_height = self._wrapped(f.body, inner.width(), text)
            if painter is not None:
                painter.fillRect(QRectF(left, y, width, text_height + 2 * mm), TINT)
                painter.fillRect(QRectF(left, y, 0.7 * mm, text_height + 2 * mm), RULE.darker(120))
            self._text(painter, f.body, inner, text)
            y += text_height + 2 * mm
        # Ruled lines to write on
        for _ in range(RULED_LINES):
            y += 7 * mm
            if painter is not None:
                painter.setPen(QPen(RULE, 0.2 * mm))
                painter.drawLine(round(left), round(y), round(left + width), round(y))
        y += 3 * mm
        return y - top

    def _tier_tag(self, painter: QPainter | None, tier: Tier, x: float, y: float) -> float:
        text = tier_label(tier)
        metrics = self._metrics(self.fonts.small)
        width = self._advance(self.fonts.small, text) + 3 * self.mm
        if painter is not None:
            rect = QRectF(x, y, width, metrics.height() + 0.6 * self.mm)
            painter.setPen(QPen(TIER_COLOURS[tier], 0.25 * self.mm))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 1.2 * self.mm, 1.2 * self.mm)
            painter.setFont(self.fonts.small)
            painter.setPen(TIER_COLOURS[tier].darker(130))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        return width

    def _labelled(self, painter: QPainter | None, x: float, y: float, width: float, label: str, text: str) -> float:
        label_width = self._advance(self.fonts.small, label) + 2 * self.mm
        label_width = max(label_width, 24 * self.mm)
        self._line(painter, self.fonts.small, x, y + 0.4 * self.mm, label_width, label, GREY)
        return self._text(painter, self.fonts.body, QRectF(x + label_width, y, width - label_width, 0), text)

    def _dates_text(self, entry: CallEntry) -> str:
        """The day both ways, the Gregorian one as the interface writes dates: 公历 2026年9月25日 · 农历八月十五."""
        day = i18n.format_date(entry.date)
        solar = QCoreApplication.translate("CallListPrint", "Gregorian %1").replace("%1", day)
        return f"{solar} · {entry.lunar_text}" if entry.lunar_text else solar

    def _last_contact(self, entry: CallEntry) -> str:
        when = entry.client.last_contact_at
        if when is None:
            return QCoreApplication.translate("CallListPrint", "never recorded")
        days = (self.call_list.generated_at.date() - when.date()).days
        text = i18n.format_date(when.date())
        if days > 0:  # the template places the bracket: "9 May 2026 (199 days ago)", "2026年5月9日（199 天前）"
            text = self.tr("%1 (%n day(s) ago)", "", days).replace("%1", text)
        note = shorten(entry.client.last_note) if entry.client.last_note else ""
        return f"{text} · {note}" if note else text


def render_call_list(call_list: CallList, device: QPagedPaintDevice) -> int:
    """Paint `call_list` on a printer or PDF writer; returns the number of pages."""
    return CallListPainter(call_list).render(device)


def _pdf(call_list: CallList, path: str, paper: str) -> int:
    """Paint into a new PDF file at `path`, then make its text read back as drawn."""
    writer = QPdfWriter(path)
    writer.setPageLayout(page_layout(paper))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("CallListPrint", "Call list"))
    writer.setCreator("Guanxi")
    painter = CallListPainter(call_list)
    pages = painter.render(writer)
    del writer  # flushes and closes the file
    family = cjk_family()
    fonts = []
    for weight in {font.weight() for font in vars(painter.fonts).values()}:
        fonts.append(QFont(family) if family else QFont())
        fonts[-1].setWeight(weight)
    fix_text_map(Path(path), replacements(fonts, painter.drawn))
    return pages


def write_pdf(call_list: CallList, path: str | os.PathLike[str], paper: str = "a4") -> int:
    """Write the sheet to a PDF file at `path` (through a temporary file beside it); returns pages.

    Raises PrintError with a one-line message when the file cannot be written.
    """
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path()
    if target.is_dir():
        raise PrintError(f"{target} is a folder; give a file name ending in .pdf")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except FileNotFoundError:
        raise PrintError(f"cannot write {target}: the folder {folder} does not exist") from None
    except PermissionError:
        raise PrintError(f"cannot write {target}: no permission to write in {folder}") from None
    except OSError as error:
        raise PrintError(f"cannot write {target}: {error.strerror}") from None
    os.close(handle)
    try:
        pages = _pdf(call_list, temp, paper)
        if Path(temp).stat().st_size == 0:
            raise PrintError(f"cannot write {target}: nothing was written (is the disk full?)")
        Path(temp).replace(target)
    except OSError as error:
        raise PrintError(f"cannot write {target}: {error.strerror}") from None
    finally:
        Path(temp).unlink(missing_ok=True)
    return pages
