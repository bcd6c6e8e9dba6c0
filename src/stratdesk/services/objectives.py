"""Long-term objectives and the roadmap that delivers them."""

from __future__ import annotations

from stratdesk.domain.objectives import Objective, ObjectiveBase, RoadmapItem, RoadmapItemBase
from stratdesk.services.entity import EntityService
from stratdesk.services.read_models import ObjectiveRead, RoadmapItemRead


class ObjectiveInput(ObjectiveBase):
    """An objective as written: optionally the TOWS strategy it came from."""

    tows_strategy_id: int | None = None


class ObjectiveService(EntityService[ObjectiveInput, Objective, ObjectiveRead]):
    """SMART objectives; a deadline falls within the plan's years. Deleting one keeps its
    roadmap items (their objective is cleared; restore links them back)."""

    base = ObjectiveInput
    table = Objective
    read_model = ObjectiveRead
    plan_date_fields = ("deadline",)


class RoadmapService(EntityService[RoadmapItemBase, RoadmapItem, RoadmapItemRead]):
    """Roadmap items, ordered within their lane (move between lanes with `move`); start and
    end fall within the plan's years, and the objective is one of the plan's."""

    base = RoadmapItemBase
    table = RoadmapItem
    read_model = RoadmapItemRead
    group_fields = ("lane",)
    plan_date_fields = ("start", "end")
