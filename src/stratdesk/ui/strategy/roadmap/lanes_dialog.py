"""The roadmap's theme lanes: add, rename (type in the list), move up or down, delete.

Every change is one undo step through the page's intents, at once; the page shows the new
lanes here after each change (`set_lanes`). Deleting a lane that holds initiatives asks
first, naming how many go with it (undo brings them back).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.i18n.formatting import count_text
from stratdesk.ui.strategy.roadmap.intents import RoadmapIntents
from stratdesk.ui.style import secondary_label, set_error_style

ID_ROLE = Qt.ItemDataRole.UserRole


class LanesDialog(QDialog):
    """`lanes()` gives the themes as stored, (id, name); `count_items(lane_id)` how many
    initiatives a lane holds (to ask before deleting)."""

    def __init__(
        self,
        intents: RoadmapIntents,
        lanes: Callable[[], list[tuple[int, str]]],
        count_items: Callable[[int], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.intents = intents
        self._lanes = lanes
        self._count = count_items
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Theme lanes"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Theme lanes"))
        self.list.itemChanged.connect(self._renamed)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        self.add_button = self._button(self.tr("Add"), self.add, "Ctrl+N")
        self.rename_button = self._button(self.tr("Rename"), self.rename, "F2")
        self.up_button = self._button(self.tr("Move up"), lambda: self.move_lane(-1), "Alt+Up")
        self.down_button = self._button(self.tr("Move down"), lambda: self.move_lane(1), "Alt+Down")
        self.delete_button = self._button(self.tr("Delete…"), self.delete, "Del")
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            secondary_label(
                self.tr(
                    "Themes are lanes of your own beside the objectives' lanes (brand, product, "
                    "organisation…). An initiative in a theme lane can still serve an objective."
                ),
                12,
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.set_lanes(lanes())
        self.resize(520, 380)

    def _button(self, text: str, slot: Callable[[], object], shortcut: str) -> QPushButton:
        button = QPushButton(text)
        button.setShortcut(QKeySequence(shortcut))
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text.rstrip('…')} ({native})")
        button.clicked.connect(slot)
        return button

    # -- showing ---------------------------------------------------------------------------
    def set_lanes(self, lanes: Sequence[tuple[int, str]], current: int | None = None) -> None:
        """Show these themes (id, name), keeping the current one unless `current` is given."""
        keep = current if current is not None else self.current_id()
        with QSignalBlocker(self.list):
            self.list.clear()
            for lane_id, name in lanes:
                item = QListWidgetItem(name)
                item.setData(ID_ROLE, lane_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                if lane_id == keep:
                    self.list.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def ids(self) -> list[int]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def _update_buttons(self, *_args: object) -> None:
        row, count = self.list.currentRow(), self.list.count()
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _said(self, done: bool) -> bool:
        message = "" if done else self.intents.last_error
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        return done

    # -- requests → intents ----------------------------------------------------------------
    def add(self) -> int | None:
        lane_id = self.intents.add_lane(self.tr("New theme"))
        self._said(lane_id is not None)
        if lane_id is not None:
            self.select(lane_id, edit=True)
        return lane_id

    def select(self, lane_id: int, *, edit: bool = False) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == lane_id:
                self.list.setCurrentRow(row)
                if edit:
                    self.list.editItem(self.list.item(row))

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        if not self._said(self.intents.rename_lane(item.data(ID_ROLE), item.text())):
            self.set_lanes(self._lanes())  # refused: the stored name again

    def move_lane(self, step: int) -> bool:
        ids, row = self.ids(), self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return False
        ids[row], ids[target] = ids[target], ids[row]
        return self._said(self.intents.reorder_lanes(ids))

    def delete(self) -> QMessageBox | bool:
        """Delete the current lane; one that holds initiatives asks first."""
        lane_id = self.current_id()
        if lane_id is None:
            return False
        count = self._count(lane_id)
        if not count:
            return self._said(self.intents.delete_lane(lane_id))
        name = self.list.currentItem().text()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the lane “{name}”?").format(name=name),
            count_text(
                count,
                self.tr("Its initiative will be deleted with it (Undo brings it back)."),
                self.tr("Its {n} initiatives will be deleted with it (Undo brings them back)."),
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        confirm = box.addButton(
            self.tr("Delete lane and initiatives"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: button is confirm and self._said(self.intents.delete_lane(lane_id))
        )
        self.question = box
        box.open()
        return box
