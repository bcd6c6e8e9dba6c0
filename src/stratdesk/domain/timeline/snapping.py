"""Snapping and drag maths: where an interval lands when it is moved, resized or created.

Intervals are end-inclusive `(start, end)` pairs of dates: a one-day campaign or a milestone
has start == end. Results are always inside the horizon (a drag past it is clamped, never
refused) and never end before they start.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from stratdesk.domain.timeline.scale import TimeScale
from stratdesk.domain.timeline.units import (
    ONE_DAY,
    Unit,
    nearest_unit_start,
    shift,
    unit_end,
    unit_start,
)

Interval = tuple[dt.date, dt.date]


class DragKind(StrEnum):
    MOVE = "move"
    RESIZE_START = "resize-start"
    RESIZE_END = "resize-end"


def snap_date(day: dt.date, unit: Unit) -> dt.date:
    """`day` snapped to the nearest unit start (1st of a month, a Monday, or itself)."""
    return nearest_unit_start(day, unit)


def snap_end(day: dt.date, unit: Unit) -> dt.date:
    """An end date snapped so that the interval stops at the nearest unit boundary."""
    return nearest_unit_start(day + ONE_DAY, unit) - ONE_DAY


def clamp_move(start: dt.date, end: dt.date, horizon: TimeScale) -> Interval:
    """The interval slid back inside the horizon, keeping its length (cut if it is longer)."""
    length = end - start
    if length.days >= horizon.days - 1:
        return horizon.start, horizon.end
    if start < horizon.start:
        return horizon.start, horizon.start + length
    if end > horizon.end:
        return horizon.end - length, horizon.end
    return start, end


def moved(start: dt.date, end: dt.date, days: int, unit: Unit, horizon: TimeScale) -> Interval:
    """Moved by `days`, its start snapped to `unit`, its length kept; no move if days == 0."""
    if days == 0:
        return clamp_move(start, end, horizon)
    new_start = snap_date(start + dt.timedelta(days=days), unit)
    return clamp_move(new_start, new_start + (end - start), horizon)


def resized_start(
    start: dt.date, end: dt.date, days: int, unit: Unit, horizon: TimeScale
) -> Interval:
    """The start dragged by `days` and snapped; it never passes the end."""
    if days == 0:
        return horizon.clamp(start), horizon.clamp(end)
    new_start = snap_date(start + dt.timedelta(days=days), unit)
    if new_start > end:
        new_start = unit_start(end, unit)  # at least the unit that holds the end
    return horizon.clamp(new_start), horizon.clamp(end)


def resized_end(
    start: dt.date, end: dt.date, days: int, unit: Unit, horizon: TimeScale
) -> Interval:
    """The end dragged by `days` and snapped; it never comes before the start."""
    if days == 0:
        return horizon.clamp(start), horizon.clamp(end)
    new_end = snap_end(end + dt.timedelta(days=days), unit)
    if new_end < start:
        new_end = unit_end(start, unit)  # at least the unit that holds the start
    return horizon.clamp(start), horizon.clamp(new_end)


def dragged(
    kind: DragKind, start: dt.date, end: dt.date, dx: float, horizon: TimeScale, unit: Unit
) -> Interval:
    """Where an interval lands after a drag of `dx` pixels (move or either edge)."""
    days = horizon.days_for(dx)
    if kind == DragKind.MOVE:
        return moved(start, end, days, unit, horizon)
    if kind == DragKind.RESIZE_START:
        return resized_start(start, end, days, unit, horizon)
    return resized_end(start, end, days, unit, horizon)


def created(x0: float, x1: float, horizon: TimeScale, unit: Unit) -> Interval:
    """The interval drawn by dragging from x0 to x1 (either way): whole units, clamped."""
    left, right = sorted((x0, x1))
    first = horizon.x_to_date(left)
    last = horizon.x_to_date(right)
    return horizon.clamp(unit_start(first, unit)), horizon.clamp(unit_end(last, unit))


def stepped(
    kind: DragKind, start: dt.date, end: dt.date, steps: int, unit: Unit, horizon: TimeScale
) -> Interval:
    """A keyboard move (or end resize) by `steps` units: one press, one step of the zoom."""
    if kind == DragKind.MOVE:
        new_start = shift(start, unit, steps)
        return clamp_move(new_start, new_start + (end - start), horizon)
    if kind == DragKind.RESIZE_START:
        new_start = min(unit_start(shift(start, unit, steps), unit), end)
        return horizon.clamp(new_start), horizon.clamp(end)
    new_end = unit_end(shift(end, unit, steps), unit)
    if new_end < start:
        new_end = unit_end(start, unit)
    return horizon.clamp(start), horizon.clamp(new_end)
