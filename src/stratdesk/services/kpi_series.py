"""What the KPI charts and tiles draw: each KPI's measurements and targets, shaped to draw.

Qt-free and database-free: `kpi_series_reader` reads the rows, this module shapes them. Days
are seconds since 1970-01-01 UTC (what a date axis counts), values float arrays.

A period's *actual* is the last value measured in it (subscriptions at the end of the month,
the month's conversion rate): the value the period's target is compared with. The latest
measurement is compared with the target of its own period to give the KPI's status.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from stratdesk.domain.kpi_status import KpiStatus, status
from stratdesk.domain.kpi_trajectory import next_period_start, period_start, trajectory
from stratdesk.services.read_models_ops import KpiRead

DAY = 86400.0
SPARK_POINTS = 48  # a tile's sparkline: enough to show a shape, few enough to paint 100 tiles
TOLERANCE = 0.05  # the status rule's "on track" band, drawn around the target line


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


@dataclass(frozen=True, eq=False)
class KpiSeries:
    """One KPI's measured values and its targets per period, ready to draw."""

    kpi: KpiRead
    x: np.ndarray  # measurement days, seconds since 1970-01-01 UTC, earliest first
    y: np.ndarray  # measured values
    target_starts: tuple[dt.date, ...] = ()
    target_values: tuple[float, ...] = ()
    _ends: tuple[dt.date, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        ends = tuple(next_period_start(s, self.kpi.period) for s in self.target_starts)
        object.__setattr__(self, "_ends", ends)

    @property
    def count(self) -> int:
        return len(self.x)

    def latest(self) -> tuple[dt.date, float] | None:
        """The last measurement: (day, value)."""
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

    def period_actuals(self) -> list[float | None]:
        """Per target period, the last value measured in it (None when nothing was)."""
        starts, ends = day_seconds(self.target_starts), day_seconds(self._ends)
        last = np.searchsorted(self.x, ends, "left") - 1
        first = np.searchsorted(self.x, starts, "left")
        return [float(self.y[j]) if j >= i else None for i, j in zip(first, last, strict=True)]

    def percent_of_target(self) -> tuple[np.ndarray, np.ndarray]:
        """Each measurement as a percentage of its period's target (NaN: no or zero target)."""
        if not self.target_starts or not len(self.x):
            return self.x, np.full(len(self.x), np.nan)
        starts, ends = day_seconds(self.target_starts), day_seconds(self._ends)
        values = np.array(self.target_values, dtype=np.float64)
        i = np.searchsorted(starts, self.x, "right") - 1
        inside = (i >= 0) & (self.x < ends[np.clip(i, 0, None)])
        target = np.where(inside, values[np.clip(i, 0, None)], np.nan)
        with np.errstate(divide="ignore", invalid="ignore"):
            percent = np.where(target != 0, self.y / target * 100.0, np.nan)
        return self.x, percent

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
    """What a dashboard tile shows for one KPI."""

    kpi: KpiRead
    latest_day: dt.date | None
    latest_value: float | None
    target: float | None  # of the latest value's period; without data, of today's period
    target_period: dt.date | None
    status: KpiStatus
    change: float | None  # latest value − the last value of the period before
    spark: tuple[float, ...]
    count: int


def summarize(series: KpiSeries, today: dt.date | None = None) -> KpiSummary:
    """The tile of `series`: latest value, its target, status, change and sparkline."""
    kpi = series.kpi
    latest = series.latest()
    day = latest[0] if latest else (today or dt.date.today())
    value = latest[1] if latest else None
    target = series.target_at(day)
    change = None
    if latest is not None:
        before = day_seconds([period_start(day, kpi.period)])[0]
        earlier = int(np.searchsorted(series.x, before, "left"))
        if earlier > 0:
            change = latest[1] - float(series.y[earlier - 1])
    _x, spark = minmax_downsample(series.x, series.y, SPARK_POINTS)
    return KpiSummary(
        kpi=kpi,
        latest_day=latest[0] if latest else None,
        latest_value=value,
        target=target,
        target_period=period_start(day, kpi.period) if target is not None else None,
        status=status(value, target, kpi.direction, tolerance=TOLERANCE),
        change=change,
        spark=tuple(float(v) for v in spark),
        count=series.count,
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
