"""Roadmap lanes: where an item sits, what a move writes, which lanes show, new items."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.enums import WorkStatus
from stratdesk.domain.roadmap import (
    NO_LANE,
    lane_colour,
    lane_fields,
    lane_keys,
    lane_of,
    new_item_span,
    objective_lane,
    shown_lane,
    status_symbol,
    theme_lane,
)
from stratdesk.domain.timeline import Zoom

D = dt.date
FIRST, LAST = D(2026, 1, 1), D(2028, 12, 31)


def test_an_item_sits_in_its_theme_then_its_objective_then_nowhere():
    assert lane_of(4, 9) == theme_lane(4) == ("theme", 4)
    assert lane_of(None, 9) == objective_lane(9) == ("objective", 9)
    assert lane_of(None, None) == NO_LANE


def test_moving_to_a_lane_writes_its_fields_and_a_theme_keeps_the_objective():
    assert lane_fields(theme_lane(4)) == {"lane_id": 4}
    assert lane_fields(objective_lane(9)) == {"lane_id": None, "objective_id": 9}
    assert lane_fields(NO_LANE) == {"lane_id": None, "objective_id": None}


def test_lanes_are_objectives_then_themes_then_no_lane_only_when_used():
    keys = lane_keys([3, 1], [7], [objective_lane(3), theme_lane(7)])
    assert keys == [("objective", 3), ("objective", 1), ("theme", 7)]
    with_loose = lane_keys([3], [], [NO_LANE])
    assert with_loose == [("objective", 3), NO_LANE]
    assert lane_keys([], [], []) == []
    assert shown_lane(theme_lane(8), keys) == NO_LANE
    assert shown_lane(theme_lane(7), keys) == theme_lane(7)


@given(
    objectives=st.lists(st.integers(1, 50), unique=True),
    themes=st.lists(st.integers(1, 50), unique=True),
)
def test_every_item_has_a_lane_shown(objectives, themes):
    items = [objective_lane(i) for i in objectives[:2]] + [theme_lane(i) for i in themes[:2]]
    items.append(lane_of(None, None))
    keys = lane_keys(objectives, themes, items)
    assert len(keys) == len(set(keys))
    assert all(shown_lane(item, keys) in keys for item in items)


def test_lane_colours_come_from_two_palettes():
    assert lane_colour(objective_lane(1), 0) != lane_colour(theme_lane(1), 0)
    assert lane_colour(objective_lane(1), 8) == lane_colour(objective_lane(1), 0)


def test_a_new_item_spans_a_unit_by_zoom_within_the_plan():
    assert new_item_span(D(2026, 5, 20), Zoom.YEAR, FIRST, LAST) == (D(2026, 4, 1), D(2026, 6, 30))
    assert new_item_span(D(2026, 5, 20), Zoom.QUARTER, FIRST, LAST) == (
        D(2026, 5, 1),
        D(2026, 5, 31),
    )
    assert new_item_span(D(2026, 5, 20), Zoom.MONTH, FIRST, LAST) == (
        D(2026, 5, 18),
        D(2026, 5, 24),
    )
    assert new_item_span(D(2026, 5, 20), Zoom.MONTH, FIRST, LAST, milestone=True) == (
        D(2026, 5, 20),
        D(2026, 5, 20),
    )
    # A week that starts in the year before the plan starts with the plan.
    assert new_item_span(D(2026, 1, 2), Zoom.MONTH, FIRST, LAST) == (D(2026, 1, 1), D(2026, 1, 4))
    assert new_item_span(D(2030, 1, 1), Zoom.QUARTER, FIRST, LAST) == (D(2028, 12, 1), LAST)


@given(
    day=st.dates(min_value=D(2020, 1, 1), max_value=D(2035, 1, 1)), zoom=st.sampled_from(list(Zoom))
)
def test_a_new_item_always_fits_the_plan(day, zoom):
    start, end = new_item_span(day, zoom, FIRST, LAST)
    assert FIRST <= start <= end <= LAST


def test_statuses_show_a_symbol_where_colour_would_not_do():
    assert status_symbol(WorkStatus.DONE) == "✓"
    assert status_symbol(WorkStatus.CANCELLED) == "✗"
    assert status_symbol(WorkStatus.PLANNED) == ""
