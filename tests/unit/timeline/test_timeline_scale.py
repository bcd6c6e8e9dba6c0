"""Dates ↔ x over a horizon, rounding, clamping and the today line."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.timeline import Rounding, TimeScale, Zoom

D = dt.date
HORIZON = TimeScale(D(2026, 1, 1), D(2028, 12, 31), 4.0)


def test_width_counts_every_day_of_the_horizon():
    assert HORIZON.days == 365 + 365 + 366
    assert HORIZON.width == HORIZON.days * 4.0
    assert HORIZON.span_x(D(2026, 1, 1), D(2026, 1, 1)) == (0.0, 4.0)  # one day, one column


def test_x_to_date_floors_or_rounds_to_a_boundary():
    assert HORIZON.x_to_date(0) == D(2026, 1, 1)
    assert HORIZON.x_to_date(7.9) == D(2026, 1, 2)
    assert HORIZON.x_to_date(7.9, Rounding.NEAREST) == D(2026, 1, 3)
    assert HORIZON.x_to_date(5.9, Rounding.NEAREST) == D(2026, 1, 2)


def test_x_outside_the_horizon_clamps_unless_asked_not_to():
    assert HORIZON.x_to_date(-100) == HORIZON.start
    assert HORIZON.x_to_date(HORIZON.width + 100) == HORIZON.end
    assert HORIZON.x_to_date(HORIZON.width) == HORIZON.end
    assert HORIZON.x_to_date(-4, clamp=False) == D(2025, 12, 31)
    assert HORIZON.clamp(D(2030, 1, 1)) == HORIZON.end
    assert HORIZON.clamp_x(-3) == 0


def test_today_line_sits_in_the_middle_of_today_or_nowhere():
    assert HORIZON.today_x(D(2026, 1, 2)) == 6.0
    assert HORIZON.today_x(D(2025, 12, 31)) is None
    assert HORIZON.contains(D(2028, 12, 31))


def test_a_scale_refuses_an_inverted_horizon_or_a_zero_day():
    with pytest.raises(ValueError, match="ends before"):
        TimeScale(D(2026, 2, 1), D(2026, 1, 1), 1.0)
    with pytest.raises(ValueError, match="positive"):
        TimeScale(D(2026, 1, 1), D(2026, 1, 1), 0)


def test_a_zoom_gives_its_day_width():
    scale = TimeScale.for_zoom(D(2026, 1, 1), D(2026, 12, 31), Zoom.MONTH, factor=1.5)
    assert scale.day_width == pytest.approx(22.0 * 1.5)


@given(
    offset=st.integers(0, 3000),
    width=st.floats(0.1, 200, allow_nan=False, allow_infinity=False),
)
def test_a_days_left_edge_maps_back_to_that_day(offset: int, width: float):
    scale = TimeScale(D(2020, 1, 1), D(2030, 12, 31), width)
    day = scale.start + dt.timedelta(days=offset)
    assert scale.x_to_date(scale.date_to_x(day)) == day
    assert scale.x_to_date(scale.date_to_x(day), Rounding.NEAREST) == day
    assert scale.x_to_date((scale.date_to_x(day) + scale.end_x(day)) / 2) == day
