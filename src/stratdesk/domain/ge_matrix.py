"""The GE–McKinsey matrix: three bands per axis, three zones, bubble sizes.

Both axes run from 0 to 100 (the families' totals, see `scoring`): competitive strength
across, low on the left; market attractiveness up, low at the bottom. Each axis is cut in
thirds at exactly 100/3 and 200/3. **A point exactly on a cut belongs to the higher band**
(a total of exactly 100/3 is medium, 200/3 is high): a segment that reaches the line is
given the benefit of the doubt. Totals are exact fractions, so "exactly" means exactly.

The zones follow the band sum (low 0, medium 1, high 2 on each axis):
- 3 or 4 → invest (high/high, high/medium, medium/high);
- 2 → grow selectively (the diagonal: high/low, medium/medium, low/high);
- 0 or 1 → harvest (low/low, low/medium, medium/low).

A bubble's *area* is proportional to the segment's yearly value: its diameter grows with
the square root of the value (`bubble_diameter`), with a floor so that a small segment
stays visible and clickable.
"""

from __future__ import annotations

import math
from fractions import Fraction

from stratdesk.domain.enums import GeZone
from stratdesk.domain.scoring import TOTAL_MAX

LOW, MEDIUM, HIGH = 0, 1, 2
CUTS = (Fraction(TOTAL_MAX, 3), Fraction(2 * TOTAL_MAX, 3))


def band(total: Fraction | float) -> int:
    """LOW, MEDIUM or HIGH for a total of 0–100 (a total on a cut goes up)."""
    exact = Fraction(total)  # exact for floats too: no tolerance needed
    if exact >= CUTS[1]:
        return HIGH
    if exact >= CUTS[0]:
        return MEDIUM
    return LOW


def zone_of_bands(attractiveness: int, strength: int) -> GeZone:
    """The zone of a cell of the 3 × 3 grid (bands LOW…HIGH)."""
    total = attractiveness + strength
    if total >= 3:
        return GeZone.INVEST
    if total == 2:
        return GeZone.SELECTIVE
    return GeZone.HARVEST


def zone_of(attractiveness: Fraction | float, strength: Fraction | float) -> GeZone:
    """The zone of a segment from its two totals (0–100)."""
    return zone_of_bands(band(attractiveness), band(strength))


def cells() -> list[tuple[int, int, GeZone]]:
    """The nine cells as (attractiveness band, strength band, zone)."""
    return [(a, s, zone_of_bands(a, s)) for a in (LOW, MEDIUM, HIGH) for s in (LOW, MEDIUM, HIGH)]


def bubble_diameter(value: float, largest: float, smallest_px: float, largest_px: float) -> float:
    """The diameter (pixels) of a bubble whose area is proportional to `value`.

    The segment worth `largest` gets `largest_px`; another gets largest_px·√(value/largest),
    but never less than `smallest_px` (a segment worth nothing is still drawn).
    """
    if largest <= 0 or value <= 0:
        return smallest_px
    return max(smallest_px, largest_px * math.sqrt(min(value, largest) / largest))
