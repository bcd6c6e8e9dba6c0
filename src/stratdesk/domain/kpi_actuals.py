"""A KPI's actual per period: the one rule behind the tiles, the charts, the objectives'
progress, the exports and `stratdesk status`.

How the measurements of a period make its actual (the KPI's `aggregation`):

- SUM: the values added up (clicks, sign-ups, spend);
- AVERAGE: their mean (a satisfaction score, a rate measured as such);
- LAST: the value measured last (a stock: active subscribers at the end of the month);
- FORMULA: the KPI's formula over the period's components, each added up first
  (CTR = Σclicks ÷ Σimpressions × 100, never the mean of daily CTRs; CPA = Σcost ÷
  Σacquisitions). Inputs that are levels rather than flows are not added: average order
  value, purchases per year and customer lifetime are averaged, the customers at the start
  of a churn period are the first value measured. A period that lacks a component falls
  back on the KPI's own values measured as such (their mean), when it has some.

SUM, AVERAGE and LAST read the KPI's own values (component ""); FORMULA reads its components.

Partial periods. A period is *partial* when it has not ended on `today` and its measurements
do not reach its last day (daily data up to yesterday, in the current month). Its actual is
what was measured so far, and its status is judged against:

- for SUM, the target pro-rated to the days measured (the period's first day to its last day
  measured): two thirds of a month measured, two thirds of the month's target expected;
- for the others, the whole target: an average, a level or a ratio does not accumulate.

Every figure says whether it is partial, so that each view can say "so far". A period whose
measurements reach its last day (a monthly value entered on the 30th) is whole at once.

Days are counted as integers since 1970-01-01 ("epoch days"), the arrays in day order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt

from stratdesk.domain.enums import KpiAggregation, KpiDirection, KpiFormula, KpiPeriod
from stratdesk.domain.kpi_formulas import compute, inputs
from stratdesk.domain.kpi_status import KpiStatus, status

EPOCH = dt.date(1970, 1, 1)
TOLERANCE = 0.05  # the status rule's "on track" band (see kpi_status)
_MONDAY = 4  # 1970-01-05, the first Monday after the epoch, is epoch day 4

Days = npt.NDArray[np.int64]
Values = npt.NDArray[np.float64]

# Formula inputs that are levels, not flows: not added up over a period.
_AVERAGED = frozenset({"average_order_value", "purchase_frequency", "lifetime_years"})
_FIRST = frozenset({"customers_at_start"})


class KpiRule(Protocol):
    """What the rule needs to know of a KPI (a `KpiRead` has it)."""

    @property
    def aggregation(self) -> KpiAggregation | None: ...
    @property
    def formula(self) -> KpiFormula: ...
    @property
    def period(self) -> KpiPeriod: ...
    @property
    def direction(self) -> KpiDirection: ...


def epoch_day(day: dt.date) -> int:
    return (day - EPOCH).days


def epoch_days(days: Iterable[dt.date]) -> Days:
    return np.fromiter((epoch_day(d) for d in days), dtype=np.int64)


def from_epoch(day: int) -> dt.date:
    return EPOCH + dt.timedelta(days=int(day))


@dataclass(frozen=True, eq=False)
class Measured:
    """One KPI's measurements: its own values, and each formula input's, in day order."""

    days: Days = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    values: Values = field(default_factory=lambda: np.empty(0, dtype=np.float64))
    parts: Mapping[str, tuple[Days, Values]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.days) + sum(len(days) for days, _ in self.parts.values())

    def last_day(self) -> dt.date | None:
        """The last day anything was measured (an own value or a component)."""
        arrays = (*self.parts.values(), (self.days, self.values))
        ends = [int(days[-1]) for days, _ in arrays if len(days)]
        return from_epoch(max(ends)) if ends else None

    @classmethod
    def of(
        cls,
        rows: Iterable[tuple[dt.date, float, str]],
    ) -> Measured:
        """From (day, value, component) rows, in any order (tests, small plans)."""
        by: dict[str, list[tuple[int, float]]] = {}
        for day, value, component in rows:
            by.setdefault(component, []).append((epoch_day(day), float(value)))
        arrays = {
            name: (
                np.array([d for d, _ in sorted(found)], dtype=np.int64),
                np.array([v for _, v in sorted(found)], dtype=np.float64),
            )
            for name, found in by.items()
        }
        own = arrays.pop("", (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)))
        return cls(own[0], own[1], arrays)


@dataclass(frozen=True, slots=True)
class PeriodFigure:
    """One period of a KPI: its actual, its target, what the actual is judged against."""

    start: dt.date
    end: dt.date  # the first day of the next period
    actual: float | None
    target: float | None  # the period's whole target
    expected: float | None  # what the actual is compared with (pro-rated when partial SUM)
    status: KpiStatus
    partial: bool
    last_day: dt.date | None  # the last day measured in the period
    count: int  # measurements in the period

    @property
    def shown_day(self) -> dt.date:
        """Where a chart draws the actual: the period's last day, or the last day measured
        so far in a partial period."""
        if self.partial and self.last_day is not None:
            return self.last_day
        return self.end - dt.timedelta(days=1)


# -- periods as integers ------------------------------------------------------------------
def period_index(days: Days, period: KpiPeriod) -> npt.NDArray[np.int64]:
    """The period each epoch day falls in, as an integer that grows with time."""
    if period == KpiPeriod.WEEK:
        return (days - _MONDAY) // 7
    months = days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return months if period == KpiPeriod.MONTH else months // 3


def index_start(index: int, period: KpiPeriod) -> dt.date:
    """The first day of period `index` (see `period_index`)."""
    if period == KpiPeriod.WEEK:
        return from_epoch(_MONDAY + 7 * index)
    months = index if period == KpiPeriod.MONTH else index * 3
    return dt.date(1970 + months // 12, months % 12 + 1, 1)


def _index_of(day: dt.date, period: KpiPeriod) -> int:
    return int(period_index(np.array([epoch_day(day)], dtype=np.int64), period)[0])


# -- grouping values by period --------------------------------------------------------------
@dataclass(frozen=True)
class _Groups:
    """Values grouped by period: one entry per period that has any."""

    index: npt.NDArray[np.int64]
    total: Values
    mean: Values
    first: Values
    last: Values
    last_day: Days
    count: npt.NDArray[np.int64]


def _sorted(days: Days, values: Values) -> tuple[Days, Values]:
    if len(days) > 1 and np.any(np.diff(days) < 0):
        order = np.argsort(days, kind="stable")
        return days[order], values[order]
    return days, values


def _group(days: Days, values: Values, period: KpiPeriod) -> _Groups:
    days, values = _sorted(days, values)
    index = period_index(days, period)
    if not len(index):
        empty_i, empty_f = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        return _Groups(empty_i, empty_f, empty_f, empty_f, empty_f, empty_i, empty_i)
    starts = np.flatnonzero(np.r_[True, index[1:] != index[:-1]])
    ends = np.r_[starts[1:], len(index)]
    total = np.add.reduceat(values, starts)
    count = ends - starts
    return _Groups(
        index=index[starts],
        total=total,
        mean=total / count,
        first=values[starts],
        last=values[ends - 1],
        last_day=days[ends - 1],
        count=count,
    )


def _own_actuals(groups: _Groups, aggregation: KpiAggregation) -> Values:
    if aggregation == KpiAggregation.SUM:
        return groups.total
    if aggregation == KpiAggregation.LAST:
        return groups.last
    return groups.mean  # AVERAGE, and FORMULA's fall-back on values measured as such


def _part_values(name: str, groups: _Groups) -> Values:
    if name in _AVERAGED:
        return groups.mean
    if name in _FIRST:
        return groups.first
    return groups.total


# -- the rule -------------------------------------------------------------------------------
def period_figures(
    kpi: KpiRule,
    measured: Measured,
    targets: Sequence[tuple[dt.date, float]] = (),
    today: dt.date | None = None,
    tolerance: float = TOLERANCE,
) -> tuple[PeriodFigure, ...]:
    """Every period that has a measurement or a target, earliest first (see the module)."""
    today = today or dt.date.today()
    period = kpi.period
    aggregation = kpi.aggregation or KpiAggregation.SUM
    actual: dict[int, float] = {}
    last_day: dict[int, int] = {}
    count: dict[int, int] = {}
    own = _group(measured.days, measured.values, period)
    own_actuals = _own_actuals(own, aggregation)
    for i, value, day, n in zip(
        own.index.tolist(),
        own_actuals.tolist(),
        own.last_day.tolist(),
        own.count.tolist(),
        strict=True,
    ):
        actual[i], last_day[i], count[i] = value, day, n
    if aggregation == KpiAggregation.FORMULA:
        _formula_actuals(kpi.formula, measured, period, actual, last_day, count)
    target_at = {_index_of(start, period): float(value) for start, value in targets}
    today_day = epoch_day(today)
    figures = []
    for i in sorted(set(actual) | set(target_at) | set(last_day)):
        start, end = index_start(i, period), index_start(i + 1, period)
        value = actual.get(i)
        target = target_at.get(i)
        seen = last_day.get(i)
        end_day = epoch_day(end)
        partial = today_day < end_day and (seen is None or seen < end_day - 1)
        expected = target
        pro_rata = aggregation == KpiAggregation.SUM and partial
        if pro_rata and target is not None and seen is not None:
            start_day = epoch_day(start)
            expected = target * (seen - start_day + 1) / (end_day - start_day)
        figures.append(
            PeriodFigure(
                start=start,
                end=end,
                actual=value,
                target=target,
                expected=expected,
                status=status(value, expected, kpi.direction, tolerance=tolerance),
                partial=partial,
                last_day=from_epoch(seen) if seen is not None else None,
                count=count.get(i, 0),
            )
        )
    return tuple(figures)


def _formula_actuals(
    formula: KpiFormula,
    measured: Measured,
    period: KpiPeriod,
    actual: dict[int, float],
    last_day: dict[int, int],
    count: dict[int, int],
) -> None:
    """Put the formula's result over the period's components into `actual` (in place),
    where every component was measured; elsewhere the own values stay."""
    names = inputs(formula)
    per_input: dict[str, dict[int, float]] = {}
    for name, (days, values) in measured.parts.items():
        groups = _group(days, values, period)
        per_input[name] = dict(
            zip(groups.index.tolist(), _part_values(name, groups).tolist(), strict=True)
        )
        for i, day, n in zip(
            groups.index.tolist(), groups.last_day.tolist(), groups.count.tolist(), strict=True
        ):
            last_day[i] = max(day, last_day.get(i, day))
            count[i] = count.get(i, 0) + n
    if not names or any(name not in per_input for name in names):
        return
    common = set.intersection(*(set(per_input[name]) for name in names))
    for i in common:
        result = compute(formula, {name: per_input[name][i] for name in names})
        if result is not None:
            actual[i] = result
        else:
            actual.pop(i, None)  # a zero divisor: no value, whatever was measured as such


def latest_figure(figures: Sequence[PeriodFigure]) -> PeriodFigure | None:
    """The last period that has an actual (the one a tile shows)."""
    return next((f for f in reversed(figures) if f.actual is not None), None)


def figure_at(figures: Sequence[PeriodFigure], day: dt.date) -> PeriodFigure | None:
    """The period that holds `day`, when it has a measurement or a target."""
    return next((f for f in figures if f.start <= day < f.end), None)


def previous_actual(figures: Sequence[PeriodFigure], figure: PeriodFigure) -> float | None:
    """The actual of the period just before `figure` (None when it has none)."""
    before = [f for f in figures if f.end == figure.start]
    return before[0].actual if before else None
