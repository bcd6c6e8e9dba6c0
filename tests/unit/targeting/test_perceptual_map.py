"""Perceptual map maths: a dropped or nudged point stays on the map, to the tenth."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.perceptual_map import CROWDED, MAP_MAX, MAP_MIN, dropped, free_spot, nudged

anywhere = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


def test_a_drop_lands_on_the_nearest_tenth_inside_the_map():
    assert dropped(2.34, -7.26) == (2.3, -7.3)
    assert dropped(14.0, -10.04) == (10.0, -10.0)


def test_arrow_keys_step_by_half_a_unit_or_a_tenth_with_shift():
    assert nudged(1.0, 1.0, 1, 0) == (1.5, 1.0)
    assert nudged(1.0, 1.0, 0, -1, fine=True) == (1.0, 0.9)
    assert nudged(9.8, 0.0, 1, 0) == (10.0, 0.0)  # the edge stops it
    assert nudged(10.0, 0.0, 1, 0) == (10.0, 0.0)


@given(anywhere, anywhere)
def test_a_dropped_point_is_always_on_the_map_and_on_the_grid(x, y):
    for value in dropped(x, y):
        assert MAP_MIN <= value <= MAP_MAX
        assert round(value * 10) == value * 10 or abs(round(value * 10) - value * 10) < 1e-9
        assert value == round(value, 1)


def test_a_new_point_goes_to_the_centre_or_the_nearest_free_spot():
    assert free_spot([]) == (0.0, 0.0)
    spot = free_spot([(0.0, 0.0)])
    assert spot != (0.0, 0.0)


@given(st.lists(st.tuples(st.floats(-3, 3), st.floats(-3, 3)), max_size=8))
def test_a_new_point_is_not_crowded_when_there_is_room(taken):
    x, y = free_spot(taken)
    assert all(abs(x - tx) >= CROWDED or abs(y - ty) >= CROWDED for tx, ty in taken)
