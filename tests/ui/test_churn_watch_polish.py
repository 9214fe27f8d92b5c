"""Churn watch polish: reasons start with a capital in English, the whole reason is in the tooltip
(one warning sign a line), and a long reason wraps instead of being cut."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from reminders.churn import Risk, RiskReason
from reminders.tiers import Tier
from storage.care_records import ClientRisk
from ui import i18n
from ui.care_labels import sentence_case
from ui.care_view import CareView
from ui.events import AppEvents

WHY = 4


def _risk(client_id: int, name: str, reasons: tuple[RiskReason, ...]) -> ClientRisk:
    return ClientRisk(client_id, name, Tier.FRIEND, "", datetime(2026, 5, 13), None, Risk(80, reasons))


SILENCE = RiskReason("silence", 40, days=195, interval=90)
LONG = (
    SILENCE,
    RiskReason("complaint", 20, since=date(2026, 10, 2), count=2),
    RiskReason("satisfaction", 10, was=5, now=3),
    RiskReason("price", 10, since=date(2026, 9, 1)),
)


@pytest.fixture
def view(qtbot):
    widget = CareView(AppEvents())
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_sentence_case_only_touches_the_first_letter() -> None:
    assert sentence_case("no contact for 61 days; said the price is too high") == (
        "No contact for 61 days; said the price is too high"
    )
    assert sentence_case("已 61 天未联络") == "已 61 天未联络"
    assert sentence_case("") == ""


def test_reasons_start_with_a_capital_and_the_tooltip_has_them_all(view) -> None:
    view._loaded(([_risk(1, "黄雪", LONG), _risk(2, "张琳", (SILENCE,))], [], [], []))
    model = view.risk_model
    shown = model.data(model.index(0, WHY))
    assert shown.startswith("No contact for 195 days, past the 90-day interval; an open complaint")
    tip = model.data(model.index(0, WHY), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        "No contact for 195 days, past the 90-day interval",
        "An open complaint since 2 Oct 2026 (2 open)",
        "Satisfaction fell from 5 to 3",
        "Said the price is too high",
    ]
    assert model.data(model.index(1, WHY)) == "No contact for 195 days, past the 90-day interval"


def test_a_long_reason_wraps_onto_a_taller_row(qtbot, view) -> None:
    font = view.font()
    font.setPixelSize(16)  # two lines of it do not fit in the 28-pixel row of one
    view.setFont(font)
    view._loaded(([_risk(1, "黄雪", LONG), _risk(2, "张琳", (SILENCE,))], [], [], []))
    table = view.risk_table
    header = table.horizontalHeader()
    assert header.sectionSize(0) < 150  # the client's column fits the names, the reason gets the room
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing() > table.rowHeight(1)  # two lines, not cut
    single = table.rowHeight(1)
    view.resize(1800, 500)  # wide enough for it all: back on one line
    qtbot.waitUntil(lambda: table.rowHeight(0) == single, timeout=2000)


def test_the_reasons_in_chinese_are_left_as_they_are(qapp, view) -> None:
    i18n.install(qapp, "zh_CN")
    view._loaded(([_risk(1, "黄雪", (SILENCE,))], [], [], []))
    assert view.risk_model.data(view.risk_model.index(0, WHY)).startswith("已 195 天未联络")


def test_the_lost_tab_counts_the_losses_still_open_and_says_so(view) -> None:
    from storage.care_records import LossEntry

    def loss(loss_id: int, outcome: str | None) -> LossEntry:
        return LossEntry(loss_id, loss_id, f"客户{loss_id}", Tier.FRIEND, date(2026, 10, 1), ("price",), "", "",
                         outcome, None, "")  # fmt: skip

    view._loaded(([], [], [], [loss(1, None), loss(2, "won_back"), loss(3, None)]))
    assert view.lost_model.rowCount() == 3
    assert view.tabs.tabText(3) == "Lost clients (2 open)"


def test_chinese_counts_and_scores_take_full_width_parentheses(qapp, view) -> None:
    i18n.install(qapp, "zh_CN")
    view._loaded(([_risk(1, "黄雪", (SILENCE,))], [], [], []))
    assert view.tabs.tabText(0).endswith("（1）")
    assert view.risk_model.data(view.risk_model.index(0, 2)).endswith("（80）")
    i18n.install(qapp, "en")
    view._loaded(([_risk(1, "Huang", (SILENCE,))], [], [], []))
    assert view.tabs.tabText(0).endswith(" (1)") and view.risk_model.data(view.risk_model.index(0, 2)).endswith(" (80)")


def test_the_at_risk_note_takes_the_room_beside_the_buttons_on_one_line(qapp, view) -> None:
    i18n.install(qapp, "zh_CN")
    try:
        view._loaded(([_risk(n, f"客户{n}", (SILENCE,)) for n in range(1, 105)], [], [], []))
        qapp.processEvents()
        note = view.risk_note
        lines = note.heightForWidth(note.width()) / note.fontMetrics().lineSpacing()
        assert lines < 1.5  # one line, not "…及以" / "上）"
    finally:
        i18n.install(qapp, "en")
