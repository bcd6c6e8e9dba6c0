"""The KPI library: every KPI's definition in a table, edited in place (one undo step each)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from stratdesk.domain.enums import KpiAggregation, KpiDirection, KpiFormula, KpiPeriod, KpiUnit
from stratdesk.domain.kpi_formulas import formula_text
from stratdesk.domain.labels import enum_choices
from stratdesk.ui.delegates import FieldDelegate
from stratdesk.ui.models.table import CHOICE, Column, Commit, EntityTableModel
from stratdesk.ui.style import secondary_label
from stratdesk.ui.widgets.tables import editable_table, select_item

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

NAME, UNIT, DIRECTION, PERIOD, FORMULA, AGGREGATION, OBJECTIVE, DESCRIPTION = range(8)


class KpiLibraryModel(EntityTableModel):
    """The plan's KPIs, one column per field; the objective column (read-only) shows the
    objectives measured by each KPI (chosen on the objectives page)."""

    def __init__(
        self, document: PlanDocument, commit: Commit | None = None, parent: Any = None
    ) -> None:
        self.document = document
        self._objectives: dict[int, tuple[str, ...]] = {}  # KPI id → objectives it measures
        service = document.services.kpis
        super().__init__(self._columns(), lambda: service.list(document.plan_id), commit, parent)

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column("name", QCoreApplication.translate("KpiLibraryModel", "KPI"), width=210),
            Column(
                "unit",
                QCoreApplication.translate("KpiLibraryModel", "Unit"),
                CHOICE,
                enum_choices(KpiUnit),
                width=95,
            ),
            Column(
                "direction",
                QCoreApplication.translate("KpiLibraryModel", "Direction"),
                CHOICE,
                enum_choices(KpiDirection),
                width=135,
            ),
            Column(
                "period",
                QCoreApplication.translate("KpiLibraryModel", "Period"),
                CHOICE,
                enum_choices(KpiPeriod),
                width=85,
            ),
            Column(
                "formula",
                QCoreApplication.translate("KpiLibraryModel", "Kind"),
                CHOICE,
                enum_choices(KpiFormula),
                width=190,
            ),
            Column(
                "aggregation",
                QCoreApplication.translate("KpiLibraryModel", "Period actual"),
                CHOICE,
                enum_choices(KpiAggregation),
                width=170,
            ),
            Column(
                "objectives",
                QCoreApplication.translate("KpiLibraryModel", "Objective"),
                editable=False,
                width=200,
            ),
            Column(
                "description",
                QCoreApplication.translate("KpiLibraryModel", "Description"),
                width=260,
            ),
        )

    def refresh(self) -> None:
        objectives: dict[int, tuple[str, ...]] = {}
        for objective in self.document.services.objectives.list(self.document.plan_id):
            if objective.kpi_id is not None:
                found = objectives.get(objective.kpi_id, ())
                objectives[objective.kpi_id] = (*found, objective.statement)
        renamed = objectives != self._objectives
        self._objectives = objectives
        super().refresh()
        if renamed and self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, OBJECTIVE), self.index(last, OBJECTIVE))

    def objectives_of(self, kpi_id: int) -> tuple[str, ...]:
        """The statements of the objectives this KPI measures, in the objectives' order."""
        return self._objectives.get(kpi_id, ())

    def raw_value(self, index: Any) -> Any:
        if self.columns[index.column()].field == "objectives":
            return self.objectives_of(self.item(index.row()).id)
        return super().raw_value(index)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.columns[index.column()].field
        if field == "objectives":
            names = self.raw_value(index)
            if role == Qt.ItemDataRole.DisplayRole:
                return " · ".join(" ".join(name.split()) for name in names)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(names) or None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            return None
        if role == Qt.ItemDataRole.ToolTipRole and field == "formula":
            return formula_text(self.raw_value(index))
        if role == Qt.ItemDataRole.ToolTipRole and field == "aggregation":
            return aggregation_hint(self.raw_value(index))
        return super().data(index, role)


def aggregation_hint(aggregation: KpiAggregation) -> str:
    """What the aggregation does to a period's measurements, for the cell's tooltip."""
    hints = {
        KpiAggregation.SUM: QCoreApplication.translate(
            "KpiLibraryModel", "The period's values added up (clicks, sign-ups, spend)."
        ),
        KpiAggregation.AVERAGE: QCoreApplication.translate(
            "KpiLibraryModel", "The mean of the period's values (a score, a rate measured as such)."
        ),
        KpiAggregation.LAST: QCoreApplication.translate(
            "KpiLibraryModel", "The last value measured in the period (a stock: subscribers)."
        ),
        KpiAggregation.FORMULA: QCoreApplication.translate(
            "KpiLibraryModel",
            "The formula over the period's totals: Σclicks ÷ Σimpressions, not the mean of "
            "daily rates. Enter or import the formula's inputs.",
        ),
    }
    return hints[aggregation]


class KpiLibraryView(QWidget):
    """The table of KPI definitions; the current row is the page's selected KPI."""

    kpi_selected = Signal(int)

    def __init__(self, model: KpiLibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = editable_table(
            model,
            FieldDelegate(),
            model.columns,
            self.tr("KPI library"),
            stretch=(DESCRIPTION,),
            multi_select=False,
        )
        hint = secondary_label(
            self.tr(
                "Double-click a cell to edit it. A computed KPI (CTR, CPA, ROAS…) takes its "
                "unit and direction from its formula; its measurements are entered as the "
                "formula's inputs. “Period actual” says how a period's measurements add up."
            ),
            12,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def _on_current(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.kpi_selected.emit(self.model.item(current.row()).id)

    def select_id(self, kpi_id: int, *, edit: bool = False) -> None:
        select_item(self.table, self.model, kpi_id, NAME, edit=edit)
