"""Zoom levels: how wide a day is, what a drag snaps to, and what the time header shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from stratdesk.domain.timeline.units import Unit


class Zoom(StrEnum):
    """From the widest view (years at a glance) to the closest (days of one week)."""

    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"


ZOOM_ORDER: tuple[Zoom, ...] = (Zoom.YEAR, Zoom.QUARTER, Zoom.MONTH, Zoom.WEEK)


@dataclass(frozen=True)
class ZoomSpec:
    """What one zoom level means.

    `px_per_day` is the default day width; `snap` is the unit dates snap to when dragged and
    also the keyboard step. The header shows `major` units on its top line, `minor` units
    (labelled) under them and `fine` units as unlabelled grid lines (None: no fine lines).
    """

    zoom: Zoom
    px_per_day: float
    snap: Unit
    major: Unit
    minor: Unit
    fine: Unit | None

    @property
    def step(self) -> Unit:
        """The keyboard step: the same unit as the snap, so keys and drags agree."""
        return self.snap


SPECS: dict[Zoom, ZoomSpec] = {
    # A year ≈ 456 px: three years fit a 1366 px laptop screen.
    Zoom.YEAR: ZoomSpec(Zoom.YEAR, 1.25, Unit.MONTH, Unit.YEAR, Unit.QUARTER, Unit.MONTH),
    # A month ≈ 120 px, a week 28 px.
    Zoom.QUARTER: ZoomSpec(Zoom.QUARTER, 4.0, Unit.WEEK, Unit.QUARTER, Unit.MONTH, Unit.WEEK),
    # A day is wide enough for its number.
    Zoom.MONTH: ZoomSpec(Zoom.MONTH, 22.0, Unit.DAY, Unit.MONTH, Unit.DAY, None),
    # A day is wide enough for "Mon 16".
    Zoom.WEEK: ZoomSpec(Zoom.WEEK, 64.0, Unit.DAY, Unit.WEEK, Unit.DAY, None),
}


def spec(zoom: Zoom) -> ZoomSpec:
    return SPECS[zoom]


def zoomed(zoom: Zoom, steps: int, levels: tuple[Zoom, ...] = ZOOM_ORDER) -> Zoom:
    """The level `steps` closer (positive) or wider (negative) among `levels`, clamped.

    A zoom missing from `levels` starts from the nearest allowed level at or above it.
    """
    allowed = [z for z in ZOOM_ORDER if z in levels]
    if not allowed:
        raise ValueError("no zoom level allowed")
    position = ZOOM_ORDER.index(zoom)
    index = next(
        (i for i, z in enumerate(allowed) if ZOOM_ORDER.index(z) >= position), len(allowed) - 1
    )
    if zoom not in allowed and steps > 0:
        steps -= 1  # the nearest allowed level above is already one step closer
    return allowed[max(0, min(len(allowed) - 1, index + steps))]
