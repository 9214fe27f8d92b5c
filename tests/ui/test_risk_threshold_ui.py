"""The at-risk threshold in the window: Settings > Keep in touch loads and saves it, and the churn
watch, the client's page and the dashboard follow the book's value."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from reminders.tiers import Tier
from storage import clients, feedback, log
from storage.care_records import ContactDraft
from storage.care_settings import AT_RISK_FROM
from storage.records import ClientDraft
from storage.settings import get_option, set_option
from ui.care_settings_page import CareSettingsPage
from ui.care_view import CareView
from ui.client_relations import RelationsBar
from ui.dashboard_view import DashboardView
from ui.events import AppEvents

RISK = 2  # the churn watch's risk column


@pytest.fixture
def seeded(book):
    """Two clients at risk by default: 投诉 at 25 (an open complaint) and 嫌贵 at 40 (also the price)."""
    complaint = clients.create_client(book, ClientDraft(name="投诉", tier=Tier.FRIEND)).id
    feedback.open_feedback(book, complaint, "complaint", "送货慢")
    pricey = clients.create_client(book, ClientDraft(name="嫌贵", tier=Tier.FRIEND)).id
    feedback.open_feedback(book, pricey, "complaint", "质量问题")
    log.log_contact(book, ContactDraft(pricey, "phone", ("deal",), "", price_too_high=True))
    return book, pricey


def _page(qtbot, book, events=None) -> CareSettingsPage:
    page = CareSettingsPage(None, book, events or AppEvents())
    qtbot.addWidget(page)
    return page


def test_the_settings_page_loads_and_saves_the_threshold(qtbot, book) -> None:
    events = AppEvents()
    page = _page(qtbot, book, events)
    page.load()
    assert page.at_risk_from.value() == 25 and page.high_from.text() == "high risk from 50"
    assert (page.at_risk_from.minimum(), page.at_risk_from.maximum()) == (5, 100)
    page.at_risk_from.setValue(40)
    assert page.high_from.text() == "high risk from 65"
    with qtbot.waitSignal(events.settings_changed, timeout=1000):
        page.save()
    assert get_option(book, AT_RISK_FROM) == 40
    again = _page(qtbot, book)
    again.load()
    assert again.at_risk_from.value() == 40


def test_the_page_shows_the_default_for_a_stored_value_out_of_range_and_refuses_bad_input(qtbot, book) -> None:
    set_option(book, AT_RISK_FROM, 400)
    page = _page(qtbot, book)
    page.load()
    assert page.at_risk_from.value() == 25
    page.at_risk_from.setValue(1)
    assert page.at_risk_from.value() == 5  # the spin box offers no threshold the book would refuse


def test_the_churn_watch_list_and_levels_follow_the_threshold(qtbot, seeded) -> None:
    book, _ = seeded
    events = AppEvents()
    view = CareView(events)
    qtbot.addWidget(view)
    view.set_book(book)
    model = view.risk_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
    assert [model.data(model.index(row, RISK)) for row in range(2)] == ["Medium (40)", "Medium (25)"]
    set_option(book, AT_RISK_FROM, 30)
    events.settings_changed.emit()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    assert model.data(model.index(0, RISK)) == "Medium (40)"
    assert "risk score 30 or more" in view.risk_note.text()
    set_option(book, AT_RISK_FROM, 15)  # high from 40
    events.settings_changed.emit()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
    assert [model.data(model.index(row, RISK)) for row in range(2)] == ["High (40)", "Medium (25)"]


class _Window(QWidget):
    """What the relations bar reaches through its window: the book, the events and a page to redraw."""

    def __init__(self, book, events) -> None:
        super().__init__()
        self.book, self.events, self.redrawn = book, events, 0

    def refresh(self) -> None:
        self.redrawn += 1


def test_the_client_page_words_the_level_by_the_threshold_and_redraws_when_it_changes(qtbot, seeded) -> None:
    book, pricey = seeded
    events = AppEvents()
    window = _Window(book, events)
    qtbot.addWidget(window)
    bar = RelationsBar(window)
    bar.set_client(pricey)
    assert "Medium (40)" in bar.html(pricey)
    set_option(book, AT_RISK_FROM, 15)
    events.settings_changed.emit()
    assert window.redrawn == 1
    assert "High (40)" in bar.html(pricey)


def test_the_dashboard_counts_by_the_threshold_and_reloads_when_it_changes(qtbot, seeded) -> None:
    book, _ = seeded
    events = AppEvents()
    view = DashboardView(events)
    qtbot.addWidget(view)
    view.set_book(book)
    qtbot.waitUntil(lambda: "· 2 at risk ·" in view.summary.text(), timeout=10000)
    set_option(book, AT_RISK_FROM, 30)
    events.settings_changed.emit()
    qtbot.waitUntil(lambda: "· 1 at risk ·" in view.summary.text(), timeout=10000)
    assert "score of 30 or more" in view.summary.toolTip()
