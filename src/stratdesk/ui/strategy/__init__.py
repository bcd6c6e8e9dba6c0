"""The strategy workspace: analysis, targeting, objectives and roadmap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from stratdesk.ui.pages import PageSpec, empty_page

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


def _environment(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.environment import environment_page

    return environment_page(document)


def _swot(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.swot import swot_page

    return swot_page(document)


def _objectives(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.objectives import ObjectivesView

    return ObjectivesView(document)


def _roadmap(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.roadmap import RoadmapView

    return RoadmapView(document)


def strategy_pages() -> tuple[PageSpec, ...]:
    translate = QCoreApplication.translate
    return (
        PageSpec("environment", translate("StrategyPages", "Environment"), _environment),
        PageSpec("swot", translate("StrategyPages", "SWOT & TOWS"), _swot),
        empty_page(
            "targeting",
            translate("StrategyPages", "Segmentation & targeting"),
            translate(
                "StrategyPages",
                "The market split into segments, each scored for its attractiveness and "
                "for the client's strength, with personas for the segments you target.",
            ),
            translate(
                "StrategyPages",
                "Add your first segment: a group of customers who share the same needs.",
            ),
        ),
        empty_page(
            "positioning",
            translate("StrategyPages", "Positioning"),
            translate(
                "StrategyPages",
                "A positioning statement for each targeted segment, and a perceptual map "
                "placing the brand among its competitors.",
            ),
            translate(
                "StrategyPages",
                "Target a segment first, then write how the client should be seen by it.",
            ),
        ),
        PageSpec("objectives", translate("StrategyPages", "Objectives"), _objectives),
        PageSpec("roadmap", translate("StrategyPages", "Roadmap"), _roadmap),
    )
