"""Render the main screens to PNG files, in Chinese and in English: `make screenshots`.

Runs offscreen (or under Xvfb) on a throwaway demo book, so a person can look at
what the app shows without touching a real book.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out_dir: str) -> int:
    home = tempfile.mkdtemp(prefix="guanxi-shots-")
    os.environ["GUANXI_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QFont, QFontDatabase

    from storage.db import open_book
    from storage.demo import fill_demo
    from ui import i18n
    from ui.app import AppController, make_application
    from ui.prefs import Prefs

    book_path = Path(home) / "shots.sqlite3"
    book = open_book(str(book_path))
    fill_demo(book, 300, seed=3)
    book.close()
    _prepare_book(book_path)

    app = make_application(["guanxi"])
    families = QFontDatabase.families()
    cjk = next((f for f in ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei") if f in families), None)
    if cjk:
        app.setFont(QFont(cjk, 10))
    else:
        print("warning: no CJK font found; install fonts-noto-cjk", file=sys.stderr)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab(widget: QWidget, name: str) -> None:
        settle(150)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    for language in ("zh_CN", "en"):
        i18n.install(app, language)
        controller = AppController(Prefs(), str(book_path), offer_demo=False)
        controller.window.resize(1280, 780)
        controller.start()
        for _ in range(40):
            settle(100)
            if controller.book is not None and controller.window.clients.model.rowCount() > 50:
                break
        window = controller.window
        clients = window.clients
        window.show_view("clients")  # Today is the home view
        clients.table.selectRow(3)
        grab(window, f"{language}-clients")
        for shot, action in SCREENS:
            widget = action(window)
            grab(widget, f"{language}-{shot}")
            if isinstance(widget, QDialog):
                widget.done(0)  # not close(): a form with something typed would ask before discarding it
            else:
                widget.close()
        clients.search.setText("zw")
        grab(window, f"{language}-search-zw")
        window.close()
        controller.book.close()
    shutil.rmtree(SAMPLES, ignore_errors=True)
    return 0


def _client_form(window) -> QWidget:
    from storage import clients as service
    from ui.client_form import ClientDialog

    cid = window.clients.model.client_id(3)
    dialog = ClientDialog(window.book, service.get_client(window.book, cid), window)
    dialog.resize(760, 640)
    dialog.show()
    return dialog


def _client_form_dates(window) -> QWidget:
    dialog = _client_form(window)
    dialog.tabs.setCurrentIndex(2)
    return dialog


def _client_form_event(window) -> QWidget:
    from datetime import date

    dialog = _client_form_dates(window)
    row = dialog.dates.add_row()
    row.kind.setCurrentIndex(row.kind.findData("full_month"))
    row.helper.kind_chosen()
    row.person.setText("孙女 小雨")
    row.helper.set_from_birth(date(2026, 8, 26))
    return dialog


def _settings(window) -> QWidget:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.prefs, window.book, window.events, window)
    dialog.show()
    return dialog


class _ViewShot:
    """Shows one view of the window for a grab; closing it goes back to the clients."""

    def __init__(self, window, key: str) -> None:
        self.window = window
        window.show_view(key)

    def grab(self):
        return self.window.grab()

    def close(self) -> None:
        self.window.calendar.whole_month.setChecked(False)
        self.window.show_view("clients")


def _calendar(window) -> _ViewShot:
    from datetime import date

    from PySide6.QtCore import QEventLoop, QTimer

    shot = _ViewShot(window, "calendar")
    view = window.calendar
    loop = QEventLoop()
    view.month_loaded.connect(loop.quit)
    QTimer.singleShot(5000, loop.quit)
    view.show_day(date(2026, 9, 25))
    view.reload()
    loop.exec()
    return shot


def _calendar_month(window) -> _ViewShot:
    shot = _calendar(window)
    window.calendar.whole_month.setChecked(True)
    return shot


def _settings_festivals(window) -> QWidget:
    from ui.festival_settings import FestivalsPage

    dialog = _settings(window)
    pages = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(next(i for i, page in enumerate(pages) if isinstance(page, FestivalsPage)))
    dialog.resize(760, 680)
    return dialog


def _birth_date(window) -> QWidget:
    from ui.family_dates import BirthDateDialog

    dialog = BirthDateDialog("full_month", window)
    dialog.show()
    return dialog


SCREENS: list[tuple[str, Callable]] = [
    ("client-form", _client_form),
    ("client-form-dates", _client_form_dates),
    ("client-form-event", _client_form_event),
    ("settings", _settings),
    ("calendar", _calendar),
    ("calendar-month", _calendar_month),
    ("settings-festivals", _settings_festivals),
    ("birth-date", _birth_date),
    ("today", lambda window: _today_shot(window)),
    ("reminder-popup", lambda window: _reminder_popup(window)),
    ("settings-reminders", lambda window: _settings_reminders(window)),
    ("dashboard", lambda window: _care("dashboard", window)),
    ("churn-watch", lambda window: _care("churn_watch", window)),
    ("client-timeline", lambda window: _care("client_timeline", window)),
    ("log-contact", lambda window: _care("log_contact", window)),
    ("import-file", lambda window: _import_file(window)),
    ("import-mapping", lambda window: _import_mapping(window)),
    ("import-check", lambda window: _import_check(window)),
    ("import-problems", lambda window: _import_problems(window)),
    ("import-refused", lambda window: _import_refused(window)),
    ("backups", lambda window: _backups(window)),
    ("call-list", lambda window: _call_list(window)),
    ("call-list-pdf", lambda window: _call_list_pdf(window)),
    ("settings-call-list", lambda window: _settings_page(window, "ui.call_list_settings", "CallListPage")),
    ("settings-care", lambda window: _settings_page(window, "ui.care_settings_page", "CareSettingsPage")),
    ("gift", lambda window: _gift(window)),
    ("feedback", lambda window: _feedback(window)),
    ("feedback-step", lambda window: _feedback_step(window)),
    ("mark-lost", lambda window: _mark_lost(window)),
    ("winback", lambda window: _winback(window)),
    ("client-reminders", lambda window: _client_reminders(window)),
    ("error-message", lambda window: _error_message(window)),
    ("team-dashboard", lambda window: _care("team_dashboard", window)),  # last: it deals the clients out
]


def _care(name: str, window):
    from tools import care_shots

    return getattr(care_shots, name)(window)


def _today_shot(window):
    from tools.reminder_shots import today_shot

    return today_shot(window)


def _reminder_popup(window) -> QWidget:
    from tools.reminder_shots import reminder_popup

    return reminder_popup(window)


def _settings_reminders(window) -> QWidget:
    from tools.reminder_shots import settings_reminders

    return settings_reminders(window, _settings(window))


# --- dialogs: import, backups, call list, the relationship log, reminders, an error ----------------

#: The files the import scenes read; a fixed folder, so the paths shown are the same on every run.
SAMPLES = Path(tempfile.gettempdir()) / "guanxi-shots-files"
SAMPLE_FILES = {
    # 客户编号 is a column the notebook does not know: the mapping page shows it as not imported.
    "客户名单.csv": "姓名,手机,公司,职务,生日,标签,客户编号,备注\n"
    "黄建华,13800138001,华联超市,采购经理,1975-03-08,VIP;华东,KH-0012,喜欢喝茶\n"
    "周丽,13900139002,美佳服饰,店长,农历八月十五,零售,KH-0013,\n"
    "郑国强,13700137003,宏远建材,总经理,1968-11-30,建材;老客户,KH-0014,每月初结款\n"
    "孙雅琴,13600136004,鸿福酒楼,老板娘,1982-06-21,餐饮,KH-0015,\n",
    "展会名片.csv": "姓名,手机,公司,生日\n"
    "吴志明,1380013800,星光电器,1980-02-30\n"
    "冯晓东,13800138006,,\n"
    "陈美玲,abc,蓝天物流,1979-07-12\n",
    # No header row: refused on the first page, with a message saying what to add.
    "通讯录导出.csv": "张伟,13800138000,华联超市\n李娜,13900139000,美佳服饰\n",
}


def _write_samples(book) -> None:
    """The sample files; the client list ends with a client the demo book holds already (same phone)."""
    from storage.clients import get_client

    known = get_client(book, 5).draft
    phone = known.phones[0].number if known.phones else ""
    SAMPLES.mkdir(exist_ok=True)
    for name, text in SAMPLE_FILES.items():
        if name == "客户名单.csv":
            text += f"{known.name},{phone},{known.company},{known.title},,,KH-0016,\n"
        (SAMPLES / name).write_text(text, "utf-8")


def _prepare_book(book_path: Path) -> None:
    """What the dialog scenes need in the demo book: a name on the call list, a few backups."""
    from datetime import datetime, timedelta

    from storage.backups import take_backup
    from storage.db import open_book
    from storage.settings import SALESPERSON, set_option

    book = open_book(str(book_path))
    set_option(book, SALESPERSON, "刘小明")
    _write_samples(book)
    book.close()
    now = datetime.now().replace(second=0, microsecond=0)
    for age, reason in (
        (timedelta(days=30, hours=2), "migration-0007"),
        (timedelta(days=9, hours=5), "auto"),
        (timedelta(days=3, hours=1), "before-import"),
        (timedelta(days=1, hours=3), "manual"),
        (timedelta(hours=2), "auto"),
    ):
        take_backup(book_path, reason, now - age)


def _settle(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_for(condition: Callable[[], bool], seconds: float = 20) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        _settle(100)
    print("warning: a scene did not get ready in time", file=sys.stderr)


def _wizard_at_mapping(window, name: str = "客户名单.csv"):
    from ui.import_wizard import ImportWizard

    wizard = ImportWizard(window.book, window.events, window)
    wizard.show()
    wizard.file_page.path.setText(str(SAMPLES / name))
    wizard.next()  # reads the file on a thread, then moves on
    _wait_for(lambda: wizard.currentPage() is wizard.mapping_page)
    return wizard


def _import_file(window) -> QWidget:
    from ui.import_wizard import ImportWizard

    wizard = ImportWizard(window.book, window.events, window)
    wizard.file_page.path.setText(str(SAMPLES / "客户名单.csv"))
    wizard.show()
    return wizard


def _import_mapping(window) -> QWidget:
    return _wizard_at_mapping(window)


def _checked(wizard) -> QWidget:
    wizard.next()
    _wait_for(lambda: wizard.check_page.checked is not None)
    wizard.wait_idle()
    return wizard


def _import_check(window) -> QWidget:
    return _checked(_wizard_at_mapping(window))


def _import_problems(window) -> QWidget:
    return _checked(_wizard_at_mapping(window, "展会名片.csv"))


def _import_refused(window) -> QWidget:
    wizard = _import_file(window)
    wizard.file_page.path.setText(str(SAMPLES / "通讯录导出.csv"))
    wizard.next()
    _wait_for(lambda: not wizard.file_page.reading and bool(wizard.file_page.message.text()))
    return wizard


def _backups(window) -> QWidget:
    from ui.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window.book, window.events, window)
    dialog.table.selectRow(1)
    dialog.show()
    return dialog


def _call_list(window) -> QWidget:
    from ui.call_list_dialog import CallListDialog

    dialog = CallListDialog(window)
    dialog.show()
    return dialog


class _ImageShot:
    """An image made outside Qt's widgets (the PDF's first page) passed on to `grab`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def grab(self):
        from PySide6.QtGui import QPixmap

        return QPixmap(str(self.path))

    def close(self) -> None:
        self.path.unlink(missing_ok=True)


def _call_list_pdf(window) -> _ImageShot:
    """The printed sheet of the next 7 days, its first page as pdftoppm renders it at 80 dpi."""
    import subprocess
    from datetime import date

    from storage.call_list import load_call_list
    from ui import i18n
    from ui.call_list_print import write_pdf

    sheet = load_call_list(window.book, date.today(), 7, lang=i18n.engine_lang())
    folder = Path(tempfile.mkdtemp(prefix="guanxi-shots-pdf-"))
    write_pdf(sheet, folder / "call-list.pdf", "a4")
    if shutil.which("pdftoppm") is None:
        print("warning: pdftoppm not found (install poppler-utils); the PDF is not rendered", file=sys.stderr)
        return _ImageShot(folder / "missing.png")
    command = ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(folder / "call-list.pdf"), str(folder / "page")], check=True)
    (folder / "call-list.pdf").unlink()
    return _ImageShot(folder / "page.png")


def _settings_page(window, module: str, class_name: str) -> QWidget:
    import importlib

    page_class = getattr(importlib.import_module(module), class_name)
    dialog = _settings(window)
    pages = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(next(i for i, page in enumerate(pages) if isinstance(page, page_class)))
    return dialog


def _client(window) -> tuple[int, str]:
    row = window.clients.model.client_row(3)
    return row.id, row.name


def _gift(window) -> QWidget:
    from ui.gift_dialog import GiftDialog

    dialog = GiftDialog(_client(window)[1], window)
    dialog.occasion.setText("中秋节")
    dialog.item.setText("一盒西湖龙井")
    dialog.cost.setValue(280)
    dialog.show()
    return dialog


def _feedback(window) -> QWidget:
    from ui.feedback_dialog import NewFeedbackDialog

    dialog = NewFeedbackDialog(_client(window)[1], window)
    dialog.summary.setPlainText("上批货有三箱包装破损，希望以后发货前检查一下。")
    dialog.show()
    return dialog


def _feedback_step(window) -> QWidget:
    """The next step of the demo complaint that has come furthest without being closed."""
    from storage.feedback import list_feedback
    from ui.feedback_dialog import AdvanceFeedbackDialog

    items = [item for item in list_feedback(window.book, open_only=True) if item.next_status]
    item = max(items, key=lambda item: (len(item.steps), -item.id))
    dialog = AdvanceFeedbackDialog(item, window)
    dialog.show()
    return dialog


def _mark_lost(window) -> QWidget:
    from ui.winback_dialog import MarkLostDialog

    dialog = MarkLostDialog(_client(window)[1], window)
    dialog.reasons["price"].setChecked(True)
    dialog.note.setPlainText("对手报价低了8%，已改从对方进货。")
    dialog.show()
    return dialog


def _winback(window) -> QWidget:
    """An open demo loss with a second step (a plan and a follow-up day) added for the shot."""
    from datetime import date, timedelta

    from storage.winback import add_winback_step, list_losses
    from ui.winback_dialog import WinBackDialog

    loss = min(list_losses(window.book, open_only=True), key=lambda loss: loss.id)
    if len(loss.steps) < 2:
        loss = add_winback_step(
            window.book,
            loss.id,
            "plan",
            "老客户价再降3%，并承诺48小时内到货。",
            follow_up_on=date.today() + timedelta(3),
        )
    dialog = WinBackDialog(window.book, window.events, loss, window)
    dialog.show()
    return dialog


def _client_reminders(window) -> QWidget:
    from reminders.tiers import Tier
    from ui.client_reminders_dialog import ClientRemindersDialog

    model = window.clients.model
    rows = (model.client_row(i) for i in range(model.rowCount()))
    friend = next(row for row in rows if row is not None and row.tier >= Tier.FRIEND)  # one with reminders
    dialog = ClientRemindersDialog(window.book, friend.id, friend.name, window)
    first = next(iter(dialog.edits.values()))
    first.setText("10, 0")
    dialog.show()
    return dialog


class _MessageShot:
    """A message box the app shows modally (ui.errors.show_error): grabbed while it is up, then closed."""

    def __init__(self, window, show: Callable[[], None]) -> None:
        self.window = window
        self.show = show

    def grab(self):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox

        taken = []

        def take() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
            taken.append(box.grab())
            box.done(0)

        QTimer.singleShot(400, take)
        self.show()
        return taken[0]

    def close(self) -> None:
        pass


def _error_message(window) -> _MessageShot:
    """The storage error File > Import… shows for a file that is not there any more."""
    from storage.errors import GuanxiError
    from storage.import_files import read_file
    from ui.errors import show_error

    def show() -> None:
        try:
            read_file(SAMPLES / "老客户名单.csv")
        except GuanxiError as error:
            show_error(window, error)

    return _MessageShot(window, show)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", default="screenshots", help="where the PNG files go")
    sys.exit(main(parser.parse_args().out_dir))
