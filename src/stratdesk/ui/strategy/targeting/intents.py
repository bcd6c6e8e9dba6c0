"""What a person asks of the Segmentation & targeting page, as undo commands (one step each)."""

from __future__ import annotations

from statistics import fmean
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import CriterionKind, Targeting
from stratdesk.ui.commands import ReorderCommand
from stratdesk.ui.commands.targeting import SetScoreCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class TargetingIntents(PageIntents):
    """Segments, their targeting and personas; criteria, weights and scores."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        services = document.services
        self.segments = services.segments
        self.personas = services.personas
        self.criteria = services.criteria
        self.scores = services.scores

    # -- segments --------------------------------------------------------------------------
    def add_segment(self, name: str = "") -> int | None:
        data = {"name": name or translate("TargetingIntents", "New segment")}
        text = translate("TargetingIntents", "Add segment")
        return self.create_row(self.segments, self.plan_id, data, text)

    def edit_segment(self, segment_id: int, changes: dict[str, Any]) -> bool:
        text = translate("TargetingIntents", "Edit segment")
        return self.update_row(self.segments, segment_id, changes, text)

    def set_targeting(self, segment_id: int, targeting: Targeting) -> bool:
        text = translate("TargetingIntents", "Change targeting")
        return self.update_row(self.segments, segment_id, {"targeting": targeting}, text)

    def delete_segment(self, segment_id: int) -> bool:
        text = translate("TargetingIntents", "Delete segment")
        return self.delete_row(self.segments, segment_id, text)

    def reorder_segments(self, ordered_ids: list[int]) -> bool:
        text = translate("TargetingIntents", "Reorder segments")
        return self.push(
            ReorderCommand(self.runner, self.segments, self.plan_id, ordered_ids, text, origin=self)
        )

    # -- personas --------------------------------------------------------------------------
    def add_persona(self, segment_id: int, name: str) -> int | None:
        text = translate("TargetingIntents", "Add persona")
        return self.create_row(self.personas, segment_id, {"name": name}, text)

    def edit_persona(self, persona_id: int, changes: dict[str, Any]) -> bool:
        text = translate("TargetingIntents", "Edit persona")
        return self.update_row(self.personas, persona_id, changes, text)

    def move_persona(self, persona_id: int, index: int) -> bool:
        text = translate("TargetingIntents", "Reorder personas")
        return self.move_row(self.personas, persona_id, {}, index, text)

    def delete_persona(self, persona_id: int) -> bool:
        text = translate("TargetingIntents", "Delete persona")
        return self.delete_row(self.personas, persona_id, text)

    # -- criteria and scores ---------------------------------------------------------------
    def add_criterion(self, kind: CriterionKind) -> int | None:
        """A new criterion of `kind`, weighing as much as the family's others on average."""
        weights = [c.weight for c in self.criteria.list(self.plan_id) if c.kind == kind]
        weight = round(fmean(weights), 1) if weights else 1.0
        data = {
            "name": translate("TargetingIntents", "New criterion"),
            "kind": kind,
            "weight": weight,
        }
        text = translate("TargetingIntents", "Add criterion")
        return self.create_row(self.criteria, self.plan_id, data, text)

    def rename_criterion(self, criterion_id: int, name: str) -> bool:
        text = translate("TargetingIntents", "Rename criterion")
        return self.update_row(self.criteria, criterion_id, {"name": name}, text)

    def set_weight(self, criterion_id: int, weight: Any) -> bool:
        text = translate("TargetingIntents", "Change weight")
        return self.update_row(self.criteria, criterion_id, {"weight": weight}, text)

    def move_criterion(self, criterion_id: int, index: int) -> bool:
        """Put a criterion at `index` within its family."""
        kind = self.criteria.get(criterion_id).kind
        text = translate("TargetingIntents", "Reorder criteria")
        return self.move_row(self.criteria, criterion_id, {"kind": kind}, index, text)

    def delete_criterion(self, criterion_id: int) -> bool:
        text = translate("TargetingIntents", "Delete criterion")
        return self.delete_row(self.criteria, criterion_id, text)

    def set_score(self, segment_id: int, criterion_id: int, score: Any) -> bool:
        """One score (None clears it); typing in the same cell soon after merges."""
        text = (
            translate("TargetingIntents", "Clear score")
            if score is None
            else translate("TargetingIntents", "Set score")
        )
        command = SetScoreCommand(
            self.runner,
            self.scores,
            segment_id,
            criterion_id,
            score,
            text,
            origin=self,
            clock=self.clock,
        )
        return self.push(command)
