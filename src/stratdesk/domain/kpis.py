"""KPIs: what is measured, the targets per period and the measured values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import model_validator
from sqlmodel import Field, SQLModel, UniqueConstraint

from stratdesk.domain.enums import KpiAggregation, KpiDirection, KpiFormula, KpiPeriod, KpiUnit
from stratdesk.domain.kpi_aggregation import check_aggregation, default_aggregation
from stratdesk.domain.limits import NAME_MAX, SHORT_TEXT_MAX

VALUE_LIMIT = 1e15


class KpiBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    unit: KpiUnit = KpiUnit.COUNT
    direction: KpiDirection = KpiDirection.HIGHER_IS_BETTER
    period: KpiPeriod = KpiPeriod.MONTH
    formula: KpiFormula = KpiFormula.DIRECT
    description: str = Field(default="", max_length=SHORT_TEXT_MAX)
    # How measurements make a period's actual; not given (None), it takes the default of
    # the unit and formula when validated, so a validated KPI always has one.
    aggregation: KpiAggregation | None = None

    @model_validator(mode="before")
    @classmethod
    def _default_aggregation(cls, data: Any) -> Any:
        if not isinstance(data, dict) or data.get("aggregation") is not None:
            return data
        try:
            unit = KpiUnit(data.get("unit", KpiUnit.COUNT))
            formula = KpiFormula(data.get("formula", KpiFormula.DIRECT))
        except ValueError:
            return data  # the fields' own validation refuses them, with their names
        return {**data, "aggregation": default_aggregation(unit, formula)}

    @model_validator(mode="after")
    def _aggregation_fits(self) -> KpiBase:
        if self.aggregation is not None:
            check_aggregation(self.aggregation, self.formula)
        return self


class Kpi(KpiBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0
    aggregation: KpiAggregation = KpiAggregation.SUM  # always written: see KpiBase


class KpiTargetBase(SQLModel):
    period_start: dt.date
    value: float = Field(ge=-VALUE_LIMIT, le=VALUE_LIMIT)


class KpiTarget(KpiTargetBase, table=True):
    __tablename__ = "kpi_target"
    __table_args__ = (UniqueConstraint("kpi_id", "period_start"),)
    id: int | None = Field(default=None, primary_key=True)
    kpi_id: int = Field(foreign_key="kpi.id", ondelete="CASCADE", index=True)


class KpiMeasurementBase(SQLModel):
    day: dt.date
    value: float = Field(ge=-VALUE_LIMIT, le=VALUE_LIMIT)
    source: str = Field(default="", max_length=NAME_MAX)
    # "" for the KPI's own value; else the formula input it measures ("clicks", "impressions").
    component: str = Field(default="", max_length=NAME_MAX)
    campaign_id: int | None = None


class KpiMeasurement(KpiMeasurementBase, table=True):
    __tablename__ = "kpi_measurement"
    id: int | None = Field(default=None, primary_key=True)
    kpi_id: int = Field(foreign_key="kpi.id", ondelete="CASCADE", index=True)
    campaign_id: int | None = Field(
        default=None, foreign_key="campaign.id", ondelete="SET NULL", index=True
    )
