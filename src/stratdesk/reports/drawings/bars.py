"""Bars: an objective's progress, and planned-against-actual budgets.

Planned is an outlined white bar, actual a bar hatched over its length (solid when the
colour prints, hatched all the same so that black and white tells them apart), and an
overspent actual carries a "!" at its end. Every bar has its amount written beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, String

from stratdesk.reports.drawings.common import GRID, box, hatch, legend, swatch_box
from stratdesk.reports.fonts import BOLD, REGULAR
from stratdesk.reports.markup import shorten
from stratdesk.reports.theme import INK, MUTED, RULE, Theme


def progress_bar(width: float, fraction: float, label: str, theme: Theme) -> Drawing:
    """A bar filled to `fraction` (0..1) with `label` ("63 %") after it."""
    bar = width - 46
    drawing = Drawing(width, 11)
    drawing.add(box(0, 1.5, bar, 8, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    if fraction > 0:
        filled = Group()
        filled.add(box(0, 1.5, bar * fraction, 8, fillColor=theme.accent, strokeColor=None))
        drawing.add(filled)
    drawing.add(String(bar + 5, 2.6, label, fontName=BOLD, fontSize=7.5, fillColor=INK))
    return drawing


def budget_bars(
    width: float,
    labels: Sequence[str],
    planned: Sequence[int],
    actual: Sequence[int],
    money: Callable[[int], str],
    words: tuple[str, str],  # ("Planned", "Actual")
    theme: Theme,
) -> Drawing:
    """One pair of horizontal bars per row (planned above actual), amounts written after."""
    label_width = min(150.0, width * 0.3)
    amount_width = 78.0
    plot = width - label_width - amount_width
    row = 22.0
    top_pad = 16.0
    height = top_pad + row * len(labels) + 4
    drawing = Drawing(width, height)
    legend(
        drawing,
        [
            (swatch_box(theme.tint, stroke=theme.accent_text), words[0]),
            (swatch_box(INK, hatched=True), words[1]),
        ],
        label_width,
        height - 9,
        plot,
    )
    largest = max([*planned, *actual, 1])
    scale = plot / largest
    for n, label in enumerate(labels):
        y = height - top_pad - (n + 1) * row + 4
        drawing.add(
            String(0, y + 6, shorten(label, 38), fontName=REGULAR, fontSize=7.5, fillColor=INK)
        )
        drawing.add(
            Line(label_width, y - 2, label_width, y + row - 4, strokeColor=GRID, strokeWidth=0.5)
        )
        p, a = planned[n], actual[n]
        drawing.add(
            box(
                label_width,
                y + 8,
                max(p * scale, 0.5),
                7,
                fillColor=theme.tint,
                strokeColor=theme.accent_text,
                strokeWidth=0.6,
            )
        )
        group = Group()
        group.add(
            box(
                label_width,
                y,
                max(a * scale, 0.5),
                7,
                fillColor=None,
                strokeColor=INK,
                strokeWidth=0.6,
            )
        )
        hatch(group, label_width, y, a * scale, 7, spacing=2.4, colour=INK, stroke=0.45)
        drawing.add(group)
        over = a > p
        drawing.add(
            String(
                label_width + p * scale + 3,
                y + 9,
                money(p),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
            )
        )
        drawing.add(
            String(
                label_width + a * scale + 3,
                y + 1,
                ("! " if over else "") + money(a),
                fontName=BOLD if over else REGULAR,
                fontSize=6.5,
                fillColor=INK,
            )
        )
    return drawing


def month_bars(
    width: float,
    months: Sequence[str],
    years: Sequence[str],
    planned: Sequence[int],
    actual: Sequence[int],
    axis: Callable[[int], str],
    words: tuple[str, str],
    theme: Theme,
    height: float = 150.0,
) -> Drawing:
    """Planned and actual per month, side by side (outlined tint, hatched), with the year
    under each January and a few gridlines labelled with `axis(cents)`."""
    left, bottom, top_pad = 54.0, 26.0, 18.0
    plot_w, plot_h = width - left - 4, height - bottom - top_pad
    drawing = Drawing(width, height)
    legend(
        drawing,
        [
            (swatch_box(theme.tint, stroke=theme.accent_text), words[0]),
            (swatch_box(INK, hatched=True), words[1]),
        ],
        left,
        height - 9,
        plot_w,
    )
    largest = max([*planned, *actual, 1])
    step = _nice_step(largest)
    top_value = step * -(-largest // step)
    scale = plot_h / top_value
    value = 0
    while value <= top_value:
        y = bottom + value * scale
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(
            String(
                left - 3,
                y - 2.5,
                axis(value),
                fontName=REGULAR,
                fontSize=6,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
        value += step
    slot = plot_w / max(len(months), 1)
    bar = max(min(slot * 0.36, 9.0), 0.8)
    for n, (month, year) in enumerate(zip(months, years, strict=True)):
        x = left + n * slot + slot / 2
        p, a = planned[n], actual[n]
        if p:
            drawing.add(
                box(
                    x - bar,
                    bottom,
                    bar,
                    p * scale,
                    fillColor=theme.tint,
                    strokeColor=theme.accent_text,
                    strokeWidth=0.5,
                )
            )
        if a:
            group = Group()
            group.add(
                box(x, bottom, bar, a * scale, fillColor=None, strokeColor=INK, strokeWidth=0.5)
            )
            hatch(group, x, bottom, bar, a * scale, spacing=2.2, colour=INK, stroke=0.4)
            drawing.add(group)
        if slot >= 9:
            drawing.add(
                String(
                    x,
                    bottom - 9,
                    month,
                    fontName=REGULAR,
                    fontSize=5.5 if slot < 16 else 6.5,
                    fillColor=MUTED,
                    textAnchor="middle",
                )
            )
        if year:
            drawing.add(
                Line(
                    x - slot / 2,
                    bottom - 20,
                    x - slot / 2,
                    bottom + plot_h,
                    strokeColor=RULE,
                    strokeWidth=0.6,
                )
            )
            drawing.add(
                String(
                    x - slot / 2 + 2, bottom - 19, year, fontName=BOLD, fontSize=7, fillColor=INK
                )
            )
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.6))
    return drawing


def _nice_step(largest: int) -> int:
    """A round gridline step giving 3 to 6 lines up to `largest`."""
    import math

    raw = largest / 4
    power = 10 ** max(0, math.floor(math.log10(raw))) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return max(1, int(factor * power))
    return max(1, int(10 * power))
