"""The dashboard's KPI tiles: as many rows as there is room for, up to `TILE_ROWS`.

On a short screen (a 1366×768 laptop) the tiles keep one row that scrolls sideways, so that
the selected KPI's chart keeps its height; when even one row would squeeze the chart below
its least height (a 1024×680 projector), the strip folds away, and the person can show it
again (the page's "Tiles" button) or drag the divider.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QListView, QStyle, QWidget

from stratdesk.ui.operations.kpis.tile_delegate import TILE_SIZE, KpiTileDelegate

TILE_ROWS = 2  # rows shown above the selected KPI before the list scrolls


class TileStrip(QListView):
    """The tiles of the plan's KPIs; `rows_for` and `set_rows` fit them to the room left."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(KpiTileDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(TILE_SIZE)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setMinimumHeight(0)  # the splitter may fold it away
        self.rows = TILE_ROWS
        self.set_rows(TILE_ROWS)

    def per_row(self, width: int | None = None) -> int:
        """Tiles a row of `width` pixels holds (default: the strip's own width)."""
        width = self.width() if width is None else width
        return max(1, (width - 2 * self.frameWidth()) // TILE_SIZE.width())

    def _scroll_bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)

    def height_for(self, rows: int, count: int, width: int | None = None) -> int:
        """The strip's height for `rows` rows of `count` tiles (a scrolling row has its bar),
        `width` pixels wide (default: its own width)."""
        if rows <= 0:
            return 0
        height = TILE_SIZE.height() * rows + 2 * self.frameWidth() + 2
        if rows == 1 and count > self.per_row(width):
            height += self._scroll_bar()
        return height

    def rows_for(self, count: int, room: int, width: int | None = None) -> int:
        """The rows to show in `room` pixels, `width` wide: 0 when not even one row fits."""
        needed = max(1, -(-count // self.per_row(width)))
        if room < self.height_for(1, count, width):
            return 0
        fitting = max(1, (room - 2 * self.frameWidth()) // TILE_SIZE.height())
        return min(TILE_ROWS, needed, fitting)

    def set_rows(self, rows: int) -> None:
        """Wrap into rows, or (one row) keep every tile on a line that scrolls sideways."""
        self.rows = rows
        strip = rows == 1
        self.setWrapping(not strip)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if strip else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if strip else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
