"""What the charts share: text in lines, hatching, symbols and legends that read in black and
white (a pattern or a shape tells a series, the colour only helps)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from reportlab.graphics.shapes import Circle, Group, Line, Polygon, Rect, String
from reportlab.lib import colors

from stratdesk.reports.fonts import BOLD, REGULAR
from stratdesk.reports.markup import wrap_lines
from stratdesk.reports.theme import INK, MUTED

GRID = colors.HexColor("#D5D9DD")


def box(x: float, y: float, width: float, height: float, **style: Any) -> Rect:
    """A `Rect` styled by keywords (fillColor, strokeColor, strokeWidth…): the reportlab
    stubs type `Rect`'s own keywords wrongly, so they are set after construction."""
    shape = Rect(x, y, width, height)
    shape.setProperties(style)
    return shape


def lines_of(
    group: Group,
    text: str,
    x: float,
    y: float,
    width: float,
    *,
    size: float = 7,
    bold: bool = False,
    anchor: Literal["start", "middle", "end"] = "start",
    colour: colors.Color = INK,
    max_lines: int | None = 3,
    leading: float | None = None,
) -> float:
    """`text` wrapped to `width`, its first baseline at `y`, downwards; the y under it."""
    font = BOLD if bold else REGULAR
    step = leading or size * 1.2
    for line in wrap_lines(text, font, size, width, max_lines).split("\n"):
        group.add(
            String(x, y, line, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)
        )
        y -= step
    return y


def hatch(
    group: Group,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    spacing: float = 3.0,
    colour: colors.Color = INK,
    stroke: float = 0.5,
) -> None:
    """Diagonal lines (/) across the rectangle, clipped to it: a fill that prints in black
    and white."""
    if width <= 0 or height <= 0:
        return
    offset = -height
    while offset < width:
        # The line y = (t - offset) from the bottom-left, clipped to the box.
        x0, y0 = x + max(offset, 0.0), y + max(-offset, 0.0)
        run = min(width - max(offset, 0.0), height - max(-offset, 0.0))
        if run > 0:
            group.add(Line(x0, y0, x0 + run, y0 + run, strokeColor=colour, strokeWidth=stroke))
        offset += spacing


def marker(kind: str, x: float, y: float, size: float, fill: colors.Color) -> Group:
    """A point symbol: "circle", "square", "diamond", "triangle", "star" (outlined in ink)."""
    half = size / 2
    group = Group()
    common: dict[str, Any] = {"fillColor": fill, "strokeColor": INK, "strokeWidth": 0.6}
    if kind == "circle":
        group.add(Circle(x, y, half, **common))
    elif kind == "square":
        group.add(box(x - half, y - half, size, size, **common))
    elif kind == "diamond":
        group.add(Polygon([x, y + half, x + half, y, x, y - half, x - half, y], **common))
    elif kind == "triangle":
        group.add(Polygon([x, y + half, x + half, y - half, x - half, y - half], **common))
    else:  # a five-pointed star
        import math

        points: list[float] = []
        for i in range(10):
            radius = half * 1.25 if i % 2 == 0 else half * 0.5
            angle = math.pi / 2 + i * math.pi / 5
            points += [x + radius * math.cos(angle), y + radius * math.sin(angle)]
        group.add(Polygon(points, **common))
    return group


def legend(
    group: Group, items: Sequence[tuple[Group, str]], x: float, y: float, width: float
) -> float:
    """Swatches and their words in a row (wrapping onto more rows); the y under it."""
    cursor = x
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for swatch, label in items:
        needed = 16 + stringWidth(label, REGULAR, 7) + 12
        if cursor > x and cursor + needed > x + width:
            cursor, y = x, y - 12
        swatch.translate(cursor, y)
        group.add(swatch)
        group.add(String(cursor + 14, y, label, fontName=REGULAR, fontSize=7, fillColor=MUTED))
        cursor += needed
    return y - 12


def swatch_box(fill: colors.Color, hatched: bool = False, stroke: colors.Color = INK) -> Group:
    """A 10 × 7 legend swatch (filled, or white with hatching)."""
    group = Group()
    group.add(
        box(
            0,
            -1,
            10,
            7,
            fillColor=colors.white if hatched else fill,
            strokeColor=stroke,
            strokeWidth=0.5,
        )
    )
    if hatched:
        hatch(group, 0, -1, 10, 7, spacing=2.5, colour=fill)
    return group


def swatch_line(dashed: bool, symbol: str | None) -> Group:
    """A legend's line (dashed or solid) with its point symbol (None: the line alone)."""
    group = Group()
    line = Line(0, 2.5, 12, 2.5, strokeColor=INK, strokeWidth=1)
    if dashed:
        line.strokeDashArray = [3, 2]
    group.add(line)
    if symbol is not None:
        group.add(marker(symbol, 6, 2.5, 4.5, colors.white))
    return group
