"""The perceptual map: two axes from −10 to +10 crossing in the middle, their names and
end labels, and one mark per point — a star for the client's brand, a circle for a
competitor, a diamond for any other label — with its name placed clear of the others
(`domain.label_layout`). Shapes tell the kinds apart without colour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from stratdesk.domain.label_layout import LabelBox, place_labels
from stratdesk.domain.perceptual_map import MAP_MAX, MAP_MIN
from stratdesk.reports.drawings.common import box, marker
from stratdesk.reports.fonts import BOLD, REGULAR
from stratdesk.reports.markup import shorten
from stratdesk.reports.theme import INK, MUTED, RULE, Theme

SHAPES = {"own": "star", "competitor": "circle", "free": "diamond"}
LABEL_SIZE = 7.5


@dataclass(frozen=True)
class MapMark:
    label: str
    x: float
    y: float
    kind: str  # "own", "competitor", "free"


@dataclass(frozen=True)
class AxisWords:
    name: str
    low: str
    high: str


def perceptual_map(
    width: float, x_axis: AxisWords, y_axis: AxisWords, marks: Sequence[MapMark], theme: Theme
) -> Drawing:
    side = min(width - 40, 330.0)
    left = (width - side) / 2
    bottom = 34.0
    height = side + bottom + 26
    drawing = Drawing(width, height)
    drawing.add(box(left, bottom, side, side, fillColor=None, strokeColor=RULE, strokeWidth=0.6))
    centre_x, centre_y = left + side / 2, bottom + side / 2
    drawing.add(Line(left, centre_y, left + side, centre_y, strokeColor=INK, strokeWidth=0.8))
    drawing.add(Line(centre_x, bottom, centre_x, bottom + side, strokeColor=INK, strokeWidth=0.8))
    small: dict[str, Any] = {"fontName": REGULAR, "fontSize": 7, "fillColor": MUTED}
    drawing.add(String(left, bottom - 11, shorten(x_axis.low, 40), **small))
    drawing.add(
        String(left + side, bottom - 11, shorten(x_axis.high, 40), textAnchor="end", **small)
    )
    drawing.add(
        String(
            centre_x,
            bottom - 24,
            shorten(x_axis.name, 60),
            fontName=BOLD,
            fontSize=8,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    drawing.add(
        String(
            centre_x,
            bottom + side + 14,
            shorten(y_axis.name, 60),
            fontName=BOLD,
            fontSize=8,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    drawing.add(String(centre_x + 4, bottom + side + 3, shorten(y_axis.high, 40), **small))
    drawing.add(String(centre_x + 4, bottom + 3, shorten(y_axis.low, 40), **small))

    def to_page(x: float, y: float) -> tuple[float, float]:
        span = MAP_MAX - MAP_MIN
        return left + (x - MAP_MIN) / span * side, bottom + (y - MAP_MIN) / span * side

    size = 8.0
    boxes = []
    for mark in marks:
        px, py = to_page(mark.x, mark.y)
        text = shorten(mark.label, 40)
        boxes.append(
            LabelBox(
                px,
                height - py,
                size / 2 + 1,
                stringWidth(text, REGULAR, LABEL_SIZE),
                LABEL_SIZE + 1,
            )
        )
    places = place_labels(boxes, (left, height - bottom - side, side, side)) if boxes else []
    fills = {"own": theme.accent, "competitor": colors.white, "free": colors.HexColor("#B8BEC4")}
    labels = Group()
    for mark, place in zip(marks, places, strict=True):
        px, py = to_page(mark.x, mark.y)
        drawing.add(
            marker(
                SHAPES[mark.kind],
                px,
                py,
                size * (1.3 if mark.kind == "own" else 1),
                fills[mark.kind],
            )
        )
        x, top, _w, h = place
        font = BOLD if mark.kind == "own" else REGULAR
        labels.add(
            String(
                x,
                height - top - h + 2,
                shorten(mark.label, 40),
                fontName=font,
                fontSize=LABEL_SIZE,
                fillColor=INK,
            )
        )
    drawing.add(labels)
    return drawing
