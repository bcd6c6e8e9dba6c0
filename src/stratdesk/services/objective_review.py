"""What the Objectives page shows beside each objective: its progress and its SMART check.

Progress runs from the objective's baseline, through the latest actual of its KPI, to its
target. The latest actual and the status come from the KPI's dashboard tile
(`kpi_series.latest_summaries`, the dashboard's own rule), never from a computation of their
own: however a period's actual comes to be worked out, the objectives show the same.

Qt-free; one `ObjectiveReviewer` per view, keeping the KPI series between reads (only the
KPIs whose measurements or targets changed are read again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.domain.objective_progress import progress
from stratdesk.domain.smart import SmartCheck
from stratdesk.services.changes import ChangeSet
from stratdesk.services.kpi_series import KpiSummary, latest_summaries
from stratdesk.services.kpi_series_reader import KpiSeriesReader
from stratdesk.services.read_models import KeyResultRead, ObjectiveRead
from stratdesk.services.read_models_ops import KpiRead

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices

# Changes that can move a KPI's latest actual or status (the plan: its years, so today's period).
KPI_KINDS = ("kpi", "kpi_measurement", "kpi_target", "plan")
# Changes that can change an objective's SMART check besides the objective itself.
SMART_KINDS = ("objective", "segment", "mix_action", "plan", "kpi")


@dataclass(frozen=True)
class Measured:
    """The latest of a KPI as its tile shows it (no KPI: nothing)."""

    kpi: KpiRead | None = None
    latest_day: dt.date | None = None
    latest_value: float | None = None
    status: KpiStatus = KpiStatus.NO_DATA
    target: float | None = None  # the KPI's target the status is judged by
    target_period: dt.date | None = None

    @classmethod
    def of(cls, summary: KpiSummary | None) -> Measured:
        if summary is None:
            return cls()
        return cls(
            summary.kpi,
            summary.latest_day,
            summary.latest_value,
            summary.status,
            summary.target,
            summary.target_period,
        )


@dataclass(frozen=True)
class ObjectiveReview:
    """One objective's progress (`share`: 0 at its baseline, 1 on its target) and SMART check."""

    measured: Measured
    share: float | None
    smart: SmartCheck


@dataclass(frozen=True)
class ObjectivesOverview:
    """Reviews by objective id, the latest of each key result's KPI by key result id, and the
    plan's KPI library by id (names for pickers)."""

    reviews: Mapping[int, ObjectiveReview]
    results: Mapping[int, Measured]
    kpis: Mapping[int, KpiRead]


EMPTY = ObjectivesOverview(MappingProxyType({}), MappingProxyType({}), MappingProxyType({}))


class ObjectiveReviewer:
    """Builds the overview of one plan's objectives; keeps what it read between calls."""

    def __init__(self, services: PlanServices) -> None:
        self._services = services
        self._reader = KpiSeriesReader(services.context)
        self._summaries: dict[int, KpiSummary] | None = None
        self._smart: dict[int, SmartCheck] | None = None

    def overview(
        self,
        plan_id: int,
        objectives: Iterable[ObjectiveRead],
        key_results: Iterable[KeyResultRead],
        changes: ChangeSet | None = None,
        today: dt.date | None = None,
    ) -> ObjectivesOverview:
        """The overview now. `changes`: what was committed since the last call (None: read
        everything again); KPI series and SMART checks are read again only when they may
        have changed."""
        if self._summaries is None or changes is None or changes.touches(*KPI_KINDS):
            series = self._reader.plan_series(
                plan_id, changes if self._summaries is not None else None
            )
            self._summaries = latest_summaries(series, today)
        if self._smart is None or changes is None or changes.touches(*SMART_KINDS):
            self._smart = self._services.objectives.smart_checks(plan_id)
        summaries = self._summaries
        reviews = {}
        for objective in objectives:
            summary = summaries.get(objective.kpi_id) if objective.kpi_id else None
            measured = Measured.of(summary)
            share = progress(objective.baseline, measured.latest_value, objective.target)
            smart = self._smart.get(objective.id, SmartCheck())
            reviews[objective.id] = ObjectiveReview(measured, share, smart)
        results = {
            result.id: Measured.of(summaries.get(result.kpi_id) if result.kpi_id else None)
            for result in key_results
        }
        kpis = {kpi_id: summary.kpi for kpi_id, summary in summaries.items()}
        return ObjectivesOverview(
            MappingProxyType(reviews), MappingProxyType(results), MappingProxyType(kpis)
        )
