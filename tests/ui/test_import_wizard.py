"""The import wizard and the backups dialog, driven offscreen with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from storage.backups import list_backups, take_backup
from storage.clients import count_clients, create_client
from storage.db import Book
from storage.records import ClientDraft
from ui.events import AppEvents
from ui.import_wizard import ImportWizard

DATA = Path(__file__).resolve().parents[1] / "data"


def read_file_page(qtbot, wizard: ImportWizard, path: Path) -> None:
    """Next on the first page reads the file on a thread, showing a moving bar, then moves on."""
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page and wizard.file_page.reading
    assert not wizard.file_page.isComplete()  # no second Next while the file is read
    qtbot.waitUntil(lambda: not wizard.file_page.reading, timeout=30_000)


def to_check_page(qtbot, wizard: ImportWizard, path: Path) -> None:
    read_file_page(qtbot, wizard, path)
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.checked is not None, timeout=30_000)


def test_wizard_imports_with_preselected_and_changed_columns(qtbot, book: Book) -> None:
    events = AppEvents()
    wizard = ImportWizard(book, events)
    qtbot.addWidget(wizard)
    read_file_page(qtbot, wizard, DATA / "gbk.csv")
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert [c.currentData() for c in page.combos] == [
        "name", "phone", "company", "title", "tier", "birthday", "tags", "notes",
    ]  # fmt: skip
    assert page.model.rowCount() == 3
    assert "黄老板" in page.model.data(page.model.index(0, 0))
    assert page.not_imported.isHidden()
    page.combos[3].setCurrentIndex(page.combos[3].findData(""))  # ignore the title column
    assert "not imported" in page.model.headerData(3, Qt.Orientation.Horizontal)
    assert not page.not_imported.isHidden() and "职务" in page.not_imported.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.checked is not None, timeout=30_000)
    assert wizard.check_page.isComplete()
    assert "3" in wizard.check_page.summary.text()
    with qtbot.waitSignal(events.book_replaced, timeout=60_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=60_000)
    assert wizard.result is not None and wizard.result.added == 3
    assert count_clients(book) == 3
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.wait_idle()


def test_wizard_lists_every_problem_and_will_not_import(qtbot, book: Book, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("姓名,电话,生日\n甲,abc,\n乙,13800000001,2月30日\n丙,13800000002,\n", "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    to_check_page(qtbot, wizard, bad)
    items = [wizard.check_page.problems.item(i).text() for i in range(wizard.check_page.problems.count())]
    assert items[0].startswith("Row 2: ") and items[1].startswith("Row 3: ")
    assert not wizard.check_page.isComplete()
    assert count_clients(book) == 0


def test_vcard_problems_name_the_card(qtbot, book: Book, tmp_path: Path) -> None:
    cards = tmp_path / "c.vcf"
    cards.write_text("BEGIN:VCARD\nFN:甲\nEND:VCARD\nBEGIN:VCARD\nFN:乙\nEMAIL:not-mail\nEND:VCARD\n", "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    to_check_page(qtbot, wizard, cards)
    assert wizard.check_page.problems.item(0).text().startswith("Card 2: ")


def test_a_bad_file_stays_on_the_first_page(qtbot, book: Book, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 junk")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    read_file_page(qtbot, wizard, junk)
    assert wizard.currentPage() is wizard.file_page
    assert "Excel" in wizard.file_page.message.text()


def test_cancel_leaves_the_book_as_it_was(qtbot, book: Book, tmp_path: Path) -> None:
    create_client(book, ClientDraft(name="原有"))
    many = tmp_path / "many.csv"
    many.write_text("name,phone\n" + "".join(f"c{i},1380000{i:04d}\n" for i in range(3000)), "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    to_check_page(qtbot, wizard, many)
    wizard.next()  # starts the import
    wizard.reject()  # cancel at once: the first batch sees the flag and everything rolls back
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=60_000)
    assert wizard.result.cancelled
    assert count_clients(book) == 1


def test_backups_dialog_lists_and_restores(qtbot, book: Book, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.backups_dialog import BackupsDialog

    create_client(book, ClientDraft(name="甲"))
    take_backup(book.path, "manual")
    create_client(book, ClientDraft(name="乙"))
    events = AppEvents()
    dialog = BackupsDialog(book, events)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    dialog.back_up_now()
    assert dialog.model.rowCount() == 2
    assert [b.clients for b in list_backups()][:2] in ([2, 1], [1, 2])
    older = next(i for i, b in enumerate(dialog.model.backups) if b.clients == 1)
    dialog.table.selectRow(older)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(events.book_replaced, timeout=10_000):
        dialog.restore_selected()
    assert count_clients(book) == 1


def test_backups_dialog_will_not_restore_a_copy_a_newer_version_made(qtbot, book: Book, guanxi_home) -> None:
    from sqlalchemy import text

    from storage.db import open_book
    from ui.backups_dialog import BackupsDialog

    copy = guanxi_home / "backups" / f"{book.path.stem}-20990101-120000-auto.sqlite3"
    copy.parent.mkdir(parents=True, exist_ok=True)
    newer = open_book(str(copy))
    with newer.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffff9999'"))
    newer.close()
    dialog = BackupsDialog(book, AppEvents())
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    assert "newer version" in dialog.model.index(0, 1).data()
    assert "cannot restore it" in dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_offer_restore_for_damaged_book(qtbot, book: Book, monkeypatch: pytest.MonkeyPatch) -> None:
    from storage.backups import DamagedBookFound
    from ui.backups_dialog import offer_restore_for_damaged_book

    create_client(book, ClientDraft(name="甲"))
    take_backup(book.path, "auto")
    book.close()
    info = list_backups()[0]
    aside = book.path.with_name("aside.sqlite3")
    book.path.rename(aside)
    error = DamagedBookFound("the book is damaged", book.path, aside, info)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert offer_restore_for_damaged_book(None, error) is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_restore_for_damaged_book(None, error) == book.path
    assert book.path.exists()


def test_file_menu_has_import_export_backups(qtbot) -> None:
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    window = MainWindow(Prefs(), AppEvents())
    qtbot.addWidget(window)
    texts = {a.text().replace("&", ""): a for a in window.file_menu.actions()}
    assert {"Import…", "Export…", "Backups…"} <= set(texts)
    assert texts["Import…"].shortcut().toString() == "Ctrl+I"


def test_problems_are_worded_in_chinese(qtbot, qapp, book: Book, tmp_path: Path) -> None:
    from ui import i18n

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "姓名,电话,生日,关系层级,家庭成员\n甲,abc,,,\n乙,13800000001,2月30日,,\n丙,13800000002,,好友,\n"
        "丁,13800000003,,,儿子 | 小丁 | 男 | 2009-02-30\n",
        "utf-8",
    )
    i18n.install(qapp, "zh_CN")
    try:
        wizard = ImportWizard(book, AppEvents())
        qtbot.addWidget(wizard)
        to_check_page(qtbot, wizard, bad)
        items = [wizard.check_page.problems.item(i).text() for i in range(wizard.check_page.problems.count())]
    finally:
        i18n.install(qapp, "en")
    assert items == [  # full-width colons in Chinese, as in the messages themselves
        "第 2 行：电话：“abc”不是电话号码：应有 3 到 20 位数字，除数字外只能有 + - ( ) 和空格。",
        "第 3 行：生日：2月只有 29 天，没有 30 日。",
        "第 4 行：关系层级：“好友”不是关系层级：请用 过客、熟人、朋友 或 知己（英文名称也可以）。",
        "第 5 行：家庭成员：第 1 条：“2009-02-30”不是存在的日子，或写法无法识别（例如 2009-09-22、农历八月十五）。",
    ]


def test_unrecognised_columns_show_as_not_imported_and_can_be_mapped(qtbot, book: Book, tmp_path: Path) -> None:
    from storage.clients import find_clients, get_client

    path = tmp_path / "extra.csv"
    path.write_text("姓名,联系方式,客户等级,备用号码\n王五,13900000111,A,13900000222\n", "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    read_file_page(qtbot, wizard, path)
    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == ["name", "phone", "", ""]
    assert [page.combos[i].currentText() for i in (2, 3)] == ["(not imported)"] * 2
    assert not page.not_imported.isHidden()
    assert "客户等级, 备用号码" in page.not_imported.text()
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "备用号码\n(not imported)"
    page.combos[3].setCurrentIndex(page.combos[3].findData("phone"))  # the user maps the spare number
    assert "备用号码" not in page.not_imported.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.checked is not None, timeout=30_000)
    assert "These columns will not be imported: 客户等级." in wizard.check_page.summary.text()
    with qtbot.waitSignal(wizard.events.book_replaced, timeout=60_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=60_000)
    (found,) = find_clients(book, "王五")
    assert [p.number for p in get_client(book, found.id).draft.phones] == ["13900000111", "13900000222"]
    wizard.wait_idle()


def test_two_name_columns_are_a_problem_naming_both(qtbot, book: Book, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text("姓名,联系人,电话\n甲,乙,13900000001\n", "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    to_check_page(qtbot, wizard, path)
    problems = [wizard.check_page.problems.item(i).text() for i in range(wizard.check_page.problems.count())]
    assert problems == ["Columns 1 (“姓名”) and 2 (“联系人”) both hold Name: set one of them to “not imported”."]
    assert not wizard.check_page.isComplete()
    wizard.back()
    page = wizard.mapping_page
    page.combos[1].setCurrentIndex(page.combos[1].findData(""))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.checked is not None, timeout=30_000)
    assert wizard.check_page.isComplete()
    wizard.wait_idle()


def test_a_file_without_a_header_row_stays_on_the_first_page(qtbot, book: Book, tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("客户0,13900000000\n客户1,13900000001\n", "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    read_file_page(qtbot, wizard, path)
    assert wizard.currentPage() is wizard.file_page
    assert "does not look like a header row" in wizard.file_page.message.text()


def test_a_control_character_is_listed_with_its_row_and_field(qtbot, book: Book, tmp_path: Path) -> None:
    path = tmp_path / "ctl.csv"
    path.write_text('姓名,电话\n甲,13900000001\n"乙\x07",13900000002\n', "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    to_check_page(qtbot, wizard, path)
    assert wizard.check_page.problems.item(0).text() == (
        "Row 3: Name: “乙␇” holds an invisible control character (U+0007); delete it"
    )
    assert count_clients(book) == 0
