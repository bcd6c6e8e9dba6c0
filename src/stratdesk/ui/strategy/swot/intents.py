"""What a person asks of the SWOT & TOWS page, turned into undo commands (one step each).

The SWOT board and the TOWS matrix forward each request here; this is the only place the page
builds commands. The texts keep the contexts of the panels that first named them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import SwotQuadrant, TowsKind
from stratdesk.domain.labels import swot_quadrant_titles
from stratdesk.ui.commands.strategy import SetLinksCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


def _add_texts() -> dict[SwotQuadrant, str]:
    return {
        SwotQuadrant.STRENGTH: translate("SwotPanel", "Add strength"),
        SwotQuadrant.WEAKNESS: translate("SwotPanel", "Add weakness"),
        SwotQuadrant.OPPORTUNITY: translate("SwotPanel", "Add opportunity"),
        SwotQuadrant.THREAT: translate("SwotPanel", "Add threat"),
    }


class SwotIntents(PageIntents):
    """SWOT items and TOWS strategies: add, edit, weigh, move, delete, link, promote."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.swot = document.services.swot
        self.tows = document.services.tows
        self.objectives = document.services.objectives

    # -- SWOT items ------------------------------------------------------------------------
    def add_item(self, quadrant: Any, text: str) -> int | None:
        data = {"quadrant": quadrant, "text": text}
        return self.create_row(self.swot, self.plan_id, data, _add_texts()[quadrant])

    def move_item(self, item_id: int, quadrant: Any, index: int, *, reorder: bool) -> bool:
        """Put an item at `index` of `quadrant` (`reorder`: its own quadrant)."""
        text = (
            translate("SwotPanel", "Reorder SWOT item")
            if reorder
            else translate("SwotPanel", "Move SWOT item to {quadrant}").format(
                quadrant=dict(swot_quadrant_titles())[quadrant]
            )
        )
        return self.move_row(self.swot, item_id, {"quadrant": quadrant}, index, text)

    def delete_item(self, item_id: int) -> bool:
        return self.delete_row(self.swot, item_id, translate("SwotPanel", "Delete SWOT item"))

    def set_weight(self, item_id: int, weight: int) -> bool:
        text = translate("SwotPanel", "Change weight")
        return self.update_row(self.swot, item_id, {"weight": weight}, text)

    def edit_item_text(self, item_id: int, text: str) -> bool:
        step = translate("SwotPanel", "Edit SWOT item")
        return self.update_row(self.swot, item_id, {"text": text}, step)

    # -- TOWS strategies -------------------------------------------------------------------
    def add_strategy(self, kind: Any, text: str) -> int | None:
        step = translate("TowsPanel", "Add {kind} strategy").format(kind=TowsKind(kind).value)
        return self.create_row(self.tows, self.plan_id, {"kind": kind, "text": text}, step)

    def move_strategy(self, strategy_id: int, kind: Any, index: int, *, reorder: bool) -> bool:
        """Put a strategy at `index` of `kind` (`reorder`: its own kind)."""
        text = (
            translate("TowsPanel", "Reorder TOWS strategy")
            if reorder
            else translate("TowsPanel", "Make it a {kind} strategy").format(
                kind=TowsKind(kind).value
            )
        )
        return self.move_row(self.tows, strategy_id, {"kind": kind}, index, text)

    def delete_strategy(self, strategy_id: int) -> bool:
        text = translate("TowsPanel", "Delete TOWS strategy")
        return self.delete_row(self.tows, strategy_id, text)

    def edit_strategy_text(self, strategy_id: int, text: str) -> bool:
        step = translate("TowsPanel", "Edit TOWS strategy")
        return self.update_row(self.tows, strategy_id, {"text": text}, step)

    def set_links(self, strategy_id: int, swot_item_ids: list[int]) -> bool:
        """The SWOT items the strategy combines."""
        text = translate("TowsPanel", "Change linked items")
        return self.push(
            SetLinksCommand(self.runner, self.tows, strategy_id, swot_item_ids, text, origin=self)
        )

    def promote(self, strategy_id: int) -> int | None:
        """A long-term objective stating the strategy (linked back to it); its id."""
        tows = self.tows
        return self.create_by(
            self.objectives,
            lambda origin: tows.promote_to_objective(strategy_id, origin=origin),
            translate("TowsPanel", "Promote to objective"),
        )
