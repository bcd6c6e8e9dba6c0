"""Operational marketing: the mix actions (4P/7P), campaigns (and the KPIs they move) and
test-and-learn experiments with their variants."""

from __future__ import annotations

import datetime as dt

from pydantic import model_validator
from sqlmodel import Field, SQLModel

from stratdesk.domain.enums import Channel, ExperimentDecision, MixColumn, MixP, WorkStatus
from stratdesk.domain.limits import LONG_TEXT_MAX, MONEY_MAX_CENTS, NAME_MAX, SHORT_TEXT_MAX
from stratdesk.domain.plan import COLOUR_PATTERN
from stratdesk.domain.rules import check_date_range


class MixActionBase(SQLModel):
    p: MixP
    column: MixColumn = MixColumn.IDEA
    title: str = Field(min_length=1, max_length=NAME_MAX)
    description: str = Field(default="", max_length=LONG_TEXT_MAX)
    owner: str = Field(default="", max_length=NAME_MAX)
    due: dt.date | None = None
    budget_planned_cents: int = Field(default=0, ge=0, le=MONEY_MAX_CENTS)
    budget_actual_cents: int = Field(default=0, ge=0, le=MONEY_MAX_CENTS)
    objective_id: int | None = None
    segment_id: int | None = None
    votes: int = Field(default=0, ge=0, le=1000)  # dot votes from a workshop


class MixAction(MixActionBase, table=True):
    __tablename__ = "mix_action"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    objective_id: int | None = Field(
        default=None, foreign_key="objective.id", ondelete="SET NULL", index=True
    )
    segment_id: int | None = Field(
        default=None, foreign_key="segment.id", ondelete="SET NULL", index=True
    )
    position: int = 0


class CampaignBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    channel: Channel = Channel.OTHER
    start: dt.date
    end: dt.date
    budget_planned_cents: int = Field(default=0, ge=0, le=MONEY_MAX_CENTS)
    budget_actual_cents: int = Field(default=0, ge=0, le=MONEY_MAX_CENTS)
    status: WorkStatus = WorkStatus.PLANNED
    colour: str = Field(default="#2E86AB", schema_extra={"pattern": COLOUR_PATTERN})
    notes: str = Field(default="", max_length=SHORT_TEXT_MAX)
    objective_id: int | None = None
    segment_id: int | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> CampaignBase:
        check_date_range(self.start, self.end)
        return self


class Campaign(CampaignBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    objective_id: int | None = Field(
        default=None, foreign_key="objective.id", ondelete="SET NULL", index=True
    )
    segment_id: int | None = Field(
        default=None, foreign_key="segment.id", ondelete="SET NULL", index=True
    )


class CampaignKpi(SQLModel, table=True):
    """A KPI that a campaign moves (both of the same plan)."""

    __tablename__ = "campaign_kpi"
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE", primary_key=True)
    kpi_id: int = Field(foreign_key="kpi.id", ondelete="CASCADE", primary_key=True, index=True)


class ExperimentBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    hypothesis: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    metric: str = Field(default="", max_length=NAME_MAX)
    start: dt.date | None = None
    end: dt.date | None = None
    result: str = Field(default="", max_length=SHORT_TEXT_MAX)
    decision: ExperimentDecision = ExperimentDecision.PENDING
    lesson: str = Field(default="", max_length=SHORT_TEXT_MAX)  # what the test taught
    campaign_id: int | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> ExperimentBase:
        check_date_range(self.start, self.end)
        return self


class Experiment(ExperimentBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    campaign_id: int | None = Field(
        default=None, foreign_key="campaign.id", ondelete="SET NULL", index=True
    )


class ExperimentVariantBase(SQLModel):
    """One arm of an experiment ("A", "B"…): what it tried and how it did."""

    name: str = Field(min_length=1, max_length=NAME_MAX)
    description: str = Field(default="", max_length=SHORT_TEXT_MAX)
    result: str = Field(default="", max_length=SHORT_TEXT_MAX)


class ExperimentVariant(ExperimentVariantBase, table=True):
    __tablename__ = "experiment_variant"
    id: int | None = Field(default=None, primary_key=True)
    experiment_id: int = Field(foreign_key="experiment.id", ondelete="CASCADE", index=True)
    position: int = 0
