"""A reusable timeline: lanes of bars and milestones on a time axis (roadmap, calendar).

One QGraphicsView (`TimelineView`), one graphics item per bar, laid out by the Qt-free maths
of `stratdesk.domain.timeline` (dates ↔ x, snapping, stacking without overlap, header ticks).
It knows nothing of services: the page feeds it lanes and bars and turns its intents into
undo commands; the view never writes anything.

Feeding it:

- `Lane(key, title, subtitle="", colour=None)`: one band. `key` is any hashable (an
  objective id, `("theme", 3)`, a channel…); `colour` ("#rrggbb") marks the lane's header and
  is the default colour of its bars.
- `Bar(id, lane, start, end, title, colour=None, milestone=False, status="", symbol="",
  muted=False, data=None)`: dates are `datetime.date`, `end` inclusive (a one-day campaign
  has start == end; a milestone is one day, drawn as a diamond with its title beside it).
  `status` goes into the tooltip, `symbol` ("✓", "!") is drawn before the title, `muted`
  fades the bar (done, cancelled). Bars whose lane is not shown are kept but hidden.
- `TimelineView(parent=None, zoom=Zoom.QUARTER, levels=ROADMAP_ZOOMS)`; the calendar passes
  `levels=list(Zoom)` to offer the week zoom too.
- `set_content(lanes, bars, start, end)` sets everything at once (the horizon, both days
  included, is optional); `set_lanes`, `set_bars` (diffed by id: unchanged bars keep their
  items), `update_bars(bars)` inserts or updates a few bars and `remove_bars(ids)` drops
  some — only their lanes are restacked, so a page applies one command's change cheaply.
  `bar(id)`, `horizon()`, `set_horizon(start, end)`, `set_today(day)`.
- `set_fit_days(days)`: days sized so that `days` of them fill the viewport (the calendar's
  quarter or year at a glance; None: the zoom's width); `set_snap_unit(Unit.DAY)`: drags and
  keyboard steps snap to that unit instead of the zoom's; `show_from(day)` scrolls `day` to
  the left edge.
- `set_editable(False)`: bars can be selected and opened, not created, moved, resized or
  deleted (workshop mode). `set_lane_changes_allowed(True)`: a bar dragged onto another lane
  moves there (off by default). `set_lane_header_width(px)`.

Zoom and navigation: `set_zoom(zoom)` (keeps the date at the centre), `zoom_in()`,
`zoom_out()`, `zoom()`, `set_zoom_levels(levels)`, `day_width()`; `scroll_to_date(day)`,
`scroll_to_today()`, `scroll_by(px)`, `visible_dates()`; `select_bar(id)` selects and scrolls
it into view, `current_bar()`. Ctrl+wheel zooms around the pointer; Shift+wheel (or the
wheel, when there is nothing to scroll vertically) scrolls through time.

Signals (intents; connect them to the page's Intents class, which pushes one undo command
each — see `ui/operations/mix/intents.py`):

- `create_requested(lane_key, start, end)`: a drag across empty time in a lane
  → e.g. `intents.add(lane_key, start, end)` → CreateCommand, then `select_bar(new_id)`;
- `move_requested(bar_id, lane_key, start, end)`: a bar dragged (or moved by the arrows);
  lane_key is its own lane unless lane changes are allowed → UpdateCommand of start, end and
  the lane's field;
- `resize_requested(bar_id, start, end)`: an edge dragged (or Shift+arrows) → UpdateCommand;
- `edit_requested(bar_id)`: double-click or Enter → open the page's editor;
- `delete_requested(bar_id)`: the Delete key → DeleteCommand;
- `current_changed(bar_id | None)`: the selection (a side panel, the actions' enabled state);
- `zoom_changed(zoom)`, `lane_activated(lane_key)` (double-click on a lane's title) and
  `context_menu_requested(bar_id | None, lane_key | None, day, global_pos)`.

A drag shows the bar (or a ghost, when creating) moving live, snapped to the zoom's unit
(year zoom: months, quarter zoom: ISO weeks, month and week zooms: days) and clamped to the
horizon; it emits exactly one signal when the button is released, none if the dates end
where they started, and Esc cancels it. After the signal the bar returns to its own dates
unless the page updated it meanwhile — so a refused command leaves it where it was. The page
answers through the ChangeSet bridge with `update_bars([...])`/`remove_bars`.

Keyboard: Left/Right move the current bar by the zoom's step (without a current bar they
scroll), Shift+Left/Right resize its end, Up/Down and Tab/Shift+Tab select the previous or
next bar (lane by lane, then by date), Enter edits, Delete deletes, T scrolls to today,
Home/End to the horizon's first/last day, Page Up/Down by a screen, Ctrl+= / Ctrl+- zoom.

A page typically does::

    view = TimelineView(zoom=Zoom.QUARTER)
    view.create_requested.connect(self.intents.add)
    view.move_requested.connect(self.intents.move)
    view.resize_requested.connect(self.intents.resize)
    view.edit_requested.connect(self.open_editor)
    view.delete_requested.connect(self.intents.delete)
    ...
    def refresh(self):
        view.set_content(lanes_from(objectives, themes), [to_bar(item) for item in items],
                         plan.first_day, plan.last_day)

Everything follows the widget's font (row heights, header, day widths at day zooms) and
palette (light or dark); only the bars' own colours come from the page, with black or white
text on them by contrast. Zooming changes the day width rather than scaling the view, so
text is never stretched and needs no ItemIgnoresTransformations.
"""

from stratdesk.domain.timeline import Zoom
from stratdesk.ui.widgets.timeline.base import ROADMAP_ZOOMS
from stratdesk.ui.widgets.timeline.data import Bar, Lane
from stratdesk.ui.widgets.timeline.view import TimelineView

__all__ = ["ROADMAP_ZOOMS", "Bar", "Lane", "TimelineView", "Zoom"]
