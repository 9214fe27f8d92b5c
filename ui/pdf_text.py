"""Make the text of a PDF written by Qt read back as the characters that were drawn.

Qt's PDF writer maps each glyph back to the *lowest* code point the font gives it. CJK
fonts such as Noto Sans CJK draw 月 (U+6708) and the Kangxi radical ⽉ (U+2F49) with one
glyph, so copying, searching or extracting the text of a sheet would give radicals instead
of the characters printed; Latin ligatures come back as "ﬁ". `fix_text_map` rewrites
each font's ToUnicode map so that every glyph reads as the character that was drawn.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

#: Code points a glyph may be wrongly read back as: CJK radicals, compatibility ideographs, ligatures.
_SUSPECT = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0xFB00, 0xFB4F))
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_SECTION = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.S)


def _suspect(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _SUSPECT)


def replacements(fonts: Iterable[QFont], drawn: Iterable[str]) -> dict[str, str]:
    """For each suspect code point, the drawn character sharing its glyph (or its NFKC form)."""
    wanted = sorted({c for c in drawn if ord(c) >= 0x2E80 and not _suspect(c)})
    found: dict[str, str] = {}
    for font in fonts:
        raw = QRawFont.fromFont(font)
        if not raw.isValid():
            continue
        by_glyph: dict[int, str] = {}
        for char in wanted:
            glyphs = raw.glyphIndexesForString(char)
            if len(glyphs) == 1 and glyphs[0]:
                by_glyph.setdefault(glyphs[0], char)
        for low, high in _SUSPECT:
            for code in range(low, high + 1):
                suspect = chr(code)
                if suspect in found:
                    continue
                glyphs = raw.glyphIndexesForString(suspect)
                if len(glyphs) == 1 and glyphs[0] in by_glyph:
                    found[suspect] = by_glyph[glyphs[0]]
    return found


def _unified(text: str, table: Mapping[str, str]) -> str:
    out = []
    for char in text:
        if _suspect(char):
            char = table.get(char) or unicodedata.normalize("NFKC", char) or char
        out.append(char)
    return "".join(out)


def _decode(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="replace")


def _encode(text: str) -> bytes:
    return b"<" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def rewrite_cmap(data: bytes, table: Mapping[str, str]) -> bytes | None:
    """A ToUnicode CMap with every target unified, as bfchar entries; None when nothing changes."""
    pairs: list[tuple[int, str, int]] = []  # (code, text, width of the code in hex digits)
    for kind, body in _SECTION.findall(data):
        if kind == b"bfrange":
            for low, high, target in _RANGE.findall(body):
                start, end, width = int(low, 16), int(high, 16), len(low)
                if target.startswith(b"["):
                    texts = [_decode(h) for h in _HEX.findall(target)]
                    pairs += [(start + i, t, width) for i, t in enumerate(texts[: end - start + 1])]
                else:
                    first = _decode(target[1:-1])
                    base = ord(first[-1]) if first else 0
                    pairs += [(start + i, first[:-1] + chr(base + i), width) for i in range(end - start + 1)]
        else:
            pairs += [(int(code, 16), _decode(target), len(code)) for code, target in _CHAR.findall(body)]
    fixed = [(code, _unified(text, table), width) for code, text, width in pairs]
    if fixed == pairs:
        return None
    first = data.find(b"begin", data.find(b"endcodespacerange"))
    head = data[: data.rfind(b"\n", 0, first) + 1]
    tail = data[data.rfind(b"endcmap") :]
    blocks = []
    for i in range(0, len(fixed), 100):
        chunk = fixed[i : i + 100]
        lines = [b"<%0*X> %s" % (width, code, _encode(text)) for code, text, width in chunk]
        blocks.append(b"%d beginbfchar\n%s\nendbfchar\n" % (len(chunk), b"\n".join(lines)))
    return head + b"".join(blocks) + tail


def fix_text_map(path: Path, table: Mapping[str, str]) -> int:
    """Rewrite the ToUnicode maps of the PDF at `path` in place; returns how many changed.

    The new maps are appended as an incremental update (new objects, an xref section and
    a trailer pointing back at the old one), so the pages themselves are not touched.
    """
    data = path.read_bytes()
    objects: list[tuple[int, bytes]] = []
    for number in sorted({int(n) for n in re.findall(rb"/ToUnicode (\d+) 0 R", data)}):
        found = re.search(rb"(?<![0-9])%d 0 obj\s*<<(.*?)>>\s*stream\r?\n" % number, data, re.S)
        length = re.search(rb"/Length (\d+)(?! \d+ R)", found.group(1)) if found else None
        if found is None or length is None:
            continue
        raw = data[found.end() : found.end() + int(length.group(1))]
        if b"/FlateDecode" in found.group(1):
            raw = zlib.decompress(raw)
        new = rewrite_cmap(raw, table)
        if new is not None:
            body = zlib.compress(new)
            head = b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (number, len(body))
            objects.append((number, head + body + b"\nendstream\nendobj\n"))
    previous = re.findall(rb"startxref\s+(\d+)", data)
    trailer = re.findall(rb"trailer\s*<<(.*?)>>\s*startxref", data, re.S)
    if not objects or not previous or not trailer:
        return 0
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    xref = [b"xref\n"]
    for number, body in objects:
        xref.append(b"%d 1\n%010d 00000 n \n" % (number, len(out)))
        out += body
    keep = re.sub(rb"/Prev\s+\d+", b"", trailer[-1])
    where = len(out)
    out += b"".join(xref)
    out += b"trailer\n<<%s/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n" % (keep, previous[-1], where)
    path.write_bytes(bytes(out))
    return len(objects)
