"""The variants of one experiment ("A", "B"…): a small table edited in place, with buttons to
add, remove and reorder them. It never writes: cell edits go to `commit(id, field, value)`
and the buttons emit requests the page turns into commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratdesk.ui.delegates import FieldDelegate
from stratdesk.ui.models.table import Column, EntityTableModel
from stratdesk.ui.widgets.tables import editable_table, select_item

translate = QCoreApplication.translate


def variant_columns() -> tuple[Column, ...]:
    return (
        Column("name", translate("VariantsView", "Variant"), width=90),
        Column("description", translate("VariantsView", "What it tries"), width=200),
        Column("result", translate("VariantsView", "Result"), width=180),
    )


class VariantsView(QWidget):
    add_requested = Signal()
    delete_requested = Signal(int)  # variant id
    reorder_requested = Signal(list)  # the variant ids in their new order

    def __init__(
        self,
        load: Callable[[], list[Any]],
        commit: Callable[[int, str, Any], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = EntityTableModel(variant_columns(), load, commit, self)
        self.table: QTableView = editable_table(
            self.model,
            FieldDelegate(),
            self.model.columns,
            translate("VariantsView", "Variants"),
            stretch=(1, 2),
            multi_select=False,
            fit_rows=True,
        )
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton(translate("VariantsView", "Add variant"))
        self.remove_button = QPushButton(translate("VariantsView", "Remove"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        for button, text in (
            (self.up_button, translate("VariantsView", "Move up")),
            (self.down_button, translate("VariantsView", "Move down")),
        ):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self._update_buttons()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_buttons()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select(self, variant_id: int, *, edit: bool = False) -> None:
        select_item(self.table, self.model, variant_id, 0, edit=edit)

    def _remove(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.delete_requested.emit(self.model.item(row).id)

    def _move(self, step: int) -> None:
        row = self.current_row()
        ids = [item.id for item in self.model.items()]
        target = row + step
        if row < 0 or not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self.reorder_requested.emit(ids)

    def edit_controls(self) -> list[QWidget]:
        """The cells and buttons that change the variants (off on a read-only plan)."""
        return [self.table, self.add_button, self.remove_button, self.up_button, self.down_button]

    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
