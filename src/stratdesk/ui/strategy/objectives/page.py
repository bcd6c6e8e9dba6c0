"""The Objectives page: SMART objectives in a table, edited in place, every edit undoable."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from stratdesk.domain.enums import ObjectiveStatus
from stratdesk.domain.errors import NotFound
from stratdesk.domain.labels import enum_choices
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.delegates import FieldDelegate
from stratdesk.ui.models.table import CHOICE, DATE, NUMBER, Column, EntityTableModel
from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.objectives.intents import ObjectivesIntents
from stratdesk.ui.style import secondary_label
from stratdesk.ui.widgets.page_header import PageHeader
from stratdesk.ui.widgets.tables import editable_table, select_item

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

STATEMENT_COLUMN, KPI_COLUMN = 0, 1


class ObjectivesModel(EntityTableModel):
    """The plan's objectives, in their order, one column per SMART field; the KPI column
    chooses among the plan's KPI library (or none)."""

    def __init__(self, document: PlanDocument, commit: Any = None, parent: Any = None) -> None:
        self.document = document
        self._kpis: tuple[tuple[Any, str], ...] = ()
        service = document.services.objectives
        super().__init__(self._columns(), lambda: service.list(document.plan_id), commit, parent)

    def _columns(self) -> tuple[Column, ...]:
        translate = QCoreApplication.translate
        return (
            Column("statement", translate("ObjectivesModel", "Objective"), width=400),
            Column(
                "kpi_id",
                translate("ObjectivesModel", "KPI"),
                CHOICE,
                choices=((None, "—"), *self._kpis),
                width=170,
            ),
            Column("baseline", translate("ObjectivesModel", "Baseline"), NUMBER, width=105),
            Column("target", translate("ObjectivesModel", "Target"), NUMBER, width=105),
            Column(
                "deadline",
                translate("ObjectivesModel", "Deadline"),
                DATE,
                width=130,
                date_range=self._plan_years,
            ),
            Column("owner", translate("ObjectivesModel", "Owner"), width=130),
            Column(
                "status",
                translate("ObjectivesModel", "Status"),
                CHOICE,
                choices=enum_choices(ObjectiveStatus),
                width=115,
            ),
        )

    def refresh(self) -> None:
        """Reload the KPI library's names too: a renamed KPI shows at once."""
        kpis = tuple(
            (k.id, k.name) for k in self.document.services.kpis.list(self.document.plan_id)
        )
        renamed = kpis != self._kpis
        self._kpis = kpis
        self.columns = self._columns()
        super().refresh()
        if renamed and self.rowCount():
            last = self.rowCount() - 1
            self.dataChanged.emit(self.index(0, KPI_COLUMN), self.index(last, KPI_COLUMN))

    def _plan_years(self) -> tuple[dt.date, dt.date]:
        plan = self.document.plan
        return dt.date(plan.start_year, 1, 1), dt.date(plan.end_year, 12, 31)


class ObjectivesView(PageView):
    """The table of objectives with Add (Ctrl+N, Insert) and Delete (Del), each one undo step."""

    kinds = frozenset({"objective", "kpi"})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.intents = ObjectivesIntents(document)
        self.model = ObjectivesModel(document, self.intents.edit, self)
        self.table = self._make_table()
        self.add_action = QAction(self.tr("Add objective"), self)
        self.add_action.setShortcuts(
            [QKeySequence.StandardKey.New, QKeySequence(Qt.Key.Key_Insert)]
        )
        self.add_action.triggered.connect(self.add_objective)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addActions([self.add_action, self.delete_action])
        self.header = PageHeader(
            self.tr("Objectives"),
            self.tr(
                "SMART objectives over the plan's years: what will change, measured by which "
                "KPI, from which baseline to which target, by when, and who owns it."
            ),
            [self.add_action, self.delete_action],
        )
        self.empty_hint = secondary_label(
            self.tr(
                "No objectives yet. Add your first one: a specific, measurable result the client "
                "wants to reach within the plan's years (Ctrl+N)."
            ),
            15,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(self.header)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._update_state)
        self.model.rowsInserted.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        self.table.selectionModel().selectionChanged.connect(self._update_state)
        self.guard_edits(self.add_action, self.delete_action, self.table)
        self.refresh()

    def _make_table(self) -> QTableView:
        # Statements are sentences: wrap them, and let each row take the height it needs.
        table = editable_table(
            self.model,
            FieldDelegate(),
            self.model.columns,
            self.tr("Objectives"),
            stretch=(STATEMENT_COLUMN,),
            fit_rows=True,
        )
        table.verticalHeader().setMinimumSectionSize(table.fontMetrics().height() * 2 + 4)
        return table

    def refresh(self) -> None:
        self.model.refresh()
        self._update_state()

    def apply_changes(self, changes: ChangeSet) -> bool:
        """Edits of objectives already shown redraw only their rows; anything else (an
        objective added, deleted or moved) reloads the table."""
        ids = changes.ids_of("objective")
        # Kinds named only because they may change with an objective (its key results) but
        # that hold no touched row do not call for a reload.
        others = changes.kinds - {"objective"}
        if not ids or any(changes.ids_of(kind) for kind in others):
            return False
        try:
            items = [self.intents.service.get(item_id) for item_id in sorted(ids)]
        except NotFound:
            return False  # deleted: the rows below it move up
        if not self.model.update_items(items):
            return False
        self._update_state()
        return True

    def _update_state(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty_hint.setVisible(not has_rows)
        self.delete_action.setEnabled(bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.item(row).id for row in rows]

    def select_id(self, item_id: int, *, edit: bool = False) -> None:
        select_item(self.table, self.model, item_id, STATEMENT_COLUMN, edit=edit)

    # -- requests → the page's intents ----------------------------------------------------
    def add_objective(self) -> int | None:
        """Add an objective with a placeholder statement and start editing it."""
        item_id = self.intents.add()
        if item_id is not None:
            self.select_id(item_id, edit=True)
        return item_id

    def delete_selected(self) -> bool:
        return self.intents.delete(self.selected_ids())
