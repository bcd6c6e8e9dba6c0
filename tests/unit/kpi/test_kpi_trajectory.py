"""Period starts and the linear trajectory of targets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.enums import KpiPeriod
from stratdesk.domain.kpi_trajectory import (
    next_period_start,
    period_start,
    period_starts,
    trajectory,
)

D = dt.date


@pytest.mark.parametrize(
    ("day", "period", "expected"),
    [
        (D(2024, 3, 14), KpiPeriod.WEEK, D(2024, 3, 11)),  # a Thursday → its Monday
        (D(2024, 3, 11), KpiPeriod.WEEK, D(2024, 3, 11)),
        (D(2024, 1, 3), KpiPeriod.WEEK, D(2024, 1, 1)),
        (D(2023, 1, 1), KpiPeriod.WEEK, D(2022, 12, 26)),  # a Sunday: previous year's Monday
        (D(2024, 2, 29), KpiPeriod.MONTH, D(2024, 2, 1)),
        (D(2024, 3, 31), KpiPeriod.QUARTER, D(2024, 1, 1)),
        (D(2024, 4, 1), KpiPeriod.QUARTER, D(2024, 4, 1)),
        (D(2024, 8, 15), KpiPeriod.QUARTER, D(2024, 7, 1)),
        (D(2024, 12, 31), KpiPeriod.QUARTER, D(2024, 10, 1)),
    ],
)
def test_period_start(day: dt.date, period: KpiPeriod, expected: dt.date) -> None:
    assert period_start(day, period) == expected


def test_next_period_start_crosses_years() -> None:
    assert next_period_start(D(2024, 12, 30), KpiPeriod.WEEK) == D(2025, 1, 6)
    assert next_period_start(D(2024, 12, 5), KpiPeriod.MONTH) == D(2025, 1, 1)
    assert next_period_start(D(2024, 11, 5), KpiPeriod.QUARTER) == D(2025, 1, 1)


def test_monthly_trajectory_steps_from_baseline_to_target() -> None:
    points = trajectory(100.0, 160.0, D(2025, 1, 15), D(2025, 6, 30), KpiPeriod.MONTH)
    assert [day for day, _ in points] == [D(2025, m, 1) for m in range(1, 7)]
    assert [value for _, value in points] == pytest.approx([110, 120, 130, 140, 150, 160])


def test_quarterly_trajectory_over_two_years() -> None:
    points = trajectory(2.0, 1.0, D(2025, 1, 1), D(2026, 12, 31), KpiPeriod.QUARTER)
    assert [day for day, _ in points][:5] == [
        D(2025, 1, 1),
        D(2025, 4, 1),
        D(2025, 7, 1),
        D(2025, 10, 1),
        D(2026, 1, 1),
    ]
    assert len(points) == 8
    assert points[0][1] == pytest.approx(1.875)  # a falling target (e.g. a CPC) works too
    assert points[-1][1] == 1.0


def test_weekly_trajectory_starts_on_mondays() -> None:
    points = trajectory(0.0, 30.0, D(2025, 3, 5), D(2025, 3, 20), KpiPeriod.WEEK)
    assert [day for day, _ in points] == [D(2025, 3, 3), D(2025, 3, 10), D(2025, 3, 17)]
    assert all(day.weekday() == 0 for day, _ in points)
    assert [value for _, value in points] == pytest.approx([10, 20, 30])


def test_a_single_period_holds_the_target() -> None:
    assert trajectory(5, 9, D(2025, 5, 2), D(2025, 5, 20), KpiPeriod.MONTH) == [
        (D(2025, 5, 1), 9.0)
    ]


def test_an_end_before_the_start_is_refused() -> None:
    with pytest.raises(ValueError, match="end date"):
        trajectory(1, 2, D(2025, 5, 2), D(2025, 4, 1), KpiPeriod.MONTH)


@given(
    st.floats(-1e6, 1e6),
    st.floats(-1e6, 1e6),
    st.dates(D(2000, 1, 1), D(2090, 1, 1)),
    st.integers(0, 1500),
    st.sampled_from(list(KpiPeriod)),
)
def test_trajectory_properties(
    baseline: float, target: float, start: dt.date, days: int, period: KpiPeriod
) -> None:
    end = start + dt.timedelta(days=days)
    points = trajectory(baseline, target, start, end, period)
    starts = [day for day, _ in points]
    assert starts == sorted(set(starts))
    assert all(period_start(day, period) == day for day in starts)
    assert starts[0] <= start and starts[-1] <= end < next_period_start(starts[-1], period)
    assert points[-1][1] == target
    low, high = sorted((baseline, target))
    assert all(low - 1e-6 <= value <= high + 1e-6 for _, value in points)
    assert period_starts(start, end, period) == starts
