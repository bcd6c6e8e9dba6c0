"""A tab's own bar: one line saying how to work with it, and its buttons (which wrap onto a
second line on a narrow screen rather than widen the window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from stratdesk.ui.style import secondary_label, sized_font
from stratdesk.ui.widgets.flow_layout import FlowLayout


class ActionBar(QWidget):
    def __init__(self, hint: str, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint_label = secondary_label(hint, 12)
        self.buttons: list[QToolButton] = []
        button_box = QWidget()
        flow = FlowLayout(button_box, spacing=6, line_spacing=4)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFont(sized_font(button, 12))
            button.setMinimumHeight(34)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            flow.addWidget(button)
            self.buttons.append(button)
        button_box.setVisible(bool(actions))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.hint_label)
        layout.addWidget(button_box)
