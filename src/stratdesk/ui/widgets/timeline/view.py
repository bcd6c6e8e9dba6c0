"""TimelineView: the QGraphicsView pages put on screen (see the package docstring).

This module holds what it shows (lanes, bars, horizon) and the keys, wheel, tooltips and
context menu; the mouse is in mouse.py, the frame (headers, zoom, scrolling, selection) in
base.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from stratdesk.domain.timeline import DragKind, TimeScale, Zoom, stepped, zoomed
from stratdesk.ui.widgets.timeline.base import ROADMAP_ZOOMS
from stratdesk.ui.widgets.timeline.data import Bar, Lane
from stratdesk.ui.widgets.timeline.keys import handle_key
from stratdesk.ui.widgets.timeline.mouse import TimelineMouse
from stratdesk.ui.widgets.timeline.tooltips import bar_tooltip


class TimelineView(TimelineMouse):
    """Lanes of bars on a time axis; emits intents, never writes anything."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        zoom: Zoom = Zoom.QUARTER,
        levels: Sequence[Zoom] = ROADMAP_ZOOMS,
    ) -> None:
        super().__init__(parent, zoom, levels)

    # --- what it shows ---------------------------------------------------------------------
    def set_content(
        self,
        lanes: Sequence[Lane],
        bars: Iterable[Bar],
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> None:
        """Everything at once: lanes, bars and (optionally) the horizon. Known bars keep
        their items, so a refresh costs what changed."""
        if start is not None and end is not None:
            self.set_horizon(start, end)
        self.timeline_scene.set_lanes(lanes)
        self.set_bars(bars)

    def set_lanes(self, lanes: Sequence[Lane]) -> None:
        self.timeline_scene.set_lanes(lanes)
        self._check_current()

    def set_bars(self, bars: Iterable[Bar]) -> None:
        """Show exactly these bars (diffed by id against what is shown)."""
        bars = list(bars)
        self._forget_dragged(set(self.timeline_scene.bar_items) - {bar.id for bar in bars})
        self.timeline_scene.set_bars(bars)
        self._check_current()

    def update_bars(self, bars: Iterable[Bar]) -> None:
        """Insert or update these bars only (a page applying one command's change)."""
        self.timeline_scene.upsert(bars)
        self._check_current()

    def remove_bars(self, ids: Iterable[Hashable]) -> None:
        ids = set(ids)
        self._forget_dragged(ids)
        self.timeline_scene.remove(ids)
        self._check_current()

    def bar(self, bar_id: Hashable) -> Bar | None:
        item = self.timeline_scene.bar_items.get(bar_id)
        return item.bar if item else None

    def set_horizon(self, start: dt.date, end: dt.date) -> None:
        """The first and last day shown (both included)."""
        scale = self.timeline_scene.scale
        if (scale.start, scale.end) != (start, end):
            self.cancel_drag()
            self._rescale(self._scale_for(start, end, self.zoom()), self.zoom())

    def horizon(self) -> tuple[dt.date, dt.date]:
        return self.timeline_scene.scale.start, self.timeline_scene.scale.end

    def set_today(self, today: dt.date) -> None:
        self.timeline_scene.today = today
        self.timeline_scene.update()
        self.time_header.update()

    def _check_current(self) -> None:
        """The current bar was removed or its lane hidden: nothing is current any more."""
        item = self.timeline_scene.bar_items.get(self._current)
        if self._current is not None and (item is None or item.scene() is None):
            self._set_current(None)

    def _rescale(self, scale: TimeScale, zoom: Zoom) -> None:
        self.cancel_drag()
        super()._rescale(scale, zoom)

    # --- keyboard steps --------------------------------------------------------------------
    def step_current(self, kind: DragKind, steps: int) -> None:
        """Move (or resize the end of) the current bar by `steps` zoom steps: one intent."""
        item = self.timeline_scene.bar_items.get(self._current)
        if item is None or not self._editable:
            return
        bar = item.bar
        if bar.milestone and kind != DragKind.MOVE:
            return
        unit = self.timeline_scene.snap_unit()
        start, end = stepped(kind, bar.start, bar.end, steps, unit, self.timeline_scene.scale)
        if (start, end) == (bar.start, bar.end):
            return
        if kind == DragKind.MOVE:
            self.move_requested.emit(bar.id, bar.lane, start, end)
        else:
            self.resize_requested.emit(bar.id, start, end)
        self.select_bar(bar.id)  # keep it in view once the page has moved it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if handle_key(self, event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks the bars, then leaves the view like any other Tab.
        if not self._drag.active and self.select_neighbour(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta, modifiers = event.angleDelta(), event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if delta.y():
                zoom = zoomed(self.zoom(), 1 if delta.y() > 0 else -1, self._levels)
                self.set_zoom(zoom, event.position().x())
            event.accept()
            return
        vertical = self.verticalScrollBar()
        sideways = delta.x() != 0 or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if sideways or vertical.maximum() == vertical.minimum():
            # Nothing to scroll vertically: the wheel walks through time.
            self.scroll_by(-(delta.x() or delta.y()))
            event.accept()
            return
        super().wheelEvent(event)

    # --- tooltips and context menu ---------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.timeline_scene.bar_at(self.mapToScene(event.pos()))
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                lane = self.timeline_scene.lane(item.bar.lane)
                text = bar_tooltip(item.bar, lane)
                QToolTip.showText(event.globalPos(), text, self.viewport())
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        scene = self.timeline_scene
        scene_pos = self.mapToScene(event.pos())
        item = scene.bar_at(scene_pos)
        box = scene.lane_box_at(scene_pos.y())
        if item is not None:
            self._set_current(item.bar.id)
        day = scene.scale.x_to_date(scene_pos.x())
        bar_id = item.bar.id if item else None
        self.context_menu_requested.emit(bar_id, box.key if box else None, day, event.globalPos())
        event.accept()
