"""The whole plan as read models, read in one pass: what the PDF and the workbook are made of.

    contents = read_contents(services, plan_id, today=dt.date.today(), progress=report)

Everything in it is a frozen read model (or a frozen summary of them): it can be handed to a
worker thread and kept while the plan changes, and nothing in it touches the database again.
KPI actuals and status come from `kpi_series` (`latest_summaries`, the dashboard's rule) and
the objectives' progress from the same summaries (`objective_progress`), so every printout
follows the rule the interface shows. Measurements are not held here (a plan may have
millions): an exporter that lists them reads them KPI by KPI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

from stratdesk.domain.budget import BudgetSummary
from stratdesk.domain.objective_progress import progress as objective_progress
from stratdesk.domain.scoring import SegmentTotals, segment_totals
from stratdesk.domain.smart import SmartCheck
from stratdesk.services.kpi_series import KpiSeries, KpiSummary, latest_summaries
from stratdesk.services.kpi_series_reader import KpiSeriesReader
from stratdesk.services.objective_review import Measured, ObjectiveReview
from stratdesk.services.read_models import (
    ClientRead,
    KeyResultRead,
    ObjectiveRead,
    PlanRead,
    RoadmapLaneRead,
)
from stratdesk.services.read_models_analysis import (
    CompetitorRead,
    EnvironmentFactorRead,
    ForceRatingRead,
    SwotItemRead,
    TowsStrategyRead,
)
from stratdesk.services.read_models_ops import (
    CampaignRead,
    ExperimentRead,
    ExperimentVariantRead,
    MixActionRead,
)
from stratdesk.services.read_models_targeting import (
    CriterionRead,
    MapAxisRead,
    MapPointRead,
    PersonaRead,
    PositioningRead,
    SegmentRead,
)
from stratdesk.services.roadmap_board import RoadmapBoard

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices

Progress = Callable[[int, int], object]  # (done, total); may raise to stop
K = TypeVar("K")
V = TypeVar("V")
STEPS = 12


def _frozen(mapping: dict[K, V]) -> Mapping[K, V]:
    return MappingProxyType(mapping)


@dataclass(frozen=True)
class PlanContents:
    """One plan, every area, as read models (see the module's docstring)."""

    plan: PlanRead
    client: ClientRead
    today: dt.date
    # environment, SWOT, TOWS
    factors: tuple[EnvironmentFactorRead, ...]
    competitors: tuple[CompetitorRead, ...]
    forces: tuple[ForceRatingRead, ...]
    swot: tuple[SwotItemRead, ...]
    tows: tuple[TowsStrategyRead, ...]
    # segments, targeting, positioning
    segments: tuple[SegmentRead, ...]
    personas: Mapping[int, tuple[PersonaRead, ...]]  # by segment id
    criteria: tuple[CriterionRead, ...]
    scores: Mapping[tuple[int, int], int]  # (segment id, criterion id) → 0..10
    totals: Mapping[int, SegmentTotals]  # by segment id
    positionings: Mapping[int, PositioningRead]  # by segment id
    map_axes: tuple[MapAxisRead, ...]
    map_points: tuple[MapPointRead, ...]
    # objectives and roadmap
    objectives: tuple[ObjectiveRead, ...]
    key_results: Mapping[int, tuple[KeyResultRead, ...]]  # by objective id
    reviews: Mapping[int, ObjectiveReview]  # by objective id
    results: Mapping[int, Measured]  # the latest of each key result's KPI, by key result id
    roadmap: RoadmapBoard
    themes: tuple[RoadmapLaneRead, ...]
    # operations
    mix: tuple[MixActionRead, ...]
    campaigns: tuple[CampaignRead, ...]
    budget: BudgetSummary
    experiments: tuple[ExperimentRead, ...]
    variants: Mapping[int, tuple[ExperimentVariantRead, ...]]  # by experiment id
    kpi_series: tuple[KpiSeries, ...]
    kpi_summaries: Mapping[int, KpiSummary]  # by KPI id

    def objective_name(self, objective_id: int | None) -> str:
        found = next((o for o in self.objectives if o.id == objective_id), None)
        return "" if found is None else found.statement

    def segment_name(self, segment_id: int | None) -> str:
        found = next((s for s in self.segments if s.id == segment_id), None)
        return "" if found is None else found.name

    def campaign_name(self, campaign_id: int | None) -> str:
        found = next((c for c in self.campaigns if c.id == campaign_id), None)
        return "" if found is None else found.name

    def kpi_name(self, kpi_id: int | None) -> str:
        summary = self.kpi_summaries.get(kpi_id) if kpi_id is not None else None
        return "" if summary is None else summary.kpi.name


class _Steps:
    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._done = 0

    def __call__(self) -> None:
        if self._progress is not None:
            self._progress(self._done, STEPS)
        self._done += 1


def read_contents(
    services: PlanServices,
    plan_id: int,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> PlanContents:
    """Every area of the plan, read now (one short transaction per service call)."""
    step = _Steps(progress)
    today = today or dt.date.today()
    step()
    plan = services.plans.get_plan(plan_id)
    client = services.plans.get_client(plan.client_id)
    factors = tuple(services.factors.list(plan_id))
    competitors = tuple(services.competitors.list(plan_id))
    forces = tuple(services.forces.list(plan_id))
    step()
    swot = tuple(services.swot.list(plan_id))
    tows = tuple(services.tows.list(plan_id))
    step()
    segments = tuple(services.segments.list(plan_id))
    personas = {s.id: tuple(services.personas.list(s.id)) for s in segments}
    criteria = tuple(services.criteria.list(plan_id))
    scores = {(c.segment_id, c.criterion_id): c.score for c in services.scores.cells(plan_id)}
    totals = segment_totals(criteria, scores, [s.id for s in segments])
    step()
    positionings = {p.segment_id: p for p in services.positioning.for_plan(plan_id)}
    map_axes = tuple(services.map_axes.list(plan_id))
    map_points = tuple(services.map_points.list(plan_id))
    step()
    kpi_series = tuple(KpiSeriesReader(services.context).plan_series(plan_id))
    summaries = latest_summaries(kpi_series, today)
    step()
    objectives = tuple(services.objectives.list(plan_id))
    key_results = {k: tuple(v) for k, v in services.key_results.by_objective(plan_id).items()}
    smart = services.objectives.smart_checks(plan_id)
    reviews, results = _reviews(objectives, key_results, summaries, smart)
    step()
    roadmap = services.roadmap.board(plan_id)
    themes = tuple(services.roadmap_lanes.list(plan_id))
    step()
    mix = tuple(services.mix.list(plan_id))
    step()
    campaigns = tuple(services.campaigns.list(plan_id))
    step()
    budget = services.campaigns.budget(plan_id)
    step()
    experiments = tuple(services.experiments.list(plan_id))
    variants = {e.id: tuple(services.experiment_variants.list(e.id)) for e in experiments}
    step()
    return PlanContents(
        plan=plan,
        client=client,
        today=today,
        factors=factors,
        competitors=competitors,
        forces=forces,
        swot=swot,
        tows=tows,
        segments=segments,
        personas=_frozen(personas),
        criteria=criteria,
        scores=_frozen(scores),
        totals=_frozen(totals),
        positionings=_frozen(positionings),
        map_axes=map_axes,
        map_points=map_points,
        objectives=objectives,
        key_results=_frozen(key_results),
        reviews=_frozen(reviews),
        results=_frozen(results),
        roadmap=roadmap,
        themes=themes,
        mix=mix,
        campaigns=campaigns,
        budget=budget,
        experiments=experiments,
        variants=_frozen(variants),
        kpi_series=kpi_series,
        kpi_summaries=_frozen(summaries),
    )


def _reviews(
    objectives: tuple[ObjectiveRead, ...],
    key_results: Mapping[int, tuple[KeyResultRead, ...]],
    summaries: Mapping[int, KpiSummary],
    smart: Mapping[int, SmartCheck],
) -> tuple[dict[int, ObjectiveReview], dict[int, Measured]]:
    """Each objective's progress and SMART check, as the Objectives page shows them
    (`objective_review`), from the KPI tiles already read."""
    reviews = {}
    for objective in objectives:
        summary = summaries.get(objective.kpi_id) if objective.kpi_id else None
        measured = Measured.of(summary)
        share = objective_progress(objective.baseline, measured.latest_value, objective.target)
        reviews[objective.id] = ObjectiveReview(
            measured, share, smart.get(objective.id, SmartCheck())
        )
    results = {
        result.id: Measured.of(summaries.get(result.kpi_id) if result.kpi_id else None)
        for results_of in key_results.values()
        for result in results_of
    }
    return reviews, results
