"""Every service of a plan file, built once per open file."""

from __future__ import annotations

from stratdesk.services.analysis import (
    CompetitorService,
    EnvironmentFactorService,
    ForceRatingService,
    SwotService,
    TowsService,
)
from stratdesk.services.context import ServiceContext
from stratdesk.services.kpis import KpiMeasurementService, KpiService, KpiTargetService
from stratdesk.services.objectives import ObjectiveService, RoadmapService
from stratdesk.services.operations import CampaignService, ExperimentService, MixActionService
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


class PlanServices:
    """Holds one instance of each area service, all sharing one context (file + hub)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.context = ctx
        self.plans = PlanService(ctx)

        # -- strategy: analysis ------------------------------------------------------------
        self.factors = EnvironmentFactorService(ctx)
        self.competitors = CompetitorService(ctx)
        self.forces = ForceRatingService(ctx)
        self.swot = SwotService(ctx)
        self.tows = TowsService(ctx)

        # -- strategy: targeting and positioning -------------------------------------------
        self.segments = SegmentService(ctx)
        self.personas = PersonaService(ctx)
        self.criteria = CriterionService(ctx)
        self.scores = SegmentScoreService(ctx)
        self.positioning = PositioningService(ctx)
        self.map_axes = MapAxisService(ctx)
        self.map_points = MapPointService(ctx)

        # -- strategy: objectives and roadmap ----------------------------------------------
        self.objectives = ObjectiveService(ctx)
        self.roadmap = RoadmapService(ctx)

        # -- operations ----------------------------------------------------------------------
        self.mix = MixActionService(ctx)
        self.campaigns = CampaignService(ctx)
        self.experiments = ExperimentService(ctx)
        self.kpis = KpiService(ctx)
        self.kpi_targets = KpiTargetService(ctx)
        self.kpi_measurements = KpiMeasurementService(ctx)
