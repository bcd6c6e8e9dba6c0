"""A point of the perceptual map: pyqtgraph's draggable target, kept on the map while it
is dragged; a click (or the start of a drag) tells the map it was chosen."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from stratdesk.charts.perceptual_data import Mark
from stratdesk.domain.perceptual_map import clamp


class MapPointItem(pg.TargetItem):
    """One draggable point; kept on the map while it is dragged."""

    sigClicked = Signal(object)

    def __init__(self, mark: Mark, **kwargs: Any) -> None:
        super().__init__(pos=(mark.x, mark.y), **kwargs)
        self.mark = mark

    def setPos(self, *args: Any) -> None:
        point = pg.Point(*args)
        super().setPos(pg.Point(clamp(point.x()), clamp(point.y())))

    def mouseClickEvent(self, ev: Any) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.sigClicked.emit(self)
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev: Any) -> None:
        if ev.isStart() and ev.button() == Qt.MouseButton.LeftButton:
            self.sigClicked.emit(self)  # dragging a point chooses it
        super().mouseDragEvent(ev)
