"""The Targets tab: one target per period, edited in place, and trajectory generation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from stratdesk.domain.kpi_status import KpiStatus, status_text
from stratdesk.domain.kpi_trajectory import next_period_start, period_start
from stratdesk.i18n.formatting import period_label
from stratdesk.services.kpi_series import KpiSeries, trajectory_within
from stratdesk.ui.language import ui_language
from stratdesk.ui.models.table import NUMBER, Column
from stratdesk.ui.operations.kpis.tables import (
    KpiValuesModel,
    beside_buttons,
    delete_action,
    make_table,
    selected_rows,
)
from stratdesk.ui.widgets.tables import select_row

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.operations.kpis.intents import KpiIntents

PERIOD, TARGET, ACTUAL, STATUS = range(4)
NO_DATA = KpiStatus.NO_DATA


@dataclass(frozen=True)
class TargetRow:
    """One period of the Targets table."""

    id: int  # the period's first day as an ordinal: rows keep their place across edits
    period_start: dt.date
    period: str
    value: float
    actual: float | None
    status: str


class TargetsModel(KpiValuesModel):
    def __init__(self, view: TargetsView, document: PlanDocument) -> None:
        columns = (
            Column(
                "period",
                QCoreApplication.translate("TargetsModel", "Period"),
                editable=False,
                width=190,
            ),
            Column(
                "value", QCoreApplication.translate("TargetsModel", "Target"), NUMBER, width=150
            ),
            Column(
                "actual",
                QCoreApplication.translate("TargetsModel", "Actual"),
                NUMBER,
                editable=False,
                width=150,
            ),
            Column(
                "status",
                QCoreApplication.translate("TargetsModel", "Status"),
                editable=False,
                width=160,
            ),
        )
        super().__init__(columns, view.rows, view.commit, view, money=view.money)


class TargetsView(QWidget):
    """The selected KPI's targets; every edit is an undo step, a trajectory one macro."""

    def __init__(
        self, document: PlanDocument, intents: KpiIntents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.intents = intents
        self.series: KpiSeries | None = None
        self.pending_edit: dt.date | None = None  # a period just added: open it for typing
        self.model = TargetsModel(self, document)
        self.table = make_table(self.model, self.tr("Targets"), STATUS)
        self.generate_action = QAction(self.tr("Generate trajectory…"), self)
        self.add_action = QAction(self.tr("Add period"), self)
        self.add_action.triggered.connect(self.add_period)
        self.delete_action = delete_action(self, self.tr("Delete targets"), self.table)
        self.delete_action.triggered.connect(self.delete_selected)
        self.setLayout(
            beside_buttons(self.table, [self.generate_action, self.add_action, self.delete_action])
        )
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def money(self) -> tuple[str, str]:
        plan = self.document.plan
        return plan.currency, str(plan.language)

    def show_series(self, series: KpiSeries | None) -> None:
        self.series = series
        if series is not None:
            self.model.unit = series.kpi.unit
        self.model.refresh()
        self._update_actions()
        if self.pending_edit is not None and self.model.row_of(self.pending_edit.toordinal()) >= 0:
            self.edit_period(self.pending_edit)
            self.pending_edit = None

    def rows(self) -> list[TargetRow]:
        series = self.series
        if series is None:
            return []
        kpi = series.kpi
        # The period's actual and status by the KPI's rule (a period not over is judged so far).
        figures = {f.start: f for f in series.figures()}
        rows = []
        for start, value in zip(series.target_starts, series.target_values, strict=True):
            figure = figures.get(start)
            judged = status_text(figure.status) if figure is not None else status_text(NO_DATA)
            if figure is not None and figure.partial and figure.actual is not None:
                judged = self.tr("{status} so far").format(status=judged)
            rows.append(
                TargetRow(
                    id=start.toordinal(),
                    period_start=start,
                    period=period_label(start, kpi.period, ui_language()),
                    value=value,
                    actual=figure.actual if figure is not None else None,
                    status=judged,
                )
            )
        return rows

    def _update_actions(self) -> None:
        has_kpi = self.series is not None
        for action in (self.generate_action, self.add_action):
            action.setEnabled(has_kpi)
        self.delete_action.setEnabled(has_kpi and bool(selected_rows(self.table)))

    # -- requests → the page's intents ----------------------------------------------------
    def commit(self, item_id: int, field: str, value: Any) -> bool:
        """A typed target (None: the period's target is removed)."""
        if self.series is None or field != "value":
            return False
        day = dt.date.fromordinal(item_id)
        kpi_id = self.series.kpi.id
        if value is None:
            return self.intents.clear_targets(kpi_id, [day])
        return self.intents.set_target(kpi_id, day, value)

    def set_target(self, day: dt.date, value: float) -> bool:
        """Set the target of the period holding `day` (one undo step)."""
        assert self.series is not None
        start = period_start(day, self.series.kpi.period)
        return self.commit(start.toordinal(), "value", value)

    def add_period(self) -> bool:
        """Add the period after the last one (or the plan's first), at the last target value."""
        if self.series is None:
            return False
        kpi = self.series.kpi
        plan = self.document.plan
        if self.series.target_starts:
            start = next_period_start(self.series.target_starts[-1], kpi.period)
            value = self.series.target_values[-1]
        else:
            start = period_start(dt.date(plan.start_year, 1, 1), kpi.period)
            if start.year < plan.start_year:
                start = next_period_start(start, kpi.period)
            value = 0.0
        if not self.set_target(start, value):
            return False
        self.pending_edit = start
        return True

    def edit_period(self, start: dt.date) -> None:
        """Select the period's row and open its target for typing."""
        row = self.model.row_of(start.toordinal())
        if row >= 0:
            select_row(self.table, self.model.index(row, TARGET), edit=True)

    def delete_selected(self) -> None:
        if self.series is None:
            return
        days = [self.model.item(row).period_start for row in selected_rows(self.table)]
        self.intents.clear_targets(self.series.kpi.id, days)

    def generate(self, baseline: float, target: float, start: dt.date, end: dt.date) -> int:
        """Set a straight line of targets from `baseline` to `target`: one undo step.

        Returns how many periods were set (0 when the periods fall outside the plan).
        """
        if self.series is None:
            return 0
        plan = self.document.plan
        steps = trajectory_within(
            baseline,
            target,
            start,
            end,
            self.series.kpi,
            dt.date(plan.start_year, 1, 1),
            dt.date(plan.end_year, 12, 31),
        )
        return self.intents.set_trajectory(self.series.kpi.id, steps)
