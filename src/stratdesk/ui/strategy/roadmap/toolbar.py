"""The row above the timeline: how to use it, the zoom (year, quarter, month) and Today."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from stratdesk.domain.timeline import Zoom
from stratdesk.ui.style import secondary_label, sized_font


class RoadmapToolbar(QWidget):
    zoom_chosen = Signal(object)  # Zoom
    today_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = secondary_label(
            self.tr(
                "Drag across a lane to add; drag a bar to move it, its ends to change its dates. "
                "Enter edits, arrows move, Shift+arrows resize."
            ),
            12,
        )
        self.group = QActionGroup(self)
        self.zoom_actions: dict[Zoom, QAction] = {}
        labels = {
            Zoom.YEAR: self.tr("Years"),
            Zoom.QUARTER: self.tr("Quarters"),
            Zoom.MONTH: self.tr("Months"),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.hint, 1)
        for zoom, label in labels.items():
            action = QAction(label, self)
            action.setCheckable(True)
            action.setToolTip(
                self.tr("Zoom: {level} (Ctrl+= closer, Ctrl+- wider)").format(level=label)
            )
            action.triggered.connect(lambda _checked=False, z=zoom: self.zoom_chosen.emit(z))
            self.group.addAction(action)
            self.zoom_actions[zoom] = action
            button = self._button(action)
            # The chosen zoom in bold too: a pressed button barely shows on some palettes.
            action.toggled.connect(lambda on, b=button: b.setFont(sized_font(b, 12, bold=on)))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        self.today_action = QAction(self.tr("Today"), self)
        self.today_action.setToolTip(self.tr("Scroll to today (T)"))
        self.today_action.triggered.connect(self.today_requested)
        layout.addSpacing(8)
        layout.addWidget(self._button(self.today_action), 0, Qt.AlignmentFlag.AlignBottom)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setFont(sized_font(button, 12))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(32)
        return button

    def show_zoom(self, zoom: Zoom) -> None:
        action = self.zoom_actions.get(zoom)
        if action is not None:
            action.setChecked(True)
