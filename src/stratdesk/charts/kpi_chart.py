"""One KPI over time: measured values against the target line and its tolerance band.

Scroll to zoom and drag to pan (pyqtgraph's mouse handling); the readout above the chart
follows the pointer with the day and the values. Long series stay fluid: curves are clipped
to the view and downsampled (peaks kept) to about one point per pixel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from numpy.typing import ArrayLike
from PySide6.QtCore import QLocale, QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from stratdesk.charts.kpi_style import (
    ACTUAL,
    TARGET,
    add_legend,
    alpha,
    fast_curve,
    format_day,
    line_width,
    nearest,
    themed_plot,
)

Formatter = Callable[[float], str]
SYMBOL_LIMIT = 120  # draw a dot on each value up to this many (monthly data), not beyond


def _target_at(target_x: np.ndarray, target_y: np.ndarray, at: float) -> float | None:
    """The target line's value at `at`: inside a step, not in a gap or outside."""
    i = int(np.searchsorted(target_x, at, "right"))
    if i == 0 or i >= len(target_x):
        return None
    low, high = target_y[i - 1], target_y[i]
    return float(low) if np.isfinite(low) and low == high else None


class KpiChartView(QWidget):
    """Actual vs target of one KPI; `set_series` gives it the data, `export_png` saves it."""

    hovered = Signal(str)  # the readout text, when the pointer moves over the chart
    readout_changed = Signal(str)  # the readout's text, whatever changed it

    def __init__(
        self,
        parent: QWidget | None = None,
        locale: QLocale | None = None,
        *,
        own_readout: bool = True,
    ) -> None:
        """`own_readout=False`: the owner shows `readout_changed` where it likes."""
        super().__init__(parent)
        self._locale = locale or QLocale()
        self.plot = themed_plot(self, self._locale)
        self.plot.setAccessibleName(self.tr("KPI chart"))
        add_legend(self.plot)
        band_pen = pg.mkPen(None)
        self.band_low = pg.PlotCurveItem(pen=band_pen, connect="finite")
        self.band_high = pg.PlotCurveItem(pen=band_pen, connect="finite")
        self.band = pg.FillBetweenItem(self.band_low, self.band_high, brush=alpha(TARGET, 45))
        self.target_curve = pg.PlotDataItem(
            pen=pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine),
            connect="finite",
            name=self.tr("Target"),
        )
        self.actual_curve = pg.PlotDataItem(pen=pg.mkPen(ACTUAL, width=2), name=self.tr("Actual"))
        for item in (self.band, self.target_curve, self.actual_curve):
            self.plot.addItem(item)
        # Clipping needs the view box: switch it on once the curve is in the plot.
        fast_curve(self.actual_curve)
        self.crosshair = pg.InfiniteLine(angle=90, pen=pg.mkPen(ACTUAL, width=1))
        self.marker = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(ACTUAL))
        for item in (self.crosshair, self.marker):
            item.setVisible(False)
            self.plot.addItem(item, ignoreBounds=True)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setVisible(own_readout)
        self.readout_changed.connect(self.readout.setText)
        self.empty_label = QLabel(self.tr("No measurements or targets yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if own_readout:
            layout.addWidget(self.readout)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty_label)
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._target_x = np.empty(0)
        self._target_y = np.empty(0)
        self._format: Formatter = str
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.set_series("", self._x, self._y, self._target_x, self._target_y)

    # -- data ----------------------------------------------------------------------------
    def set_series(
        self,
        name: str,
        x: ArrayLike,
        y: ArrayLike,
        target_x: ArrayLike,
        target_y: ArrayLike,
        *,
        tolerance: float = 0.05,
        formatter: Formatter | None = None,
        keep_view: bool = False,
    ) -> None:
        """Show a KPI: measured (x, y), the target staircase, a ±tolerance band around it.

        `keep_view`: the same KPI with new data, so the person's zoom and pan stay.
        """
        self._x, self._y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        self._target_x = np.asarray(target_x, dtype=float)
        self._target_y = np.asarray(target_y, dtype=float)
        self._format = formatter or (lambda value: QLocale().toString(value, "g", 6))
        self.plot.setTitle(name, color=self.palette().color(self.foregroundRole()), size="12pt")
        dots = len(self._x) <= SYMBOL_LIMIT
        self.actual_curve.setPen(pg.mkPen(ACTUAL, width=line_width(len(self._x))))
        self.actual_curve.setData(
            self._x, self._y, symbol="o" if dots else None, symbolSize=6, symbolBrush=ACTUAL
        )
        self.target_curve.setData(self._target_x, self._target_y)
        spread = np.abs(self._target_y) * tolerance
        self.band_low.setData(self._target_x, self._target_y - spread)
        self.band_high.setData(self._target_x, self._target_y + spread)
        self.band.setVisible(len(self._target_x) > 0)
        empty = not len(self._x) and not len(self._target_x)
        self.plot.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.crosshair.setVisible(False)
        self.marker.setVisible(False)
        self.readout_changed.emit(self._hint())
        if not keep_view:
            self.reset_zoom()

    def actual_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The measured values as given (before clipping and downsampling)."""
        return self._x.copy(), self._y.copy()

    def target_data(self) -> tuple[np.ndarray, np.ndarray]:
        return self._target_x.copy(), self._target_y.copy()

    def reset_zoom(self) -> None:
        self.plot.enableAutoRange()

    # -- reading values ------------------------------------------------------------------
    def readout_at(self, at: float) -> str:
        """ "31 Dec 2026 · Actual 295 · Target 269" for the measurement nearest to `at`."""
        i = nearest(self._x, at)
        day = float(self._x[i]) if i is not None else at
        parts = [format_day(day, self._locale)]
        if i is not None:
            parts.append(self.tr("Actual {value}").format(value=self._format(float(self._y[i]))))
        target = _target_at(self._target_x, self._target_y, day)
        if target is not None:
            parts.append(self.tr("Target {value}").format(value=self._format(target)))
        return " · ".join(parts)

    def show_readout(self, at: float) -> str:
        """Move the cursor to the measurement nearest to `at` and show its values."""
        text = self.readout_at(at)
        i = nearest(self._x, at)
        if i is not None:
            self.crosshair.setPos(float(self._x[i]))
            self.marker.setData([float(self._x[i])], [float(self._y[i])])
        self.crosshair.setVisible(i is not None)
        self.marker.setVisible(i is not None)
        self.readout_changed.emit(text)
        self.hovered.emit(text)
        return text

    def _on_mouse_moved(self, pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(pos) or not (len(self._x) or len(self._target_x)):
            return
        self.show_readout(view.mapSceneToView(pos).x())

    def _hint(self) -> str:
        return self.tr("Point at the chart to read a value; scroll to zoom, drag to pan.")

    # -- export --------------------------------------------------------------------------
    def export_png(self, path: Path) -> bool:
        """Save the chart (title, legend, axes) as a PNG image; False if it cannot be written."""
        return self.plot.grab().save(str(path), "PNG")
