"""Tiers and the checks a client's file passes before it is saved."""

from __future__ import annotations

import pytest

from reminders.dates import CalendarKind, DateSpec
from reminders.tiers import Tier
from storage.errors import InvalidInput
from storage.records import ClientDraft, ImportantDate, PhoneEntry
from storage.validation import clean_draft


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("friend", Tier.FRIEND),
        ("朋友", Tier.FRIEND),
        ("Passer-by", Tier.PASSERBY),
        ("知己", Tier.CONFIDANT),
        (" acquaintance ", Tier.ACQUAINTANCE),
        ("过客", Tier.PASSERBY),
    ],
)
def test_tier_parse(text: str, tier: Tier) -> None:
    assert Tier.parse(text) is tier


def test_tier_parse_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown tier"):
        Tier.parse("boss")


def test_tiers_order_from_passerby_to_confidant() -> None:
    assert Tier.PASSERBY < Tier.ACQUAINTANCE < Tier.FRIEND < Tier.CONFIDANT


def test_clean_draft_trims_and_deduplicates() -> None:
    draft = clean_draft(
        ClientDraft(
            name="  张三 ", tags=["VIP", " VIP", "", "批发"], phones=[PhoneEntry(" 138 0013 8000 "), PhoneEntry("  ")]
        )
    )
    assert draft.name == "张三"
    assert draft.tags == ["VIP", "批发"]
    assert [p.number for p in draft.phones] == ["138 0013 8000"]


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ClientDraft(name="  "), "name"),
        (ClientDraft(name="x" * 101), "name"),
        (ClientDraft(name="a", email="not-an-email"), "email"),
        (ClientDraft(name="a", phones=[PhoneEntry("call me")]), "phones"),
        (ClientDraft(name="a", phones=[PhoneEntry("12")]), "phones"),
        (ClientDraft(name="a", birthday=DateSpec(CalendarKind.SOLAR, 2, 30)), "birthday"),
        (ClientDraft(name="a", birthday=DateSpec(CalendarKind.SOLAR, 2, 29, 1985)), "birthday"),
        (ClientDraft(name="a", birthday=DateSpec(CalendarKind.SOLAR, 13, 1)), "birthday"),
        (ClientDraft(name="a", birthday=DateSpec(CalendarKind.LUNAR, 4, 31)), "birthday"),
        (ClientDraft(name="a", birthday=DateSpec(CalendarKind.SOLAR, 4, 8, leap=True)), "birthday"),
        (ClientDraft(name="a", dates=[ImportantDate("", DateSpec(CalendarKind.SOLAR, 1, 1))]), "dates"),
        (ClientDraft(name="a", dates=[ImportantDate("x", DateSpec(CalendarKind.SOLAR, 1, 1), yearly=False)]), "dates"),
    ],
)
def test_clean_draft_names_the_field_at_fault(draft: ClientDraft, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        clean_draft(draft)
    assert caught.value.field == field
    assert str(caught.value)


def test_29_february_without_a_year_is_a_birthday() -> None:
    assert clean_draft(ClientDraft(name="a", birthday=DateSpec(CalendarKind.SOLAR, 2, 29))).birthday is not None


def test_invisible_characters_at_the_ends_of_a_name_are_trimmed_and_overrides_refused() -> None:
    from storage.validation import single_line

    assert single_line("\ufeff张三\u200b", "name") == "张三"
    assert single_line("\u200b", "name") == ""  # nothing visible: the form says a name is needed
    assert single_line("王\u200d五", "name") == "王\u200d五"  # a joiner inside is left alone
    with pytest.raises(InvalidInput, match="U\\+202E"):
        single_line("abc\u202edef", "name")  # would show the name backwards
