"""What the Objectives page does when asked: each request through its intents (one undo step),
then what follows on screen (the new row chosen and edited, the moved row kept chosen)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from stratdesk.domain.objective_progress import direction_of
from stratdesk.ui.strategy.objectives.intents import OBJECTIVE, RESULT
from stratdesk.ui.strategy.objectives.kpi_dialog import KpiFromObjectiveDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeView

    from stratdesk.ui.strategy.objectives.details import ObjectiveDetails
    from stratdesk.ui.strategy.objectives.intents import ObjectivesIntents
    from stratdesk.ui.strategy.objectives.model import ObjectivesTreeModel


class ObjectivesRequests:
    """Mixed into `ObjectivesView`, which gives the attributes below."""

    intents: ObjectivesIntents
    model: ObjectivesTreeModel
    tree: QTreeView
    details: ObjectiveDetails
    document: Any
    _collapsed: set[int]

    if TYPE_CHECKING:

        def current_index(self) -> QModelIndex: ...
        def current_objective(self) -> Any: ...
        def selected(self) -> list[tuple[str, int]]: ...
        def select(self, kind: str, item_id: int, *, edit: bool = False) -> bool: ...
        def _update_state(self, *_args: Any) -> None: ...

    def _commit(self, kind: str, item_id: int, changes: dict[str, Any]) -> bool:
        if kind == "new_kpi":
            objective = next(o for o in self.model.objectives if o.id == item_id)
            return self.create_kpi(objective, changes) is not None
        if kind == OBJECTIVE:
            return self.intents.edit_objective(item_id, changes)
        return self.intents.edit_result(item_id, changes)

    def _edit_from_details(self, objective_id: int, changes: dict[str, Any]) -> None:
        if not self.intents.edit_objective(objective_id, changes) and self.intents.last_error:
            self._update_state()
            self.details.show_error(self.intents.last_error)

    def add_objective(self) -> int | None:
        """Add an objective with a placeholder statement and start editing it."""
        item_id = self.intents.add()
        if item_id is not None:
            self.select(OBJECTIVE, item_id, edit=True)
        return item_id

    def add_result(self) -> int | None:
        """Add a key result under the current objective and start editing it."""
        objective = self.current_objective()
        if objective is None:
            return None
        item_id = self.intents.add_result(objective.id)
        if item_id is not None:
            self._collapsed.discard(objective.id)
            self.select(RESULT, item_id, edit=True)
        return item_id

    def create_kpi(self, objective: Any, data: dict[str, Any]) -> int | None:
        """A KPI made from `objective` and linked to it (one undo step)."""
        data = {"direction": direction_of(objective.baseline, objective.target), **data}
        return self.intents.create_kpi(objective.id, data)

    def open_kpi_dialog(self) -> KpiFromObjectiveDialog | None:
        objective = self.current_objective()
        if objective is None:
            return None

        def submit(data: dict[str, Any]) -> str:
            created = self.intents.create_kpi(objective.id, data)
            return "" if created is not None else self.intents.last_error

        dialog = KpiFromObjectiveDialog(objective, submit, self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        chosen = self.selected()
        objectives = [item_id for kind, item_id in chosen if kind == OBJECTIVE]
        results = [item_id for kind, item_id in chosen if kind == RESULT]
        return self.intents.delete_mixed(objectives, results)

    def move_current(self, step: int) -> bool:
        """Move the current row up (-1) or down (1) among its siblings."""
        index = self.current_index()
        if not index.isValid():
            return False
        kind = self.model.kind(index)
        if kind == OBJECTIVE:
            siblings, parent_id = [o.id for o in self.model.objectives], self.document.plan_id
        else:
            parent_id = self.model.objective_of(index).id
            siblings = [r.id for r in self.model.results[parent_id]]
        row, target = index.row(), index.row() + step
        if not 0 <= target < len(siblings):
            return False
        siblings[row], siblings[target] = siblings[target], siblings[row]
        item_id = siblings[target]
        if not self.intents.reorder(kind, parent_id, siblings):
            return False
        self.select(kind, item_id)
        return True
