"""Porter's five forces as the classic cross: rivalry in the centre, new entrants above,
substitutes below, suppliers on the left and buyers on the right, each pressing inwards.

Drawn with QPainter (five boxes and four arrows need nothing heavier). Each box says its
rating in words and pips, and a bar repeats it: colour is never the only clue.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from stratdesk.charts.porter_data import RATING_MAX, ForceBar, average_pressure
from stratdesk.domain.enums import PorterForce

# (column, row) of each force in a 3 × 3 grid.
CELLS = {
    PorterForce.NEW_ENTRANTS: (1, 0),
    PorterForce.SUPPLIER_POWER: (0, 1),
    PorterForce.RIVALRY: (1, 1),
    PorterForce.BUYER_POWER: (2, 1),
    PorterForce.SUBSTITUTES: (1, 2),
}
GAP = 26
# Weak (green) through moderate (amber) to strong (red); the number is always written too.
STOPS = (QColor("#43a047"), QColor("#fb8c00"), QColor("#e53935"))
BOX_MAX_HEIGHT = 130


def pressure_colour(rating: int) -> QColor:
    """The bar colour of a rating from 1 to `RATING_MAX`."""
    t = 2 * (rating - 1) / (RATING_MAX - 1)  # 0…2 across the three stops
    low, high = (STOPS[0], STOPS[1]) if t <= 1 else (STOPS[1], STOPS[2])
    t = t if t <= 1 else t - 1
    return QColor.fromRgbF(
        low.redF() + (high.redF() - low.redF()) * t,
        low.greenF() + (high.greenF() - low.greenF()) * t,
        low.blueF() + (high.blueF() - low.blueF()) * t,
    )


class PorterChart(QWidget):
    """Shows a list of `ForceBar`s; call `set_bars` again when the ratings change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[ForceBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("PorterChart", "Five forces chart"))

    def sizeHint(self) -> QSize:
        return QSize(520, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 300)

    def set_bars(self, bars: Sequence[ForceBar]) -> None:
        self.bars = list(bars)
        self.setToolTip(self.summary())
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """The chart in words (tooltip, screen readers)."""
        translate = QCoreApplication.translate
        lines = [
            translate("PorterChart", "{force}: {rating}").format(
                force=bar.label, rating=self._rating_text(bar)
            )
            for bar in self.bars
        ]
        average = average_pressure(self.bars)
        if average is not None:
            lines.append(
                translate("PorterChart", "Average pressure: {value}").format(
                    value=f"{QLocale().toString(average, 'f', 1)}/{RATING_MAX}"
                )
            )
        return "\n".join(lines)

    @staticmethod
    def _rating_text(bar: ForceBar) -> str:
        if bar.rating is None:
            return QCoreApplication.translate("PorterChart", "not rated")
        return f"{bar.rating}/{RATING_MAX}"

    @staticmethod
    def _not_rated() -> str:
        return QCoreApplication.translate("PorterChart", "Not rated")

    # -- painting --------------------------------------------------------------------------
    def _boxes(self) -> dict[PorterForce, QRectF]:
        width = (self.width() - 2 * GAP - 2) / 3
        height = min((self.height() - 2 * GAP - 2) / 3, BOX_MAX_HEIGHT)
        top = max(1.0, (self.height() - 3 * height - 2 * GAP) / 2)  # centred when boxes are capped
        return {
            force: QRectF(1 + col * (width + GAP), top + row * (height + GAP), width, height)
            for force, (col, row) in CELLS.items()
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        boxes = self._boxes()
        centre = boxes[PorterForce.RIVALRY]
        # The placeholder grey stays visible on the light and on the dark palette.
        arrow = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(QPen(arrow, 3))
        painter.setBrush(arrow)
        for force, box in boxes.items():
            if force != PorterForce.RIVALRY:
                self._arrow(painter, box, centre)
        # One size of type for every box: smaller in a small chart rather than words cut
        # at a box's edge.
        inner = centre.width() - 20
        words = [word for bar in self.bars for word in bar.label.split()]
        bold = QFont(self.font())
        bold.setBold(True)
        sizes = (
            _fitting_size(bold, words, inner, 12),
            _fitting_size(self.font(), ["●●●●●  5/5", self._not_rated()], inner, 14),
        )
        for bar in self.bars:
            self._box(painter, boxes[bar.force], bar, bar.force == PorterForce.RIVALRY, sizes)
        painter.end()

    def _arrow(self, painter: QPainter, box: QRectF, centre: QRectF) -> None:
        """An arrow from an outer box to the edge of the centre box."""
        start, end = box.center(), centre.center()
        if abs(start.x() - end.x()) > abs(start.y() - end.y()):  # left or right
            sign = 1 if start.x() < end.x() else -1
            start = QPointF(box.right() if sign > 0 else box.left(), start.y())
            end = QPointF(centre.left() if sign > 0 else centre.right(), end.y())
            head = [
                QPointF(end.x() - sign * 10, end.y() - 7),
                QPointF(end.x() - sign * 10, end.y() + 7),
            ]
        else:
            sign = 1 if start.y() < end.y() else -1
            start = QPointF(start.x(), box.bottom() if sign > 0 else box.top())
            end = QPointF(end.x(), centre.top() if sign > 0 else centre.bottom())
            head = [
                QPointF(end.x() - 7, end.y() - sign * 10),
                QPointF(end.x() + 7, end.y() - sign * 10),
            ]
        painter.drawLine(start, end)
        painter.drawPolygon(QPolygonF([end, *head]))

    def _box(
        self,
        painter: QPainter,
        box: QRectF,
        bar: ForceBar,
        central: bool,
        sizes: tuple[float, float] = (12, 14),
    ) -> None:
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 2 if central else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 8, 8)
        inner = box.adjusted(10, 8, -10, -8)
        title = QFont(self.font())
        title.setBold(True)
        title.setPointSizeF(sizes[0])
        painter.setFont(title)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        used = painter.boundingRect(inner, flags, bar.label)
        painter.drawText(inner, flags, bar.label)
        value = QFont(self.font())
        if bar.rating is None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = self._not_rated()
        else:
            text = (
                "●" * bar.rating + "○" * (RATING_MAX - bar.rating) + f"  {bar.rating}/{RATING_MAX}"
            )
        value.setPointSizeF(sizes[1])
        painter.setFont(value)
        rating_area = inner.adjusted(0, used.height() + 4, 0, 0)
        painter.drawText(
            rating_area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text
        )
        if bar.rating is not None:
            track = QRectF(inner.left(), inner.bottom() - 8, inner.width(), 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(track, 4, 4)
            filled = QRectF(track)
            filled.setWidth(track.width() * bar.rating / RATING_MAX)
            painter.setBrush(pressure_colour(bar.rating))
            painter.drawRoundedRect(filled, 4, 4)


def _fitting_size(font: QFont, words: Sequence[str], width: float, largest: float) -> float:
    """The largest point size, down to 8, at which each of `words` fits `width`."""
    size = largest
    probe = QFont(font)
    while size > 8:
        probe.setPointSizeF(size)
        metrics = QFontMetricsF(probe)
        if all(metrics.horizontalAdvance(word) <= width for word in words):
            break
        size -= 0.5
    return size
