"""A card's wrapped text: measured and drawn the same way, breaking a word that is wider than
the card (a narrow column on a small screen) rather than cutting it off at the edge. With
`max_lines`, a longer text stops at that many lines, the last one ending in "…" (the card's
tooltip has it whole)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout, QTextOption


def _fitted(text: str, font: QFont, width: int, max_lines: int | None) -> str:
    """`text`, or its first `max_lines` lines with "…" at the end of the last."""
    if max_lines is None:
        return text
    layout, _ = _laid_out(text, font, width)
    if layout.lineCount() <= max_lines:
        return text
    last = layout.lineAt(max_lines - 1)
    kept = text[: last.textStart()]
    rest = text[last.textStart() :].replace("\n", " ")
    tail = QFontMetrics(font).elidedText(rest + "…", Qt.TextElideMode.ElideRight, max(width, 1))
    return kept + (tail if tail.endswith("…") else tail.rstrip() + "…")


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


def wrapped_height(text: str, font: QFont, width: int, max_lines: int | None = None) -> int:
    """The height of `text` wrapped to `width` pixels (at most `max_lines` lines)."""
    return math.ceil(_laid_out(_fitted(text, font, width, max_lines), font, width)[1])


def draw_wrapped(
    painter: QPainter, rect: QRect, text: str, font: QFont, max_lines: int | None = None
) -> int:
    """Draw `text` wrapped in `rect` (top left, in the painter's pen; at most `max_lines`
    lines); return its height."""
    text = _fitted(text, font, rect.width(), max_lines)
    layout, height = _laid_out(text, font, rect.width())
    layout.draw(painter, QPointF(rect.topLeft()), [], QRectF(rect))
    return math.ceil(height)
