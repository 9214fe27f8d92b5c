"""Saving a client from the form keeps what the form does not show (an import can set it)."""

from __future__ import annotations

from reminders.dates import CalendarKind, DateSpec
from storage import clients
from storage.records import ClientDraft, FamilyMemberEntry, ImportantDate


def test_a_family_members_gender_and_a_dates_notes_survive_an_edit(qtbot, book) -> None:
    from ui.client_form import ClientDialog

    made = clients.create_client(
        book,
        ClientDraft(
            name="王芳",
            family=[FamilyMemberEntry("女儿", "王小美", "F", DateSpec(CalendarKind.SOLAR, 3, 8, 2012), "高考2030")],
            dates=[ImportantDate("合作纪念日", DateSpec(CalendarKind.SOLAR, 5, 20, 2021), notes="第一单是茶叶")],
        ),
    )
    dialog = ClientDialog(book, made)
    qtbot.addWidget(dialog)
    dialog.name.setText("王芳芳")
    dialog._save()
    saved = clients.get_client(book, made.id).draft
    assert saved.name == "王芳芳"
    assert saved.family[0].gender == "F" and saved.family[0].notes == "高考2030"
    assert saved.dates[0].notes == "第一单是茶叶"
