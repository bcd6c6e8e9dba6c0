"""A scroll area that keeps up with its content: when what it holds needs more room (a label
got a second line, a column its budget), it resizes it and tells its own layout, instead of
keeping the size the content needed when it was first shown (and cutting the rest off)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FollowingScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # our own minimum follows the content's
            self.setWidgetResizable(True)  # and the content is resized to its new minimum
        return super().eventFilter(watched, event)
