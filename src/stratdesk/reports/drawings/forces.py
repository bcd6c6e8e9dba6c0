"""Porter's five forces as the classic cross: rivalry in the centre, new entrants above,
substitutes below, suppliers on the left, buyers on the right, each pressing inwards.

Each box names its force, says its rating in words, and shows it as five squares, filled up
to the rating: readable without colour."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, String
from reportlab.lib import colors

from stratdesk.domain.enums import PorterForce
from stratdesk.reports.drawings.common import box, lines_of
from stratdesk.reports.fonts import BOLD, REGULAR
from stratdesk.reports.theme import INK, MUTED, RULE, Theme

CELLS = {
    PorterForce.NEW_ENTRANTS: (1, 0),
    PorterForce.SUPPLIER_POWER: (0, 1),
    PorterForce.RIVALRY: (1, 1),
    PorterForce.BUYER_POWER: (2, 1),
    PorterForce.SUBSTITUTES: (1, 2),
}
RATING_MAX = 5


def five_forces(
    width: float,
    labels: Mapping[PorterForce, str],
    ratings: Mapping[PorterForce, int | None],
    rating_words: Mapping[int, str],
    not_rated: str,
    theme: Theme,
) -> Drawing:
    """The cross, `width` wide; `ratings` by force (None: not rated)."""
    gap_x, gap_y = 26.0, 16.0
    box_w = (width - 2 * gap_x) / 3
    box_h = 62.0
    height = 3 * box_h + 2 * gap_y
    drawing = Drawing(width, height)

    def origin(force: PorterForce) -> tuple[float, float]:
        column, row = CELLS[force]
        return column * (box_w + gap_x), height - (row + 1) * box_h - row * gap_y

    centre_x, centre_y = origin(PorterForce.RIVALRY)
    for force in PorterForce:
        x, y = origin(force)
        drawing.add(
            _box(
                x,
                y,
                box_w,
                box_h,
                labels[force],
                ratings.get(force),
                rating_words,
                not_rated,
                theme,
                force == PorterForce.RIVALRY,
            )
        )
    # Arrows pressing on the centre.
    mid_x, mid_y = centre_x + box_w / 2, centre_y + box_h / 2
    drawing.add(_arrow(mid_x, centre_y + box_h + gap_y, mid_x, centre_y + box_h + 1))
    drawing.add(_arrow(mid_x, centre_y - gap_y, mid_x, centre_y - 1))
    drawing.add(_arrow(centre_x - gap_x, mid_y, centre_x - 1, mid_y))
    drawing.add(_arrow(centre_x + box_w + gap_x, mid_y, centre_x + box_w + 1, mid_y))
    return drawing


def _box(
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    rating: int | None,
    words: Mapping[int, str],
    not_rated: str,
    theme: Theme,
    centre: bool,
) -> Group:
    group = Group()
    fill = theme.tint if centre else colors.white
    group.add(
        box(
            x,
            y,
            w,
            h,
            rx=3,
            ry=3,
            fillColor=fill,
            strokeColor=theme.accent if centre else RULE,
            strokeWidth=1.2 if centre else 0.8,
        )
    )
    lines_of(group, label, x + 6, y + h - 12, w - 12, size=7.5, bold=True, max_lines=2)
    squares_y = y + 8
    size, step = 8.0, 11.0
    for n in range(RATING_MAX):
        filled = rating is not None and n < rating
        group.add(
            box(
                x + 6 + n * step,
                squares_y,
                size,
                size,
                fillColor=theme.accent if filled else colors.white,
                strokeColor=INK if filled else MUTED,
                strokeWidth=0.6,
            )
        )
    text = words.get(rating, not_rated) if rating is not None else not_rated
    group.add(
        String(
            x + 6 + RATING_MAX * step + 4,
            squares_y + 1,
            text,
            fontName=REGULAR if rating is None else BOLD,
            fontSize=7.5,
            fillColor=MUTED if rating is None else INK,
        )
    )
    return group


def _arrow(x0: float, y0: float, x1: float, y1: float) -> Group:
    group = Group()
    group.add(Line(x0, y0, x1, y1, strokeColor=INK, strokeWidth=1))
    dx, dy = x1 - x0, y1 - y0
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    head = 6.0
    left = (x1 - ux * head - uy * head * 0.5, y1 - uy * head + ux * head * 0.5)
    right = (x1 - ux * head + uy * head * 0.5, y1 - uy * head - ux * head * 0.5)
    group.add(Polygon([x1, y1, *left, *right], fillColor=INK, strokeColor=INK, strokeWidth=0.5))
    return group


__all__ = ["BOLD", "five_forces"]
