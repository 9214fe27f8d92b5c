"""A desktop that switches between light and dark while the app runs: labels coloured by a style sheet
follow the new palette (models and painters read the palette as they draw)."""

from __future__ import annotations

from palette_support import DARK_SCHEMES, scheme
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ui import colors
from ui.styled_text import set_text_style

R = QPalette.ColorRole


def dark() -> QPalette:
    return scheme(DARK_SCHEMES["audit"])


def test_a_styled_label_takes_the_dark_colour_when_the_theme_switches_and_back(qtbot, app_palette) -> None:
    app = app_palette
    window = QWidget()
    qtbot.addWidget(window)
    hint, heading = QLabel("hint", window), QLabel("heading", window)
    layout = QVBoxLayout(window)
    layout.addWidget(hint)
    layout.addWidget(heading)
    set_text_style(hint, colors.HINT)
    set_text_style(heading, colors.HEADING, extra="font-weight: 600;")
    window.show()
    light_hint = hint.styleSheet()
    assert light_hint == colors.style(colors.HINT)

    app.setPalette(dark())
    qtbot.waitUntil(lambda: hint.styleSheet() != light_hint)
    assert hint.styleSheet() == colors.style(colors.HINT)  # made for the dark palette now
    assert heading.styleSheet() == colors.style(colors.HEADING, extra="font-weight: 600;")
    shown = hint.palette().color(R.WindowText)
    assert colors.contrast_ratio(shown, dark().color(R.Window)) >= colors.NORMAL_TEXT

    app.setPalette(QPalette(QColor("#efefef")))
    qtbot.waitUntil(lambda: hint.styleSheet() == light_hint)


def test_a_label_styled_before_it_has_a_window_follows_too(qtbot, app_palette) -> None:
    label = QLabel("alone")
    qtbot.addWidget(label)
    set_text_style(label, colors.SECONDARY)
    before = label.styleSheet()
    app_palette.setPalette(dark())
    qtbot.waitUntil(lambda: label.styleSheet() != before)
    assert label.styleSheet() == colors.style(colors.SECONDARY)


def test_the_client_page_is_drawn_again_in_the_new_theme(qtbot, book_path, app_palette) -> None:
    from window_support import start_on_clients, stop

    from storage import clients
    from storage.db import open_book
    from storage.records import ClientDraft

    seeded = open_book(str(book_path))
    client_id = clients.create_client(seeded, ClientDraft(name="李四", company="华联超市", title="店长")).id
    seeded.close()
    controller = start_on_clients(qtbot, book_path)
    page = controller.window.clients.page
    controller.window.clients.open_client(client_id)
    qtbot.waitUntil(lambda: "华联超市" in page.browser.toPlainText())
    light_grey = colors.css(colors.secondary_text())
    assert light_grey in page.browser.toHtml() or light_grey.upper() in page.browser.toHtml().upper()

    app_palette.setPalette(dark())
    dark_grey = colors.css(colors.secondary_text())
    assert dark_grey != light_grey
    qtbot.waitUntil(lambda: dark_grey.lower() in page.browser.toHtml().lower())
    assert light_grey.lower() not in page.browser.toHtml().lower()
    stop(controller)


def test_every_coloured_label_of_the_window_follows_a_theme_switch(qtbot, book_path, app_palette) -> None:
    """A label given `colors.style()` directly would keep its light colour on a dark desktop."""
    from window_support import start_on_clients, stop

    from ui.styled_text import LIGHT_PROPERTY

    controller = start_on_clients(qtbot, book_path)
    window = controller.window
    qtbot.waitUntil(lambda: all(window.is_built(key) for key in ("clients", "calendar", "care", "dashboard")))
    coloured = [w for w in QApplication.allWidgets() if w.styleSheet().startswith("color:")]
    assert len(coloured) >= 5  # Today's summary, the clients' count, the calendar's hints, the notes…
    unfollowed = [f"{type(w).__name__} {w.objectName()!r}" for w in coloured if not w.property(LIGHT_PROPERTY)]
    assert not unfollowed
    app_palette.setPalette(dark())
    qtbot.waitUntil(
        lambda: all(
            w.styleSheet() == colors.style(w.property(LIGHT_PROPERTY), extra=w.property("guanxiExtraStyle") or "")
            for w in coloured
        )
    )
    stop(controller)
