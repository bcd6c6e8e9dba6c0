"""What a person asks of the Experiments page, turned into undo commands (one step each)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.ui.commands import ReorderCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class ExperimentIntents(PageIntents):
    """Experiments and their variants: add, edit, delete, reorder."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.service = document.services.experiments
        self.variants = document.services.experiment_variants

    def add(self, campaign_id: int | None = None) -> int | None:
        """An experiment with placeholder name and hypothesis (and two variants to fill)."""
        data = {
            "name": translate("ExperimentIntents", "New experiment"),
            "hypothesis": translate("ExperimentIntents", "We believe that… will… because…"),
            "campaign_id": campaign_id,
        }
        return self.create_row(
            self.service, self.plan_id, data, translate("ExperimentIntents", "Add experiment")
        )

    def edit(self, item_id: int, changes: dict[str, Any]) -> bool:
        text = translate("ExperimentIntents", "Edit experiment")
        return self.update_row(self.service, item_id, changes, text)

    def delete(self, item_id: int) -> bool:
        """The experiment and its variants (undo brings all back)."""
        text = translate("ExperimentIntents", "Delete experiment")
        return self.delete_row(self.service, item_id, text)

    def add_variant(self, experiment_id: int, name: str) -> int | None:
        text = translate("ExperimentIntents", "Add variant")
        return self.create_row(self.variants, experiment_id, {"name": name}, text)

    def edit_variant(self, variant_id: int, field: str, value: Any) -> bool:
        text = translate("ExperimentIntents", "Edit variant")
        return self.update_row(self.variants, variant_id, {field: value}, text)

    def delete_variant(self, variant_id: int) -> bool:
        text = translate("ExperimentIntents", "Delete variant")
        return self.delete_row(self.variants, variant_id, text)

    def reorder_variants(self, experiment_id: int, ordered_ids: list[int]) -> bool:
        text = translate("ExperimentIntents", "Reorder variants")
        command = ReorderCommand(
            self.runner, self.variants, experiment_id, ordered_ids, text, origin=self
        )
        return self.push(command)
