"""The month grid as a person uses it: drag across days to create, drag a bar to move it, drag
its first or last day's edge to change its dates; double-click or Enter opens the editor,
Delete deletes. Nothing is written here: each gesture emits ONE intent when it ends (none if
the dates end where they started; Esc cancels), and the page turns it into an undo command.

Keys: Left/Right move the current campaign by a day, Shift+Left/Right change its last day,
Up/Down (or Tab) choose the previous or next campaign of the month, Enter edits, Delete
deletes, Esc lets go. A "+n more" line opens the list of that day's campaigns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from stratdesk.domain.campaign_calendar import campaigns_on
from stratdesk.domain.timeline import (
    DragKind,
    TimeScale,
    Unit,
    moved,
    resized_end,
    resized_start,
    stepped,
)
from stratdesk.ui.operations.campaigns.month_grid import EDGE, NEW, MonthGrid, Preview


@dataclass
class _Drag:
    kind: DragKind | None  # None: drawing a new campaign
    key: Any  # the campaign id, or NEW
    press_day: dt.date
    press: QPointF
    start: dt.date
    end: dt.date
    active: bool = False


class MonthGridView(MonthGrid):
    create_requested = Signal(object, object)  # start, end
    move_requested = Signal(int, object, object)  # campaign id, start, end
    resize_requested = Signal(int, object, object)  # campaign id, start, end
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    current_changed = Signal(object)  # campaign id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.editable = True
        self._drag: _Drag | None = None
        self.more_menu: QMenu | None = None

    # --- selection -------------------------------------------------------------------------
    def select(self, item_id: int | None) -> None:
        if item_id not in self.campaigns:
            item_id = None
        if item_id != self.current:
            self.current = item_id
            self.update()
            self.current_changed.emit(item_id)

    def month_order(self) -> list[int]:
        """The month's campaigns in reading order (first week, row, column)."""
        seen: dict[int, None] = {}
        for segment in sorted(
            self.grid_layout().segments, key=lambda s: (s.week, s.row, s.start_col)
        ):
            if segment.key != NEW:
                assert isinstance(segment.key, int)  # a campaign's id (NEW is the ghost)
                seen.setdefault(segment.key, None)
        return list(seen)

    def select_neighbour(self, step: int) -> bool:
        order = self.month_order()
        if not order:
            return False
        if self.current not in order:
            self.select(order[0] if step > 0 else order[-1])
            return True
        index = order.index(self.current) + step
        if not 0 <= index < len(order):
            return False
        self.select(order[index])
        return True

    # --- mouse -----------------------------------------------------------------------------
    def _horizon(self) -> TimeScale:
        return TimeScale(self.horizon[0], self.horizon[1], 1.0)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        more = self.more_at(point)
        if more is not None:
            self.open_more(self.grid_layout().day_at(*more), event.globalPosition().toPoint())
            return
        segment = self.segment_at(point)
        self.select(segment.key if segment is not None else None)  # type: ignore[arg-type]
        day = self.day_at(point)
        if not self.editable:
            return
        if segment is not None:
            campaign = self.campaigns[segment.key]  # type: ignore[index]
            kind = self._zone(segment, point)
            self._drag = _Drag(kind, segment.key, day, point, campaign.start, campaign.end)
        elif self.in_plan(day):
            self._drag = _Drag(None, NEW, day, point, day, day)

    def _zone(self, segment: Any, point: QPointF) -> DragKind:
        rect = self.segment_rect(segment)
        edge = min(EDGE, rect.width() / 3)
        if not segment.continues_left and point.x() <= rect.left() + edge:
            return DragKind.RESIZE_START
        if not segment.continues_right and point.x() >= rect.right() - edge:
            return DragKind.RESIZE_END
        return DragKind.MOVE

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            self._hover_cursor(point)
            return
        if not drag.active:
            if (point - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
        day = self.day_at(point)
        days = (day - drag.press_day).days
        horizon = self._horizon()
        if drag.kind is None:
            low, high = sorted((drag.press_day, horizon.clamp(day)))
            start, end = low, high
        elif drag.kind == DragKind.MOVE:
            start, end = moved(drag.start, drag.end, days, Unit.DAY, horizon)
        elif drag.kind == DragKind.RESIZE_START:
            start, end = resized_start(drag.start, drag.end, days, Unit.DAY, horizon)
        else:
            start, end = resized_end(drag.start, drag.end, days, Unit.DAY, horizon)
        self.preview = Preview(drag.key, start, end)
        self.relayout(data=False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        drag, preview = self._drag, self.preview
        self._end_drag()
        if drag is None or not drag.active or preview is None:
            return
        start, end = preview.start, preview.end
        if drag.kind is None:
            self.create_requested.emit(start, end)
        elif (start, end) != (drag.start, drag.end):
            if drag.kind == DragKind.MOVE:
                self.move_requested.emit(drag.key, start, end)
            else:
                self.resize_requested.emit(drag.key, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        segment = self.segment_at(point)
        if segment is not None:
            self.edit_requested.emit(segment.key)
        elif self.editable and self.more_at(point) is None and self.in_plan(self.day_at(point)):
            day = self.day_at(point)
            self.create_requested.emit(day, day)  # a one-day campaign

    def _end_drag(self) -> None:
        self._drag = None
        if self.preview is not None:
            self.preview = None
            self.relayout(data=False)

    def cancel_drag(self) -> None:
        self._end_drag()

    def drag_in_progress(self) -> bool:
        return self._drag is not None and self._drag.active

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.cancel_drag()
        super().focusOutEvent(event)

    def _hover_cursor(self, point: QPointF) -> None:
        segment = self.segment_at(point) if self.editable else None
        if segment is None:
            self.unsetCursor()
            return
        kind = self._zone(segment, point)
        shape = (
            Qt.CursorShape.OpenHandCursor if kind == DragKind.MOVE else Qt.CursorShape.SizeHorCursor
        )
        self.setCursor(shape)

    # --- "+n more" -------------------------------------------------------------------------
    def open_more(self, day: dt.date, where: QPoint) -> QMenu:
        """The day's campaigns in a menu: choosing one selects it and opens its editor."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for campaign in campaigns_on(list(self.campaigns.values()), day):
            action = menu.addAction(" ".join(campaign.name.split()))
            action.triggered.connect(
                lambda _checked=False, item_id=campaign.id: self._chosen(item_id)
            )
        self.more_menu = menu
        menu.popup(where)
        return menu

    def _chosen(self, item_id: int) -> None:
        self.select(item_id)
        self.edit_requested.emit(item_id)

    # --- keys and tooltips ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if self._drag is not None:
            if key == Qt.Key.Key_Escape:
                self.cancel_drag()
            event.accept()
            return
        current = self.current
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and current is not None and self.editable:
            steps = -1 if key == Qt.Key.Key_Left else 1
            shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            self._step(current, DragKind.RESIZE_END if shift else DragKind.MOVE, steps)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.select_neighbour(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.edit_requested.emit(current)
        elif key == Qt.Key.Key_Delete and current is not None and self.editable:
            self.delete_requested.emit(current)
        elif key == Qt.Key.Key_Escape and current is not None:
            self.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, item_id: int, kind: DragKind, steps: int) -> None:
        campaign = self.campaigns[item_id]
        start, end = stepped(kind, campaign.start, campaign.end, steps, Unit.DAY, self._horizon())
        if (start, end) == (campaign.start, campaign.end):
            return
        if kind == DragKind.MOVE:
            self.move_requested.emit(item_id, start, end)
        else:
            self.resize_requested.emit(item_id, start, end)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._drag is None and self.select_neighbour(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            segment = self.segment_at(QPointF(event.pos()))
            if segment is None:
                QToolTip.hideText()
                event.ignore()
            else:
                campaign = self.campaigns[segment.key]  # type: ignore[index]
                QToolTip.showText(event.globalPos(), self.describe(campaign), self)
            return True
        return super().event(event)
