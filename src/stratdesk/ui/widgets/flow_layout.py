"""A row of widgets that wraps onto more lines when it is too narrow (buttons, filters).

Each line is laid out like a box layout: items get their size hint, and what is left of the
line goes to the items that can grow (Expanding horizontal policy), so a search field still
fills its line. Height follows width (`heightForWidth`), so the parent layout makes room for
the extra lines instead of clipping them.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left-aligned lines of items; `spacing` between items, `line_spacing` between lines."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, line_spacing: int = 6
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list ----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes -----------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        # Not expanding: beside a stretching title it takes its one-line width, no more.
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        items = self._visible()
        width = sum(i.sizeHint().width() for i in items) + self._spacing * max(len(items) - 1, 0)
        height = max((i.sizeHint().height() for i in items), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """One item per line: as narrow as the widest item."""
        items = self._visible()
        width = max((i.minimumSize().width() for i in items), default=0)
        height = max((i.minimumSize().height() for i in items), default=0)
        return self._with_margins(QSize(width, height))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- layout ----------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            item_width = min(item.sizeHint().width(), width)
            needed = item_width if not lines[-1] else used + self._spacing + item_width
            if lines[-1] and needed > width:
                lines.append([])
                needed = item_width
            lines[-1].append(item)
            used = needed
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in `rect` (when `apply`); return the height they need."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        top = area.y()
        for line in self._lines(max(area.width(), 1)):
            widths = [min(i.sizeHint().width(), area.width()) for i in line]
            growing = [
                n
                for n, item in enumerate(line)
                if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            spare = max(area.width() - sum(widths) - self._spacing * (len(line) - 1), 0)
            for rank, n in enumerate(growing):  # the spare width, shared out evenly
                widths[n] += spare // len(growing) + (1 if rank < spare % len(growing) else 0)
            height = max(i.sizeHint().height() for i in line)
            x = area.x()
            for item, width in zip(line, widths, strict=True):
                if apply:  # centred on the line: a check box beside a taller field
                    own = min(height, item.maximumSize().height())
                    item.setGeometry(QRect(QPoint(x, top + (height - own) // 2), QSize(width, own)))
                x += width + self._spacing
            top += height + self._line_spacing
        used = top - self._line_spacing - area.y() if self._visible() else 0
        return used + margins.top() + margins.bottom()
