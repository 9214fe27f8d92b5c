"""Keep the translations in step with the code: `make i18n`.

1. `pyside6-lupdate` collects every tr()/translate() string of ui/, and the messages storage/
   marks with QT_TRANSLATE_NOOP, into the two .ts files;
2. the English file gets its translations filled from the source text (plural forms made from
   "(s)" patterns: "%n client(s)" -> "%n client" / "%n clients");
3. `pyside6-lrelease` compiles both to .qm.

The Chinese file is translated by people; `tests/unit/test_translations.py` fails while any
Chinese message is unfinished or any .qm is older than its .ts.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
BIN = Path(sys.executable).parent
LANGUAGES = ("zh_CN", "en")


def sources() -> list[str]:
    """Every module of ui/, and those of storage/ that mark messages with QT_TRANSLATE_NOOP."""
    found = list((ROOT / "ui").rglob("*.py"))
    found += [p for p in (ROOT / "storage").glob("*.py") if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")]
    return sorted(str(p.relative_to(ROOT)) for p in found)


def ts_path(language: str) -> Path:
    return I18N / f"guanxi_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"guanxi_{language}.qm"


def drop_doc_comments(path: Path) -> None:
    """lupdate takes every `#:` comment for a note to the translator of the next string; in this
    code they document constants and attributes, so they are dropped from the file.
    (Edited as text: lupdate's own layout of the file stays as it is.)"""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\n\s*<extracomment>.*?</extracomment>", "", text, flags=re.S), encoding="utf-8")


def update(ts_files: list[Path]) -> None:
    command = [
        str(BIN / "pyside6-lupdate"),
        *sources(),
        "-no-obsolete",
        "-locations",
        "none",
        "-ts",
        *map(str, ts_files),
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    for path in ts_files:
        drop_doc_comments(path)


def english_plural(text: str) -> tuple[str, str]:
    """'%n client(s)' -> ('%n client', '%n clients'); 'Archive %n client(s)' likewise."""
    one = re.sub(r"\((s|es)\)", "", text)
    many = re.sub(r"\((s|es)\)", r"\1", text)
    return one, many


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for text in english_plural(source):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)


def main() -> int:
    update([ts_path(language) for language in LANGUAGES])
    fill_english(ts_path("en"))
    for language in LANGUAGES:
        release(ts_path(language), qm_path(language))
    tree = ET.parse(ts_path("zh_CN"))
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]
    print(f"{len(unfinished)} Chinese messages still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
