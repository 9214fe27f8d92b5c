"""Reading a file to import into a plain table: headers, rows of text cells, row numbers.

Pure: no database. CSV (UTF-8, UTF-8 with BOM, GBK/GB18030; comma, semicolon or
tab), Excel .xlsx and vCard (.vcf, see `storage.vcard`) all come out as the same
`ParsedFile`, and `guess_mapping` says which column holds which client field.
Anything unreadable raises `BadFile` with one line for the user.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from storage.errors import QT_TRANSLATE_NOOP, BadFile, system_reason

#: Files bigger than this are refused before reading (a client list is far smaller).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: One CSV cell may hold this much text; more means a broken or binary file.
MAX_CELL_CHARS = 100_000

#: Client fields a column can be mapped to, with the headers (English or Chinese) that mean them.
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "姓名", "名字", "客户", "客户姓名", "客户名称", "fullname", "fn", "联系人"),
    "phone": (
        "phone",
        "电话",
        "手机",
        "手机号",
        "手机号码",
        "电话号码",
        "联系电话",
        "mobile",
        "tel",
        "telephone",
        "cell",
        "phonenumber",
    ),
    "company": ("company", "公司", "单位", "公司名称", "organization", "org"),
    "title": ("title", "职务", "职位", "jobtitle", "position"),
    "tier": ("tier", "关系层级", "层级", "关系"),
    "birthday": ("birthday", "生日", "出生日期", "bday", "birthdate"),
    "tags": ("tags", "标签", "tag", "categories", "分组"),
    "notes": ("notes", "备注", "note", "remark", "remarks"),
    "email": ("email", "邮箱", "电子邮箱", "电子邮件", "e-mail", "mail"),
    "wechat": ("wechat", "微信", "微信号", "weixin"),
    "address": ("address", "地址", "联系地址", "adr"),
    "gender": ("gender", "性别", "sex"),
    "address_as": ("address_as", "称呼", "addressas"),
    "source": ("source", "来源", "客户来源"),
    "personality": ("personality", "性格"),
    "preferences": ("preferences", "喜好", "爱好"),
    "payment_habits": ("payment_habits", "支付习惯", "付款习惯", "paymenthabits"),
    "health_notes": ("health_notes", "健康", "健康状况", "healthnotes"),
    "family": ("family", "家庭成员", "家人", "familymembers"),
    "dates": ("dates", "重要日子", "纪念日", "importantdates"),
}
#: Fields several columns may map to at once (their cells are joined).
MULTI_FIELDS = frozenset({"phone", "tags", "notes"})

_HEADER_LOOKUP = {alias.casefold(): key for key, aliases in FIELD_HEADERS.items() for alias in aliases}
_HEADER_NOISE = re.compile(r"[\s_\-:：()（）\d]+$|[\s_]+")

Mapping = dict[int, str]  # column index -> field key (columns left out are ignored)


@dataclass(slots=True)
class ParsedFile:
    """A file read into text cells. `numbers[i]` is what the user calls row i (its row or card number)."""

    path: Path
    kind: str  # "csv", "xlsx" or "vcf"
    headers: list[str]
    rows: list[list[str]]
    numbers: list[int]
    unit: str = "row"  # "row" or "card"
    encoding: str = ""
    notes: list[str] = field(default_factory=list)


def field_for_header(header: str) -> str | None:
    """The client field a column header names (English or Chinese), or None."""
    text = header.strip().casefold()
    if text in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[text]
    return _HEADER_LOOKUP.get(_HEADER_NOISE.sub("", text))


def guess_mapping(headers: list[str]) -> Mapping:
    """Recognised headers mapped to fields; a single-valued field goes to its first column only."""
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        key = field_for_header(header)
        if key is not None and (key in MULTI_FIELDS or key not in mapping.values()):
            mapping[index] = key
    return mapping


def read_file(path: Path | str) -> ParsedFile:
    """Read a .csv, .txt, .xlsx or .vcf file; raises BadFile for anything else or anything broken."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".tsv", ".xlsx", ".vcf", ".vcard"):
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot import {name}: use a .csv, .xlsx or .vcf file"), name=path.name
        )
    data = _read_bytes(path)
    if suffix == ".xlsx":
        return read_xlsx(data, path)
    if suffix in (".vcf", ".vcard"):
        from storage.vcard import read_vcards

        return read_vcards(data, path)
    return read_csv(data, path)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise BadFile.worded(QT_TRANSLATE_NOOP("Storage", "{path} is a folder, not a file"), path=path)
        if size > MAX_FILE_BYTES:
            raise BadFile.worded(
                QT_TRANSLATE_NOOP("Storage", "{name} is too big to import ({size} MB; the limit is 200 MB)"),
                name=path.name,
                size=size // 2**20,
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise BadFile.worded(QT_TRANSLATE_NOOP("Storage", "there is no file {path}"), path=path) from None
    except PermissionError:
        raise BadFile.worded(QT_TRANSLATE_NOOP("Storage", "no permission to read {path}"), path=path) from None
    except OSError as error:
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "cannot read {path}: {reason}"), path=path, reason=system_reason(error)
        ) from None


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding of a text file: UTF-8 (with or without BOM), else GB18030 (covers GBK)."""
    if b"\x00" in data[:65536]:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                return data.decode("utf-16"), "UTF-16"
            except UnicodeDecodeError:
                pass
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "{name} is not a text file (it holds binary data)"), name=name
        )
    encodings = ("utf-8-sig",) if data.startswith(b"\xef\xbb\xbf") else ("utf-8", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding.upper().replace("-SIG", " with BOM")
        except UnicodeDecodeError:
            continue
    raise BadFile.worded(
        QT_TRANSLATE_NOOP("Storage", "{name} is not text in UTF-8 or GBK/GB18030; save it again as CSV UTF-8"),
        name=name,
    )


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line uses most (outside quotes)."""
    first = text.split("\n", 1)[0]
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, path: Path) -> ParsedFile:
    text, encoding = decode_text(data, path.name)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    old_limit = csv.field_size_limit(MAX_CELL_CHARS)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as error:
        row, reason = len(records) + 1, str(error)
        if "field larger" in reason:
            raise BadFile.worded(
                QT_TRANSLATE_NOOP(
                    "Storage", "{name} is not a readable CSV file (row {row}: a cell is longer than {limit} characters)"
                ),
                name=path.name,
                row=row,
                limit=f"{MAX_CELL_CHARS:,}",
            ) from None
        if "eof" in reason.lower() or "end of data" in reason.lower():
            raise BadFile.worded(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "{name} is not a readable CSV file (row {row}: it ends inside a quoted cell; is it cut short?)",
                ),
                name=path.name,
                row=row,
            ) from None
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "{name} is not a readable CSV file (row {row}: {reason})"),
            name=path.name,
            row=row,
            reason=reason,
        ) from None
    finally:
        csv.field_size_limit(old_limit)
    return _table(path, "csv", records, encoding)


def read_xlsx(data: bytes, path: Path) -> ParsedFile:
    """The first sheet of an Excel workbook; date cells become YYYY-MM-DD text."""
    if not data.startswith(b"PK"):
        raise BadFile.worded(QT_TRANSLATE_NOOP("Storage", "{name} is not an Excel .xlsx file"), name=path.name)
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            records = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    except BadFile:
        raise
    except Exception as error:  # openpyxl raises many kinds on junk; none is the user's to debug
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "{name} is not a readable Excel .xlsx file ({reason})"),
            name=path.name,
            reason=type(error).__name__,
        ) from None
    return _table(path, "xlsx", records, "")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))  # a phone number typed into a number cell
    return str(value).strip()


def _table(path: Path, kind: str, records: list[list[str]], encoding: str) -> ParsedFile:
    """Header = the first non-empty record; empty rows are dropped but keep their numbers."""
    numbered = [(number, record) for number, record in enumerate(records, start=1) if any(c.strip() for c in record)]
    if not numbered:
        raise BadFile.worded(QT_TRANSLATE_NOOP("Storage", "{name} holds no rows to import"), name=path.name)
    (_, headers), body = numbered[0], numbered[1:]
    width = max(len(headers), *(len(r) for _, r in body)) if body else len(headers)
    headers = [h.strip() for h in headers] + [""] * (width - len(headers))
    rows = [[c.strip() for c in r] + [""] * (width - len(r)) for _, r in body]
    return ParsedFile(path, kind, headers, rows, [n for n, _ in body], "row", encoding)
