"""Telling the user what someone else changed when their save is refused (EditConflict)."""

from __future__ import annotations

from dataclasses import fields

from storage.errors import QT_TRANSLATE_NOOP, EditConflict
from storage.records import ClientDraft

#: How fields are named in the message (the form's labels, in English like every storage message).
FIELD_NAMES = {
    "address_as": "form of address",
    "payment_habits": "payment habits",
    "health_notes": "health notes",
    "is_teacher": "teacher",
    "counts_nominal_age": "nominal age",
    "family": "family members",
    "dates": "important dates",
}


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
    labels = [FIELD_NAMES.get(f, f) + (" (you changed it too)" if f in clashing and opened else "") for f in changed]
    if labels:
        error = EditConflict.worded(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{name} was changed by someone else since you opened it (changed: {fields}); your save was refused "
                "so nothing is overwritten: reopen the client and make your edits again",
            ),
            name=name,
            fields=", ".join(labels),
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
