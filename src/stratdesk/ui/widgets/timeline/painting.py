"""Painting the scene's background (lane bands, weekends, grid) and the today line.

Only what lies in the exposed rectangle is drawn: the lanes are found by bisection and the
grid lines are generated for the visible range alone.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen

from stratdesk.domain.timeline import Level, Zoom, grid_lines, weekend_days

if TYPE_CHECKING:
    from stratdesk.ui.widgets.timeline.scene import TimelineScene


def paint_background(painter: QPainter, rect: QRectF, scene: TimelineScene) -> None:
    colours = scene.timeline_style.colours
    painter.fillRect(rect, colours.base)
    boxes = scene.boxes
    if not boxes:
        return
    scale = scene.scale
    left, right = max(rect.left(), 0.0), min(rect.right(), scale.width)
    bottom = boxes[-1].y + boxes[-1].height
    top, low = max(rect.top(), 0.0), min(rect.bottom(), bottom)
    if left >= right or top >= low:
        return
    first = max(0, bisect.bisect_right([box.y for box in boxes], top) - 1)
    painter.setPen(QPen(colours.lane_line, 1))
    for index in range(first, len(boxes)):
        box = boxes[index]
        if box.y > low:
            break
        if index % 2:
            painter.fillRect(QRectF(left, box.y, right - left, box.height), colours.alternate)
    if scene.zoom in (Zoom.MONTH, Zoom.WEEK):
        width = scale.day_width
        for day in weekend_days(scale, left, right):
            x = scale.date_to_x(day)
            painter.fillRect(QRectF(x, top, width, low - top), colours.weekend)
    pens = {
        Level.MAJOR: QPen(colours.grid_major, 1),
        Level.MINOR: QPen(colours.grid_minor, 1),
        Level.FINE: QPen(colours.grid_fine, 1),
    }
    for x, level in grid_lines(scale, scene.zoom, left, right):
        painter.setPen(pens[level])
        painter.drawLine(QLineF(x + 0.5, top, x + 0.5, low))
    _today(painter, scene, top, low)
    painter.setPen(QPen(colours.lane_line, 1))
    for index in range(first, len(boxes)):
        box = boxes[index]
        y = box.y + box.height - 0.5
        if box.y > low:
            break
        painter.drawLine(QLineF(left, y, right, y))


def _today(painter: QPainter, scene: TimelineScene, top: float, bottom: float) -> None:
    """Under the bars, so that it never crosses out a title; the header marks it too."""
    x = scene.scale.today_x(scene.today)
    if x is not None:
        painter.setPen(scene.today_pen())
        painter.drawLine(QLineF(x, top, x, bottom))
