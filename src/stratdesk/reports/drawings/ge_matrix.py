"""The GE–McKinsey matrix: competitive strength across, market attractiveness up (0–100),
three zones written in their cells, one bubble per segment whose area follows its yearly
value, filled as the segment is targeted (full: primary, half: secondary, empty: not), and
numbered; the key beside the plot names them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, String, Wedge
from reportlab.lib import colors

from stratdesk.domain.enums import GeZone, Targeting
from stratdesk.domain.ge_matrix import bubble_diameter, zone_of_bands
from stratdesk.reports.drawings.common import box, lines_of
from stratdesk.reports.fonts import BOLD, REGULAR
from stratdesk.reports.theme import INK, MUTED, Theme, mix

PLOT = 250.0
SMALLEST, LARGEST = 9.0, 44.0


@dataclass(frozen=True)
class Bubble:
    number: int
    name: str
    strength: float  # 0–100, across
    attractiveness: float  # 0–100, up
    value_cents: int
    targeting: Targeting
    zone_text: str


def ge_matrix(
    width: float,
    bubbles: Sequence[Bubble],
    zone_labels: dict[GeZone, str],
    axis_labels: tuple[str, str],  # (across, up)
    band_labels: tuple[str, str, str],  # low, medium, high
    theme: Theme,
) -> Drawing:
    left, bottom = 34.0, 30.0
    height = PLOT + bottom + 10
    drawing = Drawing(width, height)
    third = PLOT / 3
    shades = {
        GeZone.INVEST: mix(theme.accent, colors.white, 0.70),
        GeZone.SELECTIVE: mix(theme.accent, colors.white, 0.88),
        GeZone.HARVEST: colors.white,
    }
    for up in range(3):
        for across in range(3):
            zone = zone_of_bands(up, across)
            x, y = left + across * third, bottom + up * third
            drawing.add(
                box(x, y, third, third, fillColor=shades[zone], strokeColor=MUTED, strokeWidth=0.4)
            )
            drawing.add(
                String(
                    x + 4,
                    y + third - 10,
                    zone_labels[zone],
                    fontName=REGULAR,
                    fontSize=6.5,
                    fillColor=MUTED,
                )
            )
    drawing.add(box(left, bottom, PLOT, PLOT, fillColor=None, strokeColor=INK, strokeWidth=0.8))
    for n, label in enumerate(band_labels):
        centre = (n + 0.5) * third
        drawing.add(
            String(
                left + centre,
                bottom - 10,
                label,
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        band = Group(
            String(
                0, 0, label, fontName=REGULAR, fontSize=6.5, fillColor=MUTED, textAnchor="middle"
            )
        )
        band.translate(left - 5, bottom + centre)
        band.rotate(90)
        drawing.add(band)
    across_label, up_label = axis_labels
    drawing.add(
        String(
            left + PLOT / 2,
            bottom - 22,
            across_label + " →",
            fontName=BOLD,
            fontSize=7.5,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    axis = Group(
        String(
            0,
            0,
            up_label + " →",
            fontName=BOLD,
            fontSize=7.5,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    axis.translate(left - 16, bottom + PLOT / 2)
    axis.rotate(90)
    drawing.add(axis)
    largest = max((b.value_cents for b in bubbles), default=0)
    # Largest first, so that a small bubble is drawn over a large one, not hidden by it.
    for bubble in sorted(bubbles, key=lambda b: -b.value_cents):
        diameter = bubble_diameter(bubble.value_cents, largest, SMALLEST, LARGEST)
        x = left + PLOT * min(max(bubble.strength, 0), 100) / 100
        y = bottom + PLOT * min(max(bubble.attractiveness, 0), 100) / 100
        drawing.add(_bubble(x, y, diameter / 2, bubble, theme))
    _key(drawing, bubbles, left + PLOT + 18, bottom + PLOT - 4, width - left - PLOT - 18)
    return drawing


def _bubble(x: float, y: float, radius: float, bubble: Bubble, theme: Theme) -> Group:
    group = Group()
    fill = theme.accent
    if bubble.targeting == Targeting.PRIMARY:
        group.add(Circle(x, y, radius, fillColor=fill, strokeColor=INK, strokeWidth=0.8))
    else:
        group.add(Circle(x, y, radius, fillColor=colors.white, strokeColor=INK, strokeWidth=0.8))
        if bubble.targeting == Targeting.SECONDARY:
            group.add(Wedge(x, y, radius, 90, 270, fillColor=fill, strokeColor=None, strokeWidth=0))
            group.add(Circle(x, y, radius, fillColor=None, strokeColor=INK, strokeWidth=0.8))
    badge_x, badge_y = x + radius * 0.72, y + radius * 0.72
    group.add(
        Circle(badge_x, badge_y, 5.2, fillColor=colors.white, strokeColor=INK, strokeWidth=0.6)
    )
    group.add(
        String(
            badge_x,
            badge_y - 2.4,
            str(bubble.number),
            fontName=BOLD,
            fontSize=6.5,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    return group


def _key(drawing: Drawing, bubbles: Sequence[Bubble], x: float, y: float, width: float) -> None:
    group = Group()
    for bubble in bubbles:
        if y < 10:
            break
        group.add(
            Circle(x + 5, y + 2.5, 5.2, fillColor=colors.white, strokeColor=INK, strokeWidth=0.6)
        )
        group.add(
            String(
                x + 5,
                y + 0.2,
                str(bubble.number),
                fontName=BOLD,
                fontSize=6.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        below = lines_of(
            group, bubble.name, x + 15, y, width - 15, size=7.5, bold=True, max_lines=2
        )
        below = lines_of(
            group, bubble.zone_text, x + 15, below, width - 15, size=6.5, colour=MUTED, max_lines=2
        )
        y = below - 5
    drawing.add(group)
