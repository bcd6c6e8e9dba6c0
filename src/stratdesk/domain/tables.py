"""Every table of a plan file, imported in one place so the metadata is complete."""

from sqlmodel import SQLModel

from stratdesk.domain.analysis import (
    Competitor,
    EnvironmentFactor,
    ForceRating,
    SwotItem,
    TowsLink,
    TowsStrategy,
)
from stratdesk.domain.kpis import Kpi, KpiMeasurement, KpiTarget
from stratdesk.domain.objectives import KeyResult, Objective, RoadmapItem, RoadmapLane
from stratdesk.domain.operations import (
    Campaign,
    CampaignKpi,
    Experiment,
    ExperimentVariant,
    MixAction,
)
from stratdesk.domain.plan import Client, Plan
from stratdesk.domain.targeting import (
    Criterion,
    MapAxis,
    MapPoint,
    Persona,
    Positioning,
    Segment,
    SegmentScore,
)
from stratdesk.domain.workshop import WorkshopStep

metadata = SQLModel.metadata

__all__ = [
    "Campaign",
    "CampaignKpi",
    "Client",
    "Competitor",
    "Criterion",
    "EnvironmentFactor",
    "Experiment",
    "ExperimentVariant",
    "ForceRating",
    "KeyResult",
    "Kpi",
    "KpiMeasurement",
    "KpiTarget",
    "MapAxis",
    "MapPoint",
    "MixAction",
    "Objective",
    "Persona",
    "Plan",
    "Positioning",
    "RoadmapItem",
    "RoadmapLane",
    "Segment",
    "SegmentScore",
    "SwotItem",
    "TowsLink",
    "TowsStrategy",
    "WorkshopStep",
    "metadata",
]
