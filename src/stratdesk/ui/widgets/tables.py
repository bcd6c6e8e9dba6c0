"""The editable table every page uses: legible on a projector, edited in place, row-selected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView

from stratdesk.ui.style import TABLE_POINT_SIZE, sized_font

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


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
