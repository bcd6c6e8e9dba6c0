"""The mouse on the timeline: press, drag (with autoscroll near the edges), release.

A press on a bar selects it; a drag moves or resizes it, or draws a new interval on empty
time (see drag.py for the one-intent rule); a double-click asks to edit. A read-only view
(`set_editable(False)`) only selects and opens.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from stratdesk.domain.timeline import DragKind, Zoom
from stratdesk.ui.widgets.timeline.base import ROADMAP_ZOOMS, TimelineBase
from stratdesk.ui.widgets.timeline.drag import DragController

AUTOSCROLL_MARGIN = 28  # px from the viewport's edge where a drag scrolls the view
AUTOSCROLL_STEP = 14


class TimelineMouse(TimelineBase):
    def __init__(
        self, parent: QWidget | None, zoom: Zoom, levels: Sequence[Zoom] = ROADMAP_ZOOMS
    ) -> None:
        super().__init__(parent, zoom, levels)
        self.setMouseTracking(True)
        self._editable = True
        self._lane_changes = False
        self._drag = DragController(self)
        self._last_mouse = QPointF()
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._autoscroll_tick)

    def set_lane_changes_allowed(self, allowed: bool) -> None:
        """Whether dragging a bar onto another lane moves it there (off by default)."""
        self._lane_changes = allowed

    def lane_changes_allowed(self) -> bool:
        return self._lane_changes

    def set_editable(self, editable: bool) -> None:
        """Off: bars can be selected and opened, not created, moved, resized or deleted."""
        self._editable = editable
        if not editable:
            self.cancel_drag()

    def is_editable(self) -> bool:
        return self._editable

    def drag_in_progress(self) -> bool:
        return self._drag.active

    def cancel_drag(self) -> None:
        self._autoscroll.stop()
        self._drag.cancel()

    def _forget_dragged(self, removed: set[Hashable]) -> None:
        item = self._drag.dragged_item()
        if item is not None and item.bar.id in removed:
            self._autoscroll.stop()
            self._drag.forget(item)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        position = event.position()
        scene_pos = self.mapToScene(position.toPoint())
        item = self.timeline_scene.bar_at(scene_pos)
        self._set_current(item.bar.id if item else None)
        if self._editable:
            self._drag.press(scene_pos, position, item)
            self._last_mouse = position
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        self._last_mouse = position
        scene_pos = self.mapToScene(position.toPoint())
        if self._drag.pending:
            self._drag.move(scene_pos, position)
            if self._drag.active:
                self._update_autoscroll(position.x())
                self._set_cursor(self._drag.kind, dragging=True)
            event.accept()
            return
        item = self.timeline_scene.bar_at(scene_pos)
        if item is None or not self._editable:
            self.viewport().unsetCursor()
        else:
            self._set_cursor(item.zone_at(scene_pos.x() - item.scenePos().x()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        # Ours even when there is no drag (cancelled by Esc, or a click on empty space).
        self._autoscroll.stop()
        self._drag.release()
        self.viewport().unsetCursor()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.timeline_scene.bar_at(self.mapToScene(event.position().toPoint()))
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self.edit_requested.emit(item.bar.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.cancel_drag()
        super().focusOutEvent(event)

    def _set_cursor(self, kind: DragKind | None, dragging: bool = False) -> None:
        if kind in (DragKind.RESIZE_START, DragKind.RESIZE_END):
            shape = Qt.CursorShape.SizeHorCursor
        elif kind == DragKind.MOVE:
            shape = Qt.CursorShape.ClosedHandCursor if dragging else Qt.CursorShape.OpenHandCursor
        else:
            shape = Qt.CursorShape.CrossCursor
        self.viewport().setCursor(shape)

    def _update_autoscroll(self, x: float) -> None:
        width = self.viewport().width()
        if x < AUTOSCROLL_MARGIN or x > width - AUTOSCROLL_MARGIN:
            if not self._autoscroll.isActive():
                self._autoscroll.start()
        else:
            self._autoscroll.stop()

    def _autoscroll_tick(self) -> None:
        if not self._drag.active:
            self._autoscroll.stop()
            return
        step = -AUTOSCROLL_STEP if self._last_mouse.x() < AUTOSCROLL_MARGIN else AUTOSCROLL_STEP
        self.scroll_by(step)
        self._drag.move(self.mapToScene(self._last_mouse.toPoint()), self._last_mouse)
