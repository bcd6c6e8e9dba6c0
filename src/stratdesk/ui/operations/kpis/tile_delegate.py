"""Paints a KPI tile: name, latest value, target, sparkline, change and status.

The status is a word with a symbol ("✓ On track") beside a coloured stripe: the colour helps,
the words carry the meaning (never colour alone). The latest value is never cut: a long one
("24 600 000,00 €") is written smaller, down to `VALUE_LEAST_POINTS`, and past that the change
beside it gives way (the tooltip says everything in a sentence).
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
TEXT_WIDTH = TILE_SIZE.width() - 2 * MARGIN - 2 * PAD - 4  # what the texts of a tile get
VALUE_POINTS = 17  # the latest value, when it fits
VALUE_LEAST_POINTS = 11
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


def value_layout(base: QFont, value: str, change: str, width: float) -> tuple[QFont, str]:
    """The font that shows all of `value` in `width` beside `change`, and the change to show
    ("" when even the least size needs the whole width)."""
    change_width = QFontMetrics(_font(base, 11)).horizontalAdvance(change) + 8 if change else 0
    for aside, room in ((change, width - change_width), ("", width)):
        size = float(VALUE_POINTS)
        while size >= VALUE_LEAST_POINTS:
            font = _font(base, size, bold=True)
            if QFontMetrics(font).horizontalAdvance(value) <= room:
                return font, aside
            size -= 0.5
    return _font(base, VALUE_LEAST_POINTS, bold=True), ""


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
        value_font, change = (
            value_layout(base, texts.value, texts.change, rect.width())
            if measured
            else (_font(base, 13), texts.change)
        )
        rows = (
            (_font(base, 12, bold=True), text_colour, texts.name, ""),  # ~20 px
            # The change sits at the right of the value: the status below keeps its width.
            (value_font, text_colour if measured else soft, texts.value, change),
            (_font(base, 11), soft, texts.target, ""),
        )
        change_font = _font(base, 11)
        change_width = QFontMetrics(change_font).horizontalAdvance(change)
        # The value row's height stays that of the full size, whatever size it is written in.
        full = QFontMetrics(_font(base, VALUE_POINTS, bold=True))
        for font, colour, text, aside in rows:
            is_value = font is value_font and measured
            metrics = QFontMetrics(font)
            room = rect.width() - (change_width + 8 if aside else 0)
            painter.setFont(font)
            painter.setPen(colour)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            baseline = y + (full.ascent() if is_value else metrics.ascent())
            painter.drawText(QPointF(rect.left(), baseline), elided)
            if aside:
                painter.setFont(change_font)
                painter.drawText(QPointF(rect.right() - change_width, baseline), aside)
            y += (full.height() if is_value else metrics.height()) + 2
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
