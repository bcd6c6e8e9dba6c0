"""A tab's own bar: one line saying how to work with it, and its buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from stratdesk.ui.style import secondary_label, sized_font


class ActionBar(QWidget):
    def __init__(self, hint: str, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint_label = secondary_label(hint, 12)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hint_label, 1)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFont(sized_font(button, 12))
            button.setMinimumHeight(34)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
            self.buttons.append(button)
