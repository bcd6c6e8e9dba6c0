"""Qt-free layout maths for everything drawn on a time axis (roadmap, campaign calendar).

Dates are `datetime.date` and intervals are end-inclusive: a one-day campaign and a milestone
have start == end.

- `units`: day / ISO week / month / quarter / year — `unit_start`, `unit_end`,
  `next_unit_start`, `shift`, `nearest_unit_start`, `unit_starts`, `add_months`.
- `zoom`: `Zoom` (YEAR, QUARTER, MONTH, WEEK) and its `ZoomSpec` (day width in px, the snap
  unit = the keyboard step, the header's major/minor/fine units); `zoomed(zoom, ±n, levels)`.
- `scale`: `TimeScale(start, end, day_width)` — `date_to_x`, `end_x`, `span_x`,
  `x_to_date(x, Rounding.FLOOR | NEAREST, clamp=True)`, `width`, `clamp`, `today_x`.
- `snapping`: `snap_date`, `snap_end`, `dragged(kind, start, end, dx, scale, unit)` for a
  move or an edge drag (snapped, clamped to the horizon, never end < start), `created(x0, x1,
  …)` for a drag across empty time, `stepped(…)` for the keyboard, `clamp_move`.
- `ticks` / `labels`: the header as data for the range in view (`ticks`, `grid_lines`,
  `weekend_days`) and its labels in the interface language (`tick_labels`, longest first).
- `stacking`: rows without overlap (`stack`), `visual_end` (stack by what is drawn), lanes one
  under the other (`layout_lanes`, `lane_at`, `row_top`, `row_at`).
- `month_grid`: the calendar's month (`month_layout`: week rows, segments per week with
  continues-left/right, stacked per week), `year_overview`, `busy_days`.
"""

from stratdesk.domain.timeline.labels import tick_labels
from stratdesk.domain.timeline.month_grid import (
    MonthLayout,
    Segment,
    WeekRow,
    busy_days,
    month_layout,
    month_weeks,
    year_overview,
)
from stratdesk.domain.timeline.scale import Rounding, TimeScale
from stratdesk.domain.timeline.snapping import (
    DragKind,
    Interval,
    clamp_move,
    created,
    dragged,
    moved,
    resized_end,
    resized_start,
    snap_date,
    snap_end,
    stepped,
)
from stratdesk.domain.timeline.stacking import (
    LaneBox,
    Span,
    Stacking,
    lane_at,
    layout_lanes,
    row_at,
    row_top,
    stack,
    visual_end,
)
from stratdesk.domain.timeline.ticks import Level, Tick, grid_lines, ticks, weekend_days
from stratdesk.domain.timeline.units import (
    Unit,
    add_months,
    nearest_unit_start,
    next_unit_start,
    shift,
    unit_end,
    unit_start,
    unit_starts,
)
from stratdesk.domain.timeline.zoom import SPECS, ZOOM_ORDER, Zoom, ZoomSpec, spec, zoomed

__all__ = [
    "SPECS",
    "ZOOM_ORDER",
    "DragKind",
    "Interval",
    "LaneBox",
    "Level",
    "MonthLayout",
    "Rounding",
    "Segment",
    "Span",
    "Stacking",
    "Tick",
    "TimeScale",
    "Unit",
    "WeekRow",
    "Zoom",
    "ZoomSpec",
    "add_months",
    "busy_days",
    "clamp_move",
    "created",
    "dragged",
    "grid_lines",
    "lane_at",
    "layout_lanes",
    "month_layout",
    "month_weeks",
    "moved",
    "nearest_unit_start",
    "next_unit_start",
    "resized_end",
    "resized_start",
    "row_at",
    "row_top",
    "shift",
    "snap_date",
    "snap_end",
    "spec",
    "stack",
    "stepped",
    "tick_labels",
    "ticks",
    "unit_end",
    "unit_start",
    "unit_starts",
    "visual_end",
    "weekend_days",
    "year_overview",
    "zoomed",
]
