"""Stacking without overlap, lanes one under the other, and the lane under a y."""

from __future__ import annotations

import datetime as dt
import itertools
import time

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.timeline import (
    Span,
    lane_at,
    layout_lanes,
    row_at,
    row_top,
    stack,
    visual_end,
)

D = dt.date


@st.composite
def spans(draw: st.DrawFn) -> list[Span]:
    found = []
    for key in range(draw(st.integers(0, 60))):
        start = draw(st.dates(min_value=D(2026, 1, 1), max_value=D(2026, 12, 31)))
        length = draw(st.integers(0, 90))
        found.append(Span(key, start, start + dt.timedelta(days=length)))
    return found


def test_overlapping_spans_take_the_lowest_free_row():
    result = stack(
        [
            Span("a", D(2026, 1, 1), D(2026, 1, 10)),
            Span("b", D(2026, 1, 5), D(2026, 1, 20)),
            Span("c", D(2026, 1, 11), D(2026, 1, 12)),  # a has ended: row 0 again
            Span("d", D(2026, 1, 10), D(2026, 1, 10)),  # shares 10 Jan with a and b
        ]
    )
    assert result.rows == {"a": 0, "b": 1, "d": 2, "c": 0}
    assert result.count == 3


def test_touching_days_overlap_because_ends_are_inclusive():
    result = stack([Span(1, D(2026, 1, 1), D(2026, 1, 2)), Span(2, D(2026, 1, 2), D(2026, 1, 3))])
    assert result.rows == {1: 0, 2: 1}
    result = stack([Span(1, D(2026, 1, 1), D(2026, 1, 2)), Span(2, D(2026, 1, 3), D(2026, 1, 3))])
    assert result.rows == {1: 0, 2: 0}


def test_equal_starts_are_ordered_by_key_whatever_the_input_order():
    forward = [Span(n, D(2026, 1, 1), D(2026, 1, 5)) for n in range(5)]
    assert stack(forward).rows == stack(list(reversed(forward))).rows == {n: n for n in range(5)}
    assert stack([]).count == 0


def test_a_short_item_is_stacked_by_what_is_drawn():
    # One day at 1.25 px is stretched to 12 px: it covers 10 days on screen.
    assert visual_end(D(2026, 1, 1), D(2026, 1, 1), 1.25, 12) == D(2026, 1, 10)
    assert visual_end(D(2026, 1, 1), D(2026, 3, 1), 1.25, 12) == D(2026, 3, 1)
    assert visual_end(D(2026, 1, 1), D(2026, 1, 1), 22, 12) == D(2026, 1, 1)


def test_lanes_stack_with_their_rows_and_padding():
    lanes = layout_lanes([("a", 0), ("b", 3), ("c", 1)], row_height=20, padding=4, min_height=30)
    assert [(lane.y, lane.height) for lane in lanes] == [(0, 30), (30, 68), (98, 30)]
    assert row_top(lanes[1], 2, 20, 4) == 30 + 4 + 40
    assert row_at(lanes[1], 30 + 4 + 45, 20, 4) == 2
    assert row_at(lanes[1], 30 + 67, 20, 4) == 2  # the bottom padding belongs to the last row
    assert lane_at(lanes, 29.9).key == "a"
    assert lane_at(lanes, 30).key == "b"
    assert lane_at(lanes, 127.9).key == "c"
    assert lane_at(lanes, 128) is None
    assert lane_at(lanes, -1) is None
    assert lane_at([], 0) is None


@given(items=spans())
def test_stacking_never_overlaps_and_uses_the_fewest_rows(items: list[Span]):
    result = stack(items)
    assert set(result.rows) == {s.key for s in items}
    by_row: dict[int, list[Span]] = {}
    for item in items:
        by_row.setdefault(result.rows[item.key], []).append(item)
    for row in by_row.values():
        row.sort(key=lambda s: s.start)
        for before, after in itertools.pairwise(row):
            assert before.end < after.start
    # As few rows as the deepest overlap on any day needs.
    depth = max(
        (sum(1 for s in items if s.start <= d.start <= s.end) for d in items),
        default=0,
    )
    assert result.count == depth


def test_three_thousand_spans_stack_in_well_under_a_second():
    items = [
        Span(n, D(2026, 1, 1) + dt.timedelta(days=(n * 37) % 1800), D(2026, 1, 1))
        for n in range(3000)
    ]
    items = [Span(s.key, s.start, s.start + dt.timedelta(days=s.key % 60)) for s in items]
    started = time.perf_counter()
    result = stack(items)
    # Generous: a sanity bound against an accidental O(n²), not a benchmark.
    assert time.perf_counter() - started < 0.5
    assert len(result.rows) == 3000
