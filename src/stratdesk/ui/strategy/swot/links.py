"""The SWOT items a TOWS strategy may combine, as a checkable list (ticking one links it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from stratdesk.domain.enums import SwotQuadrant
from stratdesk.domain.labels import enum_choices
from stratdesk.services.analysis import combines
from stratdesk.ui.strategy.swot.data import SwotData

Index = QModelIndex | QPersistentModelIndex
LinksCommit = Callable[[int, list[int]], bool]
ORDER = list(SwotQuadrant)


class LinkPickerModel(QAbstractListModel):
    """Items of the quadrants the current strategy's kind combines, ticked when linked."""

    def __init__(self, commit: LinksCommit, parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.strategy_id: int | None = None
        self._items: list[Any] = []
        self._linked: set[int] = set()
        self._names = dict(enum_choices(SwotQuadrant))

    def show_strategy(self, strategy: Any | None, data: SwotData) -> None:
        """List the items `strategy` may combine (nothing when there is no strategy)."""
        items: list[Any] = []
        linked: set[int] = set()
        if strategy is not None:
            allowed = combines(strategy.kind)
            items = sorted(
                (i for i in data.items if i.quadrant.value in allowed),
                key=lambda i: (ORDER.index(i.quadrant), i.position, i.id),
            )
            linked = set(strategy.swot_item_ids)
        new_id = None if strategy is None else strategy.id
        same_rows = new_id == self.strategy_id and [i.id for i in items] == [
            i.id for i in self._items
        ]
        if same_rows:
            # Only ticks or texts changed: keep the current row (keyboard users tick in a row).
            self._items, self._linked = items, linked
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return
        self.beginResetModel()
        self.strategy_id, self._items, self._linked = new_id, items, linked
        self.endResetModel()

    def linked_ids(self) -> list[int]:
        return [item.id for item in self._items if item.id in self._linked]

    def item(self, row: int) -> Any:
        return self._items[row]

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Translated so that French gets its no-break space before ":".
            line = self.tr("{quadrant}: {text}")
            return line.format(quadrant=self._names[item.quadrant], text=item.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole:
            linked = item.id in self._linked
            return Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked
        return None

    editable = True  # False on a read-only plan: the ticks show, they do not change

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.editable else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or self.strategy_id is None
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        item_id = self._items[index.row()].id
        ids = [i for i in self.linked_ids() if i != item_id]
        if checked:
            ids.append(item_id)
        return self._commit(self.strategy_id, ids)
