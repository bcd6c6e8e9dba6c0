"""The timeline's keyboard: every mouse action has a key.

Left/Right move the current bar by the zoom's step (Shift: resize its end); without a
current bar they scroll. Up/Down (and Tab/Shift+Tab, see the view) select the previous or
next bar; Enter edits, Delete deletes; T goes to today, Home/End to the horizon's first and
last day, Page Up/Down scroll one screen; Ctrl+= / Ctrl+- zoom; Esc cancels a drag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from stratdesk.domain.timeline import DragKind

if TYPE_CHECKING:
    from stratdesk.ui.widgets.timeline.view import TimelineView

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
OTHER = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def handle_key(view: TimelineView, event: QKeyEvent) -> bool:
    """Act on `event`; False when the key is not the timeline's (the parent may use it)."""
    key, modifiers = event.key(), event.modifiers()
    if view.drag_in_progress():
        if key == Key.Key_Escape:
            view.cancel_drag()
        return True  # no other key while the mouse holds a bar
    current = view.current_bar()
    if modifiers & CTRL:
        if key in (Key.Key_Plus, Key.Key_Equal):
            view.zoom_in()
            return True
        if key == Key.Key_Minus:
            view.zoom_out()
            return True
        return False
    if key in (Key.Key_Left, Key.Key_Right):
        steps = -1 if key == Key.Key_Left else 1
        if current is None or not view.is_editable():
            view.scroll_by(steps * view.viewport().width() / 8)
        elif modifiers & SHIFT:
            view.step_current(DragKind.RESIZE_END, steps)
        else:
            view.step_current(DragKind.MOVE, steps)
        return True
    if key in (Key.Key_Up, Key.Key_Down):
        view.select_neighbour(-1 if key == Key.Key_Up else 1)
        return True
    if key in (Key.Key_Return, Key.Key_Enter) and current is not None:
        view.edit_requested.emit(current)
        return True
    if key == Key.Key_Delete and current is not None and view.is_editable():
        view.delete_requested.emit(current)
        return True
    if key == Key.Key_T and not modifiers & OTHER:
        view.scroll_to_today()
        return True
    if key in (Key.Key_Home, Key.Key_End):
        scale = view.timeline_scene.scale
        view.scroll_to_date(scale.start if key == Key.Key_Home else scale.end)
        return True
    if key in (Key.Key_PageUp, Key.Key_PageDown):
        direction = -1 if key == Key.Key_PageUp else 1
        view.scroll_by(direction * view.viewport().width() * 0.9)
        return True
    return False
