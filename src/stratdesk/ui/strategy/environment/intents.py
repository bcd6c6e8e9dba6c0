"""What a person asks of the Environment page, turned into undo commands (one step each).

The panels (PESTEL board, competitors grid, five forces) emit or forward each request here;
this is the only place the page builds commands. The texts keep the contexts of the panels
that first named them, so the catalogue's translations still apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import PestelCategory, PorterForce, SwotQuadrant
from stratdesk.domain.labels import enum_label
from stratdesk.ui.commands.strategy import SetForceRatingCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class EnvironmentIntents(PageIntents):
    """PESTEL factors, competitors and force ratings: add, edit, move, delete, send to SWOT."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        services = document.services
        self.factors = services.factors
        self.competitors = services.competitors
        self.forces = services.forces
        self.swot = services.swot

    # -- PESTEL factors --------------------------------------------------------------------
    def add_factor(
        self, category: Any, text: str, cell: tuple[int, int] | None = None
    ) -> int | None:
        """A factor of `category`; in the heat view's `cell` (impact, likelihood) if given."""
        data: dict[str, Any] = {"category": category, "text": text}
        if cell is not None:
            data.update(impact=cell[0], likelihood=cell[1])
        text = translate("PestelPanel", "Add PESTEL factor")
        return self.create_row(self.factors, self.plan_id, data, text)

    def move_factor(self, factor_id: int, category: Any, index: int, *, reorder: bool) -> bool:
        """Put a factor at `index` of `category` (`reorder`: its own category)."""
        text = (
            translate("PestelPanel", "Reorder PESTEL factor")
            if reorder
            else translate("PestelPanel", "Move factor to {category}").format(
                category=enum_label(PestelCategory(category))
            )
        )
        return self.move_row(self.factors, factor_id, {"category": category}, index, text)

    def edit_factor(self, factor_id: int, changes: dict[str, Any]) -> bool:
        text = translate("PestelPanel", "Edit PESTEL factor")
        return self.update_row(self.factors, factor_id, changes, text)

    def delete_factor(self, factor_id: int) -> bool:
        text = translate("PestelPanel", "Delete PESTEL factor")
        return self.delete_row(self.factors, factor_id, text)

    def send_factor_to_swot(self, factor_id: int, quadrant: SwotQuadrant) -> int | None:
        """A new opportunity or threat in the SWOT, taken from the factor (link kept)."""
        text = (
            translate("PestelPanel", "Send factor to SWOT as opportunity")
            if quadrant == SwotQuadrant.OPPORTUNITY
            else translate("PestelPanel", "Send factor to SWOT as threat")
        )
        swot = self.swot
        return self.create_by(
            swot, lambda origin: swot.add_from_factor(factor_id, quadrant, origin=origin), text
        )

    # -- competitors -----------------------------------------------------------------------
    def add_competitor(self) -> int | None:
        data = {"name": translate("CompetitorsPanel", "New competitor")}
        text = translate("CompetitorsPanel", "Add competitor")
        return self.create_row(self.competitors, self.plan_id, data, text)

    def edit_competitor(self, competitor_id: int, field: str, value: Any) -> bool:
        text = translate("CompetitorsPanel", "Edit competitor")
        return self.update_row(self.competitors, competitor_id, {field: value}, text)

    def delete_competitor(self, competitor_id: int) -> bool:
        text = translate("CompetitorsPanel", "Delete competitor")
        return self.delete_row(self.competitors, competitor_id, text)

    def send_competitor_to_swot(self, competitor_id: int, quadrant: SwotQuadrant) -> int | None:
        """Its weaknesses as an opportunity, or its strengths as a threat (link kept)."""
        competitor = self.competitors.get(competitor_id)
        threat = quadrant == SwotQuadrant.THREAT
        insight = (competitor.strengths if threat else competitor.weaknesses) or competitor.offer
        item = (
            translate("CompetitorsPanel", "{name}: {insight}").format(
                name=competitor.name, insight=insight
            )
            if insight
            else competitor.name
        )
        text = (
            translate("CompetitorsPanel", "Send competitor to SWOT as threat")
            if threat
            else translate("CompetitorsPanel", "Send competitor to SWOT as opportunity")
        )
        swot = self.swot
        return self.create_by(
            swot,
            lambda origin: swot.add_from_competitor(competitor_id, quadrant, item, origin=origin),
            text,
        )

    # -- Porter's five forces --------------------------------------------------------------
    def rate_force(self, force: PorterForce, field: str, value: Any) -> bool:
        """One undo step: the force's rating or notes (typing in the notes merges)."""
        text = (
            translate("ForcesPanel", "Rate force")
            if field == "rating"
            else translate("ForcesPanel", "Edit force notes")
        )
        command = SetForceRatingCommand(
            self.runner,
            self.forces,
            self.plan_id,
            force,
            {field: value},
            text,
            origin=self,
            clock=self.clock,
        )
        return self.push(command)
