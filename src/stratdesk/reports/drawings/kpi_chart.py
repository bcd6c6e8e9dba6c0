"""A KPI's actuals against its targets, period by period: the target a dashed line with
squares, the actual a solid line with circles (plain lines when the periods are many), a
legend and labelled gridlines in the KPI's unit. Black and white tell them apart."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.lib import colors

from stratdesk.reports.drawings.common import GRID, legend, lines_of, marker, swatch_line
from stratdesk.reports.fonts import REGULAR
from stratdesk.reports.theme import INK, MUTED, Theme

MARKERS_UP_TO = 24  # more points than this: the line alone, markers would blot
Point = tuple[dt.date, float | None]


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round values spanning `low`..`high` for gridlines."""
    if not math.isfinite(low) or not math.isfinite(high):
        return [0.0]
    if high - low < 1e-12:
        high, low = high + (abs(high) or 1) * 0.5, low - (abs(low) or 1) * 0.5
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if raw <= f * power)
    first = math.floor(low / step) * step
    ticks: list[float] = []
    value = first
    while value <= high + step * 0.5 and len(ticks) < 12:
        ticks.append(round(value, 10))
        value += step
    return ticks


def kpi_chart(
    width: float,
    height: float,
    actual: Sequence[Point],
    target: Sequence[Point],
    axis: Callable[[float], str],
    ticks_x: Sequence[tuple[dt.date, str]],
    words: tuple[str, str],  # ("Actual", "Target")
    theme: Theme,
    empty: str,
) -> Drawing:
    drawing = Drawing(width, height)
    left, bottom, top_pad = 46.0, 16.0, 16.0
    plot_w, plot_h = width - left - 6, height - bottom - top_pad
    known = [v for _d, v in (*actual, *target) if v is not None and math.isfinite(v)]
    days = [d for d, _v in (*actual, *target)]
    actual_symbol = "circle" if _marked(actual) else None
    target_symbol = "square" if _marked(target) else None
    legend(
        drawing,
        [
            (swatch_line(False, actual_symbol), words[0]),
            (swatch_line(True, target_symbol), words[1]),
        ],
        left,
        height - 9,
        plot_w,
    )
    if not known or not days:
        lines_of(
            drawing,
            empty,
            left + plot_w / 2,
            bottom + plot_h / 2,
            plot_w,
            size=7,
            colour=MUTED,
            anchor="middle",
        )
        return drawing
    ticks = nice_ticks(min(known), max(known))
    low, high = min(ticks[0], min(known)), max(ticks[-1], max(known))
    first, last = min(days), max(days)
    span_days = max((last - first).days, 1)

    def x_of(day: dt.date) -> float:
        return left + (day - first).days / span_days * plot_w

    def y_of(value: float) -> float:
        return bottom + (value - low) / (high - low) * plot_h if high > low else bottom + plot_h / 2

    for value in ticks:
        y = y_of(value)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(
            String(
                left - 3,
                y - 2.3,
                axis(value),
                fontName=REGULAR,
                fontSize=6,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    for day, label in ticks_x:
        if first <= day <= last:
            x = x_of(day)
            drawing.add(Line(x, bottom - 2, x, bottom + plot_h, strokeColor=GRID, strokeWidth=0.4))
            drawing.add(
                String(x + 2, bottom - 9, label, fontName=REGULAR, fontSize=6, fillColor=MUTED)
            )
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.6))
    _series(drawing, target, x_of, y_of, dashed=True, symbol="square", colour=MUTED, theme=theme)
    _series(
        drawing,
        actual,
        x_of,
        y_of,
        dashed=False,
        symbol="circle",
        colour=theme.accent_text,
        theme=theme,
    )
    return drawing


def _marked(points: Sequence[Point]) -> bool:
    """Whether a series is few enough points to mark each one."""
    return sum(1 for _d, v in points if v is not None and math.isfinite(v)) <= MARKERS_UP_TO


def _series(
    drawing: Drawing,
    points: Sequence[Point],
    x_of: Callable[[dt.date], float],
    y_of: Callable[[float], float],
    *,
    dashed: bool,
    symbol: str,
    colour: colors.Color,
    theme: Theme,
) -> None:
    """A line through the points (broken where a value is missing), with markers."""
    run: list[float] = []
    runs: list[list[float]] = []
    shown = [(d, v) for d, v in points if v is not None and math.isfinite(v)]
    for day, value in points:
        if value is None or not math.isfinite(value):
            if run:
                runs.append(run)
            run = []
            continue
        run += [x_of(day), y_of(value)]
    if run:
        runs.append(run)
    for coords in runs:
        if len(coords) >= 4:
            line = PolyLine(coords, strokeColor=colour, strokeWidth=1.2 if not dashed else 0.9)
            if dashed:
                line.strokeDashArray = [3, 2]
            drawing.add(line)
    if _marked(points):
        fill = colors.white if dashed else theme.tint
        for day, value in shown:
            assert value is not None
            drawing.add(marker(symbol, x_of(day), y_of(value), 4.2, fill))
