"""Headers that stay put: the time header above the view and the lane titles at its left.

They sit in the view's margins (like a QTableView's headers) and paint what is in view from
the scene's scale and lanes, following the scroll bars.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from stratdesk.domain.timeline import Level, tick_labels, ticks
from stratdesk.i18n import current_language
from stratdesk.ui.widgets.timeline.data import Lane
from stratdesk.ui.widgets.timeline.style import Style

if TYPE_CHECKING:
    from stratdesk.ui.widgets.timeline.base import TimelineBase

ALIGN_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
ALIGN_CENTRE = Qt.AlignmentFlag.AlignCenter


class TimeHeader(QWidget):
    """Two lines of ticks: major units on top (labels stick to the left edge), minor below."""

    def __init__(self, view: TimelineBase) -> None:
        super().__init__(view)
        self._view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        view, scene = self._view, self._view.timeline_scene
        style = scene.timeline_style
        colours, line = style.colours, style.metrics.header_line
        painter = QPainter(self)
        painter.fillRect(self.rect(), colours.header)
        offset, width = view.scene_left(), float(self.width())
        scale = scene.scale
        language = current_language()
        margin = style.metrics.text_margin
        for tick in ticks(scale, scene.zoom, max(0.0, offset), min(scale.width, offset + width)):
            x, end = tick.x - offset, min(tick.end_x - offset, scale.width - offset)
            if tick.level == Level.FINE:
                painter.setPen(QPen(colours.grid_minor, 1))
                painter.drawLine(QLineF(x + 0.5, 2 * line - 4, x + 0.5, 2 * line))
                continue
            top = 0.0 if tick.level == Level.MAJOR else line
            painter.setPen(
                QPen(colours.grid_major if tick.level == Level.MAJOR else colours.grid_minor, 1)
            )
            painter.drawLine(QLineF(x + 0.5, top, x + 0.5, 2 * line))
            if tick.level == Level.MAJOR:
                left = max(x, 0.0) + margin  # the label of a unit cut by the edge stays in view
                box = QRectF(left, top, min(end, width) - left - margin, line)
                painter.setFont(style.bold)
                metrics, align = style.bold_metrics, ALIGN_LEFT
            else:
                # Cut to what is in view: a day half off screen shows no half label.
                left, right = max(x, 0.0), min(end, width)
                box = QRectF(left + 2, top, right - left - 4, line)
                painter.setFont(style.font)
                metrics, align = style.font_metrics, ALIGN_CENTRE
            label = next(
                (
                    text
                    for text in tick_labels(tick, language)
                    if metrics.horizontalAdvance(text) <= box.width()
                ),
                None,
            )
            if label:
                painter.setPen(colours.header_text)
                painter.drawText(box, align, label)
        painter.setPen(QPen(colours.lane_line, 1))
        painter.drawLine(QLineF(0, line - 0.5, width, line - 0.5))
        painter.drawLine(QLineF(0, 2 * line - 0.5, width, 2 * line - 0.5))
        today = scale.today_x(scene.today)
        if today is not None:
            x = today - offset
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.today)
            size = line / 3
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x - size, 2 * line - size - 1),
                        QPointF(x + size, 2 * line - size - 1),
                        QPointF(x, 2 * line - 1),
                    ]
                )
            )


class LaneHeader(QWidget):
    """The lanes' titles (bold) and subtitles, with the lane's colour as a strip."""

    lane_activated = Signal(object)  # a double-click on a lane's title: its key

    def __init__(self, view: TimelineBase) -> None:
        super().__init__(view)
        self._view = view

    def _box_at(self, y: float):
        return self._view.timeline_scene.lane_box_at(y + self._view.scene_top())

    def paintEvent(self, event: QPaintEvent) -> None:
        view, scene = self._view, self._view.timeline_scene
        style = scene.timeline_style
        colours, metrics = style.colours, style.metrics
        painter = QPainter(self)
        painter.fillRect(self.rect(), colours.header)
        offset, width, height = view.scene_top(), float(self.width()), float(self.height())
        shade = (
            QColor(colours.header).darker(104)
            if colours.header.lightness() > 128
            else QColor(colours.header).lighter(112)
        )
        margin = metrics.text_margin
        for index, box in enumerate(scene.boxes):
            top = box.y - offset
            if top > height:
                break
            if top + box.height < 0:
                continue
            lane = scene.lanes[index]
            if index % 2:
                painter.fillRect(QRectF(0, top, width, box.height), shade)
            if lane.colour and QColor.isValidColorName(lane.colour):
                painter.fillRect(QRectF(0, top, 4, box.height), QColor(lane.colour))
            _paint_titles(
                painter,
                style,
                lane,
                QRectF(margin + 4, top + 6, width - 2 * margin - 4, box.height - 10),
            )
            painter.setPen(QPen(colours.lane_line, 1))
            painter.drawLine(QLineF(0, top + box.height - 0.5, width, top + box.height - 0.5))
        painter.setPen(QPen(colours.lane_line, 1))
        painter.drawLine(QLineF(width - 0.5, 0, width - 0.5, height))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            box = self._box_at(event.pos().y())
            lane = self._view.timeline_scene.lane(box.key) if box else None
            if lane is None:
                QToolTip.hideText()
                event.ignore()
                return True
            text = f"<b>{html.escape(lane.title)}</b>"
            if lane.subtitle:
                text += f"<br>{html.escape(lane.subtitle)}"
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        box = self._box_at(event.position().y())
        if box is not None:
            self.lane_activated.emit(box.key)


def wrapped(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """`text` on at most `max_lines` lines of `width` px, word by word, the last one elided."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        count = 1
        while (
            count < len(words) and metrics.horizontalAdvance(" ".join(words[: count + 1])) <= width
        ):
            count += 1
        if metrics.horizontalAdvance(" ".join(words[:count])) > width:
            break  # one word longer than the line: elide it on the last line
        lines.append(" ".join(words[:count]))
        words = words[count:]
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


def _paint_titles(painter: QPainter, style: Style, lane: Lane, rect: QRectF) -> None:
    """The title in bold (two lines when the lane has room), then the subtitle."""
    line = style.metrics.line
    room = max(1, int(rect.height() // line) - (1 if lane.subtitle else 0))
    lines = wrapped(lane.title, style.bold_metrics, rect.width(), min(2, room))
    painter.setPen(style.colours.header_text)
    painter.setFont(style.bold)
    y = rect.top()
    for text in lines:
        painter.drawText(QRectF(rect.left(), y, rect.width(), line), ALIGN_LEFT, text)
        y += line
    if lane.subtitle:
        painter.setPen(style.colours.soft_text)
        painter.setFont(style.font)
        sub = style.font_metrics.elidedText(
            lane.subtitle, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRectF(rect.left(), y, rect.width(), line), ALIGN_LEFT, sub)


class Corner(QWidget):
    """The empty square where the two headers meet."""

    def __init__(self, view: TimelineBase) -> None:
        super().__init__(view)
        self._view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self._view.timeline_scene.timeline_style.colours
        painter = QPainter(self)
        painter.fillRect(self.rect(), colours.header)
        painter.setPen(QPen(colours.lane_line, 1))
        width, height = self.width(), self.height()
        painter.drawLine(QLineF(width - 0.5, 0, width - 0.5, height))
        painter.drawLine(QLineF(0, height - 0.5, width, height - 0.5))
