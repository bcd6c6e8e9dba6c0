"""Rules of a PESTEL factor's way into the SWOT."""

from __future__ import annotations

IMPACT_RANGE = range(-2, 3)


def weight_from_impact(impact: int) -> int:
    """The SWOT weight (1–5) a factor brings with its impact (−2..+2), before anyone edits it.

    The quadrant already says which way the factor pushes (an opportunity or a threat); the
    weight says how much it matters, so only the impact's size counts: 1 + 2 × |impact|.
    A factor of no clear impact (0) weighs 1, a real one (±1) the middle 3, a strong one (±2)
    the full 5: a strong threat and a strong opportunity weigh the same.
    """
    if impact not in IMPACT_RANGE:
        raise ValueError(f"impact must be between -2 and +2, not {impact!r}")
    return 1 + 2 * abs(impact)
