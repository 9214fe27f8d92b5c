"""Turning the rows of a parsed file into checked client drafts, with a problem per bad row.

Pure: no database. Cells are read the way people fill them in: several phones in
one cell, tags split by 、 or |, tiers and genders in English or Chinese,
Gregorian or lunar birthdays (`reminders.parsing.parse_date_spec`).
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from reminders.dates import CalendarKind, DateSpec
from reminders.parsing import DateSpecError, parse_date_spec
from reminders.tiers import Tier
from storage import search
from storage.errors import InvalidInput
from storage.family_text import parse_dates, parse_family
from storage.import_files import FIELD_HEADERS, MULTI_FIELDS, SAME_FIELD, Mapping, ParsedFile
from storage.records import ClientDraft, FamilyMemberEntry, ImportantDate, PhoneEntry
from storage.search import build_search_text, normalise
from storage.validation import clean_draft

_PHONE_SPLIT = re.compile(r"[;,/，；、|\n]+")
_NON_DIGITS = re.compile(r"\D+")
_TAG_SPLIT = re.compile(r"[,;、|，；\n]+")
_GENDERS = {"男": "M", "m": "M", "male": "M", "先生": "M", "女": "F", "f": "F", "female": "F", "女士": "F"}
_TEXT_FIELDS = frozenset(
    (
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
)


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """Why one row (or card) cannot be imported; number 0 means the whole file."""

    number: int
    message: str
    unit: str = "row"
    #: What went wrong, for an interface that words it in its own language (see InvalidInput).
    code: str = ""
    params: tuple[object, ...] = ()
    field: str = ""  # the column's field at fault, when known
    #: A problem raised `worded` (see storage.errors): its template and values, for the interface.
    template: str = ""
    values: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, number: int, error: InvalidInput, unit: str = "row") -> ImportProblem:
        """The problem `error` found in row (or card) `number`."""
        values = tuple(error.values.items())
        return cls(number, str(error), unit, error.code, error.params, error.field or "", error.template, values)

    def __str__(self) -> str:
        return f"{self.unit} {self.number}: {self.message}" if self.number else self.message


@dataclass(frozen=True, slots=True)
class PreparedRow:
    """A row ready to save: its number, the checked draft as plain values, the fields its cells filled.

    The values (`draft_values`) travel between processes and go to the database as they are;
    the `draft` itself is only built when it is asked for (to merge a duplicate).
    """

    number: int
    values: tuple
    filled: frozenset[str]
    search_text: str = ""
    sort_key: str = ""
    #: What duplicates are found by: the phones' digits (5 or more) and the normalised name and company.
    phone_keys: tuple[str, ...] = ()
    name_key: tuple[str, str] = ("", "")

    @classmethod
    def of(cls, number: int, draft: ClientDraft, filled: frozenset[str]) -> PreparedRow:
        """A row for `draft`, with its duplicate keys (and no search text or sort key yet)."""
        return cls(number, draft_values(draft), filled, "", "", *duplicate_keys(draft))

    @property
    def draft(self) -> ClientDraft:
        return values_draft(self.values)

    @property
    def tags(self) -> tuple[str, ...]:
        return self.values[TAGS]

    def __reduce__(self) -> tuple:
        """Travel between processes as plain tuples: several times faster to pickle than dataclasses."""
        return (
            _rebuild_row,
            (self.number, self.values, tuple(self.filled), self.search_text, self.sort_key, self.phone_keys,
             self.name_key),
        )  # fmt: skip


def _rebuild_row(number: int, values: tuple, filled: tuple[str, ...], *rest: object) -> PreparedRow:
    return PreparedRow(number, values, frozenset(filled), *rest)


#: The order of `draft_values` (phones are numbers only).
DRAFT_VALUES = ("name", "tier", "gender", "address_as", "company", "title", "phones", "wechat", "email", "address",
                "tags", "source", "personality", "preferences", "payment_habits", "health_notes", "notes",
                "is_teacher", "counts_nominal_age", "birthday", "family", "dates")  # fmt: skip


#: Where `draft_values` keeps the tier, the phones and the tags.
TIER, PHONES, TAGS, FAMILY, DATES = (DRAFT_VALUES.index(k) for k in ("tier", "phones", "tags", "family", "dates"))


def draft_values(d: ClientDraft) -> tuple:
    """An import's draft as plain values in `DRAFT_VALUES` order: the tier as an int, phones and tags
    as tuples of text, dates as (calendar, month, day, year, leap) or None, family members as
    (relation, name, gender, date, notes) and important dates as (label, date, kind, yearly, person, notes)."""
    family = tuple((m.relation, m.name, m.gender, spec_values(m.birthday), m.notes) for m in d.family)
    dates = tuple((i.label, spec_values(i.spec), i.kind, i.yearly, i.person, i.notes) for i in d.dates)
    return (
        d.name, int(d.tier), d.gender, d.address_as, d.company, d.title, tuple(p.number for p in d.phones),
        d.wechat, d.email, d.address, tuple(d.tags), d.source, d.personality, d.preferences, d.payment_habits,
        d.health_notes, d.notes, d.is_teacher, d.counts_nominal_age, spec_values(d.birthday), family, dates,
    )  # fmt: skip


def values_draft(values: tuple) -> ClientDraft:
    """The draft that `draft_values` made `values` of."""
    fields = dict(zip(DRAFT_VALUES, values, strict=True))
    fields["tier"] = Tier(fields["tier"])
    fields["phones"] = [PhoneEntry(number) for number in fields["phones"]]
    fields["tags"] = list(fields["tags"])
    fields["birthday"] = values_spec(fields["birthday"])
    fields["family"] = [FamilyMemberEntry(r, n, g, values_spec(b), o) for r, n, g, b, o in fields["family"]]
    fields["dates"] = [ImportantDate(lb, values_spec(sp), k, y, p, o) for lb, sp, k, y, p, o in fields["dates"]]
    return ClientDraft(**fields)


def spec_values(spec: DateSpec | None) -> tuple | None:
    """A date as plain values: (calendar, month, day, year, leap)."""
    return None if spec is None else (spec.calendar.value, spec.month, spec.day, spec.year, spec.leap)


def values_spec(values: tuple | None) -> DateSpec | None:
    return None if values is None else DateSpec(CalendarKind(values[0]), *values[1:])


def duplicate_keys(draft: ClientDraft) -> tuple[tuple[str, ...], tuple[str, str]]:
    """The phones' digits (5 or more) and the normalised name and company: what a duplicate shares."""
    phone_keys = tuple(digits for digits in (phone_digits(p.number) for p in draft.phones) if len(digits) >= 5)
    return phone_keys, (normalise(draft.name), normalise(draft.company))


def check_mapping(mapping: Mapping, width: int, headers: Sequence[str] = ()) -> list[ImportProblem]:
    """Problems with the mapping itself: unknown fields, a single field in two columns (named by
    their `headers`), no name column."""
    problems = []
    first: dict[str, int] = {}
    for column, key in sorted(mapping.items()):
        if key not in FIELD_HEADERS:
            raise InvalidInput(f"unknown client field “{key}”", field="mapping")
        if not 0 <= column < width:
            raise InvalidInput(f"there is no column {column + 1}", field="mapping")
        part = SAME_FIELD.get(key, key)
        if part in first and key not in MULTI_FIELDS:
            problems.append(_mapped_twice(part, first[part], column, headers))
        first.setdefault(part, column)
    if "name" not in first:
        problems.append(ImportProblem(0, "no column is mapped to the name (姓名)", code="name_not_mapped"))
    return problems


def _mapped_twice(key: str, earlier: int, column: int, headers: Sequence[str]) -> ImportProblem:
    """Two columns hold one single-valued field: which ones, by number and header."""
    names = [headers[c] if c < len(headers) and headers[c] else f"column {c + 1}" for c in (earlier, column)]
    message = (
        f"columns {earlier + 1} (“{names[0]}”) and {column + 1} (“{names[1]}”) both hold the {key.replace('_', ' ')}; "
        "keep only one of them (rename or delete the other)"
    )
    return ImportProblem(0, message, code="mapped_twice", params=(key, *names, earlier + 1, column + 1))


#: From this many rows on, rows are prepared by a pool of processes (pinyin is the slow part).
PARALLEL_MIN = 5000
_CHUNK = 2000


def prepare_rows(
    parsed: ParsedFile, mapping: Mapping, *, search: bool = False
) -> tuple[list[PreparedRow], list[ImportProblem]]:
    """Drafts for every non-empty row, and a problem for each row that cannot be used.

    With `search`, each row also gets its search text and sort key (as `storage.search` makes them).
    """
    problems = check_mapping(mapping, len(parsed.headers), parsed.headers)
    if problems:
        return [], problems
    prepared: list[PreparedRow] = []
    for rows, found in iter_prepared(parsed, mapping, search=search):
        prepared += rows
        problems += found
    return prepared, problems


def iter_prepared(
    parsed: ParsedFile, mapping: Mapping, *, search: bool = False
) -> Iterator[tuple[list[PreparedRow], list[ImportProblem]]]:
    """Prepared rows and problems chunk by chunk, in file order; big files are prepared in processes,
    which work ahead while the caller saves the chunks already handed out. The mapping must be checked."""
    columns = sorted(mapping.items())
    jobs = [
        (parsed.numbers[i : i + _CHUNK], parsed.rows[i : i + _CHUNK], columns, parsed.unit, search)
        for i in range(0, len(parsed.rows), _CHUNK)
    ]
    workers = min(os.cpu_count() or 1, len(jobs), 4)
    if len(parsed.rows) < PARALLEL_MIN or workers < 2:
        for job in jobs:
            yield _prepare_chunk(*job)
        return
    try:
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_worker_start,
            initargs=(os.getpid(),),
        )
    except OSError:
        yield from (_prepare_chunk(*job) for job in jobs)  # no processes to be had: do it here
        return
    try:
        yield from pool.map(_prepare_chunk, *zip(*jobs, strict=True))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


#: The preparing processes yield to the importing one, which saves what they prepared: on a machine
#: with few cores, the saving is what the import waits for, and the workers prepare ahead anyway.
WORKER_NICENESS = 5


def _worker_start(parent: int) -> None:
    """In a preparing process only: remember each name's search lines and sort key across chunks
    (common names come back throughout a big file), run at a lower priority than the importing
    process, and end with it even if that one is killed. The process does nothing else, so the
    memo cannot leak anywhere.
    """
    search.name_keys = functools.lru_cache(maxsize=100_000)(search.name_keys)
    if hasattr(os, "nice"):  # not on Windows
        os.nice(WORKER_NICENESS)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _prepare_chunk(
    numbers: list[int], rows: list[list[str]], columns: list[tuple[int, str]], unit: str, search: bool
) -> tuple[list[PreparedRow], list[ImportProblem]]:
    prepared: list[PreparedRow] = []
    problems: list[ImportProblem] = []
    reader = _CellReader()
    one_column_each = len({key for _, key in columns}) == len(columns)
    for number, row in zip(numbers, rows, strict=True):
        cells: dict[str, list[str]]
        if one_column_each:
            cells = {key: [value] for column, key in columns if (value := row[column].strip())}
        else:
            cells = {}
            for column, key in columns:
                value = row[column].strip()
                if value:
                    cells.setdefault(key, []).append(value)
        if not cells:
            continue
        try:
            draft = row_draft(cells, reader)
        except InvalidInput as error:
            problems.append(ImportProblem.of(number, error, unit))
            continue
        values = draft_values(draft)
        phone_keys, name_key = duplicate_keys(draft)
        if search:
            lines, sort_key = reader.name_keys(draft.name)
            text = build_search_text(draft.name, draft.company, values[PHONES], draft.tags, name_lines=lines)
            prepared.append(PreparedRow(number, values, filled_fields(cells), text, sort_key, phone_keys, name_key))
        else:
            prepared.append(PreparedRow(number, values, filled_fields(cells), "", "", phone_keys, name_key))
    return prepared, problems


def filled_fields(cells: dict[str, list[str]]) -> frozenset[str]:
    """The fields a row's cells fill, as the draft names them (a lunar birthday fills the birthday)."""
    if any(key in SAME_FIELD for key in cells):
        return frozenset(SAME_FIELD.get(key, key) for key in cells)
    return frozenset(cells)


class _CellReader:
    """Tier, birthday and sort-key readings, remembered: in a long file the same texts come back."""

    def __init__(self) -> None:
        self._tiers: dict[str, Tier | str] = {}
        self._dates: dict[tuple[str, bool], DateSpec | InvalidInput] = {}
        self._names: dict[str, tuple[tuple[str, ...], str]] = {}

    def tier(self, text: str) -> Tier:
        if text not in self._tiers:
            try:
                self._tiers[text] = Tier.parse(text)
            except ValueError as error:
                self._tiers[text] = str(error)
        found = self._tiers[text]
        if isinstance(found, str):
            raise InvalidInput(found, field="tier", code="unknown_tier", params=(text,))
        return found

    def birthday(self, text: str, *, lunar: bool = False) -> DateSpec:
        """The birthday in `text`; with `lunar`, one without 农历 or 公历 is a lunar date."""
        if (text, lunar) not in self._dates:
            try:
                self._dates[text, lunar] = parse_date_spec(text, lunar=lunar)
            except DateSpecError as error:  # a day that does not exist has its own code
                message = "birthday: " + str(error).split(". Accepted forms", 1)[0]
                code, params = (error.code, error.params) if error.code else ("bad_birthday", (text,))
                self._dates[text, lunar] = InvalidInput(message, field="birthday", code=code, params=params)
        found = self._dates[text, lunar]
        if isinstance(found, InvalidInput):
            raise found
        return found

    def name_keys(self, name: str) -> tuple[tuple[str, ...], str]:
        """The name's search lines and sort key (`storage.search.name_keys`)."""
        found = self._names.get(name)
        if found is None:
            found = self._names[name] = search.name_keys(name)
        return found


def row_draft(cells: dict[str, list[str]], reader: _CellReader | None = None) -> ClientDraft:
    """A checked draft from the non-empty cells of one row, by field; raises InvalidInput."""
    reader = reader or _CellReader()
    name = " ".join(cells.get("name", ()))
    if not name:
        raise InvalidInput("the name is empty", field="name", code="name_required")
    draft = ClientDraft(name=name, **{key: " ".join(cell) for key, cell in cells.items() if key in _TEXT_FIELDS})
    if "phone" in cells:
        draft.phones = [PhoneEntry(number) for cell in cells["phone"] for number in split_phones(cell)]
    if "tags" in cells:
        draft.tags = [t for cell in cells["tags"] for t in map(str.strip, _TAG_SPLIT.split(cell)) if t]
    if "notes" in cells:
        draft.notes = "\n".join(cells["notes"])
    if "tier" in cells:
        draft.tier = reader.tier(cells["tier"][0])
    if "gender" in cells:
        text = cells["gender"][0].strip()
        if text.casefold() not in _GENDERS:
            raise InvalidInput(
                f"unknown gender “{text}”: use 男 or 女 (M or F)", field="gender", code="unknown_gender", params=(text,)
            )
        draft.gender = _GENDERS[text.casefold()]
    if "birthday" in cells:
        draft.birthday = reader.birthday(cells["birthday"][0])
    elif "lunar_birthday" in cells:
        draft.birthday = reader.birthday(cells["lunar_birthday"][0], lunar=True)
    if "family" in cells:
        draft.family = parse_family("\n".join(cells["family"]))
    if "dates" in cells:
        draft.dates = parse_dates("\n".join(cells["dates"]))
    return clean_draft(draft)


def split_phones(cell: str) -> list[str]:
    """Numbers in one cell, split by ; , / or spaces (spaces only between whole numbers)."""
    if cell.isdigit():  # the usual cell: one number, digits only
        return [cell]
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
    digits = _NON_DIGITS.sub("", number)
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits
