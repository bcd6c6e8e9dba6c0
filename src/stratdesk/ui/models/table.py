"""A table model over a list of read models: one row per item, one column per field.

The model keeps the rows the service returned (ids + row cache) and, on refresh, tells the
view exactly which rows came, went or changed, so the selection and the current cell survive
an edit. Edits do not write: they go to `commit(item_id, field, value)` (an undo command).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[int, str, Any], bool]

TEXT, NUMBER, DATE, CHOICE = "text", "number", "date", "choice"


@dataclass(frozen=True)
class Column:
    """One field shown as a column: how to show it and how it is edited."""

    field: str
    header: str
    kind: str = TEXT
    choices: tuple[tuple[Any, str], ...] = ()  # (stored value, label) for CHOICE
    editable: bool = True
    width: int = 140
    date_range: Callable[[], tuple[dt.date, dt.date]] | None = None

    def label(self, value: Any) -> str:
        return next((text for stored, text in self.choices if stored == value), str(value))


def format_number(value: float, locale: QLocale) -> str:
    """1500.0 → "1,500" / "1 500"; 2.5 → "2.5" / "2,5" (the reader's own conventions)."""
    if float(value).is_integer():
        return locale.toString(int(value))
    text = locale.toString(float(value), "f", 2)
    return text.rstrip("0").rstrip(locale.decimalPoint())


def format_day(day: dt.date, locale: QLocale) -> str:
    """A date with the month in words, unambiguous on a projector: "31 Dec 2026"."""
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


class EntityTableModel(QAbstractTableModel):
    """Rows of read models (each with an `id`), loaded by `load()`, edited via `commit`."""

    def __init__(
        self,
        columns: Sequence[Column],
        load: Callable[[], list[Any]],
        commit: Commit | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._load = load
        self._commit = commit
        self._rows: list[Any] = []
        self.locale = QLocale()

    # -- rows ------------------------------------------------------------------------------
    def item(self, row: int) -> Any:
        return self._rows[row]

    def items(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        """The row showing `item_id`, or -1."""
        return next((i for i, item in enumerate(self._rows) if item.id == item_id), -1)

    def refresh(self) -> None:
        """Reload, then insert, remove and update only the rows that differ."""
        new = list(self._load())
        old = self._rows
        matcher = SequenceMatcher(a=[r.id for r in old], b=[r.id for r in new], autojunk=False)
        opcodes = matcher.get_opcodes()
        # Work from the end so earlier row numbers stay valid while rows come and go.
        for tag, i1, i2, j1, j2 in reversed(opcodes):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self._rows[i1:i1] = new[j1:j2]
                self.endInsertRows()
        changed = [
            j1 + k
            for tag, i1, _i2, j1, j2 in opcodes
            if tag == "equal"
            for k in range(j2 - j1)
            if self._rows[j1 + k] != new[j1 + k]
        ]
        self._rows = new
        last = self.columnCount() - 1
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def update_items(self, items: Iterable[Any]) -> bool:
        """Show new values of rows already shown, in place (only changed rows are redrawn).

        False, changing nothing, when an item is not shown or its `position` moved it: the
        caller then reloads with `refresh()`.
        """
        found: dict[int, Any] = {}
        for item in items:
            row = self.row_of(item.id)
            if row < 0 or getattr(item, "position", None) != getattr(
                self._rows[row], "position", None
            ):
                return False
            found[row] = item
        last = self.columnCount() - 1
        for row, item in sorted(found.items()):
            if self._rows[row] != item:
                self._rows[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    editable = True  # False on a read-only plan: no cell opens an editor

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and self.editable
            and self._commit is not None
            and self.columns[index.column()].editable
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self._rows[index.row()], column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(column, value)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == TEXT and value:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column.kind == NUMBER
            side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._commit is None:
            return False
        column = self.columns[index.column()]
        return self._commit(self._rows[index.row()].id, column.field, value)

    # -- values ----------------------------------------------------------------------------
    def raw_value(self, index: Index) -> Any:
        """The stored value under `index` (a date, a number, an enum…), for editors."""
        return getattr(self._rows[index.row()], self.columns[index.column()].field)

    def display(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind == NUMBER:
            return format_number(value, self.locale)
        if column.kind == DATE:
            return format_day(value, self.locale)
        if column.kind == CHOICE:
            return column.label(value)
        # One line in a cell; the tooltip and the editor have the whole text.
        return " ".join(str(value).split())
