"""Who was last in touch when (storage.resident_touch): whole groups of quiet clients, in client order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reminders.agenda import ClientDates
from reminders.tiers import Tier
from storage.resident_touch import TouchIndex

INTERVALS = {Tier.PASSERBY: None, Tier.ACQUAINTANCE: 90, Tier.FRIEND: 30, Tier.CONFIDANT: 14}


def member(client_id: int, name: str, tier: Tier = Tier.FRIEND) -> tuple[str, int, ClientDates]:
    return (name, client_id, ClientDates(client_id, name, tier))


def silent(index: TouchIndex, last_day: int) -> list[tuple[Tier, int, int, list[int]]]:
    return [
        (tier, since, interval, [m[1] for m in members])
        for tier, since, interval, members in index.silent_groups(last_day, INTERVALS)
    ]


def test_groups_run_out_tier_by_tier_and_keep_client_order() -> None:
    index = TouchIndex()
    index.add(Tier.FRIEND, 100, member(2, "zhang"), None)
    index.add(Tier.FRIEND, 100, member(1, "li"), None)
    index.add(Tier.FRIEND, 120, member(3, "wang"), None)
    index.add(Tier.CONFIDANT, 120, member(4, "zhao", Tier.CONFIDANT), None)
    index.add(Tier.PASSERBY, 1, member(5, "qian", Tier.PASSERBY), None)  # no interval: never quiet
    assert silent(index, 129) == []
    assert silent(index, 130) == [(Tier.FRIEND, 100, 30, [1, 2])]
    assert silent(index, 150) == [
        (Tier.FRIEND, 100, 30, [1, 2]),
        (Tier.FRIEND, 120, 30, [3]),
        (Tier.CONFIDANT, 120, 14, [4]),
    ]


def test_a_changed_group_is_a_new_list_and_removal_empties_it() -> None:
    index = TouchIndex()
    index.add(Tier.FRIEND, 100, member(1, "li"), None)
    [(_tier, _since, _interval, before)] = index.silent_groups(200, INTERVALS)
    index.add(Tier.FRIEND, 100, member(2, "zhang"), None)
    [(_tier, _since, _interval, after)] = index.silent_groups(200, INTERVALS)
    assert after is not before and [m[1] for m in before] == [1]  # what a caller kept is untouched
    index.remove(1, "li")
    index.remove(2, "zhang")
    assert silent(index, 200) == []


def test_own_intervals_are_kept_apart() -> None:
    index = TouchIndex()
    index.add(Tier.PASSERBY, 100, member(1, "li", Tier.PASSERBY), 7)
    index.add(Tier.FRIEND, 100, member(2, "wang"), 0)  # not a real interval: the tier's
    found = [(tier, since, interval, m[1]) for tier, since, interval, m in index.silent_own(130, INTERVALS)]
    assert found == [(Tier.PASSERBY, 100, 7, 1), (Tier.FRIEND, 100, 30, 2)]
    index.remove(1, "li")
    assert [m[1] for *_rest, m in index.silent_own(130, INTERVALS)] == [2]


@given(
    st.lists(
        st.tuples(st.sampled_from(list(Tier)), st.integers(0, 60), st.sampled_from(["a", "b", "c"])),
        max_size=40,
    ),
    st.integers(0, 120),
)
def test_groups_hold_exactly_the_quiet_clients_added_one_by_one_or_at_once(clients, last_day) -> None:
    one_by_one, at_once = TouchIndex(), TouchIndex()
    for client_id, (tier, since, name) in enumerate(clients):
        one_by_one.add(tier, since, member(client_id, name, tier), None)
        at_once.add(tier, since, member(client_id, name, tier), None, bulk=True)
    at_once.sort()
    expected = sorted(
        (tier, name, client_id)
        for client_id, (tier, since, name) in enumerate(clients)
        if INTERVALS[tier] is not None and since + INTERVALS[tier] <= last_day
    )
    for index in (one_by_one, at_once):
        groups = list(index.silent_groups(last_day, INTERVALS))
        found = [(tier, m[0], m[1]) for tier, _since, _interval, members in groups for m in members]
        assert sorted(found) == expected
        for _tier, _since, _interval, members in groups:
            assert members == sorted(members, key=lambda m: m[:2])
