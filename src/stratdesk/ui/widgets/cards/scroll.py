"""A card board that keeps its columns readable: when the window is too narrow for them, it
scrolls sideways instead of squeezing the columns or widening the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

from stratdesk.ui.widgets.scroll_area import FollowingScrollArea

MIN_HEIGHT = 140  # the columns' titles and a card or two


class BoardScrollArea(FollowingScrollArea):
    """Holds `board` at least at its minimum size; asks for less, and scrolls for the rest."""

    def __init__(self, board: QWidget, min_width: int, parent: QWidget | None = None) -> None:
        super().__init__(board, parent)
        self.min_width = min_width
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def minimumSizeHint(self) -> QSize:
        # On a short screen the board scrolls down too, rather than squeeze its columns.
        board = self.widget()
        height = board.minimumSizeHint().height() if board is not None else 0
        return QSize(self.min_width, min(height, MIN_HEIGHT))

    def sizeHint(self) -> QSize:
        board = self.widget()
        return board.sizeHint() if board is not None else super().sizeHint()
