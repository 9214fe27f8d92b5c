"""Problems reach the user in the interface language, and a failed save keeps what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from storage import clients
from storage.db import open_book
from storage.errors import BadFile, BookLocked, DiskFull, EditConflict, GuanxiError
from ui import i18n
from ui.client_form import ClientDialog
from ui.errors import error_text

FULL = DiskFull("the disk holding /home/me/guanxi.sqlite3 is full; nothing more was saved")


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def test_in_english_a_headline_then_the_services_own_words(qapp) -> None:
    headline = "The disk holding the book is full; nothing more was saved. Free some space and try again."
    assert error_text(FULL).splitlines() == [headline, str(FULL)]
    assert error_text(BadFile("there is no file /tmp/x.csv")) == "The file cannot be used.\nthere is no file /tmp/x.csv"
    assert error_text(GuanxiError("plain")) == "plain"  # no headline known: the words as they are
    assert error_text(ValueError("a bug")) == "a bug"


def test_in_chinese_a_chinese_headline_then_the_detail(chinese) -> None:
    headline = "存放客户本的磁盘已满，这次的内容没有保存。请腾出一些空间后再试。"
    assert error_text(FULL).splitlines() == [headline, str(FULL)]
    assert error_text(BookLocked("locked")).startswith("另一个程序正在使用这个客户本")
    assert error_text(EditConflict("王总 changed")).startswith("在您打开之后，别人已经保存过这位客户。")
    assert error_text(GuanxiError("plain")) == "plain"  # no headline known: the words as they are


def test_a_worded_service_message_is_shown_in_chinese_with_its_values(chinese, tmp_path) -> None:
    from storage.import_files import read_file

    missing = tmp_path / "客户.csv"
    with pytest.raises(BadFile) as caught:
        read_file(missing)
    assert str(caught.value) == f"there is no file {missing}"  # the command line's words stay English
    assert error_text(caught.value).splitlines() == ["这个文件无法使用。", f"没有文件 {missing}"]


def test_the_systems_reason_is_translated_too(chinese, tmp_path) -> None:
    from storage.import_files import read_file

    not_a_folder = tmp_path / "clients.csv"
    not_a_folder.write_text("name\n", encoding="utf-8")
    with pytest.raises(BadFile) as caught:
        read_file(not_a_folder / "more.csv")
    assert str(caught.value) == f"cannot read {not_a_folder / 'more.csv'}: Not a directory"
    assert error_text(caught.value).splitlines()[1] == f"无法读取 {not_a_folder / 'more.csv'}：路径中有一部分不是文件夹"


def test_what_the_database_says_of_a_bad_file_is_translated_too(chinese, tmp_path) -> None:
    from storage.backups import check_source

    not_a_book = tmp_path / "copy.sqlite3"
    not_a_book.write_text("hello", encoding="utf-8")
    with pytest.raises(BadFile) as caught:
        check_source(not_a_book)
    assert str(caught.value) == "copy.sqlite3 cannot be restored: not a SQLite database"
    assert error_text(caught.value).splitlines()[1] == "copy.sqlite3 无法恢复：不是 SQLite 数据库"


def test_a_worded_message_whose_translation_lost_a_value_falls_back_to_english(chinese, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication

    error = BadFile.worded("there is no file {path}", path="/tmp/x.csv")
    monkeypatch.setattr(QCoreApplication, "translate", lambda _context, _text, *a: "没有文件 {file}")
    assert error_text(error).endswith("there is no file /tmp/x.csv")


def test_a_full_disk_while_saving_the_form_says_so_and_keeps_the_form(qtbot, chinese, book_path, monkeypatch) -> None:
    book = open_book(str(book_path))
    dialog = ClientDialog(book, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("赵六")
    dialog.company.setText("上海电台")

    def no_room(*_args, **_kwargs):
        raise FULL

    shown: list[str] = []
    monkeypatch.setattr(clients, "create_client", no_room)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert shown and shown[0].startswith("存放客户本的磁盘已满")
    assert (dialog.name.text(), dialog.company.text()) == ("赵六", "上海电台")  # nothing typed is lost
    book.close()


def test_the_form_words_what_the_book_refused_in_chinese(qtbot, chinese, book_path) -> None:
    from reminders.dates import CalendarKind, DateSpec

    book = open_book(str(book_path))
    dialog = ClientDialog(book, None)
    qtbot.addWidget(dialog)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    dialog.name.setText("王五")
    dialog.email.setText("wang@")
    save.click()
    assert dialog.error.text() == "邮箱: “wang@”不是有效的电子邮箱。"
    dialog.email.setText("wang@example.com")
    dialog.birthday.set_spec(DateSpec(CalendarKind.LUNAR, 4, 8, 1990, leap=True))  # 1990 has a leap 5th month
    save.click()
    assert dialog.error.text() == "生日: 农历 1990 年没有闰4月。"
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.name.text() == "王五"
    book.close()


def test_an_interface_error_brings_its_own_headline(chinese) -> None:
    from ui.call_list_print import PrintError

    error = PrintError("cannot write /x/today.pdf: the folder /x does not exist")
    assert error_text(error).splitlines() == ["无法写出联络清单。", str(error)]


def test_an_edit_conflict_names_the_changed_fields_in_chinese(chinese) -> None:
    from storage.conflicts import edit_conflict
    from storage.records import ClientDraft, PhoneEntry

    opened = ClientDraft(name="陈静", company="华联")
    theirs = ClientDraft(name="陈静", company="华联超市", phones=[PhoneEntry("13700000003")])
    mine = ClientDraft(name="陈静", company="华联百货")
    error = edit_conflict("陈静", theirs, mine, opened)
    assert "(changed: company (you changed it too), phones)" in str(error)  # the command line's English
    detail = error_text(error).splitlines()[1]
    assert detail.startswith("您打开 陈静 之后，有人修改了这位客户（改动：公司（您也改了）、电话）")
