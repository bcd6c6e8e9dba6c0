"""What a person asks of the Objectives page, turned into undo commands (one step each)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.ui.commands import (
    CreateCommand,
    DeleteCommand,
    MacroCommand,
    ReorderCommand,
)
from stratdesk.ui.commands.base import EntityServiceLike
from stratdesk.ui.commands.objectives import LinkCreatedCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate

OBJECTIVE, RESULT = "objective", "key_result"


class ObjectivesIntents(PageIntents):
    """Objectives and their key results: add, edit, reorder, delete; a KPI made for one."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.service = document.services.objectives
        self.results = document.services.key_results
        self.kpis = document.services.kpis

    # -- objectives ------------------------------------------------------------------------
    def add(self) -> int | None:
        """An objective with a placeholder statement; its id."""
        data = {"statement": translate("ObjectivesView", "New objective")}
        text = translate("ObjectivesView", "Add objective")
        return self.create_row(self.service, self.plan_id, data, text)

    def edit(self, item_id: int, field: str, value: Any) -> bool:
        """One field of one objective (typing in it merges into one step)."""
        return self.edit_objective(item_id, {field: value})

    def edit_objective(self, item_id: int, changes: dict[str, Any]) -> bool:
        text = translate("ObjectivesView", "Edit objective")
        return self.update_row(self.service, item_id, changes, text)

    def create_kpi(self, objective_id: int, data: dict[str, Any]) -> int | None:
        """A KPI of the library made from this objective, and the objective measured by it:
        one undo step. The new KPI's id, or None when refused."""
        text = translate("ObjectivesView", "Create KPI for objective")
        macro = MacroCommand(self.runner, text, origin=self)
        create = CreateCommand(self.runner, self.kpis, self.plan_id, data, "", origin=self)
        macro.add(create)
        macro.add(
            LinkCreatedCommand(
                self.runner, self.service, objective_id, "kpi_id", create, origin=self
            )
        )
        return create.item_id if self.push(macro) else None

    # -- key results -----------------------------------------------------------------------
    def add_result(self, objective_id: int) -> int | None:
        """A key result under `objective_id`, with a placeholder statement; its id."""
        data = {"statement": translate("ObjectivesView", "New key result")}
        text = translate("ObjectivesView", "Add key result")
        return self.create_row(self.results, objective_id, data, text)

    def edit_result(self, item_id: int, changes: dict[str, Any]) -> bool:
        text = translate("ObjectivesView", "Edit key result")
        return self.update_row(self.results, item_id, changes, text)

    # -- both ------------------------------------------------------------------------------
    def delete(self, ids: Sequence[int]) -> bool:
        """These objectives, as one undo step."""
        return self.delete_rows(
            self.service,
            ids,
            translate("ObjectivesView", "Delete objective"),
            self.tr("Delete %n objectives", "", len(ids)),
        )

    def delete_mixed(self, objectives: Sequence[int], results: Sequence[int]) -> bool:
        """Objectives (with their key results) and key results of others: one undo step."""
        if not results:
            return self.delete(objectives)
        if not objectives and len(results) == 1:
            text = translate("ObjectivesView", "Delete key result")
            return self.delete_row(self.results, results[0], text)
        count = len(objectives) + len(results)
        macro = MacroCommand(self.runner, self.tr("Delete %n rows", "", count), origin=self)
        for item_id in results:
            macro.add(DeleteCommand(self.runner, self.results, item_id, "", origin=self))
        for item_id in objectives:
            macro.add(DeleteCommand(self.runner, self.service, item_id, "", origin=self))
        return self.push(macro)

    def reorder(self, kind: str, parent_id: int, ordered_ids: list[int]) -> bool:
        """A new order of the objectives (parent: the plan) or of one objective's results."""
        service: EntityServiceLike
        if kind == OBJECTIVE:
            service, text = self.service, translate("ObjectivesView", "Move objective")
        else:
            service, text = self.results, translate("ObjectivesView", "Move key result")
        command = ReorderCommand(self.runner, service, parent_id, ordered_ids, text, origin=self)
        return self.push(command)
