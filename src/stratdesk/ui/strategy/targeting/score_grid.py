"""The score grid: type a digit in a cell to score it (0–10; "1" then "0" makes 10), the
arrows and Tab move, Delete clears, Enter or F2 opens an editor; a weight is typed in the
weight row. A criterion's name is edited over its column title (double-click it, or Ctrl+R).

The view never writes: it emits `score_requested(segment, criterion, score | None)`,
`rename_requested(criterion, name)` and `segment_chosen(id)`; weights go through the
model's commit (an editor), like any table of the application.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from stratdesk.domain.scoring import SCORE_MAX, SCORE_MIN
from stratdesk.i18n.formatting import UnreadableNumber, parse_number
from stratdesk.ui.language import ui_language
from stratdesk.ui.strategy.targeting.score_model import HEADER_LINES, KIND_ROLE, ScoreGridModel
from stratdesk.ui.style import TABLE_POINT_SIZE, sized_font

Index = QModelIndex | QPersistentModelIndex
CRITERION_WIDTH, TOTAL_WIDTH = 90, 98
NAMES_MIN, NAMES_MAX = 120, 200
TEN_WINDOW_SECONDS = 1.5  # "1" then "0" within this long in one cell: 10


class ScoreDelegate(QStyledItemDelegate):
    """A line editor: whole numbers 0–10 for a score, a number for a weight."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if index.data(KIND_ROLE) == "score":
            editor.setValidator(QIntValidator(SCORE_MIN, SCORE_MAX, editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit) and not editor.text():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if index.data(KIND_ROLE) == "score":
            value: Any = int(text) if text.isdigit() else None
        else:
            language = ui_language()
            try:
                value = parse_number(text, decimal_hint="," if language == "fr" else ".")
            except UnreadableNumber:
                value = text  # the service refuses it, saying why
            if value is None or value == index.data(Qt.ItemDataRole.EditRole):
                return
        model.setData(index, value)


class HeaderNameEditor(QLineEdit):
    """Edits a column title in place: Enter (or leaving it) keeps, Escape gives up.

    It closes once the key that ended it is handled, giving the focus back to the grid
    first (a focused widget that hides passes the focus on with a Tab, which the grid
    would take as a move to the next cell)."""

    finished = Signal(str)

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._done = False
        self.returnPressed.connect(self._finish)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self._done = True
            QTimer.singleShot(0, self.close_quietly)
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # not on to the grid, which would open a cell's editor

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._finish()

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.finished.emit(self.text())
        QTimer.singleShot(0, self.close_quietly)

    def close_quietly(self) -> None:
        self._done = True
        parent = self.parentWidget()
        viewport = parent.parentWidget() if parent is not None else None
        grid = viewport.parentWidget() if viewport is not None else None
        # The grid first: a focused widget that hides hands the focus on with a Tab, which
        # the grid would take as a move to the next cell.
        if self.hasFocus() and isinstance(grid, QTableView):
            grid.setFocus()
        self.hide()
        self.deleteLater()


class ScoreGridView(QTableView):
    score_requested = Signal(int, int, object)  # segment id, criterion id, score or None
    rename_requested = Signal(int, str)  # criterion id, new name
    segment_chosen = Signal(object)  # the current row's segment id (None: the weight row)

    def __init__(self, model: ScoreGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid_model = model
        self.setModel(model)
        self.setItemDelegate(ScoreDelegate(self))
        self.setFont(sized_font(self, TABLE_POINT_SIZE))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAccessibleName(self.tr("Scores"))
        header = self.horizontalHeader()
        header.setFont(sized_font(header, TABLE_POINT_SIZE - 1, bold=False))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumHeight(header.fontMetrics().lineSpacing() * HEADER_LINES + 12)
        header.sectionDoubleClicked.connect(self.start_rename)
        rows = self.verticalHeader()
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 14)
        self._last_digit: tuple[tuple[int, int], int, float] | None = None
        model.modelReset.connect(self._size_columns)
        model.headerDataChanged.connect(lambda *_: self._size_columns())  # a name changed
        self._size_columns()

    def set_editable(self, editable: bool) -> None:
        """False on a read-only plan: cells are chosen and read, not scored, weighed or
        renamed (no editor, no digit, no Delete)."""
        self.grid_model.editable = editable
        self.grid_model.layoutChanged.emit()
        if not editable:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.selectionModel().currentRowChanged.connect(self._on_row)

    def _size_columns(self) -> None:
        """Criteria narrow (their names wrap), totals as wide as their bold titles, segment
        names as wide as the longest (within reason: the others are elided)."""
        header = self.horizontalHeader()
        bold = QFontMetrics(sized_font(header, header.font().pointSizeF(), bold=True))
        model = self.grid_model
        for column, spec in enumerate(model.columns):
            if spec.criterion_id is not None:
                width = CRITERION_WIDTH
            else:
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                width = max(
                    TOTAL_WIDTH, *(bold.horizontalAdvance(t) + 18 for t in title.split("\n"))
                )
            self.setColumnWidth(column, width)
        rows = self.verticalHeader()
        names = [str(model.headerData(r, Qt.Orientation.Vertical)) for r in range(model.rowCount())]
        widest = max((rows.fontMetrics().horizontalAdvance(n) for n in names), default=0)
        rows.setFixedWidth(min(max(widest + 20, NAMES_MIN), NAMES_MAX))

    # -- the current segment ---------------------------------------------------------------
    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        segment = self.grid_model.segment_at(current.row()) if current.isValid() else None
        self.segment_chosen.emit(segment.id if segment is not None else None)

    def select_segment(self, segment_id: int | None) -> None:
        """Make the segment's row current (same column), without taking the focus."""
        row = self.grid_model.row_of(segment_id) if segment_id is not None else -1
        if row < 0 or self.currentIndex().row() == row:
            return
        column = max(self.currentIndex().column(), 0)
        index = self.grid_model.index(row, column)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        kind = self.grid_model.cell_kind(index) if index.isValid() else ""
        editing = self.state() == QAbstractItemView.State.EditingState
        if not self.grid_model.editable:
            kind = ""  # a read-only plan: the keys move, nothing more
        if kind == "score" and not editing and self._score_key(index, event):
            return
        if (
            kind in ("score", "weight")
            and not editing
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit(index)
            return
        super().keyPressEvent(event)

    def _score_key(self, index: QModelIndex, event: QKeyEvent) -> bool:
        """A digit sets the score, Delete or Backspace clears it; True when handled."""
        segment = self.grid_model.segment_at(index.row())
        criterion = self.grid_model.criterion_at(index.column())
        if segment is None or criterion is None:
            return False
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._last_digit = None
            self.score_requested.emit(segment.id, criterion.id, None)
            return True
        text = event.text()
        if not (plain and len(text) == 1 and text.isdigit() and text.isascii()):
            return False
        digit, now, cell = int(text), time.monotonic(), (index.row(), index.column())
        last = self._last_digit
        ten = (
            digit == 0
            and last is not None
            and last[:2] == (cell, 1)
            and now - last[2] <= TEN_WINDOW_SECONDS
        )
        self._last_digit = None if ten else (cell, digit, now)
        self.score_requested.emit(segment.id, criterion.id, 10 if ten else digit)
        return True

    # -- renaming a criterion --------------------------------------------------------------
    def start_rename(self, column: int | None = None) -> HeaderNameEditor | None:
        """Edit the name of the criterion of `column` (the current one by default)."""
        column = self.currentIndex().column() if column is None else column
        criterion = self.grid_model.criterion_at(column)
        if criterion is None or not self.grid_model.editable:
            return None
        header = self.horizontalHeader()
        editor = HeaderNameEditor(criterion.name, header.viewport())
        editor.setAccessibleName(self.tr("Criterion name"))
        editor.setGeometry(
            header.sectionViewportPosition(column),
            0,
            max(header.sectionSize(column), 160),
            header.height(),
        )
        editor.finished.connect(lambda text, c=criterion: self._renamed(c, text))
        editor.show()
        editor.selectAll()
        editor.setFocus()
        self.rename_editor = editor
        return editor

    def _renamed(self, criterion: Any, text: str) -> None:
        name = " ".join(text.split())
        if name and name != criterion.name:
            self.rename_requested.emit(criterion.id, name)
