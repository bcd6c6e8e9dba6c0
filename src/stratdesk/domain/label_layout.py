"""Where to write each bubble's name so that names do not cover each other or the bubbles.

Pixels, y down (as on screen). Bubbles are taken largest first; each name tries below its
bubble, then above, right, left, then the four corners, and takes the first place that
overlaps neither a name already placed nor another bubble and stays inside the chart; when
none is free it takes the place overlapping least. Names of small bubbles thus give way to
large ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # left, top, width, height
GAP = 3.0


@dataclass(frozen=True)
class LabelBox:
    """A bubble (centre, radius) and the size of its name."""

    cx: float
    cy: float
    radius: float
    width: float
    height: float


def overlap(a: Rect, b: Rect) -> float:
    """The area two rectangles share (0 when apart or touching)."""
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def candidates(box: LabelBox) -> list[Rect]:
    """Below, above, right, left of the bubble (centred on it), then its four corners."""
    r, w, h = box.radius + GAP, box.width, box.height
    corner = box.radius * 0.7  # where the circle meets the diagonal
    return [
        (box.cx - w / 2, box.cy + r, w, h),
        (box.cx - w / 2, box.cy - r - h, w, h),
        (box.cx + r, box.cy - h / 2, w, h),
        (box.cx - r - w, box.cy - h / 2, w, h),
        (box.cx + corner, box.cy + corner, w, h),
        (box.cx - corner - w, box.cy + corner, w, h),
        (box.cx + corner, box.cy - corner - h, w, h),
        (box.cx - corner - w, box.cy - corner - h, w, h),
    ]


def _circle_cost(rect: Rect, box: LabelBox) -> float:
    """About how much of `rect` covers the bubble: its inner square counts whole, the rest
    of its bounding square a quarter (the corners are mostly empty)."""
    r, inner = box.radius, box.radius * 0.7071
    square = (box.cx - r, box.cy - r, 2 * r, 2 * r)
    core = (box.cx - inner, box.cy - inner, 2 * inner, 2 * inner)
    return overlap(rect, core) + 0.25 * overlap(rect, square)


def _outside(rect: Rect, bounds: Rect | None) -> float:
    """How much of `rect` lies outside `bounds`."""
    if bounds is None:
        return 0.0
    return rect[2] * rect[3] - overlap(rect, bounds)


def place_labels(boxes: Sequence[LabelBox], bounds: Rect | None = None) -> list[Rect]:
    """A rectangle for each box's name, in the order of `boxes`."""
    order = sorted(range(len(boxes)), key=lambda i: -boxes[i].radius)
    circles = [(b.cx - b.radius, b.cy - b.radius, 2 * b.radius, 2 * b.radius) for b in boxes]
    placed: dict[int, Rect] = {}
    for i in order:
        others = [circles[j] for j in range(len(boxes)) if j != i]
        best, best_cost = None, float("inf")
        for rect in candidates(boxes[i]):
            cost = sum(overlap(rect, other) for other in (*placed.values(), *others))
            cost += _outside(rect, bounds)
            if cost < best_cost:
                best, best_cost = rect, cost
            if cost == 0:
                break
        assert best is not None
        placed[i] = best
    return [placed[i] for i in range(len(boxes))]
