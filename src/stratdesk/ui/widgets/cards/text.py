"""A card's wrapped text: measured and drawn the same way, breaking a word that is wider than
the card (a narrow column on a small screen) rather than cutting it off at the edge."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption


def _laid_out(text: str, font: QFont, width: int) -> tuple[QTextLayout, float]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height of `text` wrapped to `width` pixels."""
    return math.ceil(_laid_out(text, font, width)[1])


def draw_wrapped(painter: QPainter, rect: QRect, text: str, font: QFont) -> int:
    """Draw `text` wrapped in `rect` (top left, in the painter's pen); return its height."""
    layout, height = _laid_out(text, font, rect.width())
    layout.draw(painter, QPointF(rect.topLeft()), [], QRectF(rect))
    return math.ceil(height)
