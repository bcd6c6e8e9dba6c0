"""What the facilitator asks of workshop mode, turned into undo commands (one step each).

The steps' selection and order are saved with the plan; votes are an update of the `votes`
field of a SWOT item, a PESTEL factor or a mix action (typing bursts merge: a quick series
of votes on one card is one step); "reset votes" is one step for the whole board.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.votes import to_reset, voted
from stratdesk.domain.workshop_steps import StepChoice, moved, shown_steps, to_save, toggled
from stratdesk.ui.commands import MacroCommand, UpdateCommand
from stratdesk.ui.commands.workshop import SetWorkshopStepsCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class WorkshopIntents(PageIntents):
    """The steps of the plan's workshop (`known`: the keys this version can show) and votes."""

    def __init__(self, document: PlanDocument, known: Sequence[str]) -> None:
        super().__init__(document)
        self.known = list(known)
        self.service = document.services.workshop

    # -- steps -----------------------------------------------------------------------------
    def steps(self) -> list[StepChoice]:
        """The steps offered, in order, each shown or left out."""
        return shown_steps(self.service.steps(self.plan_id), self.known)

    def toggle_step(self, key: str, title: str) -> bool:
        """Show a step left out, or leave a shown one out (the last one shown stays)."""
        steps = self.steps()
        shown = dict(steps).get(key, False)
        text = (
            translate("WorkshopIntents", "Leave “{step}” out of the workshop")
            if shown
            else translate("WorkshopIntents", "Show “{step}” in the workshop")
        )
        return self._save(toggled(steps, key), text.format(step=title))

    def move_step(self, key: str, delta: int, title: str) -> bool:
        text = translate("WorkshopIntents", "Move workshop step “{step}”").format(step=title)
        return self._save(moved(self.steps(), key, delta), text)

    def _save(self, steps: list[StepChoice], text: str) -> bool:
        saved = self.service.steps(self.plan_id)
        if steps == shown_steps(saved, self.known):
            return False  # nothing changes: no empty undo step
        command = SetWorkshopStepsCommand(
            self.runner, self.service, self.plan_id, to_save(steps, saved), text, origin=self
        )
        return self.push(command)

    # -- votes -----------------------------------------------------------------------------
    def vote(self, service: Any, item_id: int, delta: int) -> bool:
        """Give (`delta` > 0) or take back votes on one card."""
        current = service.get(item_id).votes
        count = voted(current, delta)
        if count == current:
            return False
        text = (
            translate("WorkshopIntents", "Give a vote")
            if delta > 0
            else translate("WorkshopIntents", "Take back a vote")
        )
        return self.update_row(service, item_id, {"votes": count}, text)

    def reset_votes(self, service: Any) -> bool:
        """Every vote of the service's rows in the plan back to zero, as one undo step."""
        ids = to_reset([(row.id, row.votes) for row in service.list(self.plan_id)])
        if not ids:
            return False
        macro = MacroCommand(self.runner, translate("WorkshopIntents", "Reset votes"), origin=self)
        for item_id in ids:
            macro.add(UpdateCommand(self.runner, service, item_id, {"votes": 0}, "", origin=self))
        return self.push(macro)
