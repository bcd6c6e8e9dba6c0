"""What the KPI charts and tiles draw: each KPI's measurements and targets, shaped to draw.

Qt-free and database-free: `kpi_series_reader` reads the rows, this module shapes them. Days
are seconds since 1970-01-01 UTC (what a date axis counts), values float arrays.

A period's *actual*, its status and its trend come from one rule, `domain.kpi_actuals`
(sum, average, last value or formula over the period's summed components, by the KPI's
aggregation; a partial period compared with a pro-rated target). Every view reads them here:
the tiles (`summarize`), the chart (`actual_points`), the targets table (`period_actuals`),
the combined view (`percent_of_target`), the objectives and `stratdesk status`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from stratdesk.domain.kpi_actuals import TOLERANCE as KPI_TOLERANCE
from stratdesk.domain.kpi_actuals import (
    Measured,
    PeriodFigure,
    figure_at,
    latest_figure,
    period_figures,
    previous_actual,
)
from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.domain.kpi_trajectory import next_period_start, period_start, trajectory
from stratdesk.services.read_models_ops import KpiRead

DAY = 86400.0
SPARK_POINTS = 48  # a tile's sparkline: enough to show a shape, few enough to paint 100 tiles
TOLERANCE = KPI_TOLERANCE  # the status rule's "on track" band, drawn around the target line


def day_seconds(days: Sequence[dt.date | str]) -> np.ndarray:
    """Days (dates or ISO texts) as float seconds since 1970-01-01 UTC (midnight), as a date
    axis counts them."""
    return np.array(days, dtype="datetime64[D]").astype(np.int64).astype(np.float64) * DAY


def seconds_day(seconds: float) -> dt.date:
    """The day that `seconds` (since 1970-01-01 UTC) falls in."""
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(seconds // DAY))


def minmax_downsample(
    x: np.ndarray, y: np.ndarray, max_points: int
) -> tuple[np.ndarray, np.ndarray]:
    """At most `max_points` points keeping each bucket's lowest and highest value, in order.

    Peaks survive (a spike in one day still shows), unlike taking every n-th point.
    """
    n = len(x)
    if n <= max_points or max_points < 2:
        return x, y
    buckets = max_points // 2
    edges = np.linspace(0, n, buckets + 1).astype(np.int64)
    keep: list[int] = []
    for start, stop in pairwise(edges):
        if stop <= start:
            continue
        chunk = y[start:stop]
        low, high = start + int(np.argmin(chunk)), start + int(np.argmax(chunk))
        keep.extend(sorted({low, high}))
    index = np.array(keep, dtype=np.int64)
    return x[index], y[index]


def _epoch_days(seconds: np.ndarray) -> np.ndarray:
    return (seconds // DAY).astype(np.int64)


@dataclass(frozen=True, eq=False)
class KpiSeries:
    """One KPI's measured values and its targets per period, ready to draw.

    `x`, `y` are the KPI's own values (component ""); `parts` the formula inputs measured
    ("clicks": (x, y)…). Period figures are computed once per `today` and kept.
    """

    kpi: KpiRead
    x: np.ndarray  # measurement days, seconds since 1970-01-01 UTC, earliest first
    y: np.ndarray  # measured values
    target_starts: tuple[dt.date, ...] = ()
    target_values: tuple[float, ...] = ()
    parts: Mapping[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    _ends: tuple[dt.date, ...] = field(default=(), repr=False)
    _figures: dict[dt.date, tuple[PeriodFigure, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        ends = tuple(next_period_start(s, self.kpi.period) for s in self.target_starts)
        object.__setattr__(self, "_ends", ends)

    @property
    def count(self) -> int:
        """How many measurements (own values and components)."""
        return len(self.x) + sum(len(x) for x, _ in self.parts.values())

    def measured(self) -> Measured:
        parts = {
            name: (_epoch_days(x), np.asarray(y, dtype=np.float64))
            for name, (x, y) in self.parts.items()
        }
        return Measured(_epoch_days(self.x), np.asarray(self.y, dtype=np.float64), parts)

    def figures(self, today: dt.date | None = None) -> tuple[PeriodFigure, ...]:
        """Every period with a measurement or a target: actual, target, status (the rule)."""
        today = today or dt.date.today()
        found = self._figures.get(today)
        if found is None:
            targets = list(zip(self.target_starts, self.target_values, strict=True))
            found = period_figures(self.kpi, self.measured(), targets, today, TOLERANCE)
            self._figures.clear()  # one day at a time is enough
            self._figures[today] = found
        return found

    def latest(self) -> tuple[dt.date, float] | None:
        """The last measurement of the KPI's own values: (day, value)."""
        if not len(self.x):
            return None
        return seconds_day(float(self.x[-1])), float(self.y[-1])

    def target_at(self, day: dt.date) -> float | None:
        """The target of the period that holds `day` (None when it has none)."""
        i = int(np.searchsorted(day_seconds(self.target_starts), day_seconds([day])[0], "right"))
        if i == 0 or day >= self._ends[i - 1]:
            return None
        return self.target_values[i - 1]

    def target_steps(self) -> tuple[np.ndarray, np.ndarray]:
        """The targets as a staircase: each value held from its period's start to its end.

        A gap between two periods without targets is a NaN, so the line breaks there.
        """
        xs: list[dt.date] = []
        ys: list[float] = []
        for start, end, value in zip(
            self.target_starts, self._ends, self.target_values, strict=True
        ):
            if xs and xs[-1] != start:
                xs.append(xs[-1])
                ys.append(float("nan"))
            xs += [start, end]
            ys += [value, value]
        return day_seconds(xs), np.array(ys, dtype=np.float64)

    def period_actuals(self, today: dt.date | None = None) -> list[float | None]:
        """Per target period, its actual by the KPI's rule (None when nothing was measured)."""
        actual = {f.start: f.actual for f in self.figures(today)}
        return [actual.get(start) for start in self.target_starts]

    def actual_points(self, today: dt.date | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Each period's actual where a chart draws it (its last day, or the last day
        measured so far in a partial period)."""
        shown = [f for f in self.figures(today) if f.actual is not None]
        x = day_seconds([f.shown_day for f in shown])
        return x, np.array([f.actual for f in shown], dtype=np.float64)

    def percent_of_target(self, today: dt.date | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Each period's actual as a percentage of what it is judged against (the target,
        pro-rated in a partial period); NaN where there is no or a zero target."""
        shown = [f for f in self.figures(today) if f.actual is not None]
        percent = [
            f.actual / f.expected * 100.0  # type: ignore[operator]
            if f.expected
            else float("nan")
            for f in shown
        ]
        return day_seconds([f.shown_day for f in shown]), np.array(percent, dtype=np.float64)

    def period_percents(self) -> tuple[np.ndarray, np.ndarray]:
        """Per target period, its actual as a percentage of its target (NaN: nothing measured,
        or a zero target), placed in the middle of the period.

        What the combined chart draws: the same actuals and targets as the Targets table, one
        point per period, above the period's name on the date axis (a month-end value drawn on
        its own day would sit beside the next month's name). Periods before the first one
        measured and after the last are left out (future targets have nothing to compare).
        """
        if not self.target_starts:
            return np.empty(0), np.empty(0)
        starts, ends = day_seconds(self.target_starts), day_seconds(self._ends)
        targets = np.array(self.target_values, dtype=np.float64)
        actuals = np.array(
            [np.nan if a is None else a for a in self.period_actuals()], dtype=np.float64
        )
        with np.errstate(divide="ignore", invalid="ignore"):
            percent = np.where(targets != 0, actuals / targets * 100.0, np.nan)
        measured = np.flatnonzero(np.isfinite(actuals))
        if not len(measured):
            return np.empty(0), np.empty(0)
        keep = slice(measured[0], measured[-1] + 1)
        return ((starts + ends) / 2.0)[keep], percent[keep]


@dataclass(frozen=True)
class KpiSummary:
    """What a dashboard tile shows for one KPI: its latest period."""

    kpi: KpiRead
    latest_day: dt.date | None  # the last day measured in that period
    latest_value: float | None  # the period's actual
    target: float | None  # the period's target; without data, today's period's
    target_period: dt.date | None
    status: KpiStatus
    change: float | None  # the actual − the actual of the period before
    spark: tuple[float, ...]  # the period actuals, earliest first
    count: int
    expected: float | None = None  # the target the status judged by (pro-rated if partial)
    partial: bool = False  # the period is not over and not measured to its end


def summarize(series: KpiSeries, today: dt.date | None = None) -> KpiSummary:
    """The tile of `series`: its latest period's actual, target, status, change, sparkline."""
    today = today or dt.date.today()
    kpi = series.kpi
    figures = series.figures(today)
    latest = latest_figure(figures)
    actuals = np.array([f.actual for f in figures if f.actual is not None], dtype=np.float64)
    _x, spark = minmax_downsample(np.arange(len(actuals), dtype=np.float64), actuals, SPARK_POINTS)
    shown = latest or figure_at(figures, today)
    target = shown.target if shown is not None else None
    change = None
    if latest is not None:
        before = previous_actual(figures, latest)
        change = None if before is None else latest.actual - before  # type: ignore[operator]
    return KpiSummary(
        kpi=kpi,
        latest_day=latest.last_day if latest else None,
        latest_value=latest.actual if latest else None,
        target=target,
        target_period=shown.start if shown is not None and target is not None else None,
        status=latest.status if latest else KpiStatus.NO_DATA,
        change=change,
        spark=tuple(float(v) for v in spark),
        count=series.count,
        expected=latest.expected if latest else None,
        partial=latest.partial if latest else False,
    )


def latest_summaries(
    series: Iterable[KpiSeries], today: dt.date | None = None
) -> dict[int, KpiSummary]:
    """Each KPI's tile (`summarize`), by KPI id: its latest actual and status.

    Every view that shows a KPI's latest actual or status beside the dashboard (the
    objectives' progress) reads it here, so that all of them follow the tiles' rule.
    """
    return {s.kpi.id: summarize(s, today) for s in series}


def trajectory_within(
    baseline: float,
    target: float,
    start: dt.date,
    end: dt.date,
    kpi: KpiRead,
    first_day: dt.date,
    last_day: dt.date,
) -> list[tuple[dt.date, float]]:
    """`trajectory` clipped to whole periods starting within [first_day, last_day].

    A week that starts in the year before the plan cannot hold a target (targets lie within
    the plan's years), so the trajectory then begins with the next period.
    """
    start, end = max(start, first_day), min(end, last_day)
    if period_start(start, kpi.period) < first_day:
        start = next_period_start(start, kpi.period)
    if end < start:
        return []
    return trajectory(baseline, target, start, end, kpi.period)
