"""The strategy workspace: analysis, targeting, objectives and roadmap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from stratdesk.ui.pages import PageSpec

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


def _environment(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.environment import environment_page

    return environment_page(document)


def _swot(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.swot import swot_page

    return swot_page(document)


def _targeting(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.targeting import targeting_page

    return targeting_page(document)


def _positioning(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.positioning import positioning_page

    return positioning_page(document)


def _objectives(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.objectives import ObjectivesView

    return ObjectivesView(document)


def _roadmap(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.roadmap import RoadmapView

    return RoadmapView(document)


def _alignment(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.alignment.page import AlignmentView

    return AlignmentView(document)


def _onepage(document: PlanDocument) -> QWidget:
    from stratdesk.ui.strategy.onepage.page import StrategyOnAPageView

    return StrategyOnAPageView(document)


def _alignment_badge(document: PlanDocument) -> object:
    from stratdesk.ui.strategy.alignment.state import alignment_badge

    return alignment_badge(document)


def strategy_pages() -> tuple[PageSpec, ...]:
    translate = QCoreApplication.translate
    return (
        PageSpec("environment", translate("StrategyPages", "Environment"), _environment),
        PageSpec("swot", translate("StrategyPages", "SWOT & TOWS"), _swot),
        PageSpec("targeting", translate("StrategyPages", "Segmentation & targeting"), _targeting),
        PageSpec("positioning", translate("StrategyPages", "Positioning"), _positioning),
        PageSpec("objectives", translate("StrategyPages", "Objectives"), _objectives),
        PageSpec("roadmap", translate("StrategyPages", "Roadmap"), _roadmap),
        PageSpec(
            "alignment",
            translate("StrategyPages", "Alignment"),
            _alignment,
            badge=_alignment_badge,
        ),
        PageSpec("onepage", translate("StrategyPages", "Strategy on a page"), _onepage),
    )
