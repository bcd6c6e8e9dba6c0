"""Long-term SMART objectives and the multi-year roadmap that delivers them."""

from __future__ import annotations

import datetime as dt

from pydantic import model_validator
from sqlmodel import Field, SQLModel

from stratdesk.domain.enums import ObjectiveStatus, WorkStatus
from stratdesk.domain.limits import LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX
from stratdesk.domain.rules import check_date_range


class ObjectiveBase(SQLModel):
    statement: str = Field(min_length=1, max_length=LONG_TEXT_MAX)
    kpi_name: str = Field(default="", max_length=NAME_MAX)
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


class RoadmapItemBase(SQLModel):
    lane: str = Field(default="", max_length=NAME_MAX)
    title: str = Field(min_length=1, max_length=NAME_MAX)
    description: str = Field(default="", max_length=SHORT_TEXT_MAX)
    start: dt.date
    end: dt.date
    milestone: bool = False
    status: WorkStatus = WorkStatus.PLANNED
    objective_id: int | None = None

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
    position: int = 0
