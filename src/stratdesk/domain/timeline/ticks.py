"""The time header as data: which units start where, for the part of the horizon in view.

Only the visible range is generated, so a ten-year horizon at day zoom costs what one screen
costs. Labels are chosen by `labels.tick_labels`; drawing is the view's business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from stratdesk.domain.timeline.scale import TimeScale
from stratdesk.domain.timeline.units import Unit, next_unit_start, unit_start, unit_starts
from stratdesk.domain.timeline.zoom import Zoom, spec


class Level(IntEnum):
    MAJOR = 0  # the header's top line (years, quarters, months or weeks)
    MINOR = 1  # the labelled line under it
    FINE = 2  # unlabelled grid lines


@dataclass(frozen=True, slots=True)
class Tick:
    """One unit on the header: its first day, its kind, and where it starts and stops (px).

    `x` and `end_x` are not clamped to the horizon: the first and last units may stick out.
    """

    level: Level
    unit: Unit
    day: dt.date
    x: float
    end_x: float

    @property
    def width(self) -> float:
        return self.end_x - self.x


def ticks(
    scale: TimeScale, zoom: Zoom, x_from: float = 0.0, x_to: float | None = None
) -> list[Tick]:
    """Ticks of every level of `zoom` that overlap [x_from, x_to] (default: the whole horizon)."""
    zoom_spec = spec(zoom)
    levels = [(Level.MAJOR, zoom_spec.major), (Level.MINOR, zoom_spec.minor)]
    if zoom_spec.fine is not None:
        levels.append((Level.FINE, zoom_spec.fine))
    first = scale.x_to_date(x_from)
    last = scale.x_to_date(scale.width if x_to is None else x_to)
    found: list[Tick] = []
    for level, unit in levels:
        found.extend(unit_ticks(scale, unit, level, first, last))
    return found


def unit_ticks(
    scale: TimeScale, unit: Unit, level: Level, first: dt.date, last: dt.date
) -> list[Tick]:
    """One tick per `unit` overlapping the days `first`..`last`."""
    return [
        Tick(level, unit, day, scale.date_to_x(day), scale.date_to_x(next_unit_start(day, unit)))
        for day in unit_starts(first, last, unit)
    ]


def grid_lines(
    scale: TimeScale, zoom: Zoom, x_from: float, x_to: float
) -> list[tuple[float, Level]]:
    """Vertical lines at unit starts inside the horizon: (x, strongest level starting there)."""
    strongest: dict[float, Level] = {}
    for tick in ticks(scale, zoom, x_from, x_to):
        if tick.day > scale.start and x_from <= tick.x <= x_to:
            strongest[tick.x] = min(strongest.get(tick.x, tick.level), tick.level)
    return sorted(strongest.items())


def weekend_days(scale: TimeScale, x_from: float, x_to: float) -> list[dt.date]:
    """Saturdays and Sundays in view (a calendar shades them at day zooms)."""
    first, last = scale.x_to_date(x_from), scale.x_to_date(x_to)
    monday = unit_start(first, Unit.WEEK)
    days: list[dt.date] = []
    while monday <= last:
        for offset in (5, 6):
            day = monday + dt.timedelta(days=offset)
            if first <= day <= last:
                days.append(day)
        monday += dt.timedelta(days=7)
    return days
