"""What a person asks of the KPI page, turned into undo commands (one step each).

The library, the targets and measurements tabs, the dialogs and the page's own actions all
forward their requests here: the only place the KPI page builds commands. The texts keep the
contexts of the widgets that first named them, so the catalogue's translations still apply.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.kpi_formulas import FORMULAS
from stratdesk.io.kpi_import import ImportResult, MeasurementRow
from stratdesk.ui.commands import CreateCommand, MacroCommand
from stratdesk.ui.commands.kpis import (
    ClearTargetCommand,
    DeleteMeasurementsCommand,
    ImportMeasurementsCommand,
    SetTargetCommand,
)
from stratdesk.ui.intents import PageIntents
from stratdesk.ui.operations.kpis.import_command import ImportedMeasurementsCommand

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


def definition_changes(field: str, value: Any) -> dict[str, Any]:
    """The fields one edit changes: choosing a formula also sets its unit and direction."""
    if field == "formula" and value in FORMULAS:
        spec = FORMULAS[value]
        return {"formula": value, "unit": spec.unit, "direction": spec.direction}
    return {field: value}


class KpiIntents(PageIntents):
    """KPIs, their targets per period and their measurements."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        services = document.services
        self.kpis = services.kpis
        self.targets = services.kpi_targets
        self.measurements = services.kpi_measurements

    # -- KPIs --------------------------------------------------------------------------------
    def add_kpi(self) -> int | None:
        data = {"name": translate("KpiPageView", "New KPI")}
        return self.create_row(self.kpis, self.plan_id, data, translate("KpiPageView", "Add KPI"))

    def delete_kpi(self, kpi_id: int) -> bool:
        """The KPI with its targets and measurements (undo brings all back)."""
        return self.delete_row(self.kpis, kpi_id, translate("KpiPageView", "Delete KPI"))

    def edit_definition(self, kpi_id: int, field: str, value: Any) -> bool:
        text = translate("KpiPageView", "Edit KPI")
        return self.update_row(self.kpis, kpi_id, definition_changes(field, value), text)

    # -- targets -----------------------------------------------------------------------------
    def set_target(self, kpi_id: int, start: dt.date, value: float) -> bool:
        """The target of the period starting on `start` (typing in it merges)."""
        command = SetTargetCommand(
            self.runner,
            self.targets,
            kpi_id,
            start,
            value,
            translate("TargetsView", "Edit target"),
            origin=self,
            clock=self.clock,
        )
        return self.push(command)

    def clear_targets(self, kpi_id: int, starts: Sequence[dt.date]) -> bool:
        """Remove the targets of these periods, as one undo step."""
        if len(starts) == 1:
            text = translate("TargetsView", "Delete target")
            return self.push(
                ClearTargetCommand(self.runner, self.targets, kpi_id, starts[0], text, origin=self)
            )
        if not starts:
            return False
        text = self.tr("Delete %n targets", "", len(starts))
        macro = MacroCommand(self.runner, text, origin=self)
        for start in starts:
            macro.add(ClearTargetCommand(self.runner, self.targets, kpi_id, start, "", origin=self))
        return self.push(macro)

    def set_trajectory(self, kpi_id: int, steps: Iterable[tuple[dt.date, float]]) -> int:
        """Set a line of targets as one undo step; how many periods it changed."""
        macro = MacroCommand(
            self.runner, translate("TargetsView", "Generate trajectory"), origin=self
        )
        for day, value in steps:
            macro.add(
                SetTargetCommand(self.runner, self.targets, kpi_id, day, value, "", origin=self)
            )
        if not macro.commands or not self.push(macro):
            return 0
        return len(macro.commands)

    # -- measurements ------------------------------------------------------------------------
    def add_measurement(self, kpi_id: int, data: dict[str, Any]) -> int | None:
        """One measurement (day, value, source, campaign_id); its id."""
        text = translate("MeasurementsView", "Add measurement")
        return self.create_row(self.measurements, kpi_id, data, text)

    def add_measurements(self, kpi_id: int, rows: Sequence[dict[str, Any]]) -> bool:
        """Several measurements at once (a formula's components on one day): one undo step."""
        text = translate("MeasurementsView", "Add measurement")
        macro = MacroCommand(self.runner, text, origin=self)
        for data in rows:
            macro.add(CreateCommand(self.runner, self.measurements, kpi_id, data, "", origin=self))
        return bool(macro.commands) and self.push(macro)

    def edit_measurement(self, item_id: int, field: str, value: Any) -> bool:
        text = translate("MeasurementsView", "Edit measurement")
        return self.update_row(self.measurements, item_id, {field: value}, text)

    def delete_measurements(self, ids: Sequence[int]) -> bool:
        if not ids:
            return False
        text = self.tr("Delete %n measurement(s)", "", len(ids))
        return self.push(
            DeleteMeasurementsCommand(self.runner, self.measurements, ids, text, origin=self)
        )

    def record_import(self, result: ImportResult, kpi_name: str) -> bool:
        """Make an import the worker thread already wrote one undo step (none if it added
        nothing): undo deletes exactly the rows it added."""
        text = translate("ImportDialog", "Import measurements into {name}").format(name=kpi_name)
        command = ImportedMeasurementsCommand(
            self.runner, self.measurements, result, text, origin=self
        )
        return self.push(command)

    def import_measurements(
        self, kpi_id: int, rows: Sequence[MeasurementRow], kpi_name: str
    ) -> ImportMeasurementsCommand:
        """Write a checked file's rows (all or none); the command tells `result` or `error`."""
        text = translate("ImportDialog", "Import measurements into {name}").format(name=kpi_name)
        command = ImportMeasurementsCommand(
            self.runner, self.measurements, kpi_id, rows, text, origin=self
        )
        self.push(command)
        return command
