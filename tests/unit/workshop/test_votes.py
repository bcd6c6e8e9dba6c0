"""Dot votes: kept within 0 and the maximum, ranked most first, reset where there are some."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.votes import VOTES_MAX, ranked, to_reset, voted


def test_votes_stay_in_range() -> None:
    assert voted(0, 1) == 1 and voted(3, -1) == 2
    assert voted(0, -1) == 0
    assert voted(VOTES_MAX, 1) == VOTES_MAX


def test_ranking_puts_most_votes_first_and_keeps_ties_in_order() -> None:
    cards = [("a", 1), ("b", 3), ("c", None), ("d", 3), ("e", 0)]
    assert [c for c, _ in ranked(cards, lambda card: card[1])] == ["b", "d", "a", "c", "e"]


def test_reset_names_only_the_items_with_votes() -> None:
    assert to_reset([(1, 0), (2, 3), (3, 1)]) == [2, 3]


@given(st.lists(st.integers(0, VOTES_MAX)))
def test_ranked_is_a_sorted_permutation(votes: list[int]) -> None:
    items = list(enumerate(votes))
    result = ranked(items, lambda item: item[1])
    assert sorted(result) == sorted(items)
    assert [v for _i, v in result] == sorted(votes, reverse=True)
