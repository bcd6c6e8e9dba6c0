"""A count beside a page's title in the page list (the Alignment page's findings).

The list's items keep their plain title; the count sits in the item's `BADGE_ROLE` and this
delegate draws it as a small pill on the right, in the palette's highlight colours. Zero
draws nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

BADGE_ROLE = Qt.ItemDataRole.UserRole + 40
PILL_MARGIN = 8


class PageBadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = index.data(BADGE_ROLE)
        if not count:
            super().paint(painter, option, index)
            return
        text = str(count)
        metrics = option.fontMetrics
        rect: QRect = option.rect
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 12)
        pill = QRect(rect.right() - width - PILL_MARGIN, 0, width, height)
        pill.moveCenter(rect.center())
        pill.moveRight(rect.right() - PILL_MARGIN)
        super().paint(painter, option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        fill = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        )
        ink = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.HighlightedText
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
