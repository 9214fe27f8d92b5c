"""Screens of the relationship log for tools/screenshots.py: dashboard, churn watch, a client's
timeline and the log-a-contact dialog."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer


def _settle(ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class ViewShot:
    """Shows one view for a grab; closing goes back to the clients."""

    def __init__(self, window, key: str) -> None:
        self.window = window
        window.show_view(key)

    def grab(self):
        return self.window.grab()

    def close(self) -> None:
        self.window.show_view("clients")


def dashboard(window) -> ViewShot:
    shot = ViewShot(window, "dashboard")
    window.dashboard.reload()
    for _ in range(30):
        _settle(200)
        if window.dashboard.summary.text() and not window.dashboard._loading:
            break
    return shot


def team_dashboard(window) -> ViewShot:
    """The dashboard of a team book: the shots book's clients dealt out to three salespeople."""
    from sqlalchemy import text

    with window.book.engine.begin() as sql:  # as a team book on PostgreSQL would hold them
        sql.execute(text("UPDATE client SET owner = CASE id % 3 WHEN 0 THEN 'wang.fang' WHEN 1 THEN 'li.qiang' "
                         "ELSE 'zhang.min' END"))  # fmt: skip
    shot = dashboard(window)
    scroll = window.dashboard.team.parentWidget().parentWidget().parentWidget()
    scroll.ensureWidgetVisible(window.dashboard.team)
    _settle(300)
    return shot


def churn_watch(window) -> ViewShot:
    shot = ViewShot(window, "care")
    window.care.reload()
    for _ in range(30):
        _settle(200)
        if not window.care._loading and window.care.risk_model.rowCount():
            break
    return shot


def client_timeline(window) -> ViewShot:
    """The client with the longest log, their page scrolled to the relationship section."""
    from sqlalchemy import func, select

    from storage import care_models as cm

    shot = ViewShot(window, "clients")
    with window.book.Session() as session:
        client_id = session.scalar(
            select(cm.Contact.client_id).group_by(cm.Contact.client_id).order_by(func.count().desc()).limit(1)
        )
    window.clients.open_client(client_id)
    _settle(800)
    window.clients.page.browser.scrollToAnchor("relationship")
    return shot


def log_contact(window):
    from ui.log_dialog import LogContactDialog

    name = window.clients.model.client_row(3).name if window.clients.model.rowCount() > 3 else "张三"
    dialog = LogContactDialog([name], {"note": "中秋节前拜访, 送了一盒月饼; 问了新品的使用情况。"}, window)
    dialog.show()
    return dialog
