"""The scene: lanes and bar items laid out by the Qt-free maths, updated bar by bar.

A change to a few bars restacks only their lanes; lanes under one whose height changed move
as one item each; a zoom change re-places every bar (x only changes with the day width).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from stratdesk.domain.timeline import (
    LaneBox,
    Span,
    TimeScale,
    Unit,
    Zoom,
    lane_at,
    layout_lanes,
    spec,
    stack,
    visual_end,
)
from stratdesk.ui.widgets.timeline.data import Bar, Lane
from stratdesk.ui.widgets.timeline.items import BarItem, LaneItem
from stratdesk.ui.widgets.timeline.painting import paint_background
from stratdesk.ui.widgets.timeline.style import Style


class TimelineScene(QGraphicsScene):
    """Lanes (as `LaneItem`s) holding `BarItem`s; paints bands, grid and the today line."""

    layout_changed = Signal()  # lanes moved or resized, or the scene's width changed

    def __init__(self, style: Style, scale: TimeScale, zoom: Zoom, parent=None) -> None:
        super().__init__(parent)
        self.timeline_style = style
        self.scale = scale
        self.zoom = zoom
        self.today = dt.date.today()
        self.snap_override: Unit | None = None  # the view's `set_snap_unit`
        self.lanes: list[Lane] = []
        self.boxes: list[LaneBox] = []
        self._lane_items: dict[Hashable, LaneItem] = {}
        self._lane_by_key: dict[Hashable, Lane] = {}
        self._index: dict[Hashable, int] = {}
        self._boxes_by_key: dict[Hashable, LaneBox] = {}
        self._row_counts: dict[Hashable, int] = {}
        self.bar_items: dict[Hashable, BarItem] = {}
        self._members: dict[Hashable, set[Hashable]] = {}
        self._order: list[Hashable] | None = None
        self.visible_left = 0.0  # the view's left edge: titles of bars cut by it slide along
        self.layout_passes = 0  # how many lanes were restacked (tests check updates stay local)

    # --- lanes -------------------------------------------------------------------------
    def set_lanes(self, lanes: Sequence[Lane]) -> None:
        keys = [lane.key for lane in lanes]
        if len(set(keys)) != len(keys):
            raise ValueError("lane keys must be unique")
        for key in set(self._lane_items) - set(keys):
            for bar_id in self._members.get(key, ()):
                self._detach(self.bar_items[bar_id])  # kept: the lane may come back
            self.removeItem(self._lane_items.pop(key))
            self._row_counts.pop(key, None)
        before = self._lane_by_key
        self.lanes = list(lanes)
        self._lane_by_key = {lane.key: lane for lane in lanes}
        self._index = {key: n for n, key in enumerate(keys)}
        for lane in lanes:
            new = lane.key not in self._lane_items
            if new:
                self._lane_items[lane.key] = LaneItem()
                self.addItem(self._lane_items[lane.key])
            elif before[lane.key].colour == lane.colour:
                continue  # the same lane: its bars stay as they are
            for bar_id in self._members.get(lane.key, ()):
                bar_item = self.bar_items[bar_id]
                bar_item.lane_colour = lane.colour
                bar_item.update()
                self._attach(bar_item)
            if new:
                self._restack(lane.key)
        self._order = None
        self._relayout()

    def lane(self, key: Hashable) -> Lane | None:
        return self._lane_by_key.get(key)

    def lane_box(self, key: Hashable) -> LaneBox | None:
        return self._boxes_by_key.get(key)

    def lane_box_at(self, y: float) -> LaneBox | None:
        return lane_at(self.boxes, y)

    def _relayout(self) -> None:
        metrics = self.timeline_style.metrics
        counts = [(lane.key, self._row_counts.get(lane.key, 0)) for lane in self.lanes]
        self.boxes = layout_lanes(
            counts, metrics.row_height, metrics.padding, metrics.lane_min_height
        )
        self._boxes_by_key = {box.key: box for box in self.boxes}
        for box in self.boxes:
            item = self._lane_items[box.key]
            if item.pos().y() != box.y:
                item.setPos(0, box.y)
        height = self.boxes[-1].y + self.boxes[-1].height if self.boxes else 0.0
        self.setSceneRect(QRectF(0, 0, self.scale.width, max(height, 1.0)))
        self.update()
        self.layout_changed.emit()

    # --- bars --------------------------------------------------------------------------
    def set_bars(self, bars: Iterable[Bar]) -> None:
        """Show exactly `bars`: unchanged bars keep their items, others are added or removed."""
        bars = list(bars)
        wanted = {bar.id for bar in bars}
        if len(wanted) != len(bars):
            raise ValueError("bar ids must be unique")
        self.remove(set(self.bar_items) - wanted)
        self.upsert(bars)

    def upsert(self, bars: Iterable[Bar]) -> None:
        """Add new bars and update known ones; only their lanes are restacked."""
        touched: set[Hashable] = set()
        for bar in bars:
            item = self.bar_items.get(bar.id)
            lane = self._lane_by_key.get(bar.lane)
            colour = lane.colour if lane else None
            if item is None:
                item = BarItem(bar, self.timeline_style, colour)
                self.bar_items[bar.id] = item
            elif item.bar == bar and item.lane_colour == colour:
                item.bar = bar  # the same look: only the page's `data` may be new
                continue
            else:
                old_lane = item.bar.lane
                if old_lane != bar.lane:
                    self._members[old_lane].discard(bar.id)
                    touched.add(old_lane)
                    self._detach(item)
                item.set_bar(bar, colour)
            self._members.setdefault(bar.lane, set()).add(bar.id)
            self._attach(item)
            touched.add(bar.lane)
        self._restack_lanes(touched)

    def remove(self, ids: Iterable[Hashable]) -> None:
        touched = set()
        for bar_id in ids:
            item = self.bar_items.pop(bar_id, None)
            if item is None:
                continue
            self._members[item.bar.lane].discard(bar_id)
            touched.add(item.bar.lane)
            if item.scene() is not None:
                self.removeItem(item)
        self._restack_lanes(touched)

    def _attach(self, item: BarItem) -> None:
        lane_item = self._lane_items.get(item.bar.lane)
        if lane_item is None:
            self._detach(item)
        elif item.parentItem() is not lane_item:
            item.setParentItem(lane_item)

    def _detach(self, item: BarItem) -> None:
        if item.scene() is not None:
            self.removeItem(item)

    def _restack_lanes(self, keys: set[Hashable]) -> None:
        if not keys:
            return
        self._order = None
        grown = [self._restack(key) for key in keys if key in self._lane_items]
        if any(grown):
            self._relayout()

    def _restack(self, key: Hashable) -> bool:
        """Rows for the lane's bars and their places; True if its row count changed."""
        self.layout_passes += 1
        items = [self.bar_items[bar_id] for bar_id in self._members.get(key, ())]
        for item in items:
            item.set_width(self._width(item.bar))
        rows = stack(self._span(item) for item in items)
        for item in items:
            item.row = rows.rows[item.bar.id]
            self.place(item)
        changed = self._row_counts.get(key) != rows.count
        self._row_counts[key] = rows.count
        return changed

    def _width(self, bar: Bar) -> float:
        return ((bar.end - bar.start).days + 1) * self.scale.day_width

    def _span(self, item: BarItem) -> Span:
        """The days the item covers on screen (a milestone's label included)."""
        bar, day = item.bar, self.scale.day_width
        if not bar.milestone:
            return Span(bar.id, bar.start, visual_end(bar.start, bar.end, day, item.visual_width()))
        half = self.timeline_style.metrics.milestone_size / 2
        # Measured from the left edge of its day: the diamond is centred in the day.
        first = math.floor((day / 2 - half) / day)
        last = math.ceil((day / 2 + item.visual_width()) / day) - 1
        return Span(
            bar.id, bar.start + dt.timedelta(days=first), bar.start + dt.timedelta(days=last)
        )

    def place(self, item: BarItem, start: dt.date | None = None, y: float | None = None) -> None:
        """Put the item at its bar's dates and row (or at `start`, `y` while dragged)."""
        bar = item.bar
        x = self.scale.date_to_x(start or bar.start)
        if bar.milestone:
            x += self.scale.day_width / 2
        metrics = self.timeline_style.metrics
        top = metrics.padding + item.row * metrics.row_height if y is None else y
        if item.pos() != QPointF(x, top):
            item.setPos(x, top)

    # --- zoom and look -----------------------------------------------------------------
    def snap_unit(self) -> Unit:
        """What drags and keyboard steps snap to: the view's choice, else the zoom's."""
        return self.snap_override or spec(self.zoom).snap

    def set_scale(self, scale: TimeScale, zoom: Zoom) -> None:
        self.scale, self.zoom = scale, zoom
        for lane in self.lanes:
            self._restack(lane.key)
        self._order = None
        self._relayout()

    def restyle(self) -> None:
        """The font or palette changed: every item measures and paints again."""
        for item in self.bar_items.values():
            item.refresh_bounds()
        self.set_scale(self.scale, self.zoom)

    # --- queries -----------------------------------------------------------------------
    def bar_at(self, pos: QPointF) -> BarItem | None:
        """The bar under `pos`; where two touch, the one whose body holds it wins."""
        found = [item for item in self.items(pos) if isinstance(item, BarItem)]
        for item in found:
            if item.body().contains(item.mapFromScene(pos)):
                return item
        return found[0] if found else None

    def ordered_ids(self) -> list[Hashable]:
        """Bars in reading order: lane by lane, then by start (the Tab / Up / Down order)."""
        if self._order is None:
            shown = [item for item in self.bar_items.values() if item.bar.lane in self._index]
            shown.sort(key=lambda i: (self._index[i.bar.lane], i.bar.start, i.row, str(i.bar.id)))
            self._order = [item.bar.id for item in shown]
        return self._order

    def bar_scene_rect(self, item: BarItem) -> QRectF:
        return item.mapRectToScene(item.boundingRect())

    # --- painting ----------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        paint_background(painter, QRectF(rect), self)

    def today_pen(self) -> QPen:
        return QPen(self.timeline_style.colours.today, 2)
