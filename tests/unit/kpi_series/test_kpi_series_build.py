"""Series builders: aligned actual/target series, latest value, change, status, downsampling."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from stratdesk.domain.enums import KpiAggregation, KpiDirection, KpiFormula, KpiPeriod, KpiUnit
from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.services.kpi_series import (
    SPARK_POINTS,
    KpiSeries,
    day_seconds,
    minmax_downsample,
    seconds_day,
    summarize,
    trajectory_within,
)
from stratdesk.services.read_models_ops import KpiRead

D = dt.date


def _kpi(**fields: object) -> KpiRead:
    values = {"id": 1, "plan_id": 1, "position": 0, "name": "Sessions", **fields}
    return KpiRead(**values)  # type: ignore[arg-type]


def _series(
    measured: list[tuple[dt.date, float]],
    targets: list[tuple[dt.date, float]] = (),  # type: ignore[assignment]
    **kpi: object,
) -> KpiSeries:
    return KpiSeries(
        kpi=_kpi(**kpi),
        x=day_seconds([d for d, _ in measured]),
        y=np.array([v for _, v in measured], dtype=float),
        target_starts=tuple(d for d, _ in targets),
        target_values=tuple(float(v) for _, v in targets),
    )


def test_days_become_utc_midnights_and_back() -> None:
    days = [D(1970, 1, 2), D(2026, 3, 31), D(2028, 2, 29)]
    seconds = day_seconds(days)
    assert seconds[0] == 86400.0
    assert seconds[1] == dt.datetime(2026, 3, 31, tzinfo=dt.UTC).timestamp()
    assert [seconds_day(s) for s in seconds] == days
    assert len(day_seconds([])) == 0


def test_minmax_downsampling_keeps_the_peaks_in_order() -> None:
    x = np.arange(1000, dtype=float)
    y = np.sin(x / 50.0)
    y[437] = 40.0  # a one-day spike
    y[811] = -40.0
    xs, ys = minmax_downsample(x, y, 60)
    assert len(xs) <= 60
    assert 40.0 in ys and -40.0 in ys
    assert np.all(np.diff(xs) > 0)  # still in time order, no duplicates
    assert xs[0] <= 10 and xs[-1] >= 990  # spans the whole series


def test_minmax_downsampling_leaves_short_series_alone() -> None:
    x, y = np.arange(10.0), np.arange(10.0)
    xs, ys = minmax_downsample(x, y, 60)
    assert xs is x and ys is y


def test_target_at_finds_the_period_and_leaves_gaps_empty() -> None:
    series = _series([], [(D(2026, 1, 1), 10), (D(2026, 2, 1), 20), (D(2026, 4, 1), 40)])
    assert series.target_at(D(2026, 1, 31)) == 10
    assert series.target_at(D(2026, 2, 1)) == 20
    assert series.target_at(D(2026, 3, 15)) is None  # March has no target
    assert series.target_at(D(2026, 4, 30)) == 40
    assert series.target_at(D(2026, 5, 1)) is None
    assert series.target_at(D(2025, 12, 31)) is None


def test_target_steps_are_a_staircase_broken_at_gaps() -> None:
    series = _series([], [(D(2026, 1, 1), 10), (D(2026, 2, 1), 20), (D(2026, 4, 1), 40)])
    x, y = series.target_steps()
    expected_days = [
        D(2026, 1, 1), D(2026, 2, 1), D(2026, 2, 1), D(2026, 3, 1),
        D(2026, 3, 1), D(2026, 4, 1), D(2026, 5, 1),
    ]  # fmt: skip
    assert [seconds_day(s) for s in x] == expected_days
    assert y[:4].tolist() == [10, 10, 20, 20]
    assert math.isnan(y[4])
    assert y[5:].tolist() == [40, 40]


def test_quarter_targets_hold_for_three_months() -> None:
    series = _series([], [(D(2026, 4, 1), 300)], period=KpiPeriod.QUARTER)
    assert series.target_at(D(2026, 6, 30)) == 300
    assert series.target_at(D(2026, 7, 1)) is None


def test_period_actual_follows_the_kpis_aggregation() -> None:
    measured = [(D(2026, 1, 5), 1.0), (D(2026, 1, 31), 3.0), (D(2026, 3, 2), 7.0)]
    targets = [(D(2026, 1, 1), 2), (D(2026, 2, 1), 2), (D(2026, 3, 1), 2)]
    later = D(2027, 1, 1)
    assert _series(measured, targets).period_actuals(later) == [4.0, None, 7.0]  # a count: sum
    last = _series(measured, targets, aggregation=KpiAggregation.LAST)
    assert last.period_actuals(later) == [3.0, None, 7.0]
    average = _series(measured, targets, aggregation=KpiAggregation.AVERAGE)
    assert average.period_actuals(later) == [2.0, None, 7.0]


def test_formula_kpi_reads_its_components() -> None:
    series = KpiSeries(
        kpi=_kpi(formula=KpiFormula.CTR, unit=KpiUnit.PERCENT),
        x=day_seconds([]),
        y=np.array([]),
        target_starts=(D(2026, 1, 1),),
        target_values=(2.0,),
        parts={
            "clicks": (day_seconds([D(2026, 1, 1), D(2026, 1, 2)]), np.array([10.0, 10.0])),
            "impressions": (day_seconds([D(2026, 1, 1), D(2026, 1, 2)]), np.array([100.0, 900.0])),
        },
    )
    assert series.kpi.aggregation == KpiAggregation.FORMULA
    assert series.period_actuals(D(2027, 1, 1)) == [pytest.approx(2.0)]
    assert series.count == 4
    x, y = series.actual_points(D(2027, 1, 1))
    assert [seconds_day(s) for s in x] == [D(2026, 1, 31)] and y.tolist() == [pytest.approx(2.0)]


def test_percent_of_target_per_measurement() -> None:
    measured = [(D(2025, 12, 31), 5.0), (D(2026, 1, 10), 5.0), (D(2026, 2, 10), 30.0)]
    targets = [(D(2026, 1, 1), 10), (D(2026, 2, 1), 0)]
    x, y = _series(measured, targets).percent_of_target()
    assert len(x) == 3
    assert math.isnan(y[0])  # before any target
    assert y[1] == pytest.approx(50.0)
    assert math.isnan(y[2])  # a zero target has no percentage


def test_summary_compares_the_latest_value_with_its_periods_target() -> None:
    measured = [(D(2026, 1, 31), 90.0), (D(2026, 2, 27), 98.0)]
    targets = [(D(2026, 1, 1), 90), (D(2026, 2, 1), 100)]
    summary = summarize(_series(measured, targets))
    assert (summary.latest_day, summary.latest_value) == (D(2026, 2, 27), 98.0)
    assert summary.target == 100 and summary.target_period == D(2026, 2, 1)
    assert summary.status == KpiStatus.ON_TRACK  # 2 % short: within the 5 % tolerance
    assert summary.change == pytest.approx(8.0)  # against January's last value
    assert summary.spark == (90.0, 98.0)
    assert summary.count == 2


@pytest.mark.parametrize(
    ("direction", "value", "expected"),
    [
        (KpiDirection.HIGHER_IS_BETTER, 88.0, KpiStatus.AT_RISK),
        (KpiDirection.HIGHER_IS_BETTER, 70.0, KpiStatus.OFF_TRACK),
        (KpiDirection.LOWER_IS_BETTER, 88.0, KpiStatus.ON_TRACK),
        (KpiDirection.LOWER_IS_BETTER, 130.0, KpiStatus.OFF_TRACK),
    ],
)
def test_summary_status_follows_the_direction(
    direction: KpiDirection, value: float, expected: KpiStatus
) -> None:
    series = _series([(D(2026, 1, 15), value)], [(D(2026, 1, 1), 100)], direction=direction)
    assert summarize(series).status == expected


def test_summary_without_measurements_shows_todays_target_and_no_data() -> None:
    series = _series([], [(D(2026, 5, 1), 12)])
    summary = summarize(series, today=D(2026, 5, 20))
    assert summary.latest_value is None and summary.latest_day is None
    assert summary.target == 12
    assert summary.status == KpiStatus.NO_DATA
    assert summary.change is None and summary.spark == ()


def test_summary_without_a_target_for_the_latest_period_is_no_data() -> None:
    series = _series([(D(2026, 6, 3), 5.0)], [(D(2026, 1, 1), 5)])
    summary = summarize(series)
    assert summary.target is None and summary.target_period is None
    assert summary.status == KpiStatus.NO_DATA


def test_change_is_none_without_an_earlier_period() -> None:
    series = _series([(D(2026, 1, 3), 5.0), (D(2026, 1, 20), 7.0)])
    assert summarize(series).change is None


def test_sparkline_of_a_long_series_is_short_and_shows_period_actuals() -> None:
    days = [D(2026, 1, 5) + dt.timedelta(days=i) for i in range(7 * 150)]
    values = [float(i % 97) for i in range(len(days))]
    series = _series(list(zip(days, values, strict=True)), period=KpiPeriod.WEEK)
    summary = summarize(series, today=D(2030, 1, 1))
    weeks = [sum(values[i : i + 7]) for i in range(0, len(values), 7)]
    assert 2 <= len(summary.spark) <= SPARK_POINTS
    assert max(summary.spark) == max(weeks) and min(summary.spark) == min(weeks)


def test_trajectory_within_skips_a_week_that_starts_before_the_plan() -> None:
    kpi = _kpi(period=KpiPeriod.WEEK)
    first, last = D(2026, 1, 1), D(2026, 12, 31)  # 1 Jan 2026 is a Thursday
    steps = trajectory_within(0, 100, first, last, kpi, first, last)
    assert steps[0][0] == D(2026, 1, 5)  # the first Monday of the plan
    assert all(first <= day <= last for day, _ in steps)
    assert steps[-1][1] == 100.0


def test_trajectory_within_is_clipped_to_the_plan() -> None:
    kpi = _kpi(period=KpiPeriod.QUARTER)
    steps = trajectory_within(
        10, 50, D(2025, 1, 1), D(2030, 1, 1), kpi, D(2026, 1, 1), D(2026, 12, 31)
    )
    assert [day for day, _ in steps] == [
        D(2026, 1, 1),
        D(2026, 4, 1),
        D(2026, 7, 1),
        D(2026, 10, 1),
    ]
    assert [value for _, value in steps] == [20.0, 30.0, 40.0, 50.0]
    assert (
        trajectory_within(1, 2, D(2027, 1, 1), D(2027, 6, 1), kpi, D(2026, 1, 1), D(2026, 12, 31))
        == []
    )


def test_period_percents_are_the_tables_actuals_in_the_middle_of_each_period() -> None:
    measured = [(D(2026, 1, 31), 50.0), (D(2026, 3, 31), 30.0), (D(2026, 3, 15), 1.0)]
    measured.sort()
    targets = [(D(2026, m, 1), 100.0) for m in range(1, 7)] + [(D(2026, 7, 1), 0.0)]
    series = _series(measured, targets, aggregation="last")  # a stock: the period's last value
    x, y = series.period_percents()
    # January to March: the first and last periods measured (April on has nothing to compare).
    assert [seconds_day(v) for v in x] == [D(2026, 1, 16), D(2026, 2, 15), D(2026, 3, 16)]
    assert y[0] == pytest.approx(50.0) and math.isnan(y[1]) and y[2] == pytest.approx(30.0)
    assert _series([], targets).period_percents()[0].size == 0
