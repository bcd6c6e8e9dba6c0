"""Where a plan stands, as `stratdesk status` prints it: each objective with its KPI's
baseline, latest actual, target and status, and each KPI with its aggregation and periods.

The figures are the KPI tiles' own (`KpiSeries.figures`, `kpi_series.summarize`): the
terminal, the dashboard and the PDF never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.services.alignment import AlignmentData


def _status(status: KpiStatus) -> str | None:
    return None if status == KpiStatus.NO_DATA else str(status)


def _number(value: float | None) -> float | None:
    return None if value is None or value != value else float(value)  # NaN: nothing measured


@dataclass(frozen=True, slots=True)
class PeriodStatus:
    start: dt.date
    actual: float | None
    target: float | None
    status: str | None  # "on_track", "at_risk", "off_track" or None (nothing to judge)
    partial: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start.isoformat(),
            "actual": self.actual,
            "target": self.target,
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class KpiStatusRow:
    id: int
    name: str
    unit: str
    aggregation: str
    periods: tuple[PeriodStatus, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "unit": self.unit,
            "aggregation": self.aggregation,
            "periods": [p.as_json() for p in self.periods],
        }


@dataclass(frozen=True, slots=True)
class ObjectiveStatusRow:
    id: int
    statement: str
    kpi: str | None
    baseline: float | None
    actual: float | None  # the KPI's latest period actual
    target: float | None  # the objective's own target
    status: str | None  # the KPI's status in that period

    def as_json(self) -> dict[str, object]:
        return {
            "statement": self.statement,
            "kpi": self.kpi,
            "baseline": self.baseline,
            "actual": self.actual,
            "target": self.target,
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class PlanStatus:
    objectives: tuple[ObjectiveStatusRow, ...]
    kpis: tuple[KpiStatusRow, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "objectives": [o.as_json() for o in self.objectives],
            "kpis": [k.as_json() for k in self.kpis],
        }


def plan_status(data: AlignmentData) -> PlanStatus:
    """The plan's objectives and KPIs, judged at `data.today`."""
    kpis = []
    for kpi_id, series in data.series.items():
        kpi = series.kpi
        periods = tuple(
            PeriodStatus(
                f.start,
                _number(f.actual),
                _number(f.target),
                _status(f.status),
                f.partial,
            )
            for f in series.figures(data.today)
        )
        kpis.append(KpiStatusRow(kpi_id, kpi.name, str(kpi.unit), str(kpi.aggregation), periods))
    objectives = []
    for o in data.objectives:
        summary = data.summary(o.kpi_id)
        objectives.append(
            ObjectiveStatusRow(
                o.id,
                o.statement,
                summary.kpi.name if summary else None,
                o.baseline,
                _number(summary.latest_value) if summary else None,
                o.target,
                _status(summary.status) if summary else None,
            )
        )
    return PlanStatus(tuple(objectives), tuple(kpis))
