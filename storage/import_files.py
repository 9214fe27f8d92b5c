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
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from reminders.parsing import looks_like_date
from storage.errors import QT_TRANSLATE_NOOP, BadFile, Words, system_reason
from storage.records import FORMULA_STARTS

#: Files bigger than this are refused before reading (a client list is far smaller).
MAX_FILE_BYTES = 200 * 1024 * 1024
#: One CSV cell may hold this much text; more means a broken or binary file.
MAX_CELL_CHARS = 100_000

#: Client fields a column can be mapped to, with the headers (English or Chinese) that mean them.
#: Headers are compared by `header_key`: case, spaces, _ and -, and full-width forms do not matter.
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
        "联系方式",
        "mobile",
        "mobilephone",
        "mobilenumber",
        "tel",
        "telephone",
        "cell",
        "cellphone",
        "phonenumber",
    ),
    "company": ("company", "公司", "单位", "公司名称", "organization", "org"),
    "title": ("title", "职务", "职位", "jobtitle", "position"),
    "tier": ("tier", "关系层级", "层级", "关系"),
    "birthday": (
        "birthday", "生日", "出生日期", "bday", "birthdate", "dateofbirth", "dob", "公历生日", "阳历生日", "新历生日",
    ),
    #: A birthday column whose header says 农历: a cell without 农历 or 公历 is a lunar date.
    "lunar_birthday": ("lunar_birthday", "农历生日", "阴历生日", "旧历生日", "lunarbirthday", "birthday(lunar)"),
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
}  # fmt: skip
#: Fields several columns may map to at once (their cells are joined).
MULTI_FIELDS = frozenset({"phone", "tags", "notes"})
#: Fields that fill the same part of a client: one column only for all of them together.
SAME_FIELD = {"lunar_birthday": "birthday"}

#: Spaces, _ and - inside a header, and marks around it (*必填, 电话：), are noise.
_HEADER_SPACES = re.compile(r"[\s_\-·.]+")
_HEADER_MARKS = ":*#"
#: A trailing qualifier in brackets: 生日(农历), 手机号码（必填）, birthday (yyyy-mm-dd).
_QUALIFIER = re.compile(r"^(?P<base>.+?)\((?P<qualifier>[^()]*)\)$")
_LUNAR_WORDS = ("农历", "阴历", "旧历", "lunar")
#: A number after a header (电话2, Phone 3, 电话(2)): one more column of the same field.
_NUMBERED = re.compile(r"^(?P<base>.+?)\(?\d+\)?$")


def header_key(header: str) -> str:
    """A header as it is compared: full-width forms made half-width, case folded, spaces dropped."""
    text = unicodedata.normalize("NFKC", header).casefold()
    return _HEADER_SPACES.sub("", text).strip(_HEADER_MARKS)


_HEADER_LOOKUP = {header_key(alias): key for key, aliases in FIELD_HEADERS.items() for alias in aliases}


def match_header(header: str) -> tuple[str | None, bool]:
    """The client field a column header names, and whether it was found only by dropping a number
    after it (电话2); (None, False) for a header the notebook does not know."""
    text = header_key(header)
    key = _known_header(text)
    if key is not None:
        return key, False
    numbered = _NUMBERED.match(text)
    if numbered:
        key = _known_header(numbered["base"].strip(_HEADER_MARKS))
        if key is not None:
            return key, True
    return None, False


def _known_header(text: str) -> str | None:
    """A field for a compared header, also with a qualifier in brackets after it: 生日(农历) is a
    lunar birthday, 生日(公历) or 姓名(必填) what the header before the brackets is."""
    key = _HEADER_LOOKUP.get(text)
    if key is not None:
        return key
    qualified = _QUALIFIER.match(text)
    if qualified is None or qualified["qualifier"].isdigit():  # 电话(2) is a numbered column
        return None
    key = _HEADER_LOOKUP.get(qualified["base"].strip(_HEADER_MARKS))
    if key == "birthday" and any(word in qualified["qualifier"] for word in _LUNAR_WORDS):
        return "lunar_birthday"
    return key


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
    return match_header(header)[0]


#: Headers that name the client, or the client's firm when the file also has a person's column:
#: a CRM list with 客户名称 and 联系人 means the company and the person to talk to.
FIRM_OR_NAME_HEADERS = frozenset({"客户", "客户名称"})


def guess_mapping(headers: list[str]) -> Mapping:
    """Every recognised header mapped to its field. Two columns of a single-valued field (two 姓名)
    are both mapped, so that the import refuses them by name instead of dropping one; but
    客户名称 beside a person's column (联系人, 姓名) is the company, when no column is."""
    mapping = {index: key for index, header in enumerate(headers) if (key := field_for_header(header)) is not None}
    named = [index for index, key in mapping.items() if key == "name"]
    firms = [index for index in named if header_key(headers[index]) in FIRM_OR_NAME_HEADERS]
    if len(firms) == 1 and len(named) > 1 and "company" not in mapping.values():
        mapping[firms[0]] = "company"
    return mapping


def unmapped_columns(parsed: ParsedFile, mapping: Mapping) -> list[int]:
    """The columns `mapping` leaves out that have a header or hold anything: what the import drops."""
    return [
        column
        for column, header in enumerate(parsed.headers)
        if column not in mapping and (header or any(row[column] for row in parsed.rows))
    ]


def ignored_columns(parsed: ParsedFile, mapping: Mapping) -> list[str]:
    """The headers of `unmapped_columns` ("column N" for a column without one)."""
    return [parsed.headers[column] or f"column {column + 1}" for column in unmapped_columns(parsed, mapping)]


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
            records.append([_unescaped(cell) for cell in record])
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
    check_header_row(headers, path.name)
    rows = [[c.strip() for c in r] + [""] * (width - len(r)) for _, r in body]
    return ParsedFile(path, kind, headers, rows, [n for n, _ in body], "row", encoding)


_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]+$")
_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_header_row(headers: list[str], name: str) -> None:
    """Raise BadFile if the first row looks like a client rather than column names: a cell is a
    phone number, a date or an email address, or the only headers it matches are numbered names
    of single fields (客户0, 姓名1) while no cell is a header as it stands. The first row of a
    file without a header row would otherwise be lost as its header."""
    for header in headers:
        kind = _data_kind(header)
        if kind is not None:
            raise BadFile.worded(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "{name}: the first row does not look like a header row: “{cell}” is {kind}, not a column "
                    "name. Add a first row of column names such as 姓名,电话,生日",
                ),
                name=name,
                cell=header,
                kind=Words(kind),
            )
    matches = [(header, *match_header(header)) for header in headers if header]
    numbered_only = [header for header, key, numbered in matches if numbered and key not in MULTI_FIELDS]
    plain = [header for header, key, numbered in matches if key is not None and header not in numbered_only]
    if numbered_only and not plain:
        raise BadFile.worded(
            QT_TRANSLATE_NOOP(
                "Storage",
                "{name}: the first row does not look like a header row: “{cell}” is not a column name. "
                "Add a first row of column names such as 姓名,电话,生日",
            ),
            name=name,
            cell=numbered_only[0],
        )


def _data_kind(cell: str) -> str | None:
    """What a cell of data `cell` is (a phone number, a date, an email address), or None."""
    text = unicodedata.normalize("NFKC", cell).strip()
    if looks_like_date(text):
        return QT_TRANSLATE_NOOP("Storage", "a date")
    if _PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 7:
        return QT_TRANSLATE_NOOP("Storage", "a phone number")
    if _EMAIL_LIKE.match(text):
        return QT_TRANSLATE_NOOP("Storage", "an email address")
    return None


def _unescaped(cell: str) -> str:
    """A cell as it was before export neutralised it for spreadsheets ("'=1+1" back to "=1+1")."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in FORMULA_STARTS else cell
