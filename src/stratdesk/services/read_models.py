"""What the strategy services hand out: frozen copies of rows, never live ORM objects.

Each read model is the domain's `…Base` (the editable fields, same validation) plus the
table's own fields (id, owner id, position, links), frozen so that a view cannot change it.
"""

from __future__ import annotations

from pydantic import computed_field
from sqlmodel.main import SQLModelConfig

from stratdesk.domain.objectives import (
    KeyResultBase,
    ObjectiveBase,
    RoadmapItemBase,
    RoadmapLaneBase,
)
from stratdesk.domain.plan import ClientBase, PlanBase

FROZEN = SQLModelConfig(frozen=True)


class ClientRead(ClientBase):
    model_config = FROZEN
    id: int


class PlanRead(PlanBase):
    model_config = FROZEN
    id: int
    client_id: int
    uuid: str  # the plan's identity (32 hex digits), the same wherever the file goes

    @computed_field  # type: ignore[prop-decorator]
    @property
    def end_year(self) -> int:
        """The last year the plan covers (start year + horizon − 1)."""
        return self.start_year + self.horizon_years - 1


class ObjectiveRead(ObjectiveBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int
    tows_strategy_id: int | None = None


class KeyResultRead(KeyResultBase):
    model_config = FROZEN
    id: int
    objective_id: int
    position: int


class RoadmapLaneRead(RoadmapLaneBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class RoadmapItemRead(RoadmapItemBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


# The analysis and targeting read models live in read_models_analysis / read_models_targeting,
# so that opening a plan imports only what its first page needs.
