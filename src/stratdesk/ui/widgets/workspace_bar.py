"""The bar above an open plan: the Strategy / Operations switch, and the plan's name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from stratdesk.ui.style import sized_font
from stratdesk.ui.widgets.elided_label import ElidedLabel

# A segmented switch: the current workspace is filled with the highlight colour.
STYLE = (
    "QToolBar#workspaceBar { spacing: 6px; padding: 3px 10px; }"
    "QToolBar#workspaceBar QToolButton {"
    " padding: 5px 20px; border-radius: 6px; font-size: 14pt; font-weight: bold; }"
    "QToolBar#workspaceBar QToolButton:checked {"
    " background: palette(highlight); color: palette(highlighted-text); }"
)


class WorkspaceBar(QToolBar):
    def __init__(self, title: str, switches: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("workspaceBar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setStyleSheet(STYLE)
        self.addActions(switches)
        # The plan's name fills the rest of the bar, right-aligned, and gives way (elided,
        # whole in its tooltip) so that a long name never widens the window.
        self.plan_label = ElidedLabel(min_chars=6)
        self.plan_label.setFont(sized_font(self.plan_label, 13))
        self.plan_label.setContentsMargins(12, 0, 12, 0)
        self.plan_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.plan_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.plan_label)

    def set_plan_title(self, text: str) -> None:
        self.plan_label.setText(text)
