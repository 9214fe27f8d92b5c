"""Both languages are complete and the compiled files match their sources."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402  (tools/i18n.py)


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    unfinished = [
        source
        for (_, source), message in messages(i18n.ts_path(language)).items()
        if (
            message.find("translation") is None
            or message.find("translation").get("type") == "unfinished"
            or not "".join(message.find("translation").itertext()).strip()
        )
    ]
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n.ts_path("zh_CN"), fresh)
    i18n.update([fresh])
    assert set(messages(fresh)) == set(messages(i18n.ts_path("zh_CN"))), "run `make i18n` and translate"
    assert set(messages(i18n.ts_path("en"))) == set(messages(i18n.ts_path("zh_CN")))


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_qm_files_are_compiled_from_the_current_ts(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    i18n.release(i18n.ts_path(language), compiled)
    assert compiled.read_bytes() == i18n.qm_path(language).read_bytes(), "run `make i18n`"


def test_english_plurals_from_source() -> None:
    assert i18n.english_plural("%n client(s)") == ("%n client", "%n clients")
    assert i18n.english_plural("Archive %n client(s)") == ("Archive %n client", "Archive %n clients")


def test_the_services_worded_messages_keep_their_values_in_chinese() -> None:
    """A Chinese `Storage` message names the same {values} as its English template (ui.errors
    fills them in by name), and %1-style placeholders keep their numbers everywhere."""
    wrong = []
    for (context, source), message in messages(i18n.ts_path("zh_CN")).items():
        translation = "".join(message.find("translation").itertext())
        if context == "Storage":
            same = sorted(re.findall(r"\{(\w+)\}", source)) == sorted(re.findall(r"\{(\w+)\}", translation))
        else:
            same = set(re.findall(r"%\d", source)) <= set(re.findall(r"%\d", translation))
        if not same:
            wrong.append((source, translation))
    assert not wrong, wrong[:5]
