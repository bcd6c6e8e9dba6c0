"""What the strategy services hand out: frozen copies of rows, never live ORM objects.

Each read model is the domain's `…Base` (the editable fields, same validation) plus the
table's own fields (id, owner id, position, links), frozen so that a view cannot change it.
"""

from __future__ import annotations

from pydantic import ConfigDict, computed_field

from stratdesk.domain.analysis import (
    CompetitorBase,
    EnvironmentFactorBase,
    ForceRatingBase,
    SwotItemBase,
    TowsStrategyBase,
)
from stratdesk.domain.objectives import ObjectiveBase, RoadmapItemBase
from stratdesk.domain.plan import ClientBase, PlanBase
from stratdesk.domain.targeting import (
    CriterionBase,
    MapAxisBase,
    MapPointBase,
    PersonaBase,
    PositioningBase,
    SegmentBase,
    SegmentScoreBase,
)

FROZEN = ConfigDict(frozen=True)


# -- the file's root ---------------------------------------------------------------------
class ClientRead(ClientBase):
    model_config = FROZEN
    id: int


class PlanRead(PlanBase):
    model_config = FROZEN
    id: int
    client_id: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def end_year(self) -> int:
        """The last year the plan covers (start year + horizon − 1)."""
        return self.start_year + self.horizon_years - 1


# -- analysis ----------------------------------------------------------------------------
class EnvironmentFactorRead(EnvironmentFactorBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class CompetitorRead(CompetitorBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class ForceRatingRead(ForceRatingBase):
    model_config = FROZEN
    id: int
    plan_id: int


class SwotItemRead(SwotItemBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int
    source_factor_id: int | None = None
    source_competitor_id: int | None = None


class TowsStrategyRead(TowsStrategyBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int
    swot_item_ids: tuple[int, ...] = ()


# -- targeting ---------------------------------------------------------------------------
class SegmentRead(SegmentBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class PersonaRead(PersonaBase):
    model_config = FROZEN
    id: int
    segment_id: int
    position: int


class CriterionRead(CriterionBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class SegmentScoreRead(SegmentScoreBase):
    model_config = FROZEN
    id: int
    segment_id: int
    criterion_id: int


class PositioningRead(PositioningBase):
    model_config = FROZEN
    id: int
    segment_id: int


class MapAxisRead(MapAxisBase):
    model_config = FROZEN
    id: int
    plan_id: int


class MapPointRead(MapPointBase):
    model_config = FROZEN
    id: int
    plan_id: int
    competitor_id: int | None = None


# -- objectives --------------------------------------------------------------------------
class ObjectiveRead(ObjectiveBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int
    tows_strategy_id: int | None = None


class RoadmapItemRead(RoadmapItemBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int
