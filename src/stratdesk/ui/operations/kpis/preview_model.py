"""The first rows of a file being imported, as a table; the chosen columns stand out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from stratdesk.io.kpi_import import ImportPreview


class PreviewModel(QAbstractTableModel):
    """Read-only: header, first rows, the file's own row numbers down the side."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.date_column: int | None = None
        self.value_column: int | None = None

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.date_column = preview.date_column if preview else None
        self.value_column = preview.value_column if preview else None
        self.endResetModel()

    def set_columns(self, date_column: int | None, value_column: int | None) -> None:
        self.date_column, self.value_column = date_column, value_column
        if self.rowCount() and self.columnCount():
            bottom_right = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), bottom_right)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.header)

    def _chosen(self, column: int) -> str:
        if column == self.date_column:
            return QCoreApplication.translate("PreviewModel", "date")
        if column == self.value_column:
            return QCoreApplication.translate("PreviewModel", "value")
        return ""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        row = self.preview.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.FontRole and self._chosen(index.column()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.preview is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self.preview.row_numbers):
                return str(self.preview.row_numbers[section])
            return None
        if not 0 <= section < len(self.preview.header):
            return None
        name = self.preview.header[section]
        chosen = self._chosen(section)
        return f"{name}\n[{chosen}]" if chosen else name
