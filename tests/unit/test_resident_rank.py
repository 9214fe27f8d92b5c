"""Client order in memory (storage.dates_in_memory.Snapshot.rank): numbers that grow with the order,
kept when a client is placed again instead of numbering everyone afresh."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storage import dates_in_memory
from storage.dates_in_memory import Snapshot

keys = st.tuples(st.integers(-3, 0), st.text("abc", max_size=3), st.integers(1, 10_000))


@given(st.lists(keys, min_size=1, max_size=30, unique_by=lambda key: key[2]), st.lists(keys, max_size=30))
def test_numbers_grow_in_client_order_as_clients_are_placed(first, later) -> None:
    snapshot = Snapshot(order_keys=sorted(first))
    rank = snapshot.rank()
    known = {key[2] for key in first}
    for key in later:
        if key[2] not in known:
            known.add(key[2])
            snapshot.place(key)
    numbers = [snapshot.rank()[key[2]] for key in snapshot.order_keys]
    assert snapshot.order_keys == sorted(snapshot.order_keys)
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    if len(later) < 5:
        assert snapshot.rank() is rank  # a few placements never number everyone again


def test_without_room_left_everyone_is_numbered_again(monkeypatch) -> None:
    monkeypatch.setattr(dates_in_memory, "RANK_GAP_BITS", 1)
    snapshot = Snapshot(order_keys=[(0, "a", 1), (0, "c", 2)])
    first = snapshot.rank()
    snapshot.place((0, "b", 3))
    snapshot.place((0, "bb", 4))
    assert snapshot.rank() is not first
    assert [snapshot.rank()[i] for i in (1, 3, 4, 2)] == sorted(snapshot.rank().values())
