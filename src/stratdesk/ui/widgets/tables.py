"""The editable table every page uses: legible on a projector, edited in place, row-selected;
and the one way to select a row (and start editing it) that every such table shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView

from stratdesk.ui.style import TABLE_POINT_SIZE, sized_font

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def list_table(
    table: QTableView, model: Any, widths: Sequence[int], sort_column: int
) -> QTableView:
    """A read-only list of rows (campaigns, experiments): one row selected at a time,
    sortable by its headers, first sorted by `sort_column`, columns `widths` wide."""
    table.setModel(model)
    table.setFont(sized_font(table, TABLE_POINT_SIZE))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setFont(sized_font(header, TABLE_POINT_SIZE, bold=True))
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def editable_table(
    model: QAbstractItemModel,
    delegate: QAbstractItemDelegate,
    columns: Sequence[Any],
    name: str,
    *,
    stretch: Sequence[int] = (),
    multi_select: bool = True,
    fit_rows: bool = False,
) -> QTableView:
    """A table on `model` edited through `delegate`; `columns` give the widths (`.width`),
    `stretch` the columns that share what is left, `name` the accessible name; `fit_rows`
    lets each row take the height its wrapped text needs."""
    table = QTableView()
    table.setModel(model)
    delegate.setParent(table)
    table.setItemDelegate(delegate)
    table.setFont(sized_font(table, TABLE_POINT_SIZE))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(EDIT_TRIGGERS)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    if fit_rows:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setFont(sized_font(header, TABLE_POINT_SIZE, bold=True))
    header.setHighlightSections(False)
    for number, column in enumerate(columns):
        table.setColumnWidth(number, column.width)
    if stretch:
        header.setStretchLastSection(False)
    for number in stretch:
        header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
    table.setAccessibleName(name)
    return table


class RowsById(Protocol):
    """A model whose rows show items with ids (`ui.models.table.EntityTableModel`)."""

    def row_of(self, item_id: int) -> int: ...
    def index(self, row: int, column: int, parent: QModelIndex = ...) -> QModelIndex: ...


def select_row(table: QTableView, index: QModelIndex, *, edit: bool = False) -> None:
    """Select the row of `index` alone, make `index` current, scroll to it and, with `edit`,
    open its editor. A row that already is the current and only selected one is left as it is
    (no "current row changed" again), unless its cell is to be edited."""
    if not index.isValid():
        return
    selection = table.selectionModel()
    current = table.currentIndex()
    alone = [i.row() for i in selection.selectedRows()] == [index.row()]
    if not alone or current.row() != index.row() or (edit and current != index):
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    table.scrollTo(index)
    if edit:
        table.setFocus()
        table.edit(index)


def select_item(
    table: QTableView, model: RowsById, item_id: int, column: int, *, edit: bool = False
) -> bool:
    """`select_row` on the row showing `item_id` of `model` (the table's model, or the source
    model behind its sort proxy), at `column`. False when no row shows it."""
    row = model.row_of(item_id)
    if row < 0:
        return False
    index = model.index(row, column)
    shown = table.model()
    if shown is not model and isinstance(shown, QAbstractProxyModel):
        index = shown.mapFromSource(index)
    select_row(table, index, edit=edit)
    return True
