"""Shared looks of the KPI charts: a date axis in the reader's language, palette colours.

Colours follow the Okabe–Ito set (told apart with the common colour-vision deficiencies);
lines also differ by dash pattern, so no series relies on colour alone.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from stratdesk.charts.date_axis import LocaleDateAxis, seconds_to_qdate

pg.setConfigOptions(antialias=True)

ACTUAL = "#0072B2"
TARGET = "#D55E00"
SERIES = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
DAY = 86400.0


def format_day(seconds: float, locale: QLocale) -> str:
    """A day on the chart, month in words: "31 Dec 2026"."""
    return locale.toString(seconds_to_qdate(seconds), "d MMM yyyy")


def themed_plot(widget_parent: QWidget, locale: QLocale | None = None) -> pg.PlotWidget:
    """A PlotWidget with a date axis, a light grid and the palette's colours."""
    plot = pg.PlotWidget(parent=widget_parent, axisItems={"bottom": LocaleDateAxis(locale)})
    palette = widget_parent.palette()
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    for name in ("bottom", "left"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(text))
        axis.setTextPen(pg.mkPen(text))
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)  # its English-only context menu would not be translated
    return plot


def add_legend(plot: pg.PlotWidget) -> pg.LegendItem:
    """A legend in the palette's text colour, at a readable size."""
    colour = plot.parentWidget().palette().color(QPalette.ColorRole.Text)
    return plot.addLegend(offset=(10, 10), labelTextColor=colour, labelTextSize="10pt")


DENSE = 200  # points in a line beyond which it is drawn 1 px wide


def line_width(points: int) -> float:
    """2 px for a few dozen values (weeks, months), 1 px for dense daily data.

    Qt strokes wider lines through a much slower path: a 2 px line of a year of daily values
    costs tens of milliseconds per repaint, a 1 px one about one. Dense data reads as a band
    anyway, and panning stays fluid.
    """
    return 2.0 if points <= DENSE else 1.0


def fast_curve(item: pg.PlotDataItem) -> pg.PlotDataItem:
    """Draw only what is in view, and at most about one point per pixel (peaks kept)."""
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    return item


def nearest(x: np.ndarray, at: float) -> int | None:
    """The index of the x value closest to `at` (None for an empty array)."""
    if not len(x):
        return None
    i = int(np.searchsorted(x, at))
    if i == 0:
        return 0
    if i == len(x):
        return len(x) - 1
    return i if x[i] - at < at - x[i - 1] else i - 1


def alpha(colour: str, value: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(value)
    return result
