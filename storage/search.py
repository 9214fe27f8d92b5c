"""Instant search: the text kept for each client, and the in-memory index that filters it.

Each client carries one lowercase `search_text`: its name, the name's pinyin in
full and by initials (with the surname reading of polyphonic surnames such as
曾 zeng, 单 shan, 解 xie, 仇 qiu), company, tags and phone digits, one per line.
A query matches when its normalised form is a substring of one of those lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress

#: Surnames whose reading as a surname differs from the character's usual one.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "查": "zha",
    "朴": "piao",
    "乐": "yue",
    "覃": "qin",
    "盖": "ge",
    "缪": "miao",
    "种": "chong",
    "翟": "zhai",
    "黑": "he",
    "秘": "bi",
    "尉": "yu",
    "柏": "bai",
    "宿": "su",
    "占": "zhan",
    "繁": "po",
    "员": "yun",
    "召": "shao",
    "折": "she",
}
COMPOUND_SURNAME_READINGS: dict[str, list[str]] = {
    "万俟": ["mo", "qi"],
    "尉迟": ["yu", "chi"],
    "单于": ["chan", "yu"],
}

_SPACES = re.compile(r"\s+")
#: Text that normalising leaves as it is: CJK unified ideographs (NFKC and casefold keep them), a-z, 0-9.
_HANZI = re.compile(r"[\u4e00-\u9fff]+")
_FOLDED = re.compile(r"[\u4e00-\u9fff0-9a-z]+")
_PHONE_QUERY = re.compile(r"^[\d\s\-+()（）]+$")
_NON_DIGITS = re.compile(r"\D+")


def normalise(text: str) -> str:
    """Fold width and case and drop whitespace, so 'Ｚhang San' matches 'zhangsan'."""
    if text.isascii():  # the common case (pinyin, digits, Latin names): NFKC leaves ASCII as it is
        return text.lower() if text.isalnum() else "".join(text.lower().split())
    if _FOLDED.fullmatch(text):  # Chinese characters, digits, lowercase: nothing to fold
        return text
    folded = _SPACES.sub("", unicodedata.normalize("NFKC", text).casefold())
    return unicodedata.normalize("NFKC", folded)


def normalise_query(text: str) -> str:
    """A query as the index compares it: phone-like queries keep their digits only."""
    if _PHONE_QUERY.match(text) and any(ch.isdigit() for ch in text):
        return _NON_DIGITS.sub("", unicodedata.normalize("NFKC", text))
    return normalise(text)


def name_pinyin(name: str) -> list[list[str]]:
    """The readings of a name, syllable by syllable: a list of alternatives per character.

    Polyphonic surnames get their surname reading first and the ordinary one as well.
    """
    if _HANZI.fullmatch(name):
        syllables = [[_char_pinyin(ch)] for ch in name]  # names are read character by character
    else:
        from pypinyin import Style, lazy_pinyin

        syllables = [[s] for s in lazy_pinyin(name, style=Style.NORMAL, errors="default")]
        if len(syllables) != len(name):  # non-Chinese runs are kept whole; no surname rule
            return syllables
    readings = COMPOUND_SURNAME_READINGS.get(name[:2])  # compound surnames are two characters
    if readings is not None:
        for i, reading in enumerate(readings):
            syllables[i] = _with_first(reading, syllables[i])
        return syllables
    if name and name[0] in SURNAME_READINGS:
        syllables[0] = _with_first(SURNAME_READINGS[name[0]], syllables[0])
    return syllables


@lru_cache(maxsize=32768)
def _char_pinyin(ch: str) -> str:
    """One character's usual reading; cached, since a book's names share a few thousand characters."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(ch, style=Style.NORMAL)[0]


def _with_first(reading: str, options: list[str]) -> list[str]:
    return [reading] + [o for o in options if o != reading]


def pinyin_sort_key(name: str) -> str:
    """Sort key for a name: its first pinyin reading, so 安 sorts before 张."""
    return _sort_key_of(name_pinyin(name))


def _sort_key_of(syllables: list[list[str]]) -> str:
    return normalise(" ".join(options[0] for options in syllables))[:200]


def name_keys(name: str) -> tuple[tuple[str, ...], str]:
    """The name's search lines (itself, its pinyin in full and by initials) and its sort key,
    from one pinyin reading; `build_search_text(..., name_lines=...)` takes the lines."""
    syllables = name_pinyin(name)
    return _name_lines(name, syllables), _sort_key_of(syllables)


def _name_lines(name: str, syllables: list[list[str]]) -> tuple[str, ...]:
    lines = [normalise(name)]
    variants = {tuple(options[0] for options in syllables)}
    if syllables and len(syllables[0]) > 1:
        variants |= {(alt, *(options[0] for options in syllables[1:])) for alt in syllables[0][1:]}
    for variant in sorted(variants):
        lines.append(normalise("".join(variant)))
        lines.append(normalise("".join(s[:1] for s in variant)))
    return tuple(lines)


def build_search_text(
    name: str,
    company: str,
    phones: Iterable[str],
    tags: Iterable[str],
    *,
    name_lines: Sequence[str] | None = None,
) -> str:
    """The client's search text; `name_lines` are `name_keys(name)[0]` when the caller has them."""
    lines = list(_name_lines(name, name_pinyin(name)) if name_lines is None else name_lines)
    lines.append(normalise(company))
    lines.extend(normalise(tag) for tag in tags)
    lines.extend(_NON_DIGITS.sub("", phone) for phone in phones)
    return "\n".join(line for line in dict.fromkeys(lines) if line)


class SearchIndex:
    """Filters every listed client by query, tier and tag in one pass over memory.

    Entries are kept in display order, so a filtered result needs no sorting.
    Typing usually extends the query; then only the previous result is scanned.
    """

    def __init__(
        self, ids: Sequence[int], texts: Sequence[str], tiers: Sequence[int], tag_ids: Sequence[frozenset[int]]
    ) -> None:
        self._ids = list(ids)
        self._texts = list(texts)
        self._tiers = list(tiers)
        self._tags = list(tag_ids)
        self._last: tuple[str, frozenset[int] | None, int | None, list[int]] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def filter(self, query: str, tiers: frozenset[int] | None = None, tag_id: int | None = None) -> list[int]:
        """Ids of the clients matching all given conditions, in display order."""
        needle = normalise_query(query)
        positions = self._candidates(needle, tiers, tag_id)
        texts, cand_tiers, tags = self._texts, self._tiers, self._tags
        if needle:
            positions = [i for i in positions if needle in texts[i]]
        if tiers is not None:
            positions = [i for i in positions if cand_tiers[i] in tiers]
        if tag_id is not None:
            positions = [i for i in positions if tag_id in tags[i]]
        self._last = (needle, tiers, tag_id, positions)
        ids = self._ids
        return [ids[i] for i in positions]

    def _candidates(self, needle: str, tiers: frozenset[int] | None, tag_id: int | None) -> Sequence[int]:
        last = self._last
        if last is not None and last[1] == tiers and last[2] == tag_id and last[0] and last[0] in needle:
            return last[3]
        if needle and tiers is None and tag_id is None:
            # The common case, scanned without an index list first.
            return list(compress(range(len(self._texts)), [needle in t for t in self._texts]))
        return range(len(self._ids))
