"""Calendar polish: the list's header counts what the list shows (festivals and clients' own
occasions apart), and its columns fit the pane without a sideways scroll bar."""

from __future__ import annotations

import re
from datetime import date

import pytest

from reminders.parsing import parse_date_spec
from reminders.tiers import Tier
from storage import clients
from storage.records import ClientDraft, ImportantDate
from ui.calendar_view import CalendarView
from ui.events import AppEvents
from ui.occasion_model import COLUMNS


@pytest.fixture
def view(qtbot, book):
    clients.create_client(
        book, ClientDraft(name="左俊", tier=Tier.FRIEND, birthday=parse_date_spec("1991-09-25"))
    )  # fmt: skip
    for number in range(12):
        clients.create_client(
            book,
            ClientDraft(
                name=f"客户{number}",
                tier=Tier.ACQUAINTANCE,
                dates=[ImportantDate("公司周年庆典暨重要合作伙伴答谢会", parse_date_spec(f"2020-09-{number + 1:02d}"))],
            ),
        )
    widget = CalendarView(AppEvents())
    qtbot.addWidget(widget)
    widget.resize(1130, 690)  # as in the window of the screenshots
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_day(date(2026, 9, 25))
    with qtbot.waitSignal(widget.month_loaded, timeout=10000):
        widget.set_book(book)
    return widget


def test_the_day_header_counts_the_festival_and_the_client_occasion_apart(view) -> None:
    assert view.model.rowCount() == 2  # the Mid-Autumn row and 左俊's birthday
    title = view.list_title.text()
    assert re.search(r"— 1 festival(\(s\))? · 1 client occasion(\(s\))?$", title), title


def test_the_month_header_counts_every_row(view) -> None:
    view.whole_month.setChecked(True)
    rows = [view.model.row_at(r) for r in range(view.model.rowCount())]
    assert len(rows) == 14
    assert re.search(r"— 1 festival(\(s\))? · 13 client occasions?(\(s\))?$", view.list_title.text())


@pytest.mark.parametrize("whole", [False, True])
def test_the_columns_fit_the_pane(qtbot, view, whole) -> None:
    view.whole_month.setChecked(whole)
    table = view.table
    header = table.horizontalHeader()
    shown = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in shown) <= table.viewport().width(), timeout=2000)
    assert not table.horizontalScrollBar().isVisible()
    for column in shown:  # every header whole
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
    if not whole:  # a day's rows have room: the tier counts of the festival are not cut
        note = COLUMNS.index("note")
        assert header.sectionSize(note) >= table.sizeHintForColumn(note)
