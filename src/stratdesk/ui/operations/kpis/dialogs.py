"""The KPI page's dialogs: import, generate a trajectory, add a measurement.

Each opens window-modal and returns at once (tests and the event loop keep running); what
the person confirms becomes one undo command.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from stratdesk.ui.operations.kpis.import_dialog import ImportDialog, choose_data_file
from stratdesk.ui.operations.kpis.measurement_dialog import MeasurementDialog
from stratdesk.ui.operations.kpis.trajectory_dialog import TrajectoryDialog

if TYPE_CHECKING:
    from stratdesk.services.kpi_series import KpiSeries
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.operations.kpis.detail import KpiDetailView
    from stratdesk.ui.operations.kpis.intents import KpiIntents


class DialogsMixin:
    """Needs `document`, `intents`, `series`, `current_kpi_id` and `detail` from the page."""

    document: PlanDocument
    intents: KpiIntents
    series: dict[int, KpiSeries]
    current_kpi_id: int | None
    detail: KpiDetailView
    choose_import_file = staticmethod(choose_data_file)

    def _page(self) -> QWidget:
        """The page this is part of: the parent of its dialogs."""
        assert isinstance(self, QWidget)
        return self

    def _current(self) -> KpiSeries | None:
        return self.series.get(self.current_kpi_id) if self.current_kpi_id else None

    def open_import_dialog(self, path: Path | None = None) -> ImportDialog:
        """The import dialog on the selected KPI (reading `path` at once, if given)."""
        kpis = [s.kpi for s in self.series.values()]
        dialog = ImportDialog(
            self.intents,
            kpis,
            self.current_kpi_id,
            self.choose_import_file,
            self._page(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if path is not None:
            dialog.set_path(path)
        return dialog

    def trajectory_defaults(self) -> tuple[float, float, dt.date, dt.date]:
        """From the linked objective's baseline and target, over the plan's years."""
        series = self._current()
        assert series is not None
        plan = self.document.plan
        start, end = dt.date(plan.start_year, 1, 1), dt.date(plan.end_year, 12, 31)
        # The first objective this KPI measures: its numbers are the KPI's.
        objective: Any = next(
            (
                o
                for o in self.document.services.objectives.list(self.document.plan_id)
                if o.kpi_id == series.kpi.id
            ),
            None,
        )
        baseline = objective.baseline if objective and objective.baseline is not None else None
        target = objective.target if objective and objective.target is not None else None
        if objective and objective.deadline and start <= objective.deadline <= end:
            end = objective.deadline
        latest = series.latest()
        values = series.target_values
        if baseline is None:
            baseline = values[0] if values else (latest[1] if latest else 0.0)
        if target is None:
            target = values[-1] if values else baseline
        return float(baseline), float(target), start, end

    def open_trajectory_dialog(self) -> TrajectoryDialog | None:
        series = self._current()
        if series is None:
            return None
        baseline, target, start, end = self.trajectory_defaults()
        plan = self.document.plan
        dialog = TrajectoryDialog(
            series.kpi.name,
            baseline,
            target,
            (start, end),
            (dt.date(plan.start_year, 1, 1), dt.date(plan.end_year, 12, 31)),
            series.kpi.period,
            self._page(),
        )
        dialog.accepted.connect(lambda: self.detail.targets.generate(*dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_measurement_dialog(self) -> MeasurementDialog | None:
        series = self._current()
        if series is None:
            return None
        measurements = self.detail.measurements
        plan = self.document.plan
        dialog = MeasurementDialog(
            series.kpi,
            measurements.campaigns(),
            self.detail.formatter(),
            parent=self._page(),
            years=(plan.start_year, plan.end_year),
        )
        dialog.accepted.connect(lambda: measurements.add_measurements(dialog.rows()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
