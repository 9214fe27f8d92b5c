"""Exporting the client list: CSV (UTF-8 with BOM, for Excel), .xlsx, vCard 3.0 and iCalendar.

The format follows the file's extension. Files are written to a temporary file
beside the target and renamed over it, so a failed export leaves no half file.
CSV and Excel use the Chinese headers the importer recognises, and dates as
people write them (农历八月十五), so export then import gives back the same clients.
A text cell a spreadsheet would run as a formula (=, +, -, @ ...) is kept as text:
in CSV behind a single quote, in Excel as a text cell with Excel's hidden quote prefix.
"""

from __future__ import annotations

import csv
import io
import os
import re
import secrets
from collections import defaultdict
from collections.abc import Callable
from contextlib import suppress
from datetime import date
from pathlib import Path

from sqlalchemy import select

from reminders.formatting import format_spec
from reminders.tiers import Tier
from storage import models
from storage.convert import family_entry, important_date, spec_from_columns
from storage.db import Book
from storage.errors import QT_TRANSLATE_NOOP, BadFile, InvalidInput, system_reason
from storage.family_text import format_dates, format_family
from storage.records import FORMULA_STARTS, ClientDraft, FamilyMemberEntry, ImportantDate, PhoneEntry

#: Columns of a CSV or Excel export: (header, field).
EXPORT_COLUMNS = (
    ("姓名", "name"), ("称呼", "address_as"), ("性别", "gender"), ("关系层级", "tier"), ("公司", "company"),
    ("职务", "title"), ("电话", "phone"), ("邮箱", "email"), ("微信", "wechat"), ("地址", "address"),
    ("生日", "birthday"), ("标签", "tags"), ("备注", "notes"), ("来源", "source"), ("性格", "personality"),
    ("喜好", "preferences"), ("支付习惯", "payment_habits"), ("健康", "health_notes"), ("家庭成员", "family"),
    ("重要日子", "dates"),
)  # fmt: skip
FORMATS = (".csv", ".xlsx", ".vcf", ".ics")
#: A phone cell of plain numbers ("+86 138 0013 8000; 021-5555 1234"): no formula can hide in it.
_PLAIN_PHONES = re.compile(r"[\d\s+\-();]*")
_TEXT = ("gender", "address_as", "company", "title", "wechat", "email", "address", "source", "personality",
         "preferences", "payment_habits", "health_notes", "notes")  # fmt: skip


def export_book(book: Book, target: Path | str, *, today: date | None = None) -> int:
    """Write every client on the list to `target` in the format of its extension; returns the count."""
    target = Path(target).expanduser()
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot export to “{name}”: use a .csv, .xlsx, .vcf or .ics file name"),
            name=target.name,
        )
    drafts = export_drafts(book)
    if suffix == ".ics":
        from storage.ics_export import calendar_bytes

        data = calendar_bytes(book, today or date.today())
        write_atomically(target, lambda handle: handle.write(data))
    else:
        writer = {".csv": write_csv, ".xlsx": write_xlsx, ".vcf": write_vcf}[suffix]
        write_atomically(target, lambda handle: writer(drafts, handle))
    return len(drafts)


def export_drafts(book: Book) -> list[ClientDraft]:
    """Every client on the list (not the archive) as a draft with phones and tags, in name order."""
    client = models.Client
    with book.Session() as session:
        rows = session.execute(
            select(client).where(client.archived_at.is_(None)).order_by(client.sort_key, client.id)
        ).scalars()
        phones: dict[int, list[PhoneEntry]] = {}
        for client_id, number, label in session.execute(
            select(models.Phone.client_id, models.Phone.number, models.Phone.label).order_by(models.Phone.position)
        ):
            phones.setdefault(client_id, []).append(PhoneEntry(number, label))
        family: dict[int, list[FamilyMemberEntry]] = defaultdict(list)
        for member in session.scalars(select(models.FamilyMember).order_by(models.FamilyMember.position)):
            family[member.client_id].append(family_entry(member))
        dates: dict[int, list[ImportantDate]] = defaultdict(list)
        for day in session.scalars(select(models.ClientDate).order_by(models.ClientDate.position)):
            dates[day.client_id].append(important_date(day))
        tags: dict[int, list[str]] = {}
        for client_id, name in session.execute(
            select(models.ClientTag.client_id, models.Tag.name)
            .join(models.Tag, models.Tag.id == models.ClientTag.tag_id)
            .order_by(models.Tag.name)
        ):
            tags.setdefault(client_id, []).append(name)
        return [
            ClientDraft(
                name=c.name,
                tier=Tier(c.tier),
                phones=phones.get(c.id, []),
                tags=tags.get(c.id, []),
                family=family.get(c.id, []),
                dates=dates.get(c.id, []),
                is_teacher=c.is_teacher,
                counts_nominal_age=c.counts_nominal_age,
                birthday=spec_from_columns(
                    c.birthday_calendar, c.birthday_year, c.birthday_month, c.birthday_day, c.birthday_leap
                ),
                **{key: getattr(c, key) for key in _TEXT},
            )
            for c in rows
        ]


def write_atomically(target: Path, write: Callable[[io.BufferedWriter], object]) -> None:
    """Write through a temporary file beside `target` and rename it over `target`; clear messages
    on failure. The temporary name is short, so it fits wherever the target's name does."""
    temporary: Path | None = None
    try:
        temporary, handle = _temporary_beside(target)
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(target)
    except BaseException as error:  # no half file left behind, whatever went wrong
        if temporary is not None:
            with suppress(OSError):
                temporary.unlink(missing_ok=True)
        if not isinstance(error, OSError):
            raise
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot write {target}: {reason}"), target=target, reason=system_reason(error)
        ) from None


def _temporary_beside(target: Path) -> tuple[Path, io.BufferedWriter]:
    """A new hidden file in `target`'s folder (`.guanxi-<random>.partial`), opened for writing."""
    for _ in range(10):
        temporary = target.with_name(f".guanxi-{secrets.token_hex(6)}.partial")
        try:
            return temporary, temporary.open("xb")
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def formula_safe(text: str, key: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that starts like a formula gets a leading single
    quote, the usual neutraliser; a phone cell of plain numbers (+86 …) is left as it is, since no
    formula can hide in it and it must import back unchanged."""
    if not text.startswith(FORMULA_STARTS) or (key == "phone" and _PLAIN_PHONES.fullmatch(text)):
        return text
    return "'" + text


def cell_values(draft: ClientDraft) -> list[str]:
    """One export row, in EXPORT_COLUMNS order."""
    values = {
        "name": draft.name,
        "gender": {"M": "男", "F": "女"}.get(draft.gender, ""),
        "tier": draft.tier.chinese,
        "phone": "; ".join(p.number for p in draft.phones),
        "birthday": format_spec(draft.birthday) if draft.birthday else "",
        "tags": "、".join(draft.tags),
        "family": format_family(draft.family),
        "dates": format_dates(draft.dates),
    }
    return [values[key] if key in values else getattr(draft, key) for _, key in EXPORT_COLUMNS]


def write_csv(drafts: list[ClientDraft], handle: io.BufferedWriter) -> None:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow([header for header, _ in EXPORT_COLUMNS])
    keys = [key for _, key in EXPORT_COLUMNS]
    for draft in drafts:
        writer.writerow([formula_safe(value, key) for value, key in zip(cell_values(draft), keys, strict=True)])
    text.flush()
    text.detach()


def write_xlsx(drafts: list[ClientDraft], handle: io.BufferedWriter) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户")
    sheet.append([header for header, _ in EXPORT_COLUMNS])

    def cell(value: str) -> str | WriteOnlyCell:
        # A worksheet cannot hold control characters (a bell pasted into a note): the file leaves
        # them out, the book keeps them.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not value.startswith(FORMULA_STARTS):
            return value
        text = WriteOnlyCell(sheet, value=value)
        text.data_type = "s"  # openpyxl would store a text starting with = as a formula
        text.quotePrefix = True  # and Excel keeps it as text when the cell is edited
        return text

    for draft in drafts:
        sheet.append([cell(value) for value in cell_values(draft)])
    workbook.save(handle)


def write_vcf(drafts: list[ClientDraft], handle: io.BufferedWriter) -> None:
    from reminders.lunar import LunarDateError, to_solar
    from storage.vcard import card_text

    for draft in drafts:
        solar = ""
        spec = draft.birthday
        if spec is not None and spec.is_lunar and spec.year is not None:
            try:
                solar = to_solar(spec.year, spec.month, spec.day, spec.leap).isoformat()
            except LunarDateError:
                solar = ""
        handle.write(card_text(draft, solar).encode("utf-8"))
