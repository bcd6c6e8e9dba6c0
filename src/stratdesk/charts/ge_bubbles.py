"""A bubble of the GE–McKinsey matrix: a circle a fixed number of pixels wide at its
segment's place, its name beside it, hover and click told to the matrix.

The bubble ignores the view's scaling (its size is in pixels, its name stays upright);
pyqtgraph's scene sends it `hoverEvent` and `mouseClickEvent`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsSimpleTextItem

from stratdesk.charts.ge_data import Bubble
from stratdesk.domain.enums import Targeting

Hover = Callable[[int | None], None]
LINE_CHARS, LINES = 18, 2


def short_lines(name: str) -> str:
    """A long name on two short lines (then cut with "…"): narrow names crowd less."""
    lines = textwrap.wrap(name, LINE_CHARS) or [""]
    if len(lines) > LINES:
        lines = [*lines[: LINES - 1], lines[LINES - 1][: LINE_CHARS - 1] + "…"]
    return "\n".join(lines)


Click = Callable[[int], None]


def targeting_brush(targeting: Targeting, colour: QColor) -> QBrush:
    """Filled (primary), hatched (secondary) or empty (not targeted)."""
    if targeting == Targeting.PRIMARY:
        fill = QColor(colour)
        fill.setAlpha(210)
        return QBrush(fill)
    if targeting == Targeting.SECONDARY:
        return QBrush(colour, Qt.BrushStyle.BDiagPattern)
    return QBrush(Qt.BrushStyle.NoBrush)


class BubbleItem(QGraphicsEllipseItem):
    """One segment on the matrix."""

    def __init__(
        self,
        bubble: Bubble,
        colour: QColor,
        outline: QPen,
        text_colour: QColor,
        font: QFont,
        on_hover: Hover,
        on_click: Click,
    ) -> None:
        radius = bubble.diameter / 2
        super().__init__(QRectF(-radius, -radius, 2 * radius, 2 * radius))
        self.bubble = bubble
        self._on_hover, self._on_click = on_hover, on_click
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPos(bubble.strength, bubble.attractiveness)
        self.setBrush(targeting_brush(bubble.targeting, colour))
        self.setPen(outline)
        self.setZValue(10 + (100 - bubble.diameter) / 100)  # small bubbles over large ones
        self.label = QGraphicsSimpleTextItem(short_lines(bubble.label), self)
        self.label.setFont(font)
        self.label.setBrush(text_colour)
        self.label.setZValue(1)
        self.place_label(-self.label.boundingRect().width() / 2, radius + 3)
        self.ring: QGraphicsEllipseItem | None = None

    def mark_chosen(self, colour: QColor) -> None:
        """A ring around the bubble: its segment is the one chosen on the page."""
        r = self.radius + 5
        self.ring = QGraphicsEllipseItem(QRectF(-r, -r, 2 * r, 2 * r), self)
        self.ring.setPen(QPen(colour, 3))
        self.ring.setBrush(QBrush(Qt.BrushStyle.NoBrush))

    @property
    def radius(self) -> float:
        return self.rect().width() / 2

    def place_label(self, left: float, top: float) -> None:
        """Put the name's top-left corner at (left, top) pixels from the centre."""
        self.label.setPos(left, top)

    # -- pyqtgraph's pointer events --------------------------------------------------------
    def hoverEvent(self, event: Any) -> None:
        if event.isExit():
            self._on_hover(None)
        else:
            event.acceptClicks(Qt.MouseButton.LeftButton)
            self._on_hover(self.bubble.segment_id)

    def mouseClickEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(self.bubble.segment_id)
