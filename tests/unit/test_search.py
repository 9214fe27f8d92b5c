"""Instant search: the text kept per client, query normalisation and the in-memory index."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storage.search import SearchIndex, build_search_text, normalise, normalise_query, pinyin_sort_key


def index_of(*clients: tuple[str, str, list[str], list[str]]) -> SearchIndex:
    texts = [build_search_text(*c) for c in clients]
    return SearchIndex(list(range(1, len(texts) + 1)), texts, [1] * len(texts), [frozenset()] * len(texts))


def test_pinyin_in_full_and_by_initials_find_zhang_san() -> None:
    index = index_of(("张三", "", [], []), ("李四", "", [], []))
    assert index.filter("zs") == [1]
    assert index.filter("zhangsan") == [1]
    assert index.filter("zhang san") == [1]
    assert index.filter("ZS") == [1]
    assert index.filter("张") == [1]


def test_polyphonic_surnames_match_their_surname_reading() -> None:
    index = index_of(("曾国藩", "", [], []), ("单田芳", "", [], []), ("解缙", "", [], []), ("仇英", "", [], []))
    assert index.filter("zengguofan") == [1]
    assert index.filter("zgf") == [1]
    assert index.filter("shantianfang") == [2]
    assert index.filter("stf") == [2]
    assert index.filter("xiejin") == [3]
    assert index.filter("qiuying") == [4]


def test_company_phone_digits_and_tags() -> None:
    index = index_of(("王五", "上海华联超市", ["138-0013-8000", "+86 21 5555 1234"], ["VIP", "批发"]))
    assert index.filter("华联") == [1]
    assert index.filter("00138") == [1]
    assert index.filter("0013 8000") == [1]
    assert index.filter("55551234") == [1]
    assert index.filter("vip") == [1]
    assert index.filter("批发") == [1]
    assert index.filter("99999") == []


def test_filters_by_tier_and_tag_keep_display_order() -> None:
    index = SearchIndex([10, 20, 30], ["a\nx", "a\ny", "b"], [3, 1, 3], [frozenset({1}), frozenset(), frozenset({1})])
    assert index.filter("", frozenset({3})) == [10, 30]
    assert index.filter("", None, 1) == [10, 30]
    assert index.filter("a", frozenset({3}), 1) == [10]
    assert index.filter("") == [10, 20, 30]


def test_narrowing_query_reuses_previous_result_and_stays_correct() -> None:
    index = index_of(("张伟", "", [], []), ("张三", "", [], []), ("赵薇", "", [], []))
    assert index.filter("z") == [1, 2, 3]
    assert index.filter("zh") == [1, 2, 3]
    assert index.filter("zha") == [1, 2, 3]  # zhaowei too
    assert index.filter("zhan") == [1, 2]
    assert index.filter("zhangw") == [1]
    assert index.filter("zw") == [1, 3]  # not an extension of "zhangw": scanned afresh


def test_pinyin_sort_key_orders_by_reading() -> None:
    names = ["张三", "安娜", "李四"]
    assert sorted(names, key=pinyin_sort_key) == ["安娜", "李四", "张三"]


@given(st.text(max_size=30))
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


chinese = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=4)


@given(chinese, st.data())
def test_every_run_of_a_name_finds_the_client(name: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(name) - 1))
    end = data.draw(st.integers(start + 1, len(name)))
    index = index_of((name, "", [], []))
    assert index.filter(name[start:end]) == [1]


@given(st.text(alphabet="0123456789", min_size=7, max_size=15), st.data())
def test_every_run_of_phone_digits_finds_the_client(digits: str, data: st.DataObject) -> None:
    formatted = f"{digits[:3]}-{digits[3:]}"
    start = data.draw(st.integers(0, len(digits) - 3))
    end = data.draw(st.integers(start + 3, len(digits)))
    index = index_of(("客户", "", [formatted], []))
    assert index.filter(digits[start:end]) == [1]


@given(st.text(max_size=20))
def test_phone_like_queries_keep_only_digits(text: str) -> None:
    query = normalise_query(text)
    if any(ch.isdigit() for ch in text) and set(text) <= set("0123456789 -+()"):
        assert query.isdigit()
