"""Dates ↔ x positions over a horizon, at one day width.

Day `d` occupies [x(d), x(d) + day_width): its left edge is `date_to_x(d)`. The horizon is
end-inclusive, so the total width is (days in the horizon) × day width.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum

from stratdesk.domain.timeline.zoom import Zoom, spec

# x / day_width can land a hair below a whole number (3 * 1.1 / 1.1 < 3): never let that
# round a day's own left edge down to the day before.
_EPSILON = 1e-7


class Rounding(StrEnum):
    FLOOR = "floor"  # the day under x (pointing at a day)
    NEAREST = "nearest"  # the day whose left edge is nearest x (dropping on a boundary)


@dataclass(frozen=True)
class TimeScale:
    """A horizon (`start`..`end`, both included) drawn at `day_width` pixels per day."""

    start: dt.date
    end: dt.date
    day_width: float

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"horizon ends before it starts: {self.start} > {self.end}")
        if not self.day_width > 0:
            raise ValueError(f"day width must be positive: {self.day_width}")

    @classmethod
    def for_zoom(cls, start: dt.date, end: dt.date, zoom: Zoom, factor: float = 1.0) -> TimeScale:
        """The scale of `zoom`; `factor` widens days for larger fonts."""
        return cls(start, end, spec(zoom).px_per_day * factor)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def width(self) -> float:
        return self.days * self.day_width

    def date_to_x(self, day: dt.date) -> float:
        """The left edge of `day` (days outside the horizon extrapolate linearly)."""
        return (day - self.start).days * self.day_width

    def end_x(self, day: dt.date) -> float:
        """The right edge of `day`: where an interval ending on `day` stops."""
        return self.date_to_x(day) + self.day_width

    def span_x(self, start: dt.date, end: dt.date) -> tuple[float, float]:
        """Left and right edges of the days `start`..`end` (inclusive)."""
        return self.date_to_x(start), self.end_x(end)

    def x_to_date(
        self, x: float, rounding: Rounding = Rounding.FLOOR, *, clamp: bool = True
    ) -> dt.date:
        """The date at `x`: the day under it (FLOOR) or the day starting nearest it (NEAREST).

        With `clamp`, an x before or after the horizon gives its first or last day.
        """
        position = x / self.day_width
        if rounding == Rounding.FLOOR:
            offset = math.floor(position + _EPSILON)
        else:
            offset = math.floor(position + 0.5)
        if clamp:
            offset = max(0, min(self.days - 1, offset))
        return self.start + dt.timedelta(days=offset)

    def days_for(self, dx: float) -> int:
        """A horizontal distance in whole days (rounded to the nearest)."""
        return math.floor(dx / self.day_width + 0.5)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def clamp(self, day: dt.date) -> dt.date:
        return max(self.start, min(self.end, day))

    def clamp_x(self, x: float) -> float:
        return max(0.0, min(self.width, x))

    def today_x(self, today: dt.date) -> float | None:
        """The middle of today's column, or None when today is outside the horizon."""
        if not self.contains(today):
            return None
        return self.date_to_x(today) + self.day_width / 2

    def with_day_width(self, day_width: float) -> TimeScale:
        return TimeScale(self.start, self.end, day_width)
