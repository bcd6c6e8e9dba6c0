"""Paints a KPI tile: name, latest value, target, sparkline, change and status.

The status is a word with a symbol ("✓ On track") beside a coloured stripe: the colour helps,
the words carry the meaning (never colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.services.kpi_series import KpiSummary
from stratdesk.ui.operations.kpis.tiles import SUMMARY_ROLE, TEXTS_ROLE, TileTexts

TILE_SIZE = QSize(244, 136)  # four to a row on a laptop, one row on a projector
MARGIN = 6  # space between tiles, inside each item's rectangle
PAD = 10
STATUS_COLOURS = {  # Okabe–Ito: distinguishable with the common colour-vision deficiencies
    KpiStatus.ON_TRACK: "#009E73",
    KpiStatus.AT_RISK: "#E69F00",
    KpiStatus.OFF_TRACK: "#D55E00",
    KpiStatus.NO_DATA: "#8a8f98",
}


def _font(base: QFont, size: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class KpiTileDelegate(QStyledItemDelegate):
    """Draws `KpiTilesModel` rows as cards of a fixed size (the list view lays them out)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return TILE_SIZE

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary: KpiSummary | None = index.data(SUMMARY_ROLE)
        texts: TileTexts | None = index.data(TEXTS_ROLE)
        if summary is None or texts is None:
            return
        palette = option.palette
        rect = QRectF(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 3 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 8, 8)
        colour = QColor(STATUS_COLOURS[summary.status])
        stripe = QRectF(rect.left() + 1.5, rect.top() + 8, 6, rect.height() - 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(stripe, 3, 3)
        self._texts(
            painter, option, rect.adjusted(PAD + 4, PAD - 4, -PAD, -PAD + 4), texts, summary
        )
        painter.restore()

    def _texts(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRectF,
        texts: TileTexts,
        summary: KpiSummary,
    ) -> None:
        palette = option.palette
        base = option.font
        text_colour = palette.color(QPalette.ColorRole.Text)
        soft = palette.color(QPalette.ColorRole.PlaceholderText)
        y = rect.top()
        measured = summary.latest_value is not None
        # "No measurement yet" is a remark, not a figure: written small.
        value_font = _font(base, 17, bold=True) if measured else _font(base, 13)
        rows = (
            (_font(base, 12, bold=True), text_colour, texts.name, ""),  # ~20 px
            # The change sits at the right of the value: the status below keeps its width.
            (value_font, text_colour if measured else soft, texts.value, texts.change),
            (_font(base, 11), soft, texts.target, ""),
        )
        change_font = _font(base, 11)
        change_width = QFontMetrics(change_font).horizontalAdvance(texts.change)
        for font, colour, text, aside in rows:
            metrics = QFontMetrics(font)
            room = rect.width() - (change_width + 8 if aside else 0)
            painter.setFont(font)
            painter.setPen(colour)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            baseline = y + metrics.ascent()
            painter.drawText(QPointF(rect.left(), baseline), elided)
            if aside:
                painter.setFont(change_font)
                painter.drawText(QPointF(rect.right() - change_width, baseline), aside)
            y += metrics.height() + 2
        small = _font(base, 11, bold=True)
        metrics = QFontMetrics(small)
        bottom = rect.bottom() - metrics.descent()
        spark = QRectF(rect.left(), y + 4, rect.width(), bottom - metrics.ascent() - y - 10)
        self._sparkline(painter, spark, summary, QColor(STATUS_COLOURS[summary.status]), soft)
        painter.setFont(small)
        painter.setPen(text_colour)
        status = metrics.elidedText(texts.status, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(QPointF(rect.left(), bottom), status)

    @staticmethod
    def _sparkline(
        painter: QPainter, rect: QRectF, summary: KpiSummary, colour: QColor, soft: QColor
    ) -> None:
        values = list(summary.spark)
        if len(values) < 2 or rect.height() < 8:
            return
        scale = values + ([summary.target] if summary.target is not None else [])
        low, high = min(scale), max(scale)
        span = (high - low) or 1.0

        def point(i: int, value: float) -> QPointF:
            x = rect.left() + rect.width() * i / (len(values) - 1)
            return QPointF(x, rect.bottom() - (value - low) / span * rect.height())

        if summary.target is not None:
            painter.setPen(QPen(soft, 1, Qt.PenStyle.DashLine))
            level = point(0, summary.target).y()
            painter.drawLine(QPointF(rect.left(), level), QPointF(rect.right(), level))
        path = QPainterPath(point(0, values[0]))
        for i, value in enumerate(values[1:], start=1):
            path.lineTo(point(i, value))
        painter.setPen(QPen(colour.darker(115), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
