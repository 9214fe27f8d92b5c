"""The dialogs `make screenshots` renders for the first time: import, backups, the call list and its
PDF, the relationship-log dialogs and a client's reminders, as a user reads them."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from reminders.call_list import CallDay, CallEntry, CallList, ClientContact
from reminders.tiers import Tier
from storage.clients import create_client
from storage.records import ClientDraft, PhoneEntry
from ui.events import AppEvents

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def chinese(qapp):
    """The Chinese interface for one test."""
    from ui import i18n

    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


# --- every word reaches the translators ---------------------------------------------------------


def _translated_literals() -> list[tuple[str, int, str]]:
    """(file, line, text) of every literal passed to tr(), translate() or QT_TRANSLATE_NOOP in ui/."""
    found = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((path.name, node.lineno, text.value))
    return found


def test_lupdate_finds_every_translated_string_and_every_plural(tmp_path: Path) -> None:
    """A string lupdate misses is never translated (the call list's "%n entries" hid behind a
    "#colour" on the line before), and "(s)" plurals need lupdate to see a count."""
    ts = tmp_path / "all.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui").glob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    messages = list(ET.parse(ts).iter("message"))
    extracted = {m.findtext("source") for m in messages}
    missing = [f"{name}:{line}: {text}" for name, line, text in _translated_literals() if text not in extracted]
    assert missing == []
    not_plural = [
        m.findtext("source")
        for m in messages
        if "%n" in (m.findtext("source") or "")
        and ("(s)" in m.findtext("source") or "(es)" in m.findtext("source"))
        and m.get("numerus") != "yes"
    ]
    assert not_plural == []


# --- the printed call list ----------------------------------------------------------------------


def _entry(day: date, occasion: str, *, overdue: bool, last: datetime | None) -> CallEntry:
    client = ClientContact(1, "王建国", Tier.CONFIDANT, "王总", "华东贸易", ("13812345678",), last, "送了月饼")
    return CallEntry("k", "cadence", day, overdue, client, occasion, day.isoformat(), "", "", "Call", "")


def _pdf_text(sheet: CallList, path: Path) -> str:
    from pypdf import PdfReader

    from ui.call_list_print import write_pdf

    write_pdf(sheet, path)
    return "".join("".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def test_the_sheet_writes_dates_as_the_interface_does_and_keeps_long_occasions_whole(qapp, tmp_path) -> None:
    start = date(2026, 9, 25)  # a Friday
    late = "Not contacted for 199 days (14-day interval), the longest silence in the whole book"
    sheet = CallList(
        start,
        start,
        "",
        "en",
        (
            CallDay(None, (_entry(date(2026, 5, 23), late, overdue=True, last=datetime(2026, 3, 10, 9)),)),
            CallDay(start, (_entry(start, "Birthday (age 52)", overdue=False, last=None),)),
        ),
        generated_at=datetime(2026, 9, 25, 9, 0),
    )
    text = _pdf_text(sheet, tmp_path / "sheet.pdf")
    assert "Gregorian23May2026" in text and "2026-05-23" not in text
    assert "Friday25Sep2026" in text  # the weekday first, as English writes it
    assert "".join(late.split()) in text  # wrapped onto a second line, not cut with "…"
    assert "(overdue)" not in text  # it is under the Overdue heading, in red
    assert "entries" not in text  # the heading's count is worded like the page's: "1 to contact"
    assert text.count("1tocontact") == 2


# --- the import wizard --------------------------------------------------------------------------


def _checked(qtbot, wizard, path: Path) -> None:
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=30_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.checked is not None, timeout=30_000)


def test_the_check_page_shows_the_problem_list_and_the_duplicate_choice_only_when_they_apply(
    qtbot, book, tmp_path: Path
) -> None:
    from ui.import_wizard import ImportWizard

    create_client(book, ClientDraft(name="老王", phones=[PhoneEntry("13900000001")]))
    clean = tmp_path / "new.csv"
    clean.write_text("姓名,电话\n甲,13900000011\n乙,13900000012\n", "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    _checked(qtbot, wizard, clean)
    page = wizard.check_page
    assert page.isComplete()
    assert page.problems.isHidden() and page.choices.isHidden()  # no empty list, no question without a reason
    assert page.summary.text().startswith("Ready to import 2 new client")
    wizard.wait_idle()

    known = tmp_path / "known.csv"
    known.write_text("姓名,电话\n老王,13900000001\n丙,13900000013\n", "utf-8")
    wizard = ImportWizard(book, AppEvents())
    qtbot.addWidget(wizard)
    _checked(qtbot, wizard, known)
    assert not wizard.check_page.choices.isHidden()
    assert "Already in the book: 1 client" in wizard.check_page.summary.text()
    wizard.wait_idle()


# --- backups ------------------------------------------------------------------------------------


def test_restore_is_offered_for_a_chosen_copy_only(qtbot, book) -> None:
    from storage.backups import take_backup
    from ui.backups_dialog import BackupsDialog

    take_backup(book.path, "manual")
    dialog = BackupsDialog(book, AppEvents())
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.reload()  # after a backup or a restore nothing is chosen any more
    assert not dialog.restore_button.isEnabled()


# --- dates in the fields ------------------------------------------------------------------------


def _date_fields() -> list[str]:
    """The call list's from and to, a contact's time and follow-up day, a gift's day, a loss's day."""
    from ui.call_list_dialog import CallListDialog
    from ui.gift_dialog import GiftDialog
    from ui.log_dialog import LogContactDialog
    from ui.winback_dialog import MarkLostDialog

    dialogs = (
        CallListDialog(today=date(2026, 9, 25)),
        LogContactDialog(["甲"], {"when": datetime(2026, 9, 25, 14, 30), "next": date(2026, 10, 2)}),
        GiftDialog("甲"),
        MarkLostDialog("甲"),
    )
    call_list, log, gift, lost = dialogs
    texts = [call_list.start.text(), call_list.end.text(), log.when.text(), log.follow_date.text()]
    texts += [gift.day.text(), lost.day.text()]
    for dialog in dialogs:
        dialog.deleteLater()
    return texts


def test_date_fields_write_dates_as_the_interface_does(qtbot) -> None:
    from ui.i18n import format_date

    assert (
        _date_fields()
        == ["25 Sep 2026", "1 Oct 2026", "25 Sep 2026 14:30", "2 Oct 2026"] + [format_date(date.today())] * 2
    )


def test_date_fields_write_chinese_dates_in_chinese(qtbot, chinese) -> None:
    assert _date_fields()[:4] == ["2026年9月25日", "2026年10月1日", "2026年9月25日 14:30", "2026年10月2日"]


def test_several_clients_are_listed_with_the_interface_separator(qtbot) -> None:
    from ui.log_dialog import LogContactDialog

    dialog = LogContactDialog(["甲", "乙<丙>"])
    qtbot.addWidget(dialog)
    names = [label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("<b>")]
    assert names == ["<b>甲, 乙&lt;丙&gt;</b>"]  # not 甲、乙 in English; a "<" is shown, not taken for markup


# --- a client's reminders -----------------------------------------------------------------------


def test_an_empty_line_shows_the_days_settings_give_the_client(qtbot, book) -> None:
    from storage.clients import find_clients
    from ui.client_reminders_dialog import ClientRemindersDialog

    create_client(book, ClientDraft(name="知己甲", tier=Tier.CONFIDANT))
    create_client(book, ClientDraft(name="过客乙", tier=Tier.PASSERBY))
    confidant, passer_by = (find_clients(book, name)[0].id for name in ("知己甲", "过客乙"))
    dialog = ClientRemindersDialog(book, confidant, "知己甲")
    qtbot.addWidget(dialog)
    assert dialog.edits["birthday"].placeholderText() == "7, 0 (as in Settings)"
    assert dialog.edits["wedding"].placeholderText() == "asap, 1 (as in Settings)"
    dialog = ClientRemindersDialog(book, passer_by, "过客乙")
    qtbot.addWidget(dialog)
    assert dialog.edits["birthday"].placeholderText() == "no reminder (as in Settings)"


def test_a_line_that_cannot_be_read_is_named_and_chosen(qtbot, book) -> None:
    from storage.clients import find_clients
    from ui.client_reminders_dialog import ClientRemindersDialog

    create_client(book, ClientDraft(name="甲", tier=Tier.FRIEND))
    dialog = ClientRemindersDialog(book, find_clients(book, "甲")[0].id, "甲")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["wedding"].setText("99")
    with pytest.raises(ValueError, match=r'^Wedding: not understood\. .*from 0 to 60.*"asap"'):
        dialog.overrides()
    assert dialog.focusWidget() is dialog.edits["wedding"] and dialog.edits["wedding"].selectedText() == "99"


# --- gift ideas, complaints and win-back plans --------------------------------------------------


def test_a_gift_idea_reads_well_in_a_menu(qapp) -> None:
    from storage.care_records import GiftEntry
    from ui import i18n
    from ui.gift_ideas import idea_title

    idea = GiftEntry(1, 1, "idea", None, "中秋", "Tea & cakes", 0, "")
    assert idea_title(idea) == "Tea && cakes (中秋)"  # "&&" shows one "&" instead of a shortcut
    i18n.install(qapp, "zh_CN")
    try:
        assert idea_title(idea) == "Tea && cakes（中秋）"
    finally:
        i18n.install(qapp, "en")


def test_what_was_typed_shows_as_typed_in_the_complaint_and_win_back_dialogs(qtbot, book) -> None:
    from storage.clients import find_clients
    from storage.feedback import advance_feedback, open_feedback
    from storage.winback import add_winback_step, mark_lost
    from ui.feedback_dialog import AdvanceFeedbackDialog
    from ui.winback_dialog import WinBackDialog

    create_client(book, ClientDraft(name="甲"))
    client_id = find_clients(book, "甲")[0].id
    item = open_feedback(book, client_id, "complaint", "price <b>too</b> high")
    item = advance_feedback(book, item.id, "checking", "asked the\nwarehouse")
    dialog = AdvanceFeedbackDialog(item, None)
    qtbot.addWidget(dialog)
    info = next(label for label in dialog.findChildren(QLabel) if "甲" in label.text())
    assert "price &lt;b&gt;too&lt;/b&gt; high" in info.text() and "asked the<br>warehouse" in info.text()

    loss = mark_lost(book, client_id, date.today() - timedelta(days=3), ["price"], other="", note="a < b")
    loss = add_winback_step(book, loss.id, "reason", "<i>called</i>\nthen visited")
    plan = WinBackDialog(book, AppEvents(), loss)
    qtbot.addWidget(plan)
    shown = plan.history.toPlainText()
    assert "a < b" in shown and "<i>called</i>\nthen visited" in shown


def test_the_complaint_step_dialog_is_as_tall_as_its_wrapped_history_within_the_screen(qtbot, book) -> None:
    from storage.clients import find_clients
    from storage.feedback import advance_feedback, open_feedback
    from ui.feedback_dialog import AdvanceFeedbackDialog

    create_client(book, ClientDraft(name="乙"))
    item = open_feedback(book, find_clients(book, "乙")[0].id, "complaint", "the delivery came late " * 6)
    item = advance_feedback(book, item.id, "checking", "called the warehouse, then the driver, then the depot " * 6)
    item = advance_feedback(book, item.id, "fixed", "sent a new parcel by courier with a small gift " * 6)
    dialog = AdvanceFeedbackDialog(item, None)
    qtbot.addWidget(dialog)
    needed = dialog.layout().totalHeightForWidth(dialog.width())
    room = dialog.screen().availableGeometry().height()
    assert dialog.height() >= min(needed, room - 80)  # not Qt's first size, which squeezes wrapped text
