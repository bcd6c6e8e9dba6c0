"""Long-term objectives, their key results, and the roadmap that delivers them."""

from __future__ import annotations

from sqlmodel import Session

from stratdesk.domain.errors import NotFound
from stratdesk.domain.objectives import (
    KeyResult,
    KeyResultBase,
    Objective,
    ObjectiveBase,
    RoadmapItem,
    RoadmapItemBase,
    RoadmapLane,
    RoadmapLaneBase,
)
from stratdesk.services.entity import EntityService
from stratdesk.services.read_models import (
    KeyResultRead,
    ObjectiveRead,
    RoadmapItemRead,
    RoadmapLaneRead,
)


class ObjectiveInput(ObjectiveBase):
    """An objective as written: optionally the TOWS strategy it came from."""

    tows_strategy_id: int | None = None


class ObjectiveService(EntityService[ObjectiveInput, Objective, ObjectiveRead]):
    """SMART objectives, each measured by one KPI of the plan (`kpi_id`, or None); a deadline
    falls within the plan's years. Deleting one takes its key results and keeps its roadmap
    items (their objective is cleared; restore links them back)."""

    base = ObjectiveInput
    table = Objective
    read_model = ObjectiveRead
    plan_date_fields = ("deadline",)
    also_changes = ("key_result",)


class KeyResultService(EntityService[KeyResultBase, KeyResult, KeyResultRead]):
    """Key results of an objective (`list(objective_id)`), in order; each names a KPI of the
    plan or a free metric, and its due date falls within the plan's years."""

    base = KeyResultBase
    table = KeyResult
    read_model = KeyResultRead
    parent_field = "objective_id"
    plan_date_fields = ("due",)

    def _plan_id(self, session: Session, parent_id: int) -> int:
        objective = session.get(Objective, parent_id)
        if objective is None:
            raise NotFound(self._not_found(parent_id))
        return objective.plan_id


class RoadmapLaneService(EntityService[RoadmapLaneBase, RoadmapLane, RoadmapLaneRead]):
    """Free lanes of the roadmap (themes), in order. Deleting one deletes its items (undo
    brings them back)."""

    base = RoadmapLaneBase
    table = RoadmapLane
    read_model = RoadmapLaneRead
    also_changes = ("roadmap_item",)


class RoadmapService(EntityService[RoadmapItemBase, RoadmapItem, RoadmapItemRead]):
    """Roadmap items, ordered within their (free lane, objective) group; move between lanes
    with `move`. Start and end fall within the plan's years; the lane and the objective are
    the plan's. An item with a free lane sits there; without, in its objective's lane."""

    base = RoadmapItemBase
    table = RoadmapItem
    read_model = RoadmapItemRead
    group_fields = ("lane_id", "objective_id")
    plan_date_fields = ("start", "end")
