"""Perceptual map maths: where a dragged or nudged point lands, and where a new one goes.

The map runs from −10 to +10 on both axes (the schema's bounds). A point dropped or nudged
lands on the nearest tenth and never outside the map. An arrow key moves the selected
point by `STEP` (`FINE_STEP` with Shift).
"""

from __future__ import annotations

from collections.abc import Iterable

MAP_MIN, MAP_MAX = -10.0, 10.0
STEP, FINE_STEP = 0.5, 0.1
GRID = 0.1  # positions are kept to the tenth
CROWDED = 0.75  # a new point is placed no nearer than this to another


def clamp(value: float) -> float:
    return min(MAP_MAX, max(MAP_MIN, value))


def snap(value: float) -> float:
    """The nearest tenth (as a clean decimal: 0.30000000000000004 becomes 0.3)."""
    return round(round(value / GRID) * GRID, 1)


def dropped(x: float, y: float) -> tuple[float, float]:
    """Where a point dragged to (x, y) is kept: on the map, to the tenth."""
    return snap(clamp(x)), snap(clamp(y))


def nudged(x: float, y: float, dx: int, dy: int, *, fine: bool = False) -> tuple[float, float]:
    """(x, y) moved by `dx`, `dy` steps (−1, 0 or 1 each), kept on the map."""
    step = FINE_STEP if fine else STEP
    return dropped(x + dx * step, y + dy * step)


def free_spot(taken: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """A place for a new point: the centre, or the nearest spot on a spiral around it that
    is not crowded by the points already there."""
    taken = list(taken)
    ring, candidates = 0, [(0.0, 0.0)]
    while ring < 20:
        for x, y in candidates:
            if all(abs(x - tx) >= CROWDED or abs(y - ty) >= CROWDED for tx, ty in taken):
                return dropped(x, y)
        ring += 1
        r = ring * 1.0
        candidates = [(r, 0.0), (0.0, r), (-r, 0.0), (0.0, -r), (r, r), (-r, r), (-r, -r), (r, -r)]
    return 0.0, 0.0
