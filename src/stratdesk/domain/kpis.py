"""KPIs: what is measured, the targets per period and the measured values."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel, UniqueConstraint

from stratdesk.domain.enums import KpiDirection, KpiFormula, KpiPeriod, KpiUnit
from stratdesk.domain.limits import NAME_MAX, SHORT_TEXT_MAX

VALUE_LIMIT = 1e15


class KpiBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    unit: KpiUnit = KpiUnit.COUNT
    direction: KpiDirection = KpiDirection.HIGHER_IS_BETTER
    period: KpiPeriod = KpiPeriod.MONTH
    formula: KpiFormula = KpiFormula.DIRECT
    description: str = Field(default="", max_length=SHORT_TEXT_MAX)


class Kpi(KpiBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0


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
    campaign_id: int | None = None


class KpiMeasurement(KpiMeasurementBase, table=True):
    __tablename__ = "kpi_measurement"
    id: int | None = Field(default=None, primary_key=True)
    kpi_id: int = Field(foreign_key="kpi.id", ondelete="CASCADE", index=True)
    campaign_id: int | None = Field(
        default=None, foreign_key="campaign.id", ondelete="SET NULL", index=True
    )
