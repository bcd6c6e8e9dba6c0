"""Snapping and drag maths: move keeps the length, edges never cross, the horizon clamps."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.timeline import (
    DragKind,
    TimeScale,
    Unit,
    created,
    dragged,
    snap_date,
    snap_end,
    stepped,
    unit_start,
)

D = dt.date
HORIZON = TimeScale(D(2026, 1, 1), D(2028, 12, 31), 4.0)  # quarter zoom: 4 px a day
days = st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31))
units = st.sampled_from([Unit.DAY, Unit.WEEK, Unit.MONTH])
kinds = st.sampled_from(list(DragKind))


@st.composite
def intervals(draw: st.DrawFn, horizon: TimeScale = HORIZON) -> tuple[dt.date, dt.date]:
    start = draw(st.dates(min_value=horizon.start, max_value=horizon.end))
    end = draw(st.dates(min_value=start, max_value=horizon.end))
    return start, end


def test_a_move_snaps_the_start_and_keeps_the_days():
    # 10 days to the right at week snapping: Wed 4 Mar 2026 → Sat 14 → nearest Monday 16.
    start, end = dragged(DragKind.MOVE, D(2026, 3, 4), D(2026, 3, 10), 40, HORIZON, Unit.WEEK)
    assert (start, end) == (D(2026, 3, 16), D(2026, 3, 22))


def test_a_drag_shorter_than_half_a_day_changes_nothing():
    interval = (D(2026, 3, 4), D(2026, 3, 10))
    assert dragged(DragKind.MOVE, *interval, 1.9, HORIZON, Unit.WEEK) == interval
    assert dragged(DragKind.RESIZE_END, *interval, -1.9, HORIZON, Unit.MONTH) == interval


def test_edges_snap_to_unit_boundaries():
    start, end = D(2026, 3, 4), D(2026, 5, 20)
    # The end dragged 5 days: 25 May, nearest month boundary 1 June → ends 31 May.
    assert dragged(DragKind.RESIZE_END, start, end, 20, HORIZON, Unit.MONTH) == (
        start,
        D(2026, 5, 31),
    )
    # The start dragged 4 days left: 28 Feb → 1 March.
    assert dragged(DragKind.RESIZE_START, start, end, -16, HORIZON, Unit.MONTH) == (
        D(2026, 3, 1),
        end,
    )


def test_a_resize_never_crosses_the_other_edge():
    start, end = D(2026, 3, 10), D(2026, 3, 12)
    assert dragged(DragKind.RESIZE_END, start, end, -400, HORIZON, Unit.DAY) == (start, start)
    assert dragged(DragKind.RESIZE_START, start, end, 400, HORIZON, Unit.DAY) == (end, end)
    # At month snapping the minimum is the month that holds the other edge.
    assert dragged(DragKind.RESIZE_END, start, end, -400, HORIZON, Unit.MONTH) == (
        start,
        D(2026, 3, 31),
    )


def test_a_drag_past_the_horizon_is_clamped_not_refused():
    start, end = D(2026, 2, 1), D(2026, 2, 28)
    assert dragged(DragKind.MOVE, start, end, -4000, HORIZON, Unit.DAY) == (
        D(2026, 1, 1),
        D(2026, 1, 28),
    )
    assert dragged(DragKind.MOVE, start, end, 40_000, HORIZON, Unit.DAY) == (
        D(2028, 12, 4),
        D(2028, 12, 31),
    )
    assert dragged(DragKind.RESIZE_END, start, end, 40_000, HORIZON, Unit.DAY)[1] == HORIZON.end


def test_creating_by_drag_takes_whole_units_in_either_direction():
    x0 = HORIZON.date_to_x(D(2026, 3, 18)) + 1
    x1 = HORIZON.date_to_x(D(2026, 4, 2)) + 1
    assert created(x0, x1, HORIZON, Unit.DAY) == (D(2026, 3, 18), D(2026, 4, 2))
    assert created(x1, x0, HORIZON, Unit.DAY) == (D(2026, 3, 18), D(2026, 4, 2))
    assert created(x1, x0, HORIZON, Unit.WEEK) == (D(2026, 3, 16), D(2026, 4, 5))
    assert created(x0, x0, HORIZON, Unit.MONTH) == (D(2026, 3, 1), D(2026, 3, 31))
    assert created(-50, -10, HORIZON, Unit.WEEK) == (HORIZON.start, D(2026, 1, 4))


def test_keyboard_steps_move_by_one_unit_and_resize_to_unit_ends():
    start, end = D(2026, 1, 15), D(2026, 2, 14)
    assert stepped(DragKind.MOVE, start, end, 1, Unit.MONTH, HORIZON) == (
        D(2026, 2, 15),
        D(2026, 3, 17),
    )
    assert stepped(DragKind.MOVE, start, end, -1, Unit.WEEK, HORIZON) == (
        D(2026, 1, 8),
        D(2026, 2, 7),
    )
    assert stepped(DragKind.RESIZE_END, start, end, 1, Unit.MONTH, HORIZON) == (
        start,
        D(2026, 3, 31),
    )
    assert stepped(DragKind.RESIZE_END, start, end, -1, Unit.MONTH, HORIZON) == (
        start,
        D(2026, 1, 31),
    )
    assert stepped(DragKind.RESIZE_END, start, start, -1, Unit.DAY, HORIZON) == (start, start)
    assert stepped(DragKind.RESIZE_START, start, end, -1, Unit.WEEK, HORIZON) == (
        D(2026, 1, 5),
        end,
    )


@given(day=days, unit=units)
def test_snapping_is_idempotent(day: dt.date, unit: Unit):
    once = snap_date(day, unit)
    assert snap_date(once, unit) == once
    assert unit_start(once, unit) == once
    last = snap_end(day, unit)
    assert snap_end(last, unit) == last


@given(interval=intervals(), dx=st.floats(-6000, 6000), unit=units)
def test_a_move_keeps_the_length(interval: tuple[dt.date, dt.date], dx: float, unit: Unit):
    start, end = interval
    new_start, new_end = dragged(DragKind.MOVE, start, end, dx, HORIZON, unit)
    assert new_end - new_start == end - start


@given(interval=intervals(), dx=st.floats(-6000, 6000), unit=units, kind=kinds)
def test_every_drag_stays_inside_the_horizon_and_in_order(
    interval: tuple[dt.date, dt.date], dx: float, unit: Unit, kind: DragKind
):
    new_start, new_end = dragged(kind, *interval, dx, HORIZON, unit)
    assert HORIZON.start <= new_start <= new_end <= HORIZON.end
    if kind == DragKind.RESIZE_START:
        assert new_end == interval[1]
    if kind == DragKind.RESIZE_END:
        assert new_start == interval[0]


@given(interval=intervals(), steps=st.integers(-40, 40), unit=units, kind=kinds)
def test_every_keyboard_step_stays_inside_and_in_order(
    interval: tuple[dt.date, dt.date], steps: int, unit: Unit, kind: DragKind
):
    new_start, new_end = stepped(kind, *interval, steps, unit, HORIZON)
    assert HORIZON.start <= new_start <= new_end <= HORIZON.end
    if kind == DragKind.MOVE:
        assert new_end - new_start == interval[1] - interval[0]


@given(
    x0=st.floats(-500, HORIZON.width + 500),
    x1=st.floats(-500, HORIZON.width + 500),
    unit=units,
)
def test_a_created_interval_is_inside_and_holds_both_pointer_days(x0: float, x1: float, unit: Unit):
    start, end = created(x0, x1, HORIZON, unit)
    assert HORIZON.start <= start <= end <= HORIZON.end
    assert start <= HORIZON.x_to_date(min(x0, x1)) and HORIZON.x_to_date(max(x0, x1)) <= end
