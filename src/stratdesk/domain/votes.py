"""Dot votes from a workshop: how many a card may hold, and cards ranked by them.

SWOT items, PESTEL factors and mix actions carry `votes` (0 to `VOTES_MAX`, checked by
their services). Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

VOTES_MAX = 1000

T = TypeVar("T")


def voted(current: int, delta: int) -> int:
    """`current` votes after giving (`delta` > 0) or taking back (< 0) some, kept in range."""
    return max(0, min(VOTES_MAX, current + delta))


def ranked(items: Sequence[T], votes: Callable[[T], int | None]) -> list[T]:
    """Most votes first; equal votes (and items without votes) keep their order."""
    return sorted(items, key=lambda item: -(votes(item) or 0))


def to_reset(items: Sequence[tuple[int, int]]) -> list[int]:
    """The ids, among (id, votes) pairs, that "reset votes" has to set back to zero."""
    return [item_id for item_id, count in items if count]
