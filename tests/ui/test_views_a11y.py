"""The main views for screen readers and larger fonts: the tier is said, not only painted; lists, tables
and charts have names; what a cell's tooltip adds reaches a screen reader; headings, rows and charts
follow the user's font; widths fitted to another font start afresh; an overdue contact is said in words."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAccessible, QFont, QImage
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from reminders.agenda import AgendaItem, ClientDates, OccasionDetail
from reminders.cadence import CadenceStatus
from reminders.churn import Risk, RiskReason, RiskScale
from reminders.tiers import Tier
from storage import reminder_service as rs
from storage.care_records import ClientRisk, FavourBalance, LossEntry, Relationship
from storage.records import ClientRow
from ui import i18n
from ui import prefs as options
from ui.care_view import CareView
from ui.client_model import COLUMNS, ClientTableModel
from ui.client_relations import relationship_html
from ui.clients_table import default_column_widths, make_clients_table
from ui.events import AppEvents
from ui.main_window import MainWindow
from ui.occasion_model import COLUMNS as OCCASION_COLUMNS
from ui.occasion_model import OccasionTableModel
from ui.prefs import Prefs
from ui.table_model import RowsModel
from ui.tier_badge import TierBadgeDelegate, badge_row_height, tier_label
from ui.today_columns import PHONE, TIER
from ui.today_view import TodayView

NOW = datetime(2026, 3, 10, 10, 0)
TODAY = NOW.date()
NAME = QAccessible.Text.Name
DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


def reminder(client: str, **fields) -> rs.Reminder:
    day = fields.pop("day", TODAY)
    values = {
        "key": f"birthday:{client}:{day.isoformat()}",
        "client_id": 1,
        "client": client,
        "tier": Tier.FRIEND,
        "kind": "birthday",
        "occasion": "Birthday",
        "occasion_kind": "birthday",
        "festival": "",
        "date": day,
        "lunar": False,
        "lunar_text": "",
        "title": f"{client} · Birthday · {day.isoformat()}",
        "remind_on": (day,),
        "action": "Send a greeting",
        "phones": ("15336087537", "18712345678"),
        "last_contact_at": datetime(2026, 2, 1, 22, 49),
    }
    values.update(fields)
    return rs.Reminder(**values)


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(NAME)


def accessible_cell_names(widget: QWidget) -> list[str]:
    """What a screen reader reads for each child of a list (headers and cells)."""
    view = QAccessible.queryAccessibleInterface(widget)
    return [view.child(i).text(NAME) for i in range(view.childCount()) if view.child(i) is not None]


@pytest.fixture
def today_view(qtbot) -> TodayView:
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    return view


def _care_view(qtbot) -> CareView:
    view = CareView(AppEvents())
    qtbot.addWidget(view)
    risk = ClientRisk(
        1, "黄雪", Tier.ACQUAINTANCE, "", datetime(2026, 5, 13), None,
        Risk(65, (RiskReason("silence", 40, days=195, interval=90), RiskReason("satisfaction", 10, was=5, now=3))),
    )  # fmt: skip
    loss = LossEntry(2, 2, "王梅", Tier.CONFIDANT, date(2026, 10, 1), ("price",), "", "", None, None, "")
    view._loaded(([risk], [], [], [loss]))
    return view


# --- 1. the tier is said ---------------------------------------------------------------------------


def test_todays_tier_cell_reads_the_tier(today_view) -> None:
    today_view.show_items([reminder("孙宇")], TODAY)
    section = today_view.model.index(0, 0)
    item = today_view.model.index(0, TIER, section)
    assert item.data() == tier_label(Tier.FRIEND)
    assert tier_label(Tier.FRIEND) in accessible_cell_names(today_view.tree)


def test_the_churn_watch_tier_cells_read_the_tier(qtbot) -> None:
    view = _care_view(qtbot)
    assert view.risk_model.index(0, 1).data() == tier_label(Tier.ACQUAINTANCE)
    assert view.lost_model.index(0, 1).data() == tier_label(Tier.CONFIDANT)
    assert tier_label(Tier.ACQUAINTANCE) in accessible_cell_names(view.risk_table)


def test_the_badge_is_painted_alone_whatever_the_cells_text(qtbot) -> None:
    """The delegate paints the badge over a cell without its text: no doubled tier name."""

    def painted(text: str) -> QImage:
        model = RowsModel(["Tier"])
        model.tier_column = 0
        model.set_rows([(text,)], [None], [Tier.FRIEND])
        table = QTableView()
        qtbot.addWidget(table)
        table.setModel(model)
        table.setItemDelegateForColumn(0, TierBadgeDelegate(table))
        table.resize(300, 120)
        table.setColumnWidth(0, 200)
        return table.viewport().grab().toImage()

    assert painted(tier_label(Tier.FRIEND)) == painted("")


# --- 2. names --------------------------------------------------------------------------------------


def test_the_navigation_and_the_clients_list_have_names(qtbot) -> None:
    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    assert accessible_name(window.nav) == "Views"
    assert accessible_name(window.clients.table) == "Clients"


def test_todays_list_is_named_after_its_title(today_view) -> None:
    today_view.show_items([reminder("孙宇")], TODAY)
    assert today_view.title.text().startswith("Today, ")
    assert accessible_name(today_view.tree) == today_view.title.text()


def test_the_churn_watch_lists_are_named_after_their_tabs(qtbot) -> None:
    view = _care_view(qtbot)
    names = [accessible_name(t) for t in (view.risk_table, view.suggest_table, view.feedback_table, view.lost_table)]
    assert names == ["At risk", "Tier suggestions", "Open feedback", "Lost clients"]


def test_the_backups_list_has_a_name(qtbot, book) -> None:
    from ui.backups_dialog import BackupsDialog

    dialog = BackupsDialog(book, AppEvents())
    qtbot.addWidget(dialog)
    assert accessible_name(dialog.table) == "Backups"


def test_each_dashboard_panel_its_chart_and_its_table_are_named_by_the_title(qtbot) -> None:
    from ui.dashboard_view import DashboardView

    view = DashboardView(AppEvents())
    qtbot.addWidget(view)
    title = "Tier pyramid against the target shape"
    for widget in (view.pyramid, view.pyramid.view, view.pyramid.table):
        assert accessible_name(widget) == title
    panels = (view.pyramid, view.churn, view.contacts, view.overdue, view.complaints, view.reasons)
    assert len({accessible_name(panel) for panel in panels}) == 6


# --- 3. what a tooltip adds reaches a screen reader ------------------------------------------------


def test_todays_cells_describe_what_their_tooltips_add(today_view) -> None:
    today_view.show_items([reminder("孙宇"), reminder("王梅", client_id=2, phones=("13900001111",))], TODAY)
    section = today_view.model.index(0, 0)
    both_phones, one_phone = today_view.model.index(0, PHONE, section), today_view.model.index(1, PHONE, section)
    assert both_phones.data(DESCRIPTION) == both_phones.data(Qt.ItemDataRole.ToolTipRole)
    assert "18712345678" in both_phones.data(DESCRIPTION)
    last_contact = both_phones.siblingAtColumn(5)
    assert "22:49" in last_contact.data(DESCRIPTION)  # the time is only in the tooltip
    assert one_phone.data(DESCRIPTION) is None  # the tip says no more than the cell: not read twice
    assert one_phone.siblingAtColumn(0).data(DESCRIPTION) is None


def test_the_client_lists_second_phone_is_described(qtbot) -> None:
    row = ClientRow(1, "张三", Tier.FRIEND, "", ("13800000000", "13900000000"), (), None, None, None)
    model = ClientTableModel(lambda ids: [row])
    model.set_ids([1])
    phone = model.index(0, COLUMNS.index("phone"))
    assert phone.data() == "13800000000 (+1)"
    assert phone.data(DESCRIPTION) == "13800000000, 13900000000"


def test_the_churn_watch_reasons_are_described_one_a_line(qtbot) -> None:
    view = _care_view(qtbot)
    why = view.risk_model.index(0, 4)
    assert why.data(DESCRIPTION) == why.data(Qt.ItemDataRole.ToolTipRole)
    assert "\n" in why.data(DESCRIPTION)


def test_the_calendar_lists_occasions_are_described() -> None:
    detail = OccasionDetail(TODAY, "birthday", "生日", "", False, "", "生日（33岁）", age=33)
    model = OccasionTableModel("zh")
    model.set_rows([AgendaItem(ClientDates(7, "黄静", Tier.ACQUAINTANCE), detail)])
    cell = model.index(0, OCCASION_COLUMNS.index("occasion"))
    assert cell.data(DESCRIPTION) == cell.data(Qt.ItemDataRole.ToolTipRole) != cell.data()


# --- 4. sizes follow the font ----------------------------------------------------------------------


def _today_fonts(qtbot) -> tuple[float, float]:
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    return view.title.font().pointSizeF(), view.empty.font().pointSizeF()


def test_todays_title_and_empty_message_follow_the_font(qtbot, app_font) -> None:
    app_font(9)
    title_9, empty_9 = _today_fonts(qtbot)
    app_font(16)
    title_16, empty_16 = _today_fonts(qtbot)
    assert title_16 == pytest.approx(title_9 * 16 / 9)
    assert empty_16 == pytest.approx(empty_9 * 16 / 9)
    assert title_16 > 16 * 1.4  # still a heading, larger than the text under it


def test_todays_title_keeps_its_look_at_the_default_font(qtbot, app_font) -> None:
    app_font(10)
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    assert view.title.font().pointSizeF() * 96 / 72 == pytest.approx(20)  # the 20 px it was
    assert view.title.font().weight() == QFont.Weight.DemiBold
    assert view.empty.font().pointSizeF() * 96 / 72 == pytest.approx(15)


def _navigation(qtbot) -> tuple[float, int]:
    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    window.add_view("care", "Churn watch", QWidget(window))
    return window.nav.font().pointSizeF(), window.nav.width()


def test_the_navigation_follows_the_font(qtbot, app_font) -> None:
    app_font(9)
    points_9, width_9 = _navigation(qtbot)
    app_font(16)
    points_16, width_16 = _navigation(qtbot)
    assert points_16 == pytest.approx(points_9 * 16 / 9)
    assert width_9 == 150  # as it was at the usual sizes
    assert width_16 > width_9


def _clients_row_height(qtbot) -> tuple[int, int]:
    host = QWidget()
    qtbot.addWidget(host)
    table = make_clients_table(ClientTableModel(lambda ids: []), host)
    return table.verticalHeader().defaultSectionSize(), badge_row_height(table.fontMetrics())


def test_the_client_lists_rows_fit_the_badge_of_a_larger_font(qtbot, app_font) -> None:
    app_font(9)
    assert _clients_row_height(qtbot)[0] == 30
    app_font(16)
    height, badge = _clients_row_height(qtbot)
    assert height >= badge > 30


def test_the_churn_watch_rows_fit_the_badge_of_a_larger_font(qtbot, app_font) -> None:
    app_font(16)
    view = CareView(AppEvents())
    qtbot.addWidget(view)
    rows = view.risk_table.verticalHeader()
    assert rows.minimumSectionSize() >= badge_row_height(view.risk_table.fontMetrics()) > 28


def _dashboard(qtbot):
    from PySide6.QtCharts import QHorizontalBarSeries

    from ui.dashboard_view import DashboardView, Panel

    view = DashboardView(AppEvents())
    qtbot.addWidget(view)
    panel = Panel("t")
    qtbot.addWidget(panel)
    panel.bars([tier_label(t) for t in Tier], [("n", [1, 2, 3, 4], "#000")], kind=QHorizontalBarSeries)
    return view.summary.font().pointSizeF(), view.pyramid.minimumHeight(), panel.minimumHeight()


def test_the_dashboard_follows_the_font(qtbot, app_font) -> None:
    app_font(9)
    summary_9, panel_9, bands_9 = _dashboard(qtbot)
    app_font(16)
    summary_16, panel_16, bands_16 = _dashboard(qtbot)
    assert summary_16 == pytest.approx(summary_9 * 16 / 9)
    assert panel_9 == 300  # as it was at the usual sizes
    assert panel_16 == 480
    assert bands_16 > bands_9


# --- 5. widths fitted to another font start afresh -------------------------------------------------


def test_the_client_lists_widths_saved_at_another_font_start_afresh(qtbot, app_font) -> None:
    def window() -> MainWindow:
        opened = MainWindow(Prefs(), AppEvents())
        qtbot.addWidget(opened)
        opened.show()
        qtbot.waitExposed(opened)
        return opened

    app_font(9)
    first = window()
    header = first.clients.table.horizontalHeader()
    header.resizeSection(0, header.sectionSize(0) + 40)
    chosen = header.sectionSize(0)
    first.close()  # saves the layout
    assert Prefs().get(options.CLIENTS_HEADER_FONT).endswith(" 9pt")

    same = window()
    assert same.clients.table.horizontalHeader().sectionSize(0) == chosen  # same font: kept
    same.close()

    app_font(16)
    larger = window()
    table = larger.clients.table
    assert table.horizontalHeader().sectionSize(0) == default_column_widths(table)[0] != chosen


def _sized_today(qtbot, width: int) -> QByteArray:
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.tree.header().resizeSection(PHONE, width)
    return view.column_state()


def test_todays_widths_saved_at_another_font_or_language_start_afresh(qtbot, app_font) -> None:
    app_font(9)
    state = _sized_today(qtbot, 211)
    again = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(again)
    assert again.restore_columns(state)
    assert again.tree.columnWidth(PHONE) == 211

    app_font(16)
    larger = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(larger)
    default = larger.tree.columnWidth(PHONE)
    assert not larger.restore_columns(state)
    assert larger.tree.columnWidth(PHONE) == default != 211
    assert not larger.columns_set_by_user

    app_font(9)
    i18n.install(QApplication.instance(), "zh_CN")
    chinese = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(chinese)
    assert not chinese.restore_columns(state)


def test_todays_widths_saved_before_the_font_was_noted_are_still_restored(qtbot) -> None:
    view = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.tree.header().resizeSection(PHONE, 187)
    plain = view.tree.header().saveState()  # what earlier versions saved
    again = TodayView(AppEvents(), clock=lambda: NOW)
    qtbot.addWidget(again)
    assert again.restore_columns(plain)
    assert again.tree.columnWidth(PHONE) == 187


# --- 6. overdue in words ---------------------------------------------------------------------------


def _relationship(days_silent: int, *, own_interval: bool = False) -> Relationship:
    since = TODAY - timedelta(days=days_silent)
    cadence = CadenceStatus(30, since, days_silent, since + timedelta(days=30))
    return Relationship(
        1, None, cadence, Risk(0), 30 if own_interval else None, FavourBalance(), (), (), (), None
    )  # fmt: skip


def test_an_overdue_contact_is_said_in_words() -> None:
    overdue = relationship_html(_relationship(45), RiskScale())
    assert "45 days since the last contact (overdue)" in overdue
    assert "(overdue)" not in relationship_html(_relationship(10), RiskScale())


def test_the_keep_in_touch_line_reads_well_in_chinese() -> None:
    i18n.install(QApplication.instance(), "zh_CN")
    line = relationship_html(_relationship(45, own_interval=True), RiskScale())
    assert "每 30 天（此客户专属）" in line  # no space before a full-width bracket
