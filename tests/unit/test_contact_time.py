"""The time a contact is logged at: local, not in the future (beyond a little clock skew), not before 1900."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from storage.care_records import ContactDraft
from storage.errors import InvalidInput
from storage.log import CLOCK_SKEW, check_contact, contact_time

NOW = datetime(2026, 11, 24, 10, 30, 15)


def test_a_past_time_is_kept_to_the_second() -> None:
    assert contact_time(datetime(2026, 11, 20, 9, 5, 7, 123456), NOW) == datetime(2026, 11, 20, 9, 5, 7)


def test_a_little_clock_skew_is_allowed_but_not_more() -> None:
    assert contact_time(NOW + CLOCK_SKEW, NOW) == NOW + CLOCK_SKEW
    with pytest.raises(InvalidInput, match="in the future") as later:
        contact_time(NOW + CLOCK_SKEW + timedelta(seconds=1), NOW)
    assert later.value.field == "at"
    assert later.value.template and "{at}" in later.value.template


@pytest.mark.parametrize("far", [datetime(9999, 12, 31, 23, 59), datetime(2027, 1, 1)])
def test_a_future_contact_is_refused(far: datetime) -> None:
    with pytest.raises(InvalidInput, match="is in the future"):
        contact_time(far, NOW)


@pytest.mark.parametrize("old", [datetime(1899, 12, 31, 23, 59), datetime(1800, 1, 1), datetime(1, 1, 1)])
def test_a_year_before_1900_is_refused(old: datetime) -> None:
    with pytest.raises(InvalidInput, match="before 1900") as error:
        contact_time(old, NOW)
    assert error.value.field == "at"
    assert old.isoformat(sep=" ", timespec="minutes") in str(error.value)


def test_a_time_with_an_offset_becomes_local_time() -> None:
    aware = datetime(2026, 11, 1, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    local = contact_time(aware, NOW)
    assert local.tzinfo is None
    assert local == aware.astimezone().replace(tzinfo=None)


@pytest.mark.parametrize(
    "edge",
    [
        datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-8))),  # past year 9999 in UTC
        datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=8))),  # before year 1 in UTC
    ],
)
def test_an_offset_at_the_edge_of_time_is_refused_not_a_crash(edge: datetime) -> None:
    with pytest.raises(InvalidInput):
        contact_time(edge, NOW)


def test_check_contact_applies_the_rule_the_log_dialog_relies_on() -> None:
    with pytest.raises(InvalidInput, match="future"):
        check_contact(ContactDraft(1, "phone", ("care",), contacted_at=NOW + timedelta(hours=1)), NOW)
    draft = check_contact(ContactDraft(1, "phone", ("care",), contacted_at=None), NOW)
    assert draft.contacted_at is None  # "now", filled in when it is saved


def test_a_follow_up_past_the_calendar_is_refused() -> None:
    draft = ContactDraft(client_id=1, channel="phone", purposes=("care",), next_follow_up=date(9999, 12, 31))
    with pytest.raises(InvalidInput, match="past 2101-01-28") as raised:
        check_contact(draft)
    assert raised.value.field == "next_follow_up"
