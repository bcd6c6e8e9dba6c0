"""The selected KPI: what it is, its chart, its targets and its measurements."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stratdesk.charts.kpi_chart import KpiChartView
from stratdesk.domain.kpi_formulas import formula_text
from stratdesk.domain.labels import enum_label
from stratdesk.i18n.formatting import format_value
from stratdesk.services.kpi_series import TOLERANCE, KpiSeries
from stratdesk.ui.operations.kpis.measurements import MeasurementsView
from stratdesk.ui.operations.kpis.tables import button_row
from stratdesk.ui.operations.kpis.targets import TargetsView
from stratdesk.ui.style import title_label
from stratdesk.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.operations.kpis.intents import KpiIntents

SaveChooser = Callable[[QWidget, str], Path | None]
# The chart's least height: its lines and axes still read; a short screen folds the tiles
# away before it goes below this (see `TileStrip`).
CHART_MIN_HEIGHT = 160


def choose_png(parent: QWidget, suggested: str) -> Path | None:
    """Qt's save dialog for a PNG image."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("KpiDetailView", "Export the chart"),
        suggested,
        QCoreApplication.translate("KpiDetailView", "PNG images (*.png)"),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".png" else chosen.with_name(chosen.name + ".png")


class KpiDetailView(QWidget):
    """Chart, Targets and Measurements tabs for one KPI (`show_series`)."""

    def __init__(
        self,
        document: PlanDocument,
        intents: KpiIntents,
        choose_file: SaveChooser = choose_png,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.series: KpiSeries | None = None
        self.objective = ""
        self._choose_file = choose_file
        self.title = title_label("", 15)
        self.title.setWordWrap(False)
        self.subtitle = ElidedLabel()
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.chart = KpiChartView(self, own_readout=False)
        self.chart.setMinimumHeight(CHART_MIN_HEIGHT)
        self.readout = ElidedLabel()
        self.chart.readout_changed.connect(self.readout.setText)
        self.targets = TargetsView(document, intents)
        self.measurements = MeasurementsView(document, intents)
        self.reset_zoom_action = QAction(self.tr("Reset zoom"), self)
        self.reset_zoom_action.triggered.connect(self.chart.reset_zoom)
        self.export_action = QAction(self.tr("Export PNG…"), self)
        # Not `connect(self.export_chart)`: `triggered(bool)` would arrive as the path.
        self.export_action.triggered.connect(lambda: self.export_chart())
        chart_tab = QWidget()
        chart_layout = QVBoxLayout(chart_tab)
        chart_layout.setContentsMargins(0, 8, 0, 0)
        tools = button_row([self.reset_zoom_action, self.export_action])
        tools.takeAt(tools.count() - 1)  # the readout takes the stretch's place
        tools.addWidget(self.readout, 1)
        chart_layout.addLayout(tools)
        chart_layout.addWidget(self.chart, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(chart_tab, self.tr("Chart"))
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.addTab(self.measurements, self.tr("Measurements"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBaseline)
        layout.addLayout(heading)
        layout.addWidget(self.tabs, 1)
        self.show_series(None)

    def money(self) -> tuple[str, str]:
        plan = self.document.plan
        return plan.currency, str(plan.language)

    def formatter(self) -> Callable[[float], str]:
        if self.series is None:
            return str
        unit = self.series.kpi.unit
        currency, language = self.money()
        return lambda value: format_value(value, unit, currency, language)

    def show_series(self, series: KpiSeries | None, objective: str = "") -> None:
        """Show `series` (None: no KPI chosen) everywhere in the three tabs."""
        same_kpi = (
            series is not None and self.series is not None and (series.kpi.id == self.series.kpi.id)
        )
        self.series = series
        self.objective = objective
        self.setEnabled(series is not None)
        if series is None:
            self.title.setText(self.tr("No KPI selected"))
            self.subtitle.setText(self.tr("Add a KPI, or choose one of the tiles above."))
            self.chart.set_series("", *([],) * 4)
        else:
            kpi = series.kpi
            self.title.setText(kpi.name)
            parts = [
                enum_label(kpi.unit),
                enum_label(kpi.direction),
                enum_label(kpi.period),
                formula_text(kpi.formula),
                enum_label(kpi.aggregation),
            ]
            if objective:
                parts.append(self.tr("Objective: {statement}").format(statement=objective))
            self.subtitle.setText(" · ".join(parts))
            target_x, target_y = series.target_steps()
            # Each period's actual by the KPI's rule (sum, average, last, formula), not the
            # raw measurements: daily values would not compare with a monthly target.
            actual_x, actual_y = series.actual_points()
            self.chart.set_series(
                kpi.name,
                actual_x,
                actual_y,
                target_x,
                target_y,
                tolerance=TOLERANCE,
                formatter=self.formatter(),
                keep_view=same_kpi,  # new data for the same KPI: keep the zoom and pan
            )
        self.targets.show_series(series)
        self.measurements.show_kpi(series.kpi if series else None)
        self.export_action.setEnabled(series is not None)

    def export_chart(self, path: Path | None = None) -> Path | None:
        """Save the chart as PNG (asking where when `path` is None); the path, or None."""
        if self.series is None:
            return None
        if path is None:
            path = self._choose_file(self, f"{self.series.kpi.name}.png")
        if path is None:
            return None
        if self.chart.export_png(path):
            return path
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export the chart"),
            self.tr("The image could not be written to {path}.").format(path=path),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None
