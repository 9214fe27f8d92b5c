"""Today and the reminder popup as a user sees them: badges inside their rows, columns that show
what matters, a summary that adds up to the sections, and a popup in whole, readable rows."""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionButton

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage import clients
from storage import reminder_service as rs
from storage.records import ClientDraft, PhoneEntry
from ui import i18n
from ui.events import AppEvents
from ui.reminder_tray import HEADLINE_ROLE, ReminderPopup, ReminderRowDelegate, reminder_line
from ui.tier_badge import BADGE_MARGIN, TIER_COLOURS, badge_geometry, tier_label
from ui.today_columns import ACTION, OCCASION, PHONE
from ui.today_dialogs import QuickLogDialog
from ui.today_model import occasion_line
from ui.today_view import TodayView

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 10, 10, 0)
TODAY = NOW.date()
SCREENSHOT_FONT = "Noto Sans CJK SC"  # what tools/screenshots.py paints with
TIP = Qt.ItemDataRole.ToolTipRole


def reminder(client: str, day: date, *, kind: str = "birthday", occasion: str = "Birthday", **fields) -> rs.Reminder:
    values = {
        "key": f"{kind}:{client}:{day.isoformat()}",
        "client_id": 1,
        "client": client,
        "tier": Tier.ACQUAINTANCE,
        "kind": kind,
        "occasion": occasion,
        "occasion_kind": kind,
        "festival": "",
        "date": day,
        "lunar": False,
        "lunar_text": "",
        "title": f"{client} · {occasion} · {day.isoformat()}",
        "remind_on": (day,),
        "action": "Send a greeting",
        "phones": ("13900001111",),
        "last_contact_at": datetime(2026, 2, 1, 22, 49),
    }
    values.update(fields)
    return rs.Reminder(**values)


COMPLAINT = reminder(
    "胡杨",
    TODAY - timedelta(days=39),
    kind="complaint",
    occasion="Complaint",
    title=f"胡杨 · Complaint open for 39 days: 售后电话没人接 · {(TODAY - timedelta(days=39)).isoformat()}",
    action="Report the fix; ask them to keep an eye on it",
    phones=("15336087537", "18712345678"),
)
BIRTHDAY = reminder(
    "孙宇",
    TODAY - timedelta(days=2),
    title=f"孙宇 · Birthday (age 52) · {(TODAY - timedelta(days=2)).isoformat()} (lunar 1/20)",
    lunar=True,
    lunar_text="lunar 1/20",
    action="Call or visit",
)


@pytest.fixture
def today_view(qtbot) -> TodayView:
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    return view


@pytest.fixture
def screenshot_font() -> Iterator[None]:
    """The font and size the screenshots use, for the width checks."""
    if SCREENSHOT_FONT not in QFontDatabase.families():
        pytest.skip(f"{SCREENSHOT_FONT} is not installed")
    app = QApplication.instance()
    before = app.font()
    app.setFont(QFont(SCREENSHOT_FONT, 10))
    yield
    app.setFont(before)


def item_index(view: TodayView, client: str, column: int):
    model = view.model
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        parent = pending.pop(0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            node = model.node(index)
            if node.reminder is not None and node.reminder.client == client:
                return index.siblingAtColumn(column)
            pending.append(index)
    raise AssertionError(f"{client} not listed")


# --- 1. the tier badge -------------------------------------------------------------------------


def test_the_badges_fit_inside_the_rows_of_today_and_do_not_touch(qtbot, today_view) -> None:
    today_view.resize(1100, 500)
    today_view.show()
    today_view.show_items([BIRTHDAY, reminder("刘想", TODAY - timedelta(days=1)), COMPLAINT], TODAY)
    qtbot.waitExposed(today_view)
    tree = today_view.tree
    first, second = item_index(today_view, "孙宇", 1), item_index(today_view, "刘想", 1)
    upper, lower = tree.visualRect(first), tree.visualRect(second)
    metrics = tree.fontMetrics()
    badge, _text = badge_geometry(upper, metrics, tier_label(Tier.ACQUAINTANCE))
    assert badge.height() == metrics.height() + 2  # the row is tall enough for a full badge
    assert badge.top() >= upper.top() + BADGE_MARGIN and badge.bottom() <= upper.bottom() + 1 - BADGE_MARGIN
    # Painted: between two badges of adjacent rows there is a gap of the row's own colour.
    image = tree.viewport().grab().toImage()
    x = int(badge.center().x())  # the name does not reach the badge's edges: only its colour is there
    colour = TIER_COLOURS[Tier.ACQUAINTANCE].rgb() & 0xFFFFFF
    assert image.pixelColor(int(badge.left()) + 4, int(badge.center().y())).rgb() & 0xFFFFFF == colour
    assert lower.top() == upper.bottom() + 1
    for y in (upper.bottom(), lower.top()):
        assert image.pixelColor(x, y).rgb() & 0xFFFFFF != colour, f"the badges touch at y={y}"


def test_a_badge_in_a_short_row_shrinks_to_fit_with_a_margin() -> None:
    metrics = QFontMetrics(QFont(QApplication.font().family(), 16))
    cell = QRect(0, 100, 120, 24)  # a table row shorter than the font wants
    badge, text = badge_geometry(cell, metrics, "Acquaintance")
    assert badge.top() >= cell.top() + BADGE_MARGIN and badge.bottom() <= cell.bottom() + 1 - BADGE_MARGIN
    assert badge.right() <= cell.right() + 1 and text  # narrower than the name: elided, still inside
    top_gap, bottom_gap = badge.top() - cell.top(), cell.bottom() + 1 - badge.bottom()
    assert abs(top_gap - bottom_gap) <= 1  # centred


# --- 2. the columns --------------------------------------------------------------------------


def test_at_the_screenshot_size_occasion_action_and_phone_show_in_full(qtbot, screenshot_font) -> None:
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1130, 700)  # what Today gets in the 1280 x 780 window of tools/screenshots.py
    view.show()
    view.show_items([BIRTHDAY, COMPLAINT], TODAY)
    qtbot.waitExposed(view)
    index = item_index(view, "胡杨", OCCASION)
    assert index.data() == f"Complaint open for 39 days: 售后电话没人接 · {i18n.format_short_date(COMPLAINT.date)}"
    delegate = view.tree.itemDelegate()
    for column in (OCCASION, ACTION, PHONE):
        cell = index.siblingAtColumn(column)
        width = view.tree.fontMetrics().horizontalAdvance(cell.data()) + 16
        assert width <= view.tree.columnWidth(column), (cell.data(), view.tree.columnWidth(column))
        assert not delegate.is_cut(_option(view, cell), cell)
    assert index.siblingAtColumn(PHONE).data() == "15336087537 (+1)"


def _option(view: TodayView, index):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view.tree)
    option.rect = view.tree.visualRect(index)
    option.font = view.tree.font()
    option.fontMetrics = view.tree.fontMetrics()
    option.widget = view.tree
    return option


def test_cut_text_and_more_numbers_are_in_the_tooltip(qtbot, today_view) -> None:
    today_view.resize(900, 400)
    today_view.show()
    today_view.show_items([COMPLAINT], TODAY)
    qtbot.waitExposed(today_view)
    occasion = item_index(today_view, "胡杨", OCCASION)
    phone, last = occasion.siblingAtColumn(PHONE), occasion.siblingAtColumn(5)
    assert phone.data(TIP) == "15336087537, 18712345678"  # Qt.ToolTipRole: every number
    assert last.data() == "1 Feb 2026" and last.data(TIP) == "1 Feb 2026 22:49"
    delegate = today_view.tree.itemDelegate()
    today_view.tree.setColumnWidth(ACTION, 60)
    action = occasion.siblingAtColumn(ACTION)
    assert delegate.is_cut(_option(today_view, action), action)
    assert action.data(TIP) == COMPLAINT.action


def _hover_tip(view: TodayView, index) -> str:
    """The tooltip a hover over the cell shows ("" for none)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    centre = view.tree.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.tree.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.tree.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_hover_shows_a_tooltip_only_where_it_tells_more(qtbot, today_view) -> None:
    today_view.resize(1400, 400)
    today_view.show()
    today_view.show_items([COMPLAINT], TODAY)
    qtbot.waitExposed(today_view)
    name = item_index(today_view, "胡杨", 0)
    assert _hover_tip(today_view, name) == ""  # shown in full: nothing to add
    assert _hover_tip(today_view, name.siblingAtColumn(PHONE)) == "15336087537, 18712345678"


def test_widths_the_user_set_are_kept_and_remembered(qtbot, book_path) -> None:
    from ui.app import AppController
    from ui.prefs import TODAY_HEADER, Prefs

    controller = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(controller.window)
    controller.start()
    view = controller.reminders.today
    assert not view.columns_set_by_user and view.column_state() is None
    view.tree.header().resizeSection(ACTION, 137)  # as a drag of the header's handle does
    assert view.columns_set_by_user
    view.show_items([COMPLAINT], TODAY)
    assert view.tree.columnWidth(ACTION) == 137  # not fitted over the user's choice
    controller.window.close()
    assert not Prefs().get(TODAY_HEADER).isEmpty()
    controller.shutdown()

    again = AppController(Prefs(), str(book_path), offer_demo=False)
    qtbot.addWidget(again.window)
    again.start()
    assert again.reminders.today.tree.columnWidth(ACTION) == 137
    again.window.close()
    again.shutdown()


def test_untouched_widths_fit_the_action_once_the_list_is_in(today_view) -> None:
    today_view.show_items([COMPLAINT], TODAY)
    needed = today_view.tree.fontMetrics().horizontalAdvance(COMPLAINT.action)
    assert today_view.tree.columnWidth(ACTION) >= needed
    assert not today_view.columns_set_by_user


# --- 3. the summary --------------------------------------------------------------------------


def test_the_summary_counts_what_the_sections_count(qtbot, book) -> None:
    solar = CalendarKind.SOLAR
    for name, tier, month, day in (
        ("张三", Tier.CONFIDANT, 3, 10),
        ("李四", Tier.FRIEND, 3, 12),  # due now already (friends are told ahead), listed on the 12th
        ("王五", Tier.ACQUAINTANCE, 3, 3),
    ):
        draft = ClientDraft(name=name, tier=tier, birthday=DateSpec(solar, month, day, 1980))
        clients.create_client(book, draft)
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.set_book(book)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    items = view.model.all_reminders()
    assert any(r.due and r.date > TODAY for r in items)  # what the old "due now" count mixed in

    def count(title: str) -> int:
        return int(re.search(r"\((\d+)\)$", title).group(1))

    titles = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    overdue = sum(count(t) for t in titles if t.startswith("Overdue"))
    today = sum(count(t) for t in titles if t.startswith("Today"))
    coming = sum(count(t) for t in titles) - overdue - today
    assert overdue and today and coming
    assert view.summary.text() == f"{overdue} overdue · {today} today · {coming} coming up"


def test_the_summary_leaves_out_what_is_empty(today_view) -> None:
    today_view.show_items([reminder("张三", TODAY + timedelta(days=2))], TODAY)
    assert today_view.summary.text() == "1 coming up"


# --- 4. the snooze button --------------------------------------------------------------------


def test_the_snooze_button_has_room_for_its_menu_arrow(today_view) -> None:
    button = today_view.snooze_button
    assert isinstance(button, QPushButton) and button.menu() is today_view.snooze_menu
    option = QStyleOptionButton()
    option.initFrom(button)
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    assert button.sizeHint().width() >= text + arrow
    assert button.shortcut().toString() == "Alt+S"  # the mnemonic still opens it


# --- 5. the popup ----------------------------------------------------------------------------


def test_the_popup_shows_whole_rows_worded_as_today(qtbot) -> None:
    due = [BIRTHDAY, COMPLAINT] + [reminder(f"客户{i}", TODAY + timedelta(days=i)) for i in range(10)]
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    popup.show_reminders(due)
    qtbot.waitExposed(popup)
    rows = popup.list
    height = ReminderRowDelegate.row_height(rows.fontMetrics())
    assert rows.viewport().height() == ReminderPopup.VISIBLE_ROWS * height  # no row shows in part
    rows.scrollToBottom()
    qtbot.wait(10)
    first_shown = rows.indexAt(rows.viewport().rect().topLeft())
    assert rows.visualRect(first_shown).top() == 0
    last = rows.visualRect(rows.model().index(rows.count() - 1, 0))
    assert last.bottom() == rows.viewport().height() - 1
    for row, item in enumerate(due):
        shown = rows.item(row)
        assert shown.data(HEADLINE_ROLE) == occasion_line(item)
        assert item.date.isoformat() not in shown.text()  # days as Today writes them, not the engine's ISO
    assert "(lunar 1/20)" in rows.item(0).data(HEADLINE_ROLE)
    assert "Report the fix; ask them to keep an eye on it" in rows.item(1).toolTip()


@pytest.fixture
def english_with_plurals(tmp_path) -> Iterator[None]:
    """The English translation as `make i18n` makes it from the code as it is now (plurals included)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n as tool  # tools/i18n.py

    ts = tmp_path / "en.ts"
    shutil.copy(tool.ts_path("en"), ts)
    tool.update([ts])
    tool.fill_english(ts)
    tool.release(ts, tmp_path / "en.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "en.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_popup_title_counts_in_natural_english(qtbot, english_with_plurals) -> None:
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    popup.show_reminders([BIRTHDAY])
    assert popup.heading.text() == "1 reminder"
    popup.show_reminders([BIRTHDAY, COMPLAINT])
    assert popup.heading.text() == "2 reminders"


def test_the_tray_lines_use_todays_wording() -> None:
    line = reminder_line(BIRTHDAY)
    assert line == f"孙宇 · Birthday (age 52) · {i18n.format_short_date(BIRTHDAY.date)} (lunar 1/20) — Call or visit"


# --- 6. Chinese punctuation ------------------------------------------------------------------


def test_chinese_text_built_here_uses_full_width_punctuation(qtbot, today_view) -> None:
    i18n.install(QApplication.instance(), "zh_CN")
    lunar = reminder(
        "孙宇", TODAY - timedelta(days=2), occasion="生日", lunar=True, lunar_text="农历正月二十",
        title=f"孙宇 · 生日 · {(TODAY - timedelta(days=2)).isoformat()}", action="打电话或上门祝贺",
    )  # fmt: skip
    today_view.show_items([lunar], TODAY)
    section = today_view.model.index(0, 0).data()
    assert section.endswith("（1）") and "(" not in section
    occasion = item_index(today_view, "孙宇", OCCASION).data()
    assert occasion.endswith("3月8日（农历正月二十）")
    assert reminder_line(lunar).endswith("（农历正月二十）——打电话或上门祝贺")
    dialog = QuickLogDialog([lunar])
    qtbot.addWidget(dialog)
    assert dialog.note() == "生日：打电话或上门祝贺"


def test_the_popup_of_a_live_book_lists_each_due_item_once(qtbot, book) -> None:
    clients.create_client(
        book,
        ClientDraft(
            name="张三", tier=Tier.CONFIDANT, birthday=DateSpec(CalendarKind.SOLAR, 3, 10, 1980),
            phones=[PhoneEntry("13900001111")],
        ),
    )  # fmt: skip
    due = rs.due_now(book, NOW, "en")
    popup = ReminderPopup()
    qtbot.addWidget(popup)
    popup.show_reminders(due)
    assert popup.list.count() == len(due) > 0
    assert popup.list.height() < ReminderPopup.VISIBLE_ROWS * ReminderRowDelegate.row_height(popup.fontMetrics())
