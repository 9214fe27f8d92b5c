"""Laptops at 125-200 % scale: the calendar's festival names and crisp borders, dialogs that fit the
screen and show every line of their wrapped hints (a 1080p laptop at 150 % has 1280x672 logical pixels
free, at 175 % 1097x569)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit

from ui import geometry
from ui.calendar_grid import RING_WIDTH, SELECTED_BORDER, TODAY_RING, OccasionCalendar

ROOT = Path(__file__).resolve().parents[2]
#: What Windows leaves of a 1080p laptop's screen (less the taskbar), in logical pixels.
AT_150 = QSize(1280, 672)
AT_175 = QSize(1097, 569)
#: A Windows title bar at these scales, in logical pixels (about 31).
TITLE_BAR = 32
SCREENSHOT_FONT = "Noto Sans CJK SC"  # what tools/screenshots.py paints with (close to Microsoft YaHei)


def screen_of(monkeypatch: pytest.MonkeyPatch, size: QSize) -> None:
    monkeypatch.setattr(geometry, "available_size", lambda near=None: size)


@pytest.fixture
def screenshot_font(qapp) -> None:
    """Some measurements are made with the screenshots' font (heights differ from font to font)."""
    if SCREENSHOT_FONT not in QFontDatabase.families():
        pytest.skip("the screenshots' CJK font is not installed")


needs_screenshot_font = pytest.mark.usefixtures("screenshot_font")


# --- 1. festival names get their lines before the lunar day ----------------------------------------------


class RecordingPainter(QPainter):
    """A painter that keeps the texts drawn, top to bottom as drawn."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[int, str]] = []

    def drawText(self, *args) -> None:
        where, text = args[0], args[-1]
        if isinstance(text, str):
            self.texts.append((int(where.top()), text))
        super().drawText(*args)


def texts_in_cell(calendar: OccasionCalendar, day: date, cell: QSize) -> list[str]:
    """The texts the cell of `day` shows, top to bottom, when it is `cell` large."""
    image = QImage(cell, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    calendar.paintCell(painter, QRect(QPoint(0, 0), cell), QDate(day))
    painter.end()
    return [text for _top, text in sorted(painter.texts, key=lambda drawn: drawn[0])]


def painted_texts(calendar: OccasionCalendar, day: date, lines: int, width: int) -> list[str]:
    """The texts a cell of `day` shows when `width` px wide and tall enough for `lines` small lines
    (and half of another) under the day's number."""
    _big, small = calendar._fonts()
    line = QFontMetrics(small).height()
    under_number = calendar.line_room(QRect(0, 0, width, 200)).top()  # the number's line, in a cell's inside
    height = 4 + under_number + lines * line + line // 2 + 4  # the inside is 4 px from the cell's edges
    return texts_in_cell(calendar, day, QSize(width, height))


def cell_width_for(calendar: OccasionCalendar, text: str) -> int:
    """A cell just wide enough for `text` in the grid's small font (the cell's 6 px padding each side)."""
    _big, small = calendar._fonts()
    return QFontMetrics(small).horizontalAdvance(text) + 4 + 12


MID_AUTUMN_2026 = date(2026, 9, 25)  # 十五, one festival
MID_AUTUMN_AND_NATIONAL_DAY = date(2020, 10, 1)  # 十五, two festivals


def test_a_festival_name_wraps_to_two_lines_where_the_lunar_day_would_leave_it_one(qtbot) -> None:
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    width = cell_width_for(calendar, "Autumn")  # "Mid-Autumn" needs two lines
    assert painted_texts(calendar, MID_AUTUMN_2026, 2, width) == ["25", "Mid-", "Autumn"]  # no "十五", no "Mid-Au…"


def test_with_room_for_both_the_lunar_day_stays_above_the_festival(qtbot) -> None:
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    width = cell_width_for(calendar, "Autumn")
    assert painted_texts(calendar, MID_AUTUMN_2026, 3, width) == ["25", "十五", "Mid-", "Autumn"]
    wide = cell_width_for(calendar, "Mid-Autumn")  # one line for the festival, one for the lunar day
    assert painted_texts(calendar, MID_AUTUMN_2026, 2, wide) == ["25", "十五", "Mid-Autumn"]


def test_two_festivals_on_one_day_take_a_line_each_before_the_lunar_day(qtbot) -> None:
    calendar = OccasionCalendar("zh")
    qtbot.addWidget(calendar)
    width = cell_width_for(calendar, "中秋节")
    assert painted_texts(calendar, MID_AUTUMN_AND_NATIONAL_DAY, 2, width) == ["1", "中秋节", "国庆节"]
    assert painted_texts(calendar, MID_AUTUMN_AND_NATIONAL_DAY, 3, width) == ["1", "十五", "中秋节", "国庆节"]


def test_a_day_without_festivals_keeps_its_lunar_day_in_the_shortest_cell(qtbot) -> None:
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    assert painted_texts(calendar, date(2026, 9, 24), 1, 60) == ["24", "十四"]


def test_a_festival_too_long_for_the_cell_ends_in_an_ellipsis_without_the_lunar_day(qtbot) -> None:
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    width = cell_width_for(calendar, "National Day")
    texts = painted_texts(calendar, MID_AUTUMN_AND_NATIONAL_DAY, 1, width)
    assert len(texts) == 2 and texts[1].startswith("Mid-") and texts[1].endswith("…")


@needs_screenshot_font
@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        (QSize(66, 82), ["25", "十五", "Mid-", "Autumn"]),  # 150 %: the grid's cells in a 1180x631 window
        (QSize(66, 65), ["25", "Mid-", "Autumn"]),  # 175 %: in a 1031x534 window
    ],
)
def test_mid_autumn_in_the_grid_cells_of_scaled_laptops(qtbot, cell: QSize, shown: list[str]) -> None:
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    calendar.setFont(QFont(SCREENSHOT_FONT, 10))
    assert texts_in_cell(calendar, MID_AUTUMN_2026, cell) == shown


# --- 4. crisp rings at fractional scales -----------------------------------------------------------------


@pytest.mark.parametrize("scale", [1.25, 1.5, 1.75])
def test_today_and_selection_rings_are_crisp_at_fractional_scales(qtbot, scale: float) -> None:
    calendar = OccasionCalendar("en")
    qtbot.addWidget(calendar)
    today = date.today()
    calendar.setSelectedDate(QDate(today))
    fill = calendar.cell_background(today, selected=True)
    ring, border = calendar.graphic(TODAY_RING, fill), calendar.graphic(SELECTED_BORDER, fill)
    cell = QRect(1, 1, 90, 80)  # an odd logical edge: between device pixels at 1.25, 1.5 and 1.75
    image = QImage(round(100 * scale), round(90 * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(fill)  # so only the rings can blend at the cell's edge
    painter = QPainter(image)
    calendar.paintCell(painter, cell, QDate(today))
    painter.end()

    band = range(int(cell.left() * scale), int((cell.left() + 2 * RING_WIDTH) * scale) + 2)  # both rings, left
    rows = range(int(cell.top() * scale + 40 * scale), int(cell.top() * scale + 60 * scale))  # below the texts
    seen = {image.pixelColor(x, y).name() for x in band for y in rows}
    assert seen <= {ring.name(), border.name(), fill.name()}, "blended (soft) pixels in the rings"
    assert {ring.name(), border.name()} <= seen


# --- 2. dialogs sized for their wrapped labels -----------------------------------------------------------


def wrapping_dialog(qtbot) -> tuple[QDialog, QLabel]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    hint = QLabel("A hint long enough to wrap onto several lines in a dialog of a few hundred pixels. " * 4)
    hint.setWordWrap(True)
    form.addRow(hint)
    for number in range(4):
        form.addRow(f"Field {number}", QLineEdit())
    return dialog, hint


def test_fit_dialog_gives_the_wrapped_label_its_height_for_the_width(qtbot, monkeypatch) -> None:
    screen_of(monkeypatch, AT_150)
    dialog, hint = wrapping_dialog(qtbot)
    geometry.fit_dialog(dialog)
    assert dialog.width() == dialog.sizeHint().width()
    assert dialog.height() == dialog.layout().totalHeightForWidth(dialog.width())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert hint.height() >= hint.heightForWidth(hint.width())


def test_fit_dialog_stays_within_a_small_screen(qtbot, monkeypatch) -> None:
    small = QSize(300, 150)
    screen_of(monkeypatch, small)
    dialog, _hint = wrapping_dialog(qtbot)
    geometry.fit_dialog(dialog)
    assert dialog.width() <= small.width() and dialog.height() <= small.height()


def run_at_scale(tmp_path: Path, screen: QSize, scale: float, language: str, build: str, measure: str) -> dict:
    """Run `build` (which makes `dialog`) in a fresh app on an offscreen screen of `screen` logical pixels
    at `scale`, with the screenshots' font; show the dialog, then run `measure`, which fills the dict
    `found` (returned, with the screen's free height and the dialog's height)."""
    config = tmp_path / "screen.json"
    physical = {"width": round(screen.width() * scale), "height": round(screen.height() * scale)}
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, **physical, "dpr": 1}]}))
    script = "\n".join(
        [
            "import json",
            "from PySide6.QtGui import QFont",
            "from PySide6.QtWidgets import QApplication",
            "from ui import i18n",
            "app = QApplication(['guanxi'])",
            f"app.setFont(QFont({SCREENSHOT_FONT!r}, 10))",
            f"i18n.install(app, {language!r})",
            "found = {}",
            build,
            "dialog.show()",
            "for _ in range(5): app.processEvents()",
            measure,
            "found['free'] = app.primaryScreen().availableGeometry().height()",
            "found['dialog'] = dialog.height()",
            "print(json.dumps(found))",
        ]
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(scale)}
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


SCALED_LAPTOPS = pytest.mark.parametrize(
    ("screen", "scale", "language"), [(AT_150, 1.5, "en"), (AT_175, 1.75, "en"), (AT_175, 1.75, "zh_CN")]
)


def a_friend(tmp_path: Path) -> str:
    """Script lines opening a book in `tmp_path` with one client of the friend tier (`book`, `client`)."""
    return "\n".join(
        [
            "from reminders.tiers import Tier",
            "from storage.clients import create_client",
            "from storage.db import open_book",
            "from storage.records import ClientDraft",
            f"book = open_book({str(tmp_path / 'book.sqlite3')!r})",
            "client = create_client(book, ClientDraft(name='王芳', tier=int(Tier.FRIEND)))",
        ]
    )


@needs_screenshot_font
@SCALED_LAPTOPS
def test_the_client_reminders_hint_shows_every_line_on_a_scaled_laptop(
    tmp_path: Path, screen: QSize, scale: float, language: str
) -> None:
    build = "\n".join(
        [
            a_friend(tmp_path),
            "from ui.client_reminders_dialog import ClientRemindersDialog",
            "dialog = ClientRemindersDialog(book, client.id, client.name)",
        ]
    )
    measure = "\n".join(
        [
            "hint = dialog.layout().itemAt(0).widget()",
            "found.update(hint=hint.height(), needed=hint.heightForWidth(hint.width()))",
        ]
    )
    found = run_at_scale(tmp_path, screen, scale, language, build, measure)
    assert found["hint"] >= found["needed"]
    assert found["dialog"] + TITLE_BAR <= found["free"]


@needs_screenshot_font
@SCALED_LAPTOPS
def test_the_log_contact_note_keeps_its_own_height_on_a_scaled_laptop(
    tmp_path: Path, screen: QSize, scale: float, language: str
) -> None:
    """Qt's first size (2/3 of the screen) left the note box at its 90 px minimum; the note gets the height
    it asks for now, and the dialog still fits."""
    build = "\n".join(
        [
            "from ui.log_dialog import LogContactDialog",
            "dialog = LogContactDialog(['王芳', '李娜', '张伟', '刘洋', '陈静', '杨磊', '赵敏'])",
        ]
    )
    measure = "found.update(note=dialog.note.height(), wanted=dialog.note.sizeHint().height())"
    found = run_at_scale(tmp_path, screen, scale, language, build, measure)
    assert found["note"] >= found["wanted"]
    assert found["dialog"] + TITLE_BAR <= found["free"]


# --- 3. windows that fit a 175 % laptop (1097x569 free) ----------------------------------------------


@needs_screenshot_font
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_client_form_fits_a_175_percent_laptop_with_save_in_view(tmp_path: Path, language: str) -> None:
    build = "\n".join([a_friend(tmp_path), "from ui.client_form import ClientDialog", "dialog = ClientDialog(book)"])
    measure = "\n".join(
        [
            "from PySide6.QtWidgets import QDialogButtonBox",
            "box = dialog.findChild(QDialogButtonBox)",
            "found['minimum'] = dialog.minimumHeight()",
            "found['layout_minimum'] = dialog.layout().totalMinimumSize().height()",
            "found['buttons_bottom'] = box.mapTo(dialog, box.rect().bottomLeft()).y()",
        ]
    )
    found = run_at_scale(tmp_path, AT_175, 1.75, language, build, measure)
    assert found["minimum"] + TITLE_BAR <= found["free"]  # the window can shrink to the screen
    assert found["layout_minimum"] <= found["minimum"]  # and its pages, tabs and buttons still fit then
    assert found["dialog"] + TITLE_BAR <= found["free"]  # the first-open size
    assert found["buttons_bottom"] < found["dialog"]


def test_the_client_form_still_opens_tall_on_a_roomy_screen(qtbot, book, monkeypatch) -> None:
    from ui.client_form import ClientDialog

    screen_of(monkeypatch, QSize(1536, 816))  # 125 %
    dialog = ClientDialog(book)
    qtbot.addWidget(dialog)
    assert dialog.size() == QSize(780, 767)  # geometry's share of the screen, the Basics page whole


def test_the_import_wizard_fits_a_175_percent_laptop(qtbot, book, monkeypatch) -> None:
    from ui.events import AppEvents
    from ui.import_wizard import ImportWizard

    screen_of(monkeypatch, AT_175)
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    assert wizard.height() + TITLE_BAR <= AT_175.height()
    assert wizard.width() == 820


def test_the_winback_plan_fits_a_175_percent_laptop(qtbot, book, monkeypatch) -> None:
    from datetime import timedelta

    from storage.clients import create_client
    from storage.records import ClientDraft
    from storage.winback import mark_lost
    from ui.events import AppEvents
    from ui.winback_dialog import WinBackDialog

    screen_of(monkeypatch, AT_175)
    client = create_client(book, ClientDraft(name="王芳"))
    loss = mark_lost(book, client.id, date.today() - timedelta(days=2), ["price"])
    dialog = WinBackDialog(book, AppEvents(), loss)
    qtbot.addWidget(dialog)
    assert dialog.height() + TITLE_BAR <= AT_175.height()
    assert dialog.width() == 620


def test_the_mark_lost_dialog_is_sized_for_its_wrapped_reasons(qtbot, monkeypatch) -> None:
    from ui.winback_dialog import MarkLostDialog

    screen_of(monkeypatch, AT_175)
    dialog = MarkLostDialog("王芳")
    qtbot.addWidget(dialog)
    assert dialog.height() == dialog.layout().totalHeightForWidth(dialog.width())
    assert dialog.height() + TITLE_BAR <= AT_175.height()
