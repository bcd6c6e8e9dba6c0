"""The steps a workshop can show: a key, a title, the page that shows it, and how.

A step is one board of the plan as it stands: the page of the workspaces (built by its
`PageSpec`, the same class with the same document, undo stack and services) put in the
step's state by `present(page)` (the tab shown, the page's title and side panels put away),
which returns what workshop mode drives on it (`StepSurface`). Steps of one page share
one page widget (SWOT and TOWS, segments and the targeting matrix…).

Adding a step is one entry in `workshop_steps()`; a plan that saved its choice before sees
a new step appended, shown. A step whose view is not a page of the workspaces names a
`build` (a widget made from the document) and a `page` of its own under `WORKSHOP`: the
"strategy on a page" step does, with a read-only summary of the plan's targets, positioning,
objectives and KPIs in four large blocks (`one_page`) that fit one projected screen. The
Strategy workspace's page of that name holds more (the year's campaigns, the budget) and
would scroll at the projector's magnification, so the step does not reuse it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from stratdesk.ui.pages import OPERATIONS, STRATEGY
from stratdesk.ui.workshop import present
from stratdesk.ui.workshop.surface import StepSurface

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument

WORKSHOP = "workshop"  # the "workspace" of the views only the workshop shows


def _one_page(document: PlanDocument) -> QWidget:
    from stratdesk.ui.workshop.one_page import StrategyOnAPage

    return StrategyOnAPage(document)


@dataclass(frozen=True)
class StepSpec:
    key: str
    title: str
    page: tuple[str, str]  # (workspace, page key): its PageSpec builds the page widget
    present: Callable[[QWidget], StepSurface]
    build: Callable[[PlanDocument], QWidget] | None = None  # None: the page's own PageSpec


def workshop_steps() -> tuple[StepSpec, ...]:
    """Every step, in its usual order, with translated titles."""
    translate = QCoreApplication.translate
    return (
        StepSpec(
            "environment",
            translate("WorkshopSteps", "Environment: PESTEL"),
            (STRATEGY, "environment"),
            present.pestel,
        ),
        StepSpec("swot", translate("WorkshopSteps", "SWOT"), (STRATEGY, "swot"), present.swot),
        StepSpec(
            "tows", translate("WorkshopSteps", "TOWS strategies"), (STRATEGY, "swot"), present.tows
        ),
        StepSpec(
            "segments",
            translate("WorkshopSteps", "Segments"),
            (STRATEGY, "targeting"),
            present.segments,
        ),
        StepSpec(
            "targeting",
            translate("WorkshopSteps", "Targeting matrix"),
            (STRATEGY, "targeting"),
            present.targeting,
        ),
        StepSpec(
            "positioning",
            translate("WorkshopSteps", "Positioning"),
            (STRATEGY, "positioning"),
            present.positioning,
        ),
        StepSpec(
            "perceptual_map",
            translate("WorkshopSteps", "Perceptual map"),
            (STRATEGY, "positioning"),
            present.perceptual_map,
        ),
        StepSpec(
            "objectives",
            translate("WorkshopSteps", "Objectives"),
            (STRATEGY, "objectives"),
            present.bare,
        ),
        StepSpec(
            "roadmap", translate("WorkshopSteps", "Roadmap"), (STRATEGY, "roadmap"), present.bare
        ),
        StepSpec(
            "mix", translate("WorkshopSteps", "Marketing mix"), (OPERATIONS, "mix"), present.mix
        ),
        StepSpec(
            "calendar",
            translate("WorkshopSteps", "Campaign calendar"),
            (OPERATIONS, "campaigns"),
            present.calendar,
        ),
        StepSpec("kpis", translate("WorkshopSteps", "KPIs"), (OPERATIONS, "kpis"), present.kpis),
        StepSpec(
            "strategy_on_a_page",
            translate("WorkshopSteps", "Strategy on a page"),
            (WORKSHOP, "strategy_on_a_page"),
            present.bare,
            build=_one_page,
        ),
    )


def step_for_page(steps: Sequence[StepSpec], workspace: str, page: str) -> str | None:
    """The first step shown by the page `page` of `workspace` (where a workshop starts)."""
    return next((step.key for step in steps if step.page == (workspace, page)), None)
