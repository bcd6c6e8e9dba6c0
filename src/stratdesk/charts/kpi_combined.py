"""Several KPIs on one chart, each as a percentage of its own target (100 % = on target).

KPIs in euros, percent and counts cannot share an axis; as a share of their targets they
can. Each line has its own colour *and* dash pattern, named in the legend.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from stratdesk.charts.kpi_style import (
    DASHES,
    SERIES,
    add_legend,
    fast_curve,
    format_day,
    line_width,
    nearest,
    themed_plot,
)


def _pen(number: int, points: int = 0) -> QPen:
    """The n-th line's pen: a colour of the palette and, past its length, another dash."""
    style = DASHES[(number // len(SERIES) + number) % len(DASHES)]
    return pg.mkPen(SERIES[number % len(SERIES)], width=line_width(points), style=style)


@dataclass(frozen=True, eq=False)
class PercentLine:
    """One KPI of the combined view: days (seconds since 1970, UTC) and % of target."""

    name: str
    x: np.ndarray
    y: np.ndarray


class KpiCombinedChart(QWidget):
    """Overlays KPIs normalised to their targets, with a line at 100 %."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale or QLocale()
        self.plot = themed_plot(self, self._locale)
        self.plot.setAccessibleName(self.tr("Combined KPI chart"))
        self.plot.setLabel("left", self.tr("% of target"))
        self.legend = add_legend(self.plot)
        self.target_line = pg.InfiniteLine(
            pos=100.0,
            angle=0,
            pen=pg.mkPen(self.palette().color(self.foregroundRole()), width=1.5),
            label=self.tr("target (100 %)"),
            # At the right end, just above the line, inside the plot.
            labelOpts={
                "position": 0.98,
                "anchors": [(1, 1), (1, 1)],
                "color": self.palette().color(self.foregroundRole()),
            },
        )
        self.plot.addItem(self.target_line, ignoreBounds=False)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.readout)
        layout.addWidget(self.plot, 1)
        self.curves: list[pg.PlotDataItem] = []  # the shown ones, in the order of the lines
        self._pool: list[pg.PlotDataItem] = []
        self._lines: list[PercentLine] = []
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.set_lines([])

    def set_lines(self, lines: Sequence[PercentLine]) -> None:
        """Draw these KPIs (replacing what was drawn).

        Curves are kept and reused (hidden when not needed): adding and removing graphics
        items is the slow part of redrawing, with a hundred KPIs ticked and unticked.
        """
        self._lines = list(lines)
        self.legend.clear()
        while len(self._pool) < len(self._lines):
            curve = pg.PlotDataItem(pen=_pen(len(self._pool)), connect="finite")
            self.plot.addItem(curve)  # clipping needs the view box: add, then switch it on
            self._pool.append(fast_curve(curve))
        for number, curve in enumerate(self._pool):
            shown = number < len(self._lines)
            if shown:
                line = self._lines[number]
                curve.setPen(_pen(number, len(line.x)))
                curve.setData(line.x, line.y)
                self.legend.addItem(curve, line.name)
            else:
                curve.setData([], [])
            curve.setVisible(shown)
        self.curves = self._pool[: len(self._lines)]
        self.readout.setText(
            self.tr("Each KPI as a percentage of its target for the period: 100 % is on target.")
            if self._lines
            else self.tr("Tick the KPIs to compare.")
        )
        self.plot.enableAutoRange()

    def lines(self) -> list[PercentLine]:
        return list(self._lines)

    def readout_at(self, at: float) -> str:
        """The day nearest to `at` and each KPI's % of target there (or "–")."""
        parts = [format_day(at, self._locale)]
        for line in self._lines:
            i = nearest(line.x, at)
            inside = i is not None and line.x[0] <= at <= line.x[-1]
            value = float(line.y[i]) if inside else float("nan")
            text = self._locale.toString(value, "f", 0) + " %" if np.isfinite(value) else "–"
            parts.append(f"{line.name} {text}")
        return " · ".join(parts)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if self._lines and view.sceneBoundingRect().contains(pos):
            self.readout.setText(self.readout_at(view.mapSceneToView(pos).x()))

    def export_png(self, path: Path) -> bool:
        return self.plot.grab().save(str(path), "PNG")
