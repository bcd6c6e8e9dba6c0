"""Long-term SMART objectives, their key results, and the multi-year roadmap that delivers them.

An objective is measured by one KPI of the plan's library (`kpi_id`: the one source of truth
for that link). Its key results (OKR style) each name a KPI or a free metric.

Roadmap lanes: an item with `lane_id` sits in that free lane (a theme), even when it also
serves an objective; an item without one sits in its objective's lane, or in "no lane" when
it has neither.
"""

from __future__ import annotations

import datetime as dt

from pydantic import model_validator
from sqlmodel import Field, SQLModel

from stratdesk.domain.enums import ObjectiveStatus, WorkStatus
from stratdesk.domain.limits import LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX
from stratdesk.domain.rules import check_date_range

# A colour of its own, or "" to take the lane's.
OPTIONAL_COLOUR_PATTERN = r"^(#[0-9A-Fa-f]{6})?$"


class ObjectiveBase(SQLModel):
    statement: str = Field(min_length=1, max_length=LONG_TEXT_MAX)
    kpi_id: int | None = None  # the KPI that measures it
    baseline: float | None = Field(default=None, ge=-1e12, le=1e12)
    target: float | None = Field(default=None, ge=-1e12, le=1e12)
    deadline: dt.date | None = None
    owner: str = Field(default="", max_length=NAME_MAX)
    status: ObjectiveStatus = ObjectiveStatus.DRAFT


class Objective(ObjectiveBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0
    # The TOWS strategy it was promoted from, if any.
    tows_strategy_id: int | None = Field(
        default=None, foreign_key="tows_strategy.id", ondelete="SET NULL"
    )
    kpi_id: int | None = Field(default=None, foreign_key="kpi.id", ondelete="SET NULL", index=True)


class KeyResultBase(SQLModel):
    """A measurable result under an objective: a KPI of the library, or a free metric."""

    statement: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    kpi_id: int | None = None
    metric: str = Field(default="", max_length=NAME_MAX)  # when no KPI measures it
    target: float | None = Field(default=None, ge=-1e12, le=1e12)
    due: dt.date | None = None


class KeyResult(KeyResultBase, table=True):
    __tablename__ = "key_result"
    id: int | None = Field(default=None, primary_key=True)
    objective_id: int = Field(foreign_key="objective.id", ondelete="CASCADE", index=True)
    kpi_id: int | None = Field(default=None, foreign_key="kpi.id", ondelete="SET NULL", index=True)
    position: int = 0


class RoadmapLaneBase(SQLModel):
    """A free lane of the roadmap (a theme such as "Brand"), beside the objectives' lanes."""

    name: str = Field(min_length=1, max_length=NAME_MAX)


class RoadmapLane(RoadmapLaneBase, table=True):
    __tablename__ = "roadmap_lane"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0


class RoadmapItemBase(SQLModel):
    title: str = Field(min_length=1, max_length=NAME_MAX)
    description: str = Field(default="", max_length=SHORT_TEXT_MAX)
    start: dt.date
    end: dt.date
    milestone: bool = False
    status: WorkStatus = WorkStatus.PLANNED
    objective_id: int | None = None
    lane_id: int | None = None
    colour: str = Field(default="", schema_extra={"pattern": OPTIONAL_COLOUR_PATTERN})

    @model_validator(mode="after")
    def _dates_in_order(self) -> RoadmapItemBase:
        check_date_range(self.start, self.end)
        return self


class RoadmapItem(RoadmapItemBase, table=True):
    __tablename__ = "roadmap_item"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    objective_id: int | None = Field(
        default=None, foreign_key="objective.id", ondelete="SET NULL", index=True
    )
    # Deleting a free lane deletes its items (undo brings both back).
    lane_id: int | None = Field(
        default=None, foreign_key="roadmap_lane.id", ondelete="CASCADE", index=True
    )
    position: int = 0
