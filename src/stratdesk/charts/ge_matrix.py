"""The GE–McKinsey matrix: segments as bubbles on strength × attractiveness, over the nine
cells of the three zones (labelled in the interface's language).

A bubble's area follows the segment's yearly value. Targeting shows in the fill, never in
colour alone: a primary target is filled, a secondary one hatched, a segment not targeted
only outlined (the legend under the chart says so). Pointing at a bubble reads it out;
clicking it emits `segment_clicked`. `set_data` redraws only when what is shown changed.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsRectItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stratdesk.charts.ge_bubbles import BubbleItem, targeting_brush
from stratdesk.charts.ge_data import Bubble, MatrixData
from stratdesk.domain.enums import GeZone, Targeting
from stratdesk.domain.ge_matrix import CUTS, cells
from stratdesk.domain.label_layout import LabelBox, place_labels
from stratdesk.domain.labels import enum_label
from stratdesk.domain.scoring import TOTAL_MAX

pg.setConfigOptions(antialias=True)

# Okabe–Ito: told apart with the common colour-vision deficiencies; the zones are named too.
ZONE_COLOURS = {GeZone.INVEST: "#009E73", GeZone.SELECTIVE: "#E69F00", GeZone.HARVEST: "#D55E00"}
BUBBLE_LIGHT, BUBBLE_DARK = "#0072B2", "#56B4E9"
LABEL_GAP_PX = 3


# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


def bubble_colour(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(BUBBLE_DARK if dark else BUBBLE_LIGHT)


def legend_icon(targeting: Targeting, palette: QPalette, size: int = 22) -> QPixmap:
    """A small bubble drawn as the matrix draws it, for the legend."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
    painter.setBrush(targeting_brush(targeting, bubble_colour(palette)))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    painter.end()
    return pixmap


class GeMatrixView(QWidget):
    """The matrix, its readout line above and its legend below."""

    segment_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = MatrixData()
        self.selected: int | None = None
        self.redraws = 0  # how many times the bubbles were drawn (tests, benchmark)
        self.readout = QLabel(self._hint())
        self.readout.setWordWrap(True)
        self.plot = self._make_plot()
        self.items: list[BubbleItem] = []
        self.message = pg.TextItem("", anchor=(0.5, 0.5))
        self.message.setPos(TOTAL_MAX / 2, TOTAL_MAX / 2)
        self.plot.addItem(self.message)
        self.unplaced_label = QLabel()
        self.unplaced_label.setWordWrap(True)
        self.unplaced_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.readout)
        layout.addWidget(self.plot, 1)
        layout.addLayout(self._legend())
        layout.addWidget(self.unplaced_label)
        self._apply_palette()
        self.plot.getViewBox().sigResized.connect(self._place_labels)
        self.plot.getViewBox().sigTransformChanged.connect(self._place_labels)
        self.setAccessibleName(translate("GeMatrixView", "GE–McKinsey matrix"))

    # -- building --------------------------------------------------------------------------
    def _make_plot(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(parent=self)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setRange(xRange=(0, TOTAL_MAX), yRange=(0, TOTAL_MAX), padding=0.02)
        plot.setMinimumSize(240, 140)
        middles: list[float] = [
            float(CUTS[0]) / 2,
            float(sum(CUTS)) / 2,
            (TOTAL_MAX + float(CUTS[1])) / 2,
        ]
        names = [
            translate("GeMatrixView", "Low"),
            translate("GeMatrixView", "Medium"),
            translate("GeMatrixView", "High"),
        ]
        self.axis_titles = {
            "bottom": translate("GeMatrixView", "Competitive strength (0–100) →"),
            "left": translate("GeMatrixView", "Market attractiveness (0–100) →"),
        }
        for side in self.axis_titles:
            plot.getAxis(side).setTicks(
                [[(float(m), n) for m, n in zip(middles, names, strict=True)]]
            )
        # Room for the longest band name beside the axis's title (pyqtgraph's own guess
        # lets a long French name run under the title).
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(name) for name in names)
        plot.getAxis("left").setWidth(widest + metrics.height() + 20)
        self.cells = [self._add_cell(plot, a, s, zone) for a, s, zone in cells()]
        return plot

    def _add_cell(
        self, plot: pg.PlotWidget, row: int, column: int, zone: GeZone
    ) -> tuple[QGraphicsRectItem, pg.TextItem, GeZone]:
        third = TOTAL_MAX / 3
        rect = QGraphicsRectItem(column * third, row * third, third, third)
        plot.addItem(rect)
        label = pg.TextItem(enum_label(zone), anchor=(0, 0))
        font = QFont(self.font())
        font.setPointSizeF(max(self.font().pointSizeF() - 1, 9))
        label.setFont(font)
        label.setPos(column * third + 0.8, (row + 1) * third - 0.8)
        plot.addItem(label)
        return rect, label, zone

    def _apply_palette(self) -> None:
        """The palette's colours (light or dark) on everything but the bubbles."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        for side, title in self.axis_titles.items():
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
            axis.setLabel(title, color=text.name())
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        for rect, label, zone in self.cells:
            tint = QColor(ZONE_COLOURS[zone])
            tint.setAlpha(70 if dark else 45)
            rect.setBrush(QBrush(tint))
            rect.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0))
            # Softer than the segments' names, which may cross it.
            label.setColor(palette.color(QPalette.ColorRole.PlaceholderText))
        for targeting, icon in self.legend_icons.items():
            icon.setPixmap(legend_icon(targeting, palette))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend_icons"):
            self._apply_palette()
            self._draw()  # the bubbles' colours too

    def _legend(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.legend_icons: dict[Targeting, QLabel] = {}
        for targeting in Targeting:
            icon = QLabel()
            self.legend_icons[targeting] = icon
            row.addWidget(icon)
            row.addWidget(QLabel(enum_label(targeting)))
            row.addSpacing(10)
        row.addStretch(1)
        column.addLayout(row)
        return column

    @staticmethod
    def _hint() -> str:
        return translate(
            "GeMatrixView",
            "A bubble's area is its segment's yearly value. Point at a bubble to read it; "
            "click it to choose its segment.",
        )

    # -- data ------------------------------------------------------------------------------
    def set_data(self, data: MatrixData, selected: int | None = None) -> bool:
        """Show `data` with `selected` outlined; False (nothing redrawn) when unchanged."""
        if data == self.data and selected == self.selected and self.redraws:
            return False
        self.data, self.selected = data, selected
        self._draw()
        return True

    def _draw(self) -> None:
        data, selected = self.data, self.selected
        self.redraws += 1
        palette = self.palette()
        colour, text = bubble_colour(palette), palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        for bubble in data.bubbles:
            chosen = bubble.segment_id == selected
            pen = QPen(text, 1.5)
            if bubble.targeting == Targeting.NOT_TARGETED:
                pen.setStyle(Qt.PenStyle.DashLine)
            font = QFont(self.font())
            font.setBold(bubble.targeting == Targeting.PRIMARY or chosen)
            item = BubbleItem(bubble, colour, pen, text, font, self._on_hovered, self._on_clicked)
            if chosen:
                item.mark_chosen(highlight)
            self.plot.addItem(item)
            self.items.append(item)
        self._place_labels()
        self.message.setText(data.message, color=text)
        self.message.setVisible(bool(data.message))
        self.unplaced_label.setText(
            translate("GeMatrixView", "Not on the matrix yet (no total): {names}").format(
                names=", ".join(data.unplaced)
            )
            if data.unplaced and data.bubbles
            else ""
        )
        self.unplaced_label.setVisible(bool(data.unplaced) and bool(data.bubbles))
        self.readout.setText(self._hint())
        self.setAccessibleDescription("\n".join(b.readout for b in data.bubbles))

    def _place_labels(self) -> None:
        """Names beside their bubbles, covering neither each other nor the bubbles."""
        if not self.items:
            return
        boxes = []
        for item in self.items:
            centre, size = item.scenePos(), item.label.boundingRect()
            boxes.append(LabelBox(centre.x(), centre.y(), item.radius, size.width(), size.height()))
        area = self.plot.getViewBox().sceneBoundingRect()
        bounds = (area.left(), area.top(), area.width(), area.height())
        for item, box, rect in zip(self.items, boxes, place_labels(boxes, bounds), strict=True):
            item.place_label(rect[0] - box.cx, rect[1] - box.cy)

    # -- pointer ---------------------------------------------------------------------------
    def bubble(self, segment_id: int) -> Bubble | None:
        return next((b for b in self.data.bubbles if b.segment_id == segment_id), None)

    def item(self, segment_id: int) -> BubbleItem | None:
        return next((i for i in self.items if i.bubble.segment_id == segment_id), None)

    def _on_clicked(self, segment_id: int) -> None:
        self.segment_clicked.emit(segment_id)

    def _on_hovered(self, segment_id: int | None) -> None:
        bubble = self.bubble(segment_id) if segment_id is not None else None
        self.readout.setText(bubble.readout if bubble is not None else self._hint())
