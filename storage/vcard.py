"""vCard 2.1, 3.0 and 4.0 as phones export them, read into a table; vCard 3.0 written back.

Our own small parser, because phone exports bend the standard: Android writes
vCard 2.1 with `CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE` values wrapped over soft
line breaks, some phones write GB18030 files, photos come as long base64 runs.
Each card becomes one row with the columns of `COLUMNS`; Guanxi's own
X-GUANXI-* properties carry what vCard has no place for, so a round trip keeps it.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable
from pathlib import Path

from reminders.dates import DateSpec
from reminders.formatting import format_spec
from reminders.parsing import spec_to_text
from storage.errors import QT_TRANSLATE_NOOP, BadFile
from storage.import_files import ParsedFile, decode_text
from storage.records import ClientDraft

COLUMNS = (
    "name",
    "phone",
    "email",
    "company",
    "title",
    "birthday",
    "address",
    "notes",
    "tags",
    "tier",
    "wechat",
    "gender",
    "address_as",
    "source",
    "personality",
    "preferences",
    "payment_habits",
    "health_notes",
)
#: Client fields vCard has no place for, written as X-GUANXI-<FIELD> properties.
EXTRA_FIELDS = ("wechat", "gender", "address_as", "source", "personality", "preferences", "payment_habits",
                "health_notes")  # fmt: skip
LUNAR_NOTE_PREFIX = "生日："
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_BDAY = re.compile(r"^(?:(\d{4})|--)-?(\d{2})-?(\d{2})(?:T.*)?$")


def read_vcards(data: bytes, path: Path) -> ParsedFile:
    """Every card in the file as one row; card numbers count from 1."""
    text, encoding = decode_text(data, path.name)
    rows: list[list[str]] = []
    card: list[tuple[str, dict[str, list[str]], str]] | None = None
    for name, params, value in _properties(text):
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                raise BadFile.worded(
                    QT_TRANSLATE_NOOP("Storage", "{name}: card {card} has no END:VCARD (is the file cut short?)"),
                    name=path.name,
                    card=len(rows) + 1,
                )
            card = []
        elif name == "END" and value.strip().upper() == "VCARD":
            if card is not None:
                rows.append(_row(card))
            card = None
        elif card is not None:
            card.append((name, params, value))
    if card is not None:
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "{name}: the file ends inside card {card} (is it cut short?)"),
            name=path.name,
            card=len(rows) + 1,
        )
    if not rows:
        raise BadFile.worded(
            QT_TRANSLATE_NOOP("Storage", "{name} holds no contacts (no BEGIN:VCARD … END:VCARD)"), name=path.name
        )
    return ParsedFile(path, "vcf", list(COLUMNS), rows, list(range(1, len(rows) + 1)), "card", encoding)


def _logical_lines(text: str) -> Iterable[str]:
    """Unfold RFC folding (a leading space or tab) and quoted-printable soft line breaks."""
    current: str | None = None
    for raw in text.splitlines():
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
            continue
        if current is not None and _is_qp(current) and current.endswith("="):
            current = current[:-1] + raw
            continue
        if current is not None:
            yield current
        current = raw
    if current is not None:
        yield current


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _properties(text: str) -> Iterable[tuple[str, dict[str, list[str]], str]]:
    for line in _logical_lines(text):
        if ":" not in line:
            continue  # base64 runs of a 2.1 photo, blank lines
        head, value = line.split(":", 1)
        parts = head.split(";")
        name = parts[0].rsplit(".", 1)[-1].strip().upper()  # drop "item1." groups
        params: dict[str, list[str]] = {}
        for part in parts[1:]:
            key, _, val = part.partition("=")
            if not _:
                key, val = "TYPE", key  # vCard 2.1 bare parameter: TEL;CELL
            params.setdefault(key.strip().upper(), []).extend(v.strip('"').upper() for v in val.split(","))
        encoding = params.get("ENCODING", [""])[0]
        if encoding in ("B", "BASE64"):
            continue  # photos and sounds: skipped
        if encoding == "QUOTED-PRINTABLE":
            charset = params.get("CHARSET", ["UTF-8"])[0]
            value = _decode_qp(value, charset)
        yield name, params, value


def _decode_qp(value: str, charset: str) -> str:
    raw = quopri.decodestring(value.encode("latin-1", "replace"))
    for encoding in (charset, "utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("utf-8", "replace")


def _unescape(value: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str) -> list[str]:
    """A structured value (N, ORG, ADR) split on unescaped semicolons."""
    return [_unescape(p) for p in re.split(r"(?<!\\);", value)]


def _row(card: list[tuple[str, dict[str, list[str]], str]]) -> list[str]:
    cells = dict.fromkeys(COLUMNS, "")
    phones: list[str] = []
    structured_name = ""
    lunar = ""
    notes: list[str] = []
    for name, _params, value in card:
        if name == "FN":
            cells["name"] = cells["name"] or _unescape(value).strip()
        elif name == "N":
            parts = [p.strip() for p in _split(value)] + ["", ""]
            family, given = parts[0], parts[1]
            western = family and given and family.isascii() and given.isascii()
            structured_name = f"{given} {family}" if western else f"{family}{given}"
        elif name == "TEL":
            number = _unescape(value).strip().removeprefix("tel:")
            if number:
                phones.append(number)
        elif name == "EMAIL":
            cells["email"] = cells["email"] or _unescape(value).strip()
        elif name == "ORG":
            cells["company"] = " ".join(p.strip() for p in _split(value) if p.strip())
        elif name == "TITLE":
            cells["title"] = _unescape(value).strip()
        elif name == "BDAY":
            cells["birthday"] = cells["birthday"] or _bday_text(value.strip())
        elif name == "ADR":
            cells["address"] = cells["address"] or " ".join(p.strip() for p in _split(value) if p.strip())
        elif name == "NOTE":
            notes.append(_unescape(value).strip())
        elif name == "GENDER":  # vCard 4.0: M, F, O, N, U; "M;text"
            sex = value.split(";", 1)[0].strip().upper()
            cells["gender"] = sex if sex in ("M", "F") else cells["gender"]
        elif name == "CATEGORIES":
            cells["tags"] = "|".join(_unescape(p).strip() for p in re.split(r"(?<!\\),", value) if p.strip())
        elif name.startswith("X-GUANXI-"):
            key = name.removeprefix("X-GUANXI-").lower().replace("-", "_")
            if key == "lunar_birthday":
                lunar = value.strip()
            elif key in cells:
                cells[key] = _unescape(value).strip()
    if lunar:
        cells["birthday"] = lunar
        notes = [_drop_lunar_note(n) for n in notes]
    cells["name"] = cells["name"] or structured_name
    cells["phone"] = "; ".join(phones)
    cells["notes"] = "\n".join(n for n in notes if n)
    return [cells[c] for c in COLUMNS]


def _drop_lunar_note(note: str) -> str:
    return "\n".join(line for line in note.split("\n") if not line.startswith(LUNAR_NOTE_PREFIX)).strip()


def _bday_text(value: str) -> str:
    """BDAY as 1985-03-12 or 03-12 (no year; Apple's 1604 means none), else the text as given."""
    match = _BDAY.match(value.replace("/", "-"))
    if not match:
        return value
    year, month, day = match.groups()
    if year in (None, "1604", "0000"):
        return f"{month}-{day}"
    return f"{year}-{month}-{day}"


# --- writing ---------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 6350 / 5545), never inside a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out) + "\r\n"


def card_text(draft: ClientDraft, lunar_birthday_year_solar: str = "") -> str:
    """One vCard 3.0 for a client. `lunar_birthday_year_solar` is the Gregorian date of a lunar birth."""
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(draft.name)}", f"N:{_escape(draft.name)};;;;"]
    for phone in draft.phones:
        lines.append(f"TEL;TYPE=CELL:{_escape(phone.number)}")
    if draft.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{_escape(draft.email)}")
    if draft.company:
        lines.append(f"ORG:{_escape(draft.company)}")
    if draft.title:
        lines.append(f"TITLE:{_escape(draft.title)}")
    if draft.address:
        lines.append(f"ADR;TYPE=WORK:;;{_escape(draft.address)};;;;")
    notes = draft.notes
    birthday: DateSpec | None = draft.birthday
    if birthday is not None and not birthday.is_lunar:
        year = f"{birthday.year:04d}" if birthday.year is not None else "-"
        lines.append(f"BDAY:{year}-{birthday.month:02d}-{birthday.day:02d}")
    elif birthday is not None:
        if lunar_birthday_year_solar:
            lines.append(f"BDAY:{lunar_birthday_year_solar}")
        notes = f"{notes}\n{LUNAR_NOTE_PREFIX}{format_spec(birthday)}".strip()
        lines.append(f"X-GUANXI-LUNAR-BIRTHDAY:{spec_to_text(birthday)}")
    if notes:
        lines.append(f"NOTE:{_escape(notes)}")
    if draft.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in draft.tags))
    lines.append(f"X-GUANXI-TIER:{draft.tier.key}")
    for key in EXTRA_FIELDS:
        value = getattr(draft, key)
        if value:
            lines.append(f"X-GUANXI-{key.upper().replace('_', '-')}:{_escape(value)}")
    lines.append("END:VCARD")
    return "".join(fold(line) for line in lines)
