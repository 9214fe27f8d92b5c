"""Telling the user what someone else changed when their save is refused (EditConflict)."""

from __future__ import annotations

from dataclasses import fields

from storage.errors import QT_TRANSLATE_NOOP, EditConflict, WordList, Words
from storage.records import ClientDraft

# How fields are named in the message: the form's labels, translated by the interface like the message.
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Storage", "name"),
    "tier": QT_TRANSLATE_NOOP("Storage", "tier"),
    "gender": QT_TRANSLATE_NOOP("Storage", "gender"),
    "address_as": QT_TRANSLATE_NOOP("Storage", "form of address"),
    "company": QT_TRANSLATE_NOOP("Storage", "company"),
    "title": QT_TRANSLATE_NOOP("Storage", "title"),
    "phones": QT_TRANSLATE_NOOP("Storage", "phones"),
    "wechat": QT_TRANSLATE_NOOP("Storage", "wechat"),
    "email": QT_TRANSLATE_NOOP("Storage", "email"),
    "address": QT_TRANSLATE_NOOP("Storage", "address"),
    "tags": QT_TRANSLATE_NOOP("Storage", "tags"),
    "source": QT_TRANSLATE_NOOP("Storage", "source"),
    "personality": QT_TRANSLATE_NOOP("Storage", "personality"),
    "preferences": QT_TRANSLATE_NOOP("Storage", "preferences"),
    "payment_habits": QT_TRANSLATE_NOOP("Storage", "payment habits"),
    "health_notes": QT_TRANSLATE_NOOP("Storage", "health notes"),
    "notes": QT_TRANSLATE_NOOP("Storage", "notes"),
    "is_teacher": QT_TRANSLATE_NOOP("Storage", "teacher"),
    "counts_nominal_age": QT_TRANSLATE_NOOP("Storage", "nominal age"),
    "birthday": QT_TRANSLATE_NOOP("Storage", "birthday"),
    "family": QT_TRANSLATE_NOOP("Storage", "family members"),
    "dates": QT_TRANSLATE_NOOP("Storage", "important dates"),
}


def _label(field: str, clashing: bool) -> Words:
    name = Words(FIELD_NAMES.get(field, field))
    return Words(QT_TRANSLATE_NOOP("Storage", "{field} (you changed it too)"), {"field": name}) if clashing else name


def changed_fields(before: ClientDraft, after: ClientDraft) -> list[str]:
    """Names of the draft fields whose values differ, in form order."""
    return [f.name for f in fields(ClientDraft) if getattr(before, f.name) != getattr(after, f.name)]


def edit_conflict(name: str, stored: ClientDraft, yours: ClientDraft, opened: ClientDraft | None) -> EditConflict:
    """The refusal of a save over someone else's changes, naming the fields they changed.

    With the draft as it was `opened`, those are exactly the other person's changes;
    without it, the fields where the stored file and yours differ.
    """
    changed = changed_fields(opened, stored) if opened is not None else changed_fields(yours, stored)
    clashing = set(changed_fields(opened, yours)) & set(changed) if opened is not None else set(changed)
    labels = WordList(tuple(_label(f, f in clashing and opened is not None) for f in changed))
    if labels.items:
        error = EditConflict.worded(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{name} was changed by someone else since you opened it (changed: {fields}); your save was refused "
                "so nothing is overwritten: reopen the client and make your edits again",
            ),
            name=name,
            fields=labels,
        )
    else:
        error = EditConflict.worded(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{name} was changed by someone else since you opened it; your save was refused so nothing is "
                "overwritten: reopen the client and make your edits again",
            ),
            name=name,
        )
    error.fields = tuple(changed)  # type: ignore[attr-defined]
    return error
