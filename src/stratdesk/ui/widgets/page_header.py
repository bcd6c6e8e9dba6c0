"""The top of a page: its title and main buttons, then one sentence on what it is for.

The sentence spans the page's whole width (under the buttons, not beside them), so it takes
two lines rather than four on a narrow screen; the buttons wrap when they run out of room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from stratdesk.ui.style import secondary_label, sized_font, title_label
from stratdesk.ui.widgets.flow_layout import FlowLayout


class PageHeader(QWidget):
    def __init__(
        self, title: str, description: str, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title_label = title_label(title)
        self.description_label = secondary_label(description)
        self.buttons: list[QToolButton] = []
        button_box = QWidget()
        flow = FlowLayout(button_box, spacing=6, line_spacing=6)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFont(sized_font(button, 13))
            button.setMinimumHeight(40)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            flow.addWidget(button)
            self.buttons.append(button)
        button_box.setVisible(bool(actions))
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title_label, 1)
        top.addWidget(button_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.description_label)
