"""Calendar units (day, ISO week, month, quarter, year): their first and last days, and steps.

Everything is end-inclusive: a unit runs from `unit_start(day)` to `unit_end(day)`, both
days included; the day after the end is the next unit's start.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

ONE_DAY = dt.timedelta(days=1)


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"  # ISO weeks: Monday to Sunday
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_MONTHS = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months; a day past the end of the target month becomes its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def unit_start(day: dt.date, unit: Unit) -> dt.date:
    """The first day of the unit that holds `day` (a Monday for weeks)."""
    if unit == Unit.DAY:
        return day
    if unit == Unit.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if unit == Unit.MONTH:
        return day.replace(day=1)
    if unit == Unit.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def next_unit_start(day: dt.date, unit: Unit) -> dt.date:
    """The first day of the unit after the one that holds `day`."""
    first = unit_start(day, unit)
    if unit == Unit.DAY:
        return first + ONE_DAY
    if unit == Unit.WEEK:
        return first + dt.timedelta(days=7)
    return add_months(first, _MONTHS[unit])


def unit_end(day: dt.date, unit: Unit) -> dt.date:
    """The last day (inclusive) of the unit that holds `day` (a Sunday for weeks)."""
    return next_unit_start(day, unit) - ONE_DAY


def shift(day: dt.date, unit: Unit, steps: int) -> dt.date:
    """`day` moved by `steps` whole units (months keep their day where the month allows)."""
    if unit == Unit.DAY:
        return day + dt.timedelta(days=steps)
    if unit == Unit.WEEK:
        return day + dt.timedelta(days=7 * steps)
    return add_months(day, _MONTHS[unit] * steps)


def nearest_unit_start(day: dt.date, unit: Unit) -> dt.date:
    """The unit start (a boundary between two units) closest to `day`; ties go to the earlier."""
    before = unit_start(day, unit)
    after = next_unit_start(day, unit)
    return before if (day - before) <= (after - day) else after


def unit_starts(start: dt.date, end: dt.date, unit: Unit) -> list[dt.date]:
    """The first days of every unit that overlaps `start`..`end` (the first may be < start)."""
    starts: list[dt.date] = []
    current = unit_start(start, unit)
    while current <= end:
        starts.append(current)
        current = next_unit_start(current, unit)
    return starts
