"""The step picker (G): every step, shown or left out, in the workshop's order.

Enter (or a double click) goes to a step; Space (or its box) shows it or leaves it out;
Ctrl+Up / Ctrl+Down move it. Changes are requests: the stage turns them into one undo step
each, and the list follows what is saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QListView, QVBoxLayout, QWidget

from stratdesk.domain.workshop_steps import StepChoice, step_number
from stratdesk.ui.style import secondary_label, sized_font, title_label

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class StepListModel(QAbstractListModel):
    """The steps with their titles; ticking a box asks for the change (`toggle_requested`)."""

    toggle_requested = Signal(str)

    def __init__(self, titles: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.titles = titles
        self.steps: list[StepChoice] = []
        self.current: str | None = None

    def set_steps(self, steps: Sequence[StepChoice], current: str | None) -> None:
        self.beginResetModel()
        self.steps, self.current = list(steps), current
        self.endResetModel()

    def key(self, row: int) -> str:
        return self.steps[row][0]

    def row_of(self, key: str | None) -> int:
        return next((row for row, (k, _on) in enumerate(self.steps) if k == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, shown = self.steps[index.row()]
        title = self.titles.get(key, key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if not shown:
                return self.tr("{title} (left out)").format(title=title)
            number, _count = step_number(self.steps, key)
            return self.tr("{number}. {title}").format(number=number, title=title)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and key == self.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and role == Qt.ItemDataRole.CheckStateRole:
            self.toggle_requested.emit(self.key(index.row()))
        return False  # the list changes once the choice is saved


class StepListView(QListView):
    chosen = Signal(str)
    toggle_requested = Signal(str)
    move_requested = Signal(str, int)

    def __init__(self, model: StepListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps_model = model
        self.setModel(model)
        self.setSpacing(2)
        self.doubleClicked.connect(lambda index: self.chosen.emit(model.key(index.row())))

    def current_key(self) -> str | None:
        row = self.currentIndex().row()
        return self.steps_model.key(row) if row >= 0 else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        current = self.current_key()
        if current is None:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(current)
        elif key == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.NoModifier:
            self.toggle_requested.emit(current)
        elif mods == Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(current, -1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)


class StepPicker(QFrame):
    """An overlay over the step: a title, how to use it, the list."""

    def __init__(self, titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopPicker")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAutoFillBackground(True)
        self.model = StepListModel(titles, self)
        self.list = StepListView(self.model)
        self.list.setFont(sized_font(self.list, 14))
        self.list.setAccessibleName(self.tr("Workshop steps"))
        self.model.toggle_requested.connect(self.list.toggle_requested)
        self.message = secondary_label("", 11)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title_label(self.tr("Workshop steps"), 16))
        layout.addWidget(
            secondary_label(
                self.tr(
                    "Enter: go to the step. Space: show it or leave it out. Ctrl+Up / Ctrl+Down: "
                    "change the order. Escape: close. The choice is saved with the plan."
                ),
                11,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        self.hide()

    def show_steps(self, steps: Sequence[StepChoice], current: str | None) -> None:
        """Fill the list, keeping the row the keyboard is on (else the current step's)."""
        keep = self.list.current_key() or current
        self.model.set_steps(steps, current)
        row = self.model.row_of(keep)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def open(self, steps: Sequence[StepChoice], current: str | None) -> None:
        self.message.clear()
        self.list.setCurrentIndex(QModelIndex())
        self.show_steps(steps, current)
        self.show()
        self.raise_()
        self.list.setFocus()
