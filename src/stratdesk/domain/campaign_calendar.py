"""The campaign calendar's rules, Qt-free: the period each view shows and how the keys step
through it, which day cells overflow in the month grid ("+n more"), and the list's filter.

- `CalendarPeriod` (MONTH, QUARTER, YEAR): `period_span(period, day)` is the first and last
  day shown; `stepped_period(period, day, n)` the first day of the period n steps away, kept
  within the plan's years (Page Up / Page Down).
- `month_overflow(layout, max_rows, more_line=…)`: how many rows each week shows and, per
  day cell, how many segments are hidden under "+n more".
- `CampaignFilter` / `matches`: channel, objective, segment and status (None = any; the
  objective and segment can also ask for `NONE`, the campaigns without one).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from stratdesk.domain.enums import Channel, WorkStatus
from stratdesk.domain.timeline.month_grid import MonthLayout
from stratdesk.domain.timeline.units import Unit, shift, unit_end, unit_start


class CalendarPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_UNITS = {
    CalendarPeriod.MONTH: Unit.MONTH,
    CalendarPeriod.QUARTER: Unit.QUARTER,
    CalendarPeriod.YEAR: Unit.YEAR,
}


def period_span(period: CalendarPeriod, day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the month, quarter or year holding `day`."""
    unit = _UNITS[period]
    return unit_start(day, unit), unit_end(day, unit)


def stepped_period(
    period: CalendarPeriod, day: dt.date, steps: int, years: tuple[int, int] | None = None
) -> dt.date:
    """The first day of the period `steps` away from the one holding `day`, clamped to the
    plan's `years` (first, last) when given."""
    unit = _UNITS[period]
    first = unit_start(shift(unit_start(day, unit), unit, steps), unit)
    if years is not None:
        low = dt.date(years[0], 1, 1)
        high = unit_start(dt.date(years[1], 12, 31), unit)
        first = max(low, min(high, first))
    return first


def clamp_to_years(day: dt.date, years: tuple[int, int]) -> dt.date:
    """`day`, or the plan's first or last day when it falls outside the plan's years."""
    return max(dt.date(years[0], 1, 1), min(dt.date(years[1], 12, 31), day))


@dataclass(frozen=True)
class Overflow:
    """What the month grid shows when a week holds more rows than fit.

    `shown_rows[week]` is how many rows of bars the week draws; `hidden[(week, column)]` how
    many bars of that day are left out (the cell says "+n more").
    """

    shown_rows: tuple[int, ...]
    hidden: dict[tuple[int, int], int]


def month_overflow(layout: MonthLayout, max_rows: int, *, more_line: bool = True) -> Overflow:
    """Weeks with more than `max_rows` rows show `max_rows - 1` and a "+n more" line (or
    `max_rows`, when the "+n more" goes elsewhere: `more_line=False`)."""
    max_rows = max(1, max_rows)
    cut = max_rows - 1 if more_line else max_rows
    shown = [count if count <= max_rows else cut for count in layout.rows_per_week]
    hidden: Counter[tuple[int, int]] = Counter()
    for segment in layout.segments:
        if segment.row >= shown[segment.week]:
            for column in range(segment.start_col, segment.end_col + 1):
                hidden[segment.week, column] += 1
    return Overflow(tuple(shown), dict(hidden))


class _No(StrEnum):
    NONE = "none"


NONE = _No.NONE  # a filter asking for the campaigns without an objective (or segment)


@dataclass(frozen=True)
class CampaignFilter:
    """None: any value. `objective` and `segment` may also be `NONE`."""

    channel: Channel | None = None
    objective: int | _No | None = None
    segment: int | _No | None = None
    status: WorkStatus | None = None

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.channel, self.objective, self.segment, self.status))


def wants_none(wanted: object) -> bool:
    """Whether a filter value is `NONE` (or its text, as a Qt item's data gives it back)."""
    return isinstance(wanted, str) and wanted == NONE


def _link_matches(wanted: int | _No | None, value: int | None) -> bool:
    if wanted is None:
        return True
    if wants_none(wanted):
        return value is None
    return value == wanted


def matches(campaign: Any, wanted: CampaignFilter) -> bool:
    """Whether `campaign` (a read model) passes the filter."""
    return (
        (wanted.channel is None or campaign.channel == wanted.channel)
        and (wanted.status is None or campaign.status == wanted.status)
        and _link_matches(wanted.objective, campaign.objective_id)
        and _link_matches(wanted.segment, campaign.segment_id)
    )


def channels_used(campaigns: Iterable[Any]) -> list[Channel]:
    """The channels the campaigns run in, in the vocabulary's order (one lane each)."""
    used = {campaign.channel for campaign in campaigns}
    return [channel for channel in Channel if channel in used]


def campaigns_on(campaigns: Sequence[Any], day: dt.date) -> list[Any]:
    """The campaigns running on `day`, by start then name (the "+n more" list)."""
    running = [c for c in campaigns if c.start <= day <= c.end]
    return sorted(running, key=lambda c: (c.start, c.name.casefold(), c.id))
