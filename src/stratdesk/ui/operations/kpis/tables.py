"""Table views and models shared by the KPI page's tabs (targets, measurements)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import KpiUnit
from stratdesk.i18n.formatting import format_value
from stratdesk.ui.delegates import FieldDelegate
from stratdesk.ui.models.table import NUMBER, Column, EntityTableModel
from stratdesk.ui.widgets.tables import editable_table


class KpiValuesModel(EntityTableModel):
    """Number columns are written in the KPI's unit ("€45.50", "2.4%"); editors get numbers."""

    unit: KpiUnit = KpiUnit.COUNT

    def __init__(self, *args: Any, money: Callable[[], tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._money = money

    def display(self, column: Column, value: Any) -> str:
        if column.kind == NUMBER and isinstance(value, int | float):
            currency, language = self._money()
            return format_value(float(value), self.unit, currency, language)
        return super().display(column, value)


def make_table(model: EntityTableModel, name: str, stretch: int) -> QTableView:
    """An editable, row-selecting table with legible fonts and the model's column widths."""
    return editable_table(model, FieldDelegate(), model.columns, name, stretch=(stretch,))


def selected_rows(table: QTableView) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})


def delete_action(parent: QWidget, text: str, table: QTableView) -> QAction:
    """A Delete action that only answers the Delete key while `table` has the focus."""
    action = QAction(text, parent)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    table.addAction(action)
    return action


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setMinimumHeight(32)
    return button


def button_row(actions: list[QAction]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for action in actions:
        row.addWidget(_button(action))
    row.addStretch(1)
    return row


def beside_buttons(table: QWidget, actions: list[QAction]) -> QHBoxLayout:
    """The table, and its buttons in a column at its right: a small screen's height goes
    to the rows, not to a toolbar."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    for action in actions:
        button = _button(action)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        column.addWidget(button)
    column.addStretch(1)
    row = QHBoxLayout()
    row.setContentsMargins(0, 8, 0, 0)
    row.addWidget(table, 1)
    row.addLayout(column)
    return row
