"""Calendar units: first and last days, steps, the nearest boundary; zoom levels."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.timeline import (
    Unit,
    Zoom,
    add_months,
    nearest_unit_start,
    next_unit_start,
    shift,
    spec,
    unit_end,
    unit_start,
    unit_starts,
    zoomed,
)

D = dt.date
days = st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))
units = st.sampled_from(list(Unit))


@pytest.mark.parametrize(
    ("unit", "start", "end"),
    [
        (Unit.DAY, D(2026, 3, 18), D(2026, 3, 18)),
        (Unit.WEEK, D(2026, 3, 16), D(2026, 3, 22)),  # Monday to Sunday
        (Unit.MONTH, D(2026, 3, 1), D(2026, 3, 31)),
        (Unit.QUARTER, D(2026, 1, 1), D(2026, 3, 31)),
        (Unit.YEAR, D(2026, 1, 1), D(2026, 12, 31)),
    ],
)
def test_the_unit_holding_a_wednesday(unit: Unit, start: dt.date, end: dt.date):
    day = D(2026, 3, 18)
    assert (unit_start(day, unit), unit_end(day, unit)) == (start, end)


def test_months_keep_their_day_where_the_month_allows():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)
    assert add_months(D(2026, 1, 15), -1) == D(2025, 12, 15)
    assert shift(D(2026, 3, 18), Unit.WEEK, -2) == D(2026, 3, 4)
    assert shift(D(2026, 3, 18), Unit.QUARTER, 1) == D(2026, 6, 18)


def test_the_nearest_boundary_goes_to_the_earlier_on_a_tie():
    assert nearest_unit_start(D(2026, 1, 16), Unit.MONTH) == D(2026, 1, 1)
    assert nearest_unit_start(D(2026, 1, 17), Unit.MONTH) == D(2026, 2, 1)
    assert nearest_unit_start(D(2026, 3, 19), Unit.WEEK) == D(2026, 3, 16)  # Thursday: 3 vs 4
    assert nearest_unit_start(D(2026, 3, 20), Unit.WEEK) == D(2026, 3, 23)  # Friday: 4 vs 3


def test_unit_starts_cover_the_range():
    starts = unit_starts(D(2026, 2, 10), D(2026, 5, 1), Unit.MONTH)
    assert starts == [D(2026, 2, 1), D(2026, 3, 1), D(2026, 4, 1), D(2026, 5, 1)]


@given(day=days, unit=units)
def test_a_unit_holds_its_day_and_the_next_one_follows(day: dt.date, unit: Unit):
    first, last = unit_start(day, unit), unit_end(day, unit)
    assert first <= day <= last
    assert next_unit_start(day, unit) == last + dt.timedelta(days=1)
    assert unit_start(first, unit) == first  # idempotent
    assert unit_start(last, unit) == first
    if unit == Unit.WEEK:
        assert first.weekday() == 0 and last.weekday() == 6


@given(day=days, unit=units)
def test_the_nearest_boundary_is_a_unit_start_at_most_half_a_unit_away(day: dt.date, unit: Unit):
    near = nearest_unit_start(day, unit)
    assert unit_start(near, unit) == near
    assert nearest_unit_start(near, unit) == near
    assert abs((near - day).days) <= 183


def test_zoom_levels_snap_by_the_brief():
    assert spec(Zoom.MONTH).snap == Unit.DAY
    assert spec(Zoom.QUARTER).snap == Unit.WEEK
    assert spec(Zoom.YEAR).snap == Unit.MONTH
    assert spec(Zoom.YEAR).step == spec(Zoom.YEAR).snap
    widths = [spec(z).px_per_day for z in (Zoom.YEAR, Zoom.QUARTER, Zoom.MONTH, Zoom.WEEK)]
    assert widths == sorted(widths)


def test_zooming_in_and_out_stays_among_the_allowed_levels():
    roadmap = (Zoom.YEAR, Zoom.QUARTER, Zoom.MONTH)
    assert zoomed(Zoom.YEAR, 1, roadmap) == Zoom.QUARTER
    assert zoomed(Zoom.MONTH, 1, roadmap) == Zoom.MONTH  # clamped
    assert zoomed(Zoom.YEAR, -1, roadmap) == Zoom.YEAR
    assert zoomed(Zoom.WEEK, 0, roadmap) == Zoom.MONTH
    assert zoomed(Zoom.QUARTER, 1, (Zoom.YEAR, Zoom.MONTH)) == Zoom.MONTH
    assert zoomed(Zoom.QUARTER, -1, (Zoom.YEAR, Zoom.MONTH)) == Zoom.YEAR
    with pytest.raises(ValueError, match="no zoom"):
        zoomed(Zoom.YEAR, 1, ())
