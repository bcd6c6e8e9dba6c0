"""Planned against actual budget, one pair of bars per month, channel, objective or segment.

Planned bars are outlined and lightly filled, actual bars solid; an actual bar above its
plan is drawn in another colour AND hatched, with a "!" over it, so overspending does not rely
on colour alone. Labels under the bars thin out when they would collide.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from stratdesk.domain.budget import BudgetSeries
from stratdesk.i18n.formatting import format_number

PLANNED = "#0072B2"
ACTUAL = "#009E73"
OVER = "#D55E00"
WIDTH = 0.38  # of one group's width, per bar
LABEL_CHARS = 18


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


class AmountAxis(pg.AxisItem):
    """Amounts in the reader's way of writing numbers ("12 000" / "12,000"), in a width that
    fits the largest (pyqtgraph widens its axis only after a first paint with cut labels)."""

    def __init__(self, language: str) -> None:
        super().__init__(orientation="left")
        self.language = language

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [format_number(value, self.language) for value in values]

    def fit(self, top: float) -> None:
        metrics = QFontMetricsF(self.style.get("tickFont") or QFont())
        self.setWidth(int(metrics.horizontalAdvance(format_number(top, self.language))) + 16)


class BudgetChartView(QWidget):
    """`set_series(series)` draws it; `plot` is the pyqtgraph widget."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        palette = self.palette()
        self.axis = AmountAxis(language)
        self.plot = pg.PlotWidget(parent=self, axisItems={"left": self.axis})
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for name in ("bottom", "left"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setMenuEnabled(False)  # its English-only menu would not be translated
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setAccessibleName(self.tr("Budget chart"))
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor=text)
        self.planned_bars = pg.BarGraphItem(
            x=[], height=[], width=WIDTH, pen=pg.mkPen(PLANNED, width=1.5),
            brush=_tint(PLANNED, 70), name=self.tr("Planned"),
        )  # fmt: skip
        self.actual_bars = pg.BarGraphItem(
            x=[], height=[], width=WIDTH, pen=pg.mkPen(ACTUAL), brush=QColor(ACTUAL),
            name=self.tr("Actual"),
        )  # fmt: skip
        self.plot.addItem(self.planned_bars)
        self.plot.addItem(self.actual_bars)
        self.marks: list[pg.TextItem] = []
        self.series = BudgetSeries((), (), (), ())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setMinimumHeight(70)

    def set_series(self, series: BudgetSeries) -> None:
        self.series = series
        count = len(series.labels)
        xs = list(range(count))
        self.planned_bars.setOpts(x=[x - WIDTH / 2 for x in xs], height=list(series.planned))
        brushes = [_hatched(OVER) if over else QBrush(QColor(ACTUAL)) for over in series.over]
        pens = [pg.mkPen(OVER if over else ACTUAL, width=1.5) for over in series.over]
        self.actual_bars.setOpts(
            x=[x + WIDTH / 2 for x in xs], height=list(series.actual), brushes=brushes, pens=pens
        )
        for mark in self.marks:
            self.plot.removeItem(mark)
        self.marks = []
        colour = self.palette().color(QPalette.ColorRole.Text)
        for x, (actual, over) in enumerate(zip(series.actual, series.over, strict=True)):
            if over:
                mark = pg.TextItem("!", color=colour, anchor=(0.5, 1.0))
                mark.setPos(x + WIDTH / 2, actual)
                self.plot.addItem(mark)
                self.marks.append(mark)
        step = max(1, round(count / 12))  # about a dozen labels fit under the bars
        ticks = [(x, _short(label)) for x, label in enumerate(series.labels) if x % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        top = max((*series.planned, *series.actual, 0.0))
        self.axis.fit(top * 1.12)
        self.plot.setXRange(-0.7, max(count, 1) - 0.3, padding=0)
        self.plot.setYRange(0, top * 1.12 or 1.0, padding=0)


def _tint(colour: str, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def _hatched(colour: str) -> QBrush:
    brush = QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern)
    return brush
