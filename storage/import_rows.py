"""Turning the rows of a parsed file into checked client drafts, with a problem per bad row.

Pure: no database. Cells are read the way people fill them in: several phones in
one cell, tags split by 、 or |, tiers and genders in English or Chinese,
Gregorian or lunar birthdays (`reminders.parsing.parse_date_spec`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reminders.parsing import DateSpecError, parse_date_spec
from reminders.tiers import Tier
from storage.errors import InvalidInput
from storage.import_files import FIELD_HEADERS, MULTI_FIELDS, Mapping, ParsedFile
from storage.records import ClientDraft, PhoneEntry
from storage.validation import clean_draft

_PHONE_SPLIT = re.compile(r"[;,/，；、|\n]+")
_TAG_SPLIT = re.compile(r"[,;、|，；\n]+")
_GENDERS = {"男": "M", "m": "M", "male": "M", "先生": "M", "女": "F", "f": "F", "female": "F", "女士": "F"}
_TEXT_FIELDS = (
    "company",
    "title",
    "email",
    "wechat",
    "address",
    "address_as",
    "source",
    "personality",
    "preferences",
    "payment_habits",
    "health_notes",
)


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """Why one row (or card) cannot be imported; number 0 means the whole file."""

    number: int
    message: str
    unit: str = "row"

    def __str__(self) -> str:
        return f"{self.unit} {self.number}: {self.message}" if self.number else self.message


@dataclass(frozen=True, slots=True)
class PreparedRow:
    """A row ready to save: its number, the checked draft and the fields its cells filled."""

    number: int
    draft: ClientDraft
    filled: frozenset[str]


def check_mapping(mapping: Mapping, width: int) -> list[ImportProblem]:
    """Problems with the mapping itself: unknown fields, a field mapped twice, no name column."""
    problems = []
    seen: set[str] = set()
    for column, key in sorted(mapping.items()):
        if key not in FIELD_HEADERS:
            raise InvalidInput(f"unknown client field “{key}”", field="mapping")
        if not 0 <= column < width:
            raise InvalidInput(f"there is no column {column + 1}", field="mapping")
        if key in seen and key not in MULTI_FIELDS:
            problems.append(ImportProblem(0, f"two columns are mapped to {key}; map only one"))
        seen.add(key)
    if "name" not in seen:
        problems.append(ImportProblem(0, "no column is mapped to the name (姓名)"))
    return problems


def prepare_rows(parsed: ParsedFile, mapping: Mapping) -> tuple[list[PreparedRow], list[ImportProblem]]:
    """Drafts for every non-empty row, and a problem for each row that cannot be used."""
    problems = check_mapping(mapping, len(parsed.headers))
    if problems:
        return [], problems
    prepared: list[PreparedRow] = []
    columns = sorted(mapping.items())
    for number, row in zip(parsed.numbers, parsed.rows, strict=True):
        cells: dict[str, list[str]] = {}
        for column, key in columns:
            value = row[column].strip()
            if value:
                cells.setdefault(key, []).append(value)
        if not cells:
            continue
        try:
            prepared.append(PreparedRow(number, row_draft(cells), frozenset(cells)))
        except InvalidInput as error:
            problems.append(ImportProblem(number, str(error), parsed.unit))
    return prepared, problems


def row_draft(cells: dict[str, list[str]]) -> ClientDraft:
    """A checked draft from the non-empty cells of one row, by field; raises InvalidInput."""
    name = " ".join(cells.get("name", []))
    if not name:
        raise InvalidInput("the name is empty", field="name")
    draft = ClientDraft(name=name, **{key: " ".join(cells[key]) for key in _TEXT_FIELDS if key in cells})
    draft.phones = [PhoneEntry(number) for cell in cells.get("phone", []) for number in split_phones(cell)]
    draft.tags = [tag.strip() for cell in cells.get("tags", []) for tag in _TAG_SPLIT.split(cell) if tag.strip()]
    draft.notes = "\n".join(cells.get("notes", []))
    if "tier" in cells:
        try:
            draft.tier = Tier.parse(cells["tier"][0])
        except ValueError as error:
            raise InvalidInput(str(error), field="tier") from None
    if "gender" in cells:
        text = cells["gender"][0].strip()
        if text.casefold() not in _GENDERS:
            raise InvalidInput(f"unknown gender “{text}”: use 男 or 女 (M or F)", field="gender")
        draft.gender = _GENDERS[text.casefold()]
    if "birthday" in cells:
        text = cells["birthday"][0]
        try:
            draft.birthday = parse_date_spec(text)
        except DateSpecError as error:
            reason = str(error).split(". Accepted forms", 1)[0]
            raise InvalidInput(f"birthday: {reason}", field="birthday") from None
    return clean_draft(draft)


def split_phones(cell: str) -> list[str]:
    """Numbers in one cell, split by ; , / or spaces (spaces only between whole numbers)."""
    numbers = []
    for part in _PHONE_SPLIT.split(cell):
        part = part.strip()
        if not part:
            continue
        pieces = part.split()
        if len(pieces) > 1 and all(sum(ch.isdigit() for ch in p) >= 7 for p in pieces):
            numbers.extend(pieces)
        else:
            numbers.append(part)
    return numbers


def phone_digits(number: str) -> str:
    """The digits that identify a phone: +86/0086 country prefixes dropped."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits
