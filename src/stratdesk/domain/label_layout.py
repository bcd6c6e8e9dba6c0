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

import numpy as np

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


def _overlaps(rects: np.ndarray, others: np.ndarray) -> np.ndarray:
    """The area each of `rects` (n×4) shares with each of `others` (m×4): an n×m array."""
    if not len(others):
        return np.zeros((len(rects), 0))
    left = np.maximum(rects[:, None, 0], others[None, :, 0])
    right = np.minimum(
        rects[:, None, 0] + rects[:, None, 2], others[None, :, 0] + others[None, :, 2]
    )
    top = np.maximum(rects[:, None, 1], others[None, :, 1])
    bottom = np.minimum(
        rects[:, None, 1] + rects[:, None, 3], others[None, :, 1] + others[None, :, 3]
    )
    overlap: np.ndarray = np.clip(right - left, 0, None) * np.clip(bottom - top, 0, None)
    return overlap


def place_labels(boxes: Sequence[LabelBox], bounds: Rect | None = None) -> list[Rect]:
    """A rectangle for each box's name, in the order of `boxes`.

    A name covering a bubble costs the area it covers of the bubble's inner square, and a
    quarter of what it covers of the rest of its bounding square (the corners are mostly
    empty); covering another name costs the area covered; lying outside `bounds` costs
    twice the area outside (a name cut at the edge is worse)."""
    n = len(boxes)
    centres = np.array([(b.cx, b.cy) for b in boxes], dtype=float).reshape(n, 2)
    radii = np.array([b.radius for b in boxes], dtype=float)
    squares = np.column_stack([centres - radii[:, None], 2 * radii, 2 * radii])
    inner = radii * 0.7071
    cores = np.column_stack([centres - inner[:, None], 2 * inner, 2 * inner])
    frame = None if bounds is None else np.array([bounds], dtype=float)
    placed: dict[int, Rect] = {}
    for i in sorted(range(n), key=lambda k: -boxes[k].radius):
        rects = np.array(candidates(boxes[i]), dtype=float)
        others = np.arange(n) != i
        cost = _overlaps(rects, cores[others]).sum(axis=1)
        cost += 0.25 * _overlaps(rects, squares[others]).sum(axis=1)
        if placed:
            cost += _overlaps(rects, np.array(list(placed.values()), dtype=float)).sum(axis=1)
        if frame is not None:
            cost += 2 * (rects[:, 2] * rects[:, 3] - _overlaps(rects, frame)[:, 0])
        # The first place that costs nothing, else the cheapest (the order is the preference).
        free = np.flatnonzero(cost <= 1e-9)
        best = int(free[0]) if len(free) else int(np.argmin(cost))
        placed[i] = tuple(float(v) for v in rects[best])  # type: ignore[assignment]
    return [placed[i] for i in range(n)]
