"""The start screen: recent plans, and the ways to begin (new, open, the demo plan)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.ui.settings import Settings
from stratdesk.ui.style import secondary_label, sized_font, title_label

COLUMN_WIDTH = 860
PATH_ROLE = Qt.ItemDataRole.UserRole


class StartView(QWidget):
    """Shown when no plan is open. Missing recent files are forgotten each time it shows."""

    new_plan_requested = Signal()
    open_requested = Signal()
    open_file_requested = Signal(object)  # the Path of a recent plan
    demo_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.new_button = self._button(self.tr("New plan…"), self.new_plan_requested)
        self.open_button = self._button(self.tr("Open…"), self.open_requested)
        self.demo_button = self._button(self.tr("Open the demo plan"), self.demo_requested)
        self.new_button.setDefault(True)
        self.recent_list = QListWidget()
        self.recent_list.setFont(sized_font(self.recent_list, 13))
        self.recent_list.setAccessibleName(self.tr("Recent plans"))
        self.recent_list.itemActivated.connect(self._on_activated)
        self.no_recent_label = secondary_label(
            self.tr("No recent plans yet. Create a new plan, or open the demo plan to look around.")
        )
        self._build_layout()
        self.reload()

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setFont(sized_font(button, 14))
        # Never narrower than its text: French labels are long ("Ouvrir le plan de démonstration").
        button.setMinimumSize(QSize(max(220, button.sizeHint().width() + 24), 52))
        button.clicked.connect(signal.emit)
        return button

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(title_label("stratdesk", 34))
        column.addWidget(
            secondary_label(
                self.tr(
                    "A client's marketing plan in one file: the strategy, the operations, and "
                    "whether it works."
                ),
                15,
            )
        )
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(20)
        heading = QLabel(self.tr("Recent plans"))
        heading.setFont(sized_font(heading, 16, bold=True))
        column.addWidget(heading)
        column.addWidget(self.no_recent_label)
        column.addWidget(self.recent_list, 4)
        column.addStretch(1)  # keeps the column together when there is no list
        holder = QWidget()
        holder.setMaximumWidth(COLUMN_WIDTH)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 48, 40, 32)
        outer.addStretch(1)
        outer.addWidget(holder, 8)
        outer.addStretch(1)

    def reload(self) -> None:
        """Show the recent files that still exist (forgetting the others)."""
        self.recent_list.clear()
        for path in self.settings.prune_recent_files():
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            item.setSizeHint(QSize(0, 64))
            self.recent_list.addItem(item)
        has_recent = self.recent_list.count() > 0
        self.recent_list.setVisible(has_recent)
        self.no_recent_label.setVisible(not has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)

    def recent_paths(self) -> list[Path]:
        return [
            Path(self.recent_list.item(row).data(PATH_ROLE))
            for row in range(self.recent_list.count())
        ]

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.open_file_requested.emit(Path(item.data(PATH_ROLE)))
