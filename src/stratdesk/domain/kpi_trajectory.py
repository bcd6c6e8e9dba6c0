"""Targets per period: the straight line from a baseline to an objective's target.

Periods are identified by their first day: a week by its Monday, a month by its 1st, a
quarter by 1 January, 1 April, 1 July or 1 October. The baseline is where the KPI stands
before the first period; each period takes one equal step, and the last period (the one that
holds `end`) reaches the target exactly. The consultant can then edit any period's target.
"""

from __future__ import annotations

import datetime as dt

from stratdesk.domain.enums import KpiPeriod
from stratdesk.domain.rules import check_date_range


def period_start(day: dt.date, period: KpiPeriod) -> dt.date:
    """The first day of the period that holds `day`."""
    if period == KpiPeriod.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if period == KpiPeriod.MONTH:
        return day.replace(day=1)
    if period == KpiPeriod.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    raise ValueError(f"unknown period: {period!r}")


def next_period_start(start: dt.date, period: KpiPeriod) -> dt.date:
    """The first day of the period after the one that holds `start`."""
    first = period_start(start, period)
    if period == KpiPeriod.WEEK:
        return first + dt.timedelta(days=7)
    months = 1 if period == KpiPeriod.MONTH else 3
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_starts(start: dt.date, end: dt.date, period: KpiPeriod) -> list[dt.date]:
    """The first days of every period from the one holding `start` to the one holding `end`."""
    check_date_range(start, end)
    starts = [period_start(start, period)]
    last = period_start(end, period)
    while starts[-1] < last:
        starts.append(next_period_start(starts[-1], period))
    return starts


def trajectory(
    baseline: float, target: float, start: dt.date, end: dt.date, period: KpiPeriod
) -> list[tuple[dt.date, float]]:
    """Linear targets per period start, from `baseline` (before `start`) to `target` (at `end`)."""
    starts = period_starts(start, end, period)
    steps = len(starts)
    values = [baseline + (target - baseline) * (i + 1) / steps for i in range(steps)]
    values[-1] = float(target)  # exactly the objective, whatever the rounding on the way
    return list(zip(starts, values, strict=True))
