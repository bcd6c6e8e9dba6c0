"""Stacking without overlap: each interval of a lane gets a row, and lanes get their heights.

Greedy interval partitioning in start order (then key order, so the result is stable): an
interval takes the lowest row whose last interval ended before it starts. That uses as few
rows as the deepest overlap needs, in O(n log n).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """An interval to stack: `key` identifies it; `end` is inclusive (start == end: one day)."""

    key: Hashable
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Stacking:
    rows: dict[Hashable, int]
    count: int  # rows used (0 for no interval)


def stack(spans: Iterable[Span]) -> Stacking:
    """Rows for `spans` such that two spans sharing a day never share a row."""
    ordered = sorted(spans, key=lambda s: (s.start, s.key))
    active: list[tuple[int, int]] = []  # (last day's ordinal, row) of rows in use
    free: list[int] = []  # rows whose span has ended, lowest first
    rows: dict[Hashable, int] = {}
    count = 0
    for span in ordered:
        start = span.start.toordinal()
        while active and active[0][0] < start:
            heapq.heappush(free, heapq.heappop(active)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row, count = count, count + 1
        rows[span.key] = row
        heapq.heappush(active, (max(span.end.toordinal(), start), row))
    return Stacking(rows, count)


def visual_end(start: dt.date, end: dt.date, day_width: float, min_width: float) -> dt.date:
    """The last day an interval covers on screen once drawn at least `min_width` px wide.

    Stack with this end, not the real one, so that a one-day bar or a milestone with its
    label does not hide its neighbour at a wide zoom.
    """
    days = (end - start).days + 1
    needed = math.ceil(min_width / day_width - 1e-9)
    return start + dt.timedelta(days=max(days, needed) - 1)


@dataclass(frozen=True, slots=True)
class LaneBox:
    """Where a lane sits: its top `y`, its `height` and the rows it holds."""

    key: Hashable
    y: float
    height: float
    rows: int


def layout_lanes(
    row_counts: Sequence[tuple[Hashable, int]],
    row_height: float,
    padding: float,
    min_height: float = 0.0,
) -> list[LaneBox]:
    """Lanes one under the other, each tall enough for its rows (at least one) and padding."""
    boxes: list[LaneBox] = []
    y = 0.0
    for key, rows in row_counts:
        height = max(min_height, 2 * padding + max(rows, 1) * row_height)
        boxes.append(LaneBox(key, y, height, rows))
        y += height
    return boxes


def row_top(lane: LaneBox, row: int, row_height: float, padding: float) -> float:
    """The top y of `row` inside `lane`."""
    return lane.y + padding + row * row_height


def row_at(lane: LaneBox, y: float, row_height: float, padding: float) -> int:
    """The row under `y` inside `lane` (clamped to the lane's rows)."""
    row = math.floor((y - lane.y - padding) / row_height)
    return max(0, min(max(lane.rows, 1) - 1, row))


def lane_at(lanes: Sequence[LaneBox], y: float) -> LaneBox | None:
    """The lane under `y`, or None above the first and below the last lane."""
    low, high = 0, len(lanes)
    while low < high:  # lanes are sorted by y: bisect on their tops
        middle = (low + high) // 2
        if lanes[middle].y <= y:
            low = middle + 1
        else:
            high = middle
    if low == 0:
        return None
    lane = lanes[low - 1]
    return lane if y < lane.y + lane.height else None
