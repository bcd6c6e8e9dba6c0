"""What a person asks of the Objectives page, turned into undo commands (one step each)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class ObjectivesIntents(PageIntents):
    """Add, edit and delete objectives."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.service = document.services.objectives

    def add(self) -> int | None:
        """An objective with a placeholder statement; its id."""
        data = {"statement": translate("ObjectivesView", "New objective")}
        text = translate("ObjectivesView", "Add objective")
        return self.create_row(self.service, self.plan_id, data, text)

    def edit(self, item_id: int, field: str, value: Any) -> bool:
        """One field of one objective (typing in it merges into one step)."""
        text = translate("ObjectivesView", "Edit objective")
        return self.update_row(self.service, item_id, {field: value}, text)

    def delete(self, ids: Sequence[int]) -> bool:
        """These objectives, as one undo step."""
        return self.delete_rows(
            self.service,
            ids,
            translate("ObjectivesView", "Delete objective"),
            self.tr("Delete %n objectives", "", len(ids)),
        )
