"""Read models of the operations side: frozen copies of rows, safe to hand to any thread.

Each one subclasses the domain's `…Base` (so field names, types and limits stay in one place)
and adds the table's keys. Budget totals are plain frozen dataclasses summed by the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel.main import SQLModelConfig

from stratdesk.domain.enums import Channel, KpiAggregation, MixColumn, MixP, WorkStatus
from stratdesk.domain.kpis import KpiBase, KpiMeasurementBase, KpiTargetBase
from stratdesk.domain.operations import (
    CampaignBase,
    ExperimentBase,
    ExperimentVariantBase,
    MixActionBase,
)


class MixActionRead(MixActionBase):
    """One action of the marketing mix, on the board of its P and column."""

    model_config = SQLModelConfig(frozen=True)
    id: int
    plan_id: int
    position: int


class CampaignRead(CampaignBase):
    """One campaign of the plan."""

    model_config = SQLModelConfig(frozen=True)
    id: int
    plan_id: int


class ExperimentRead(ExperimentBase):
    """One test-and-learn experiment, possibly run inside a campaign."""

    model_config = SQLModelConfig(frozen=True)
    id: int
    plan_id: int


class ExperimentVariantRead(ExperimentVariantBase):
    """One variant ("A", "B"…) of an experiment, in its order."""

    model_config = SQLModelConfig(frozen=True)
    id: int
    experiment_id: int
    position: int


class KpiRead(KpiBase):
    """One KPI of the plan."""

    model_config = SQLModelConfig(frozen=True)
    id: int
    plan_id: int
    position: int
    aggregation: KpiAggregation = KpiAggregation.SUM  # always given (stored, or the default)


class KpiTargetRead(KpiTargetBase):
    """The target of one KPI for the period starting on `period_start`."""

    model_config = SQLModelConfig(frozen=True)
    id: int
    kpi_id: int


class KpiMeasurementRead(KpiMeasurementBase):
    """One measured value of a KPI on a day."""

    model_config = SQLModelConfig(frozen=True)
    id: int
    kpi_id: int


@dataclass(frozen=True, kw_only=True)
class Money:
    """Planned and actual cents summed over a group of rows, and how many rows."""

    planned_cents: int = 0
    actual_cents: int = 0
    count: int = 0

    @property
    def remaining_cents(self) -> int:
        """What is left of the planned budget (negative when overspent)."""
        return self.planned_cents - self.actual_cents


@dataclass(frozen=True, kw_only=True)
class BudgetTotal(Money):
    """Mix budget of one P and one column; `None` in a key means "every P" / "every column"."""

    p: MixP | None = None
    column: MixColumn | None = None


@dataclass(frozen=True, kw_only=True)
class CampaignTotal(Money):
    """Campaign budget of one channel or one status; `None` in a key means "all of them"."""

    channel: Channel | None = None
    status: WorkStatus | None = None
