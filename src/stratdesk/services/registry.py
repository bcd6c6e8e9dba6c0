"""Every service of a plan file, built on first use.

Opening a plan shows one page, which needs two or three services; importing every area's
tables and read models up front would cost more than the rest of opening the file. So each
service is created (and its module imported) the first time someone asks for it, and the
window warms the others up once it is on screen (`warm_up`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from stratdesk.services.context import ServiceContext

if TYPE_CHECKING:
    from stratdesk.services.analysis import (
        CompetitorService,
        EnvironmentFactorService,
        ForceRatingService,
        SwotService,
        TowsService,
    )
    from stratdesk.services.kpis import KpiMeasurementService, KpiService, KpiTargetService
    from stratdesk.services.objectives import (
        KeyResultService,
        ObjectiveService,
        RoadmapLaneService,
        RoadmapService,
    )
    from stratdesk.services.operations import (
        CampaignService,
        ExperimentService,
        ExperimentVariantService,
        MixActionService,
    )
    from stratdesk.services.plans import PlanService
    from stratdesk.services.targeting import (
        CriterionService,
        MapAxisService,
        MapPointService,
        PersonaService,
        PositioningService,
        SegmentScoreService,
        SegmentService,
    )
    from stratdesk.services.workshop import WorkshopService

# attribute → (module, class)
SERVICES: dict[str, tuple[str, str]] = {
    "plans": ("plans", "PlanService"),
    # strategy: analysis
    "factors": ("analysis", "EnvironmentFactorService"),
    "competitors": ("analysis", "CompetitorService"),
    "forces": ("analysis", "ForceRatingService"),
    "swot": ("swot", "SwotService"),
    "tows": ("swot", "TowsService"),
    # strategy: targeting and positioning
    "segments": ("targeting", "SegmentService"),
    "personas": ("targeting", "PersonaService"),
    "criteria": ("targeting", "CriterionService"),
    "scores": ("targeting", "SegmentScoreService"),
    "positioning": ("targeting", "PositioningService"),
    "map_axes": ("targeting", "MapAxisService"),
    "map_points": ("targeting", "MapPointService"),
    # strategy: objectives and roadmap
    "objectives": ("objectives", "ObjectiveService"),
    "key_results": ("objectives", "KeyResultService"),
    "roadmap_lanes": ("objectives", "RoadmapLaneService"),
    "roadmap": ("objectives", "RoadmapService"),
    # operations
    "mix": ("operations", "MixActionService"),
    "campaigns": ("operations", "CampaignService"),
    "experiments": ("operations", "ExperimentService"),
    "experiment_variants": ("operations", "ExperimentVariantService"),
    "kpis": ("kpis", "KpiService"),
    "kpi_targets": ("kpis", "KpiTargetService"),
    "kpi_measurements": ("kpis", "KpiMeasurementService"),
    # workshop mode
    "workshop": ("workshop", "WorkshopService"),
}


class PlanServices:
    """One instance of each area service, all sharing one context (file + hub)."""

    if TYPE_CHECKING:
        plans: PlanService
        factors: EnvironmentFactorService
        competitors: CompetitorService
        forces: ForceRatingService
        swot: SwotService
        tows: TowsService
        segments: SegmentService
        personas: PersonaService
        criteria: CriterionService
        scores: SegmentScoreService
        positioning: PositioningService
        map_axes: MapAxisService
        map_points: MapPointService
        objectives: ObjectiveService
        key_results: KeyResultService
        roadmap_lanes: RoadmapLaneService
        roadmap: RoadmapService
        mix: MixActionService
        campaigns: CampaignService
        experiments: ExperimentService
        experiment_variants: ExperimentVariantService
        kpis: KpiService
        kpi_targets: KpiTargetService
        kpi_measurements: KpiMeasurementService
        workshop: WorkshopService

    def __init__(self, ctx: ServiceContext) -> None:
        self.context = ctx

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not built yet.
        try:
            module, cls = SERVICES[name]
        except KeyError:
            raise AttributeError(name) from None
        service = getattr(import_module(f"stratdesk.services.{module}"), cls)(self.context)
        setattr(self, name, service)
        return service

    def warm_up(self) -> None:
        """Build every service now (and import their tables): call when the app is idle."""
        for name in SERVICES:
            getattr(self, name)
