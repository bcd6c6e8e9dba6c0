"""The Measurements tab: dated values with their source and campaign, edited in place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from stratdesk.domain.kpi_formulas import input_label, inputs
from stratdesk.services.read_models_ops import KpiRead
from stratdesk.ui.models.table import CHOICE, DATE, NUMBER, Column
from stratdesk.ui.operations.kpis.tables import (
    KpiValuesModel,
    beside_buttons,
    delete_action,
    make_table,
    selected_rows,
)
from stratdesk.ui.widgets.tables import select_item

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.operations.kpis.intents import KpiIntents

DAY, VALUE, COMPONENT, SOURCE, CAMPAIGN = range(5)


class MeasurementsModel(KpiValuesModel):
    """The selected KPI's measurements, earliest first; the campaign column lists campaigns."""

    def __init__(self, view: MeasurementsView) -> None:
        self._view = view
        self._campaigns: tuple[tuple[Any, str], ...] = ()
        self._components: tuple[tuple[Any, str], ...] = (
            (
                "",
                QCoreApplication.translate("MeasurementsModel", "The KPI itself"),
            ),
        )
        super().__init__(
            self._columns(), view.load, view.intents.edit_measurement, view, money=view.money
        )

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column("day", QCoreApplication.translate("MeasurementsModel", "Date"), DATE, width=150),
            Column(
                "value", QCoreApplication.translate("MeasurementsModel", "Value"), NUMBER, width=150
            ),
            Column(
                "component",
                QCoreApplication.translate("MeasurementsModel", "Measures"),
                CHOICE,
                self._components,
                editable=False,
                width=170,
            ),
            Column("source", QCoreApplication.translate("MeasurementsModel", "Source"), width=220),
            Column(
                "campaign_id",
                QCoreApplication.translate("MeasurementsModel", "Campaign"),
                CHOICE,
                ((None, "—"), *self._campaigns),
                width=220,
            ),
        )

    def set_components(self, names: tuple[str, ...]) -> None:
        """The formula inputs a measurement may be of (labelled as people say them)."""
        own = self._components[0]
        components = (own, *((name, input_label(name)) for name in names))
        if components != self._components:
            self._components = components
            self.columns = self._columns()

    def set_campaigns(self, campaigns: tuple[tuple[Any, str], ...]) -> None:
        if campaigns == self._campaigns:
            return
        self._campaigns = campaigns
        self.columns = self._columns()
        if self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, CAMPAIGN), self.index(last, CAMPAIGN))


class MeasurementsView(QWidget):
    """Add (a dialog), edit in place, delete: each one undo step."""

    def __init__(
        self, document: PlanDocument, intents: KpiIntents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.intents = intents
        self.service = document.services.kpi_measurements
        self.kpi: KpiRead | None = None
        self.model = MeasurementsModel(self)
        self.table = make_table(self.model, self.tr("Measurements"), SOURCE)
        self.add_action = QAction(self.tr("Add measurement…"), self)
        self.delete_action = delete_action(self, self.tr("Delete measurements"), self.table)
        self.delete_action.triggered.connect(self.delete_selected)
        self.setLayout(beside_buttons(self.table, [self.add_action, self.delete_action]))
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    def money(self) -> tuple[str, str]:
        plan = self.document.plan
        return plan.currency, str(plan.language)

    def campaigns(self) -> tuple[tuple[int, str], ...]:
        return tuple(
            (c.id, c.name) for c in self.document.services.campaigns.list(self.document.plan_id)
        )

    def show_kpi(self, kpi: KpiRead | None) -> None:
        self.kpi = kpi
        if kpi is not None:
            self.model.unit = kpi.unit
            self.model.set_components(inputs(kpi.formula))
        self.model.set_campaigns(self.campaigns())
        self.model.refresh()
        self._update_actions()

    def load(self) -> list[Any]:
        return [] if self.kpi is None else self.service.list(self.kpi.id)

    def _update_actions(self) -> None:
        self.add_action.setEnabled(self.kpi is not None)
        self.delete_action.setEnabled(bool(selected_rows(self.table)))

    def selected_ids(self) -> list[int]:
        return [self.model.item(row).id for row in selected_rows(self.table)]

    def select_id(self, item_id: int) -> None:
        select_item(self.table, self.model, item_id, VALUE)

    # -- requests → the page's intents ----------------------------------------------------
    def add_measurement(self, data: dict[str, Any]) -> int | None:
        """Add one measurement (day, value, source, campaign_id); its id, or None if refused."""
        return None if self.kpi is None else self.intents.add_measurement(self.kpi.id, data)

    def add_measurements(self, rows: list[dict[str, Any]]) -> bool:
        """Add a measurement, or the components of one (each a row): one undo step."""
        if self.kpi is None or not rows:
            return False
        if len(rows) == 1:
            return self.add_measurement(rows[0]) is not None
        return self.intents.add_measurements(self.kpi.id, rows)

    def delete_selected(self) -> None:
        self.intents.delete_measurements(self.selected_ids())
