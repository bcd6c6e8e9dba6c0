"""The calendar's month grid: week rows (Monday first) and each interval cut into one segment
per week row it crosses, stacked per week without overlap.

A segment knows whether its interval goes on before it (`continues_left`) or after it
(`continues_right`), so the view can draw an open end. By default the grid shows whole weeks,
so the days of the neighbouring months at both ends carry segments too; `clip_to_month` cuts
them to the month's own days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from stratdesk.domain.timeline.stacking import Span, stack
from stratdesk.domain.timeline.units import Unit, unit_end, unit_start

WEEK = dt.timedelta(days=7)


@dataclass(frozen=True, slots=True)
class WeekRow:
    index: int
    monday: dt.date

    @property
    def days(self) -> tuple[dt.date, ...]:
        return tuple(self.monday + dt.timedelta(days=n) for n in range(7))


@dataclass(frozen=True, slots=True)
class Segment:
    """The part of interval `key` in week row `week`, columns `start_col`..`end_col` (0 = Mon)."""

    key: Hashable
    week: int
    start_col: int
    end_col: int
    row: int
    continues_left: bool
    continues_right: bool


@dataclass(frozen=True)
class MonthLayout:
    year: int
    month: int
    weeks: tuple[WeekRow, ...]
    segments: tuple[Segment, ...]
    rows_per_week: tuple[int, ...]  # rows the week's segments use (0 when it has none)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return unit_end(self.first_day, Unit.MONTH)

    def cell_of(self, day: dt.date) -> tuple[int, int] | None:
        """(week row, column) of `day`, or None when the grid does not show it."""
        offset = (day - self.weeks[0].monday).days
        if not 0 <= offset < 7 * len(self.weeks):
            return None
        return divmod(offset, 7)

    def day_at(self, week: int, column: int) -> dt.date:
        return self.weeks[week].monday + dt.timedelta(days=column)


def month_weeks(year: int, month: int, six_weeks: bool = False) -> tuple[WeekRow, ...]:
    """The week rows showing the month (4 to 6; always 6 with `six_weeks`, for a steady grid)."""
    first = dt.date(year, month, 1)
    monday = unit_start(first, Unit.WEEK)
    last = unit_end(first, Unit.MONTH)
    rows: list[WeekRow] = []
    while monday <= last or (six_weeks and len(rows) < 6):
        rows.append(WeekRow(len(rows), monday))
        monday += WEEK
    return tuple(rows)


def month_layout(
    year: int,
    month: int,
    spans: Iterable[Span],
    *,
    clip_to_month: bool = False,
    six_weeks: bool = False,
) -> MonthLayout:
    """Week rows of the month and the stacked segments of the spans that show in it."""
    weeks = month_weeks(year, month, six_weeks)
    first = dt.date(year, month, 1)
    low, high = weeks[0].monday, weeks[-1].monday + dt.timedelta(days=6)
    if clip_to_month:
        low, high = first, unit_end(first, Unit.MONTH)
    per_week: list[list[Span]] = [[] for _ in weeks]
    cuts: dict[tuple[int, Hashable], tuple[dt.date, dt.date, bool, bool]] = {}
    for span in spans:
        start, end = max(span.start, low), min(span.end, high)
        if start > end:
            continue
        week = (start - weeks[0].monday).days // 7
        while week < len(weeks) and weeks[week].monday <= end:
            monday = weeks[week].monday
            seg_start, seg_end = max(start, monday), min(end, monday + dt.timedelta(days=6))
            per_week[week].append(Span(span.key, seg_start, seg_end))
            cuts[week, span.key] = (seg_start, seg_end, span.start < seg_start, span.end > seg_end)
            week += 1
    segments: list[Segment] = []
    counts: list[int] = []
    for week, items in enumerate(per_week):
        stacking = stack(items)
        counts.append(stacking.count)
        monday = weeks[week].monday
        for item in sorted(items, key=lambda s: (stacking.rows[s.key], s.start)):
            seg_start, seg_end, left, right = cuts[week, item.key]
            segments.append(
                Segment(
                    item.key,
                    week,
                    (seg_start - monday).days,
                    (seg_end - monday).days,
                    stacking.rows[item.key],
                    left,
                    right,
                )
            )
    return MonthLayout(year, month, weeks, tuple(segments), tuple(counts))


def year_overview(year: int, spans: Iterable[Span], **options: bool) -> tuple[MonthLayout, ...]:
    """The twelve month layouts of `year` (the calendar's year view)."""
    pool = [s for s in spans if s.start.year <= year + 1 and s.end.year >= year - 1]
    return tuple(month_layout(year, month, pool, **options) for month in range(1, 13))


def busy_days(spans: Iterable[Span], start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """How many spans cover each day of `start`..`end` (a heat strip for the year view)."""
    delta = [0] * ((end - start).days + 2)
    for span in spans:
        first, last = max(span.start, start), min(span.end, end)
        if first <= last:
            delta[(first - start).days] += 1
            delta[(last - start).days + 1] -= 1
    counts: dict[dt.date, int] = {}
    running = 0
    for offset in range((end - start).days + 1):
        running += delta[offset]
        counts[start + dt.timedelta(days=offset)] = running
    return counts
