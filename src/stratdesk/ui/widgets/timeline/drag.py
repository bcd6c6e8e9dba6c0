"""A mouse drag on the timeline: a live preview while it lasts, ONE intent when it ends.

Pressing on a bar's edge resizes it, elsewhere on a bar moves it, on empty time in a lane
draws a new interval. Nothing is emitted until the button is released, and nothing at all if
the dates (and lane) end where they started; Esc (or losing focus) cancels. After the intent,
the bar goes back to its own dates unless the page has already updated it.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

from stratdesk.domain.timeline import DragKind, created, dragged, row_at, row_top
from stratdesk.ui.widgets.timeline.items import BarItem

if TYPE_CHECKING:
    import datetime as dt

    from stratdesk.ui.widgets.timeline.mouse import TimelineMouse


@dataclass
class _Drag:
    kind: DragKind | None  # None: creating
    lane: Hashable
    origin: QPointF  # scene position of the press
    press: QPointF  # viewport position of the press
    item: BarItem | None = None
    version: int = 0
    active: bool = False
    result: tuple[dt.date, dt.date, Hashable] | None = None


class DragController:
    def __init__(self, view: TimelineMouse) -> None:
        self._view = view
        self._drag: _Drag | None = None
        self._ghost: QGraphicsRectItem | None = None

    @property
    def pending(self) -> bool:
        return self._drag is not None

    @property
    def active(self) -> bool:
        return self._drag is not None and self._drag.active

    @property
    def kind(self) -> DragKind | None:
        return self._drag.kind if self._drag else None

    def dragged_item(self) -> BarItem | None:
        return self._drag.item if self._drag else None

    def press(self, scene_pos: QPointF, view_pos: QPointF, item: BarItem | None) -> bool:
        scene = self._view.timeline_scene
        if item is not None:
            kind = item.zone_at(scene_pos.x() - item.scenePos().x())
            self._drag = _Drag(kind, item.bar.lane, scene_pos, view_pos, item, item.version)
            return True
        box = scene.lane_box_at(scene_pos.y())
        if box is None or not 0 <= scene_pos.x() < scene.scale.width:
            return False
        self._drag = _Drag(None, box.key, scene_pos, view_pos)
        return True

    def move(self, scene_pos: QPointF, view_pos: QPointF) -> None:
        drag = self._drag
        if drag is None:
            return
        if not drag.active:
            if (view_pos - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
            if drag.item is not None:
                drag.item.set_dragging(True)
                drag.item.parentItem().setZValue(1)
        if drag.item is None:
            self._preview_creation(drag, scene_pos)
        else:
            self._preview_bar(drag, drag.item, scene_pos)

    def _preview_bar(self, drag: _Drag, item: BarItem, scene_pos: QPointF) -> None:
        view, scene = self._view, self._view.timeline_scene
        bar, scale = item.bar, scene.scale
        dx = scene_pos.x() - drag.origin.x()
        assert drag.kind is not None
        start, end = dragged(drag.kind, bar.start, bar.end, dx, scale, scene.snap_unit())
        lane, y = bar.lane, None
        if drag.kind == DragKind.MOVE and view.lane_changes_allowed():
            target = scene.lane_box_at(scene_pos.y())
            own = scene.lane_box(bar.lane)
            if target is not None and own is not None and target.key != bar.lane:
                metrics = scene.timeline_style.metrics
                row = row_at(target, scene_pos.y(), metrics.row_height, metrics.padding)
                lane = target.key
                y = row_top(target, row, metrics.row_height, metrics.padding) - own.y
        drag.result = (start, end, lane)
        item.set_width(((end - start).days + 1) * scale.day_width)
        scene.place(item, start, y)

    def _preview_creation(self, drag: _Drag, scene_pos: QPointF) -> None:
        scene = self._view.timeline_scene
        box = scene.lane_box(drag.lane)
        if box is None:
            return
        start, end = created(drag.origin.x(), scene_pos.x(), scene.scale, scene.snap_unit())
        drag.result = (start, end, drag.lane)
        lane = scene.lane(drag.lane)
        ghost = self._ghost_item(
            scene.timeline_style.bar_colour(None, lane.colour if lane else None)
        )
        left, right = scene.scale.span_x(start, end)
        padding = scene.timeline_style.metrics.padding
        ghost.setRect(QRectF(left, box.y + padding, right - left, box.height - 2 * padding))
        ghost.show()

    def _ghost_item(self, colour: QColor) -> QGraphicsRectItem:
        """The dashed rectangle that shows what a drag across empty time will create."""
        scene = self._view.timeline_scene
        if self._ghost is None or self._ghost.scene() is not scene:
            self._ghost = QGraphicsRectItem()
            self._ghost.setZValue(3)
            scene.addItem(self._ghost)
        self._ghost.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        colour.setAlphaF(0.25)
        self._ghost.setBrush(colour)
        return self._ghost

    def release(self) -> None:
        """End the drag: emit its one intent (if anything changed) and tidy up."""
        drag, self._drag = self._drag, None
        if drag is None or not drag.active or drag.result is None:
            self._end_preview(drag, restore=True)
            return
        start, end, lane = drag.result
        self._end_preview(drag, restore=False)
        view = self._view
        if drag.item is None:
            view.create_requested.emit(lane, start, end)
            return
        bar = drag.item.bar
        if (start, end, lane) != (bar.start, bar.end, bar.lane):
            if drag.kind == DragKind.MOVE:
                view.move_requested.emit(bar.id, lane, start, end)
            else:
                view.resize_requested.emit(bar.id, start, end)
        item = drag.item
        # The page answers at once (command → service → update_bars) or refuses: either way
        # the bar must show its real dates now, not the preview.
        if view.timeline_scene.bar_items.get(bar.id) is item and item.version == drag.version:
            self._restore(item)

    def cancel(self) -> None:
        drag, self._drag = self._drag, None
        self._end_preview(drag, restore=True)

    def forget(self, item: BarItem) -> None:
        """The dragged bar was removed by the page: drop the drag."""
        if self._drag is not None and self._drag.item is item:
            self._drag = None

    def _end_preview(self, drag: _Drag | None, restore: bool) -> None:
        if self._ghost is not None:
            self._ghost.hide()
        if drag is None or drag.item is None:
            return
        drag.item.set_dragging(False)
        parent = drag.item.parentItem()
        if parent is not None:
            parent.setZValue(0)
        if restore:
            self._restore(drag.item)

    def _restore(self, item: BarItem) -> None:
        scene = self._view.timeline_scene
        bar = item.bar
        item.set_width(((bar.end - bar.start).days + 1) * scene.scale.day_width)
        scene.place(item)
