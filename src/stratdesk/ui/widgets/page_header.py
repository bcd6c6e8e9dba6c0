"""The top of a page: its title, one sentence on what it is for, and its main buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from stratdesk.ui.style import secondary_label, sized_font, title_label


class PageHeader(QWidget):
    def __init__(
        self, title: str, description: str, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title_label = title_label(title)
        self.description_label = secondary_label(description)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title_label)
        text.addWidget(self.description_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(text, 1)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFont(sized_font(button, 13))
            button.setMinimumHeight(40)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
            self.buttons.append(button)
