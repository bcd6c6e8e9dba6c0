"""Graphics items: an invisible lane container, and one item per bar or milestone.

A lane item carries its bars as children, so a lane that grows or shrinks moves the lanes
under it with one `setPos` each instead of touching every bar. Items cache their painting
(`DeviceCoordinateCache`): scrolling repaints from pixmaps, not from Python.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from stratdesk.domain.timeline import DragKind
from stratdesk.ui.widgets.timeline.data import Bar
from stratdesk.ui.widgets.timeline.style import Style, text_on

RADIUS = 4.0
RING = 4.0  # room around a bar for the selection ring


class LaneItem(QGraphicsItem):
    """The parent of a lane's bars; draws nothing (the view paints the bands)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        pass


class BarItem(QGraphicsItem):
    """A bar (a rounded rectangle with its title) or a milestone (a diamond and its label).

    Its position is the left edge of its first day (a bar) or the middle of its day (a
    milestone), at the top of its row, relative to its lane item.
    """

    def __init__(self, bar: Bar, style: Style, lane_colour: str | None = None) -> None:
        super().__init__()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.style = style
        self.bar = bar
        self.lane_colour = lane_colour
        self.version = 0  # bumped on every change of data: a drag knows if the page answered
        self.row = 0
        self.width = 0.0
        self.selected = False
        self.dragging = False
        self._bounds = QRectF()
        self._elided: tuple[float, str] | None = None
        self._label_width = 0.0
        self._measure()

    # --- data and geometry -------------------------------------------------------------
    def set_bar(self, bar: Bar, lane_colour: str | None) -> None:
        self.bar, self.lane_colour = bar, lane_colour
        self.version += 1
        self._elided = None
        self._measure()
        self.update()

    def _measure(self) -> None:
        if self.bar.milestone:
            metrics = self.style.font_metrics
            self._label_width = min(
                self.style.metrics.label_max, metrics.horizontalAdvance(self.bar.title)
            )

    def visual_width(self) -> float:
        """What the item covers to the right of its position (stacking uses it)."""
        metrics = self.style.metrics
        if self.bar.milestone:
            return metrics.milestone_size / 2 + metrics.text_margin + self._label_width
        return max(self.width, metrics.min_bar_width)

    def set_width(self, width: float) -> None:
        if width != self.width or self._bounds.isNull():
            self.prepareGeometryChange()
            self.width = width
            self._elided = None
            self._bounds = self._compute_bounds()

    def refresh_bounds(self) -> None:
        """After a change of style or label: the item may have grown or shrunk."""
        self.prepareGeometryChange()
        self._elided = None
        self._measure()
        self._bounds = self._compute_bounds()

    def _compute_bounds(self) -> QRectF:
        metrics = self.style.metrics
        height = metrics.row_height
        if self.bar.milestone:
            half = metrics.milestone_size / 2
            return QRectF(-half - RING, 0, self.visual_width() + half + 2 * RING, height)
        return QRectF(-RING, 0, max(self.width, metrics.min_bar_width) + 2 * RING, height)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def body(self) -> QRectF:
        """The bar's rectangle (or the milestone's diamond box), in item coordinates."""
        metrics = self.style.metrics
        if self.bar.milestone:
            size = metrics.milestone_size
            return QRectF(-size / 2, (metrics.row_height - size) / 2, size, size)
        height = metrics.row_height - 2 * metrics.inset
        return QRectF(0, metrics.inset, max(self.width, metrics.min_bar_width), height)

    def zone_at(self, local_x: float) -> DragKind:
        """What a press at `local_x` drags: an edge (resize) or the whole bar (move)."""
        if self.bar.milestone:
            return DragKind.MOVE
        width = max(self.width, self.style.metrics.min_bar_width)
        edge = min(self.style.metrics.edge, width / 3)
        if local_x <= edge:
            return DragKind.RESIZE_START
        if local_x >= width - edge:
            return DragKind.RESIZE_END
        return DragKind.MOVE

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    def set_dragging(self, dragging: bool) -> None:
        if dragging != self.dragging:
            self.dragging = dragging
            self.setZValue(2 if dragging else 0)
            self.update()

    # --- painting ----------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.style.bar_colour(self.bar.colour, self.lane_colour)
        if self.bar.milestone:
            self._paint_milestone(painter, colour)
        else:
            self._paint_bar(painter, colour)

    def _paint_bar(self, painter: QPainter, colour: QColor) -> None:
        colours, metrics = self.style.colours, self.style.metrics
        rect = self.body()
        fill = QColor(colour)
        if self.bar.muted:
            fill.setAlphaF(0.28)
            painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        if self.dragging:
            fill.setAlphaF(fill.alphaF() * 0.8)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        if self.selected or self.dragging:
            self._ring(painter, rect.adjusted(-2, -2, 2, 2), RADIUS + 2)
        text_rect = rect.adjusted(metrics.text_margin, 0, -metrics.text_margin, 0)
        if text_rect.width() < self.style.font_metrics.averageCharWidth() * 1.5:
            return
        # A bar that starts left of the view slides its title into view (elided if need be).
        in_view = getattr(self.scene(), "visible_left", 0.0) - self.scenePos().x()
        text_rect.setLeft(max(text_rect.left(), in_view + metrics.text_margin))
        if text_rect.width() < self.style.font_metrics.averageCharWidth() * 1.5:
            return
        painter.setFont(self.style.font)
        painter.setPen(colours.text if self.bar.muted else text_on(colour))
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter, self._elided_title(text_rect.width())
        )

    def _paint_milestone(self, painter: QPainter, colour: QColor) -> None:
        colours, metrics = self.style.colours, self.style.metrics
        box = self.body()
        centre = box.center()
        half = box.width() / 2
        diamond = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - half),
                QPointF(centre.x() + half, centre.y()),
                QPointF(centre.x(), centre.y() + half),
                QPointF(centre.x() - half, centre.y()),
            ]
        )
        fill = QColor(colour)
        if self.bar.muted:
            fill.setAlphaF(0.35)
        painter.setBrush(fill)
        painter.setPen(QPen(colours.base, 1.2))
        painter.drawPolygon(diamond)
        left = half + metrics.text_margin
        label = QRectF(left, 0, self._label_width + 1, metrics.row_height)
        if self.selected or self.dragging:
            ring = QRectF(
                -half - 2, box.top() - 2, half + left + label.width() + 4, box.height() + 4
            )
            self._ring(painter, ring, RADIUS)
        painter.setFont(self.style.font)
        painter.setPen(colours.soft_text if self.bar.muted else colours.text)
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, self._elided_title(label.width()))

    def _ring(self, painter: QPainter, rect: QRectF, radius: float) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.style.colours.selection, 2))
        painter.drawRoundedRect(rect, radius, radius)

    def _title(self) -> str:
        title = f"{self.bar.symbol} {self.bar.title}" if self.bar.symbol else self.bar.title
        return " ".join(title.split())  # one line, whatever the page's text holds

    def _elided_title(self, width: float) -> str:
        if self._elided is None or self._elided[0] != width:
            text = self.style.font_metrics.elidedText(
                self._title(), Qt.TextElideMode.ElideRight, width
            )
            self._elided = (width, "" if text == "…" else text)  # a lone "…" says nothing
        return self._elided[1]
