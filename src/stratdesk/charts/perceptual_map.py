"""The perceptual map: the brand and its competitors placed on two named axes.

The view never writes. Dragging a point moves it on screen and, when the button is
released, emits `move_requested(id, x, y)` (on the map, to the tenth); with the map focused,
the arrow keys emit `nudge_requested` for the selected point (Shift: finer steps), Page Up
and Page Down choose the previous or next point, Delete emits `delete_requested`. The
page turns each request into an undo command and shows the stored result with `set_data`.

The own brand stands out by its shape (a star), its colour and its bold label; competitors
are circles, free labels diamonds.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from stratdesk.charts.perceptual_data import MapData, Mark, MarkKind
from stratdesk.charts.perceptual_items import MapPointItem
from stratdesk.domain.perceptual_map import MAP_MAX, MAP_MIN, dropped, nudged

pg.setConfigOptions(antialias=True)

OWN_LIGHT, OWN_DARK = "#D55E00", "#FF9E4A"
OTHER_LIGHT, OTHER_DARK = "#56677A", "#A9B8C8"
SYMBOLS = {MarkKind.OWN: "star", MarkKind.COMPETITOR: "o", MarkKind.FREE: "d"}
SIZES = {MarkKind.OWN: 30, MarkKind.COMPETITOR: 18, MarkKind.FREE: 18}
ARROWS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, 1),
    Qt.Key.Key_Down: (0, -1),
}


# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class PerceptualMapView(QWidget):
    """The map, with a readout line above it."""

    point_selected = Signal(object)  # the chosen point's id (None: none)
    move_requested = Signal(int, float, float)  # a drag ended there
    nudge_requested = Signal(int, float, float)  # an arrow key asks for there
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: MapData | None = None
        self.selected: int | None = None
        self.items: dict[int, MapPointItem] = {}
        self.editable = True
        self.readout = QLabel(self._hint())
        self.readout.setWordWrap(True)
        self.readout.setMinimumHeight(self.readout.fontMetrics().height() * 2 + 4)
        self.plot = self._make_plot()
        self.plot.installEventFilter(self)
        self.end_labels = [pg.TextItem("", anchor=anchor) for anchor in ((0, 1), (1, 1))]
        self.end_labels += [pg.TextItem("", anchor=anchor) for anchor in ((0, 1), (0, 0))]
        for item, pos in zip(
            self.end_labels, ((MAP_MIN, 0), (MAP_MAX, 0), (0, MAP_MIN), (0, MAP_MAX)), strict=True
        ):
            item.setPos(*pos)
            self.plot.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.readout)
        layout.addWidget(self.plot, 1)
        self._apply_palette()
        self.setAccessibleName(translate("PerceptualMapView", "Perceptual map"))

    def _make_plot(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(parent=self)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setRange(xRange=(MAP_MIN, MAP_MAX), yRange=(MAP_MIN, MAP_MAX), padding=0.04)
        plot.setMinimumSize(300, 260)
        plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot.setToolTip(self._hint())
        for side in ("bottom", "left"):
            plot.getAxis(side).setStyle(showValues=False, tickLength=0)
        self.cross = [pg.InfiniteLine(pos=0, angle=angle, movable=False) for angle in (0, 90)]
        for line in self.cross:
            plot.addItem(line)
        return plot

    def _apply_palette(self) -> None:
        """The palette's colours (light or dark): background, axes, the cross, the points."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        for side in ("bottom", "left"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        cross = pg.mkPen(palette.color(QPalette.ColorRole.PlaceholderText), width=1.5)
        for line in self.cross:
            line.setPen(cross)
        if self.data is not None:
            self._show_axes(self.data)
        self._style_all()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "end_labels"):
            self._apply_palette()

    @staticmethod
    def _hint() -> str:
        return translate(
            "PerceptualMapView",
            "Drag a point to move it, or click it and use the arrow keys (Shift: finer "
            "steps); Page Up and Page Down choose a point.",
        )

    # -- data ------------------------------------------------------------------------------
    def set_data(self, data: MapData, selected: int | None = None) -> None:
        """Show `data` (points updated in place when the same ones are shown)."""
        previous, self.data = self.data, data
        if selected not in {mark.point_id for mark in data.marks}:
            selected = None
        changed_selection = selected != self.selected
        self.selected = selected
        if previous is None or previous.x_axis != data.x_axis or previous.y_axis != data.y_axis:
            self._show_axes(data)
        if set(self.items) != {mark.point_id for mark in data.marks} or (
            previous is not None
            and [m.kind for m in previous.marks] != [m.kind for m in data.marks]
        ):
            self._rebuild(data)
        else:
            for mark in data.marks:
                item = self.items[mark.point_id]
                item.mark = mark
                item.setPos(mark.x, mark.y)
                self._dress_label(item)
        self._style_all()
        if changed_selection:
            self._show_readout()

    def _show_axes(self, data: MapData) -> None:
        text = self.palette().color(QPalette.ColorRole.Text).name()
        self.plot.getAxis("bottom").setLabel(data.x_axis.name, color=text)
        self.plot.getAxis("left").setLabel(data.y_axis.name, color=text)
        ends = (data.x_axis.low, data.x_axis.high, data.y_axis.low, data.y_axis.high)
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for item, words in zip(self.end_labels, ends, strict=True):
            item.setText(words, color=colour)

    def _rebuild(self, data: MapData) -> None:
        for item in self.items.values():
            self.plot.removeItem(item)
        self.items = {}
        for mark in data.marks:
            item = MapPointItem(
                mark,
                size=SIZES[mark.kind],
                symbol=SYMBOLS[mark.kind],
                movable=self.editable,
                # A callable, not the text: braces in a name are not a format to fill.
                label=lambda _x, _y, it=None: "",
            )
            self._dress_label(item)
            item.setZValue(20 if mark.kind is MarkKind.OWN else 10)
            item.sigClicked.connect(lambda it: self.select(it.mark.point_id))
            item.sigPositionChangeFinished.connect(self._on_dropped)
            self.plot.addItem(item)
            self.items[mark.point_id] = item

    @staticmethod
    def _dress_label(item: MapPointItem) -> None:
        """The name beside its point, on the side with room (left on the right third)."""
        label = item.label()
        if label is None:
            return
        mark = item.mark
        label.setFormat(lambda _x, _y, text=mark.label: text)
        right = mark.x > MAP_MAX / 3
        gap = SIZES[mark.kind] / 2 + 4
        label.offset = pg.Point(-gap if right else gap, 0)
        label.setAnchor((1 if right else 0, 0.5))
        label.viewTransformChanged()

    def _style_all(self) -> None:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for point_id, item in self.items.items():
            kind, chosen = item.mark.kind, point_id == self.selected
            own = kind is MarkKind.OWN
            fill = QColor(
                (OWN_DARK if dark else OWN_LIGHT) if own else (OTHER_DARK if dark else OTHER_LIGHT)
            )
            pen = QPen(highlight if chosen else text, 3 if chosen else 1.2)
            hover = QPen(highlight, 2.5)
            for one in (pen, hover):
                one.setCosmetic(True)  # pixels, not the symbol's scale
            item.setPen(pen)
            item.setHoverPen(hover)
            item.setBrush(fill)
            item.setHoverBrush(fill)
            label = item.label()
            if label is not None:
                font = QFont(self.font())
                font.setBold(own or chosen)
                font.setPointSizeF(self.font().pointSizeF() + (1.5 if own else 0))
                label.setFont(font)
                label.setColor(text)

    # -- selection and requests ------------------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        """False on a read-only plan: points are chosen, not dragged, nudged or deleted."""
        self.editable = editable
        for item in self.items.values():
            item.movable = editable

    def select(self, point_id: int | None) -> None:
        """Choose a point (outlined; the arrow keys move it)."""
        if point_id == self.selected:
            return
        self.selected = point_id
        self._style_all()
        self._show_readout()
        self.point_selected.emit(point_id)

    def mark(self, point_id: int) -> Mark | None:
        item = self.items.get(point_id)
        return None if item is None else item.mark

    def _show_readout(self) -> None:
        mark = self.mark(self.selected) if self.selected is not None else None
        self.readout.setText(mark.readout if mark is not None else self._hint())

    def _on_dropped(self, item: MapPointItem) -> None:
        x, y = dropped(item.pos().x(), item.pos().y())
        if (x, y) != (item.mark.x, item.mark.y):
            self.move_requested.emit(item.mark.point_id, x, y)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and self.handle_key(event):
                return True
        elif watched is self.plot and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            # A visible frame tells that the keys go to the map.
            self._frame(focused=event.type() == QEvent.Type.FocusIn)
        return super().eventFilter(watched, event)

    def _frame(self, *, focused: bool) -> None:
        self.plot.setStyleSheet("border: 2px solid palette(highlight);" if focused else "")

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        marks = self.data.marks if self.data is not None else ()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and marks:
            ids = [m.point_id for m in marks]
            at = ids.index(self.selected) if self.selected in ids else -1
            step = 1 if key == Qt.Key.Key_PageDown else -1
            self.select(ids[(at + step) % len(ids)] if at >= 0 else ids[0])
            return True
        mark = self.mark(self.selected) if self.selected is not None else None
        if mark is None or not self.editable:
            return False
        if key in ARROWS:
            fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            x, y = nudged(mark.x, mark.y, *ARROWS[key], fine=fine)
            if (x, y) != (mark.x, mark.y):
                self.nudge_requested.emit(mark.point_id, x, y)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(mark.point_id)
            return True
        return False
