"""Sizes from the widget's font and colours from its palette, shared by every item.

Only the bars' own colours are given by the page; everything else follows the light or
dark palette, and the text on a bar is black or white, whichever reads better.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from stratdesk.ui.style import contrast_line

ROLE = QPalette.ColorRole


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever contrasts more with `colour` (WCAG contrast ratio)."""
    luminance = relative_luminance(colour)
    # Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal at ≈ 0.179.
    return QColor(0, 0, 0) if luminance > 0.179 else QColor(255, 255, 255)


@dataclass(frozen=True)
class Colours:
    base: QColor
    alternate: QColor
    text: QColor
    soft_text: QColor
    lane_line: QColor
    grid_major: QColor
    grid_minor: QColor
    grid_fine: QColor
    weekend: QColor
    today: QColor
    selection: QColor
    header: QColor
    header_text: QColor
    default_bar: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        base = palette.color(ROLE.Base)
        alternate = palette.color(ROLE.AlternateBase)
        if alternate == base:  # some palettes do not set it: shade the base a little
            alternate = base.darker(104) if base.lightness() > 128 else base.lighter(115)
        weekend = QColor(contrast_line(palette, 0.06))
        return cls(
            base=base,
            alternate=alternate,
            text=palette.color(ROLE.Text),
            soft_text=contrast_line(palette, 0.65),
            lane_line=contrast_line(palette, 0.25),
            grid_major=contrast_line(palette, 0.3),
            grid_minor=contrast_line(palette, 0.16),
            grid_fine=contrast_line(palette, 0.08),
            weekend=weekend,
            today=palette.color(ROLE.Highlight),
            selection=palette.color(ROLE.Text),
            header=palette.color(ROLE.Window),
            header_text=palette.color(ROLE.WindowText),
            default_bar=palette.color(ROLE.Highlight),
        )


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes derived from the font, so a larger font gets taller rows and headers."""

    line: float  # one line of text
    row_height: float
    padding: float  # above the first and below the last row of a lane
    inset: float  # between a bar and its row's edges
    lane_min_height: float  # room for the lane's title and subtitle
    header_line: float  # one line of the time header
    lane_header_width: float
    edge: float  # the resize zone at each end of a bar
    min_bar_width: float
    milestone_size: float
    label_max: float  # the widest milestone label
    text_margin: float

    @classmethod
    def from_font(cls, font: QFont) -> Metrics:
        metrics = QFontMetricsF(font)
        line = metrics.height()
        char = metrics.averageCharWidth()
        row = round(line + 12)
        return cls(
            line=line,
            row_height=row,
            padding=4,
            inset=3,
            lane_min_height=round(2 * line + 14),
            header_line=round(line + 10),
            lane_header_width=round(max(170.0, min(300.0, 24 * char))),
            edge=6,
            min_bar_width=10,
            milestone_size=round(row * 0.55),
            label_max=round(max(120.0, 18 * char)),
            text_margin=6,
        )


class Style:
    """Fonts, metrics and colours of one view, read by its items when they paint.

    One object per view, updated in place when the font or palette changes, so every item
    keeps the same reference.
    """

    def __init__(self, font: QFont, palette: QPalette) -> None:
        self.apply(font, palette)

    def apply(self, font: QFont, palette: QPalette) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.font_metrics = QFontMetricsF(self.font)
        self.bold_metrics = QFontMetricsF(self.bold)
        self.metrics = Metrics.from_font(font)
        self.colours = Colours.from_palette(palette)

    def bar_colour(self, colour: str | None, lane_colour: str | None) -> QColor:
        for name in (colour, lane_colour):
            if name and QColor.isValidColorName(name):
                return QColor(name)
        return QColor(self.colours.default_bar)
