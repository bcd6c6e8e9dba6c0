"""The objectives and their key results as a tree (OKR style): ids and a row cache.

Top-level rows are the plan's objectives, in order; under each, its key results. On refresh
the model tells the view exactly which rows came, went or changed, so the selection, the
current cell and the expanded rows survive an edit. Edits do not write: `setData` hands
`commit(kind, item_id, changes)` the fields to change (an undo command, through the page).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from stratdesk.domain.smart import SmartCheck
from stratdesk.services.objective_review import (
    EMPTY,
    Measured,
    ObjectiveReview,
    ObjectivesOverview,
)
from stratdesk.services.read_models import KeyResultRead, ObjectiveRead
from stratdesk.ui.strategy.objectives import cells
from stratdesk.ui.strategy.objectives.cells import (
    BASELINE,
    DEADLINE,
    MEASURE,
    NUMERIC,
    PROGRESS,
    SMART,
    STATEMENT,
    TARGET,
    Formats,
)

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[str, int, dict[str, Any]], bool]
OBJECTIVE, RESULT = "objective", "key_result"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 3  # the objective's ObjectiveReview
EDITABLE = {OBJECTIVE: {STATEMENT, MEASURE, BASELINE, TARGET, DEADLINE}}
EDITABLE[RESULT] = {STATEMENT, MEASURE, TARGET, DEADLINE}
NO_REVIEW = ObjectiveReview(Measured(), None, SmartCheck())


@dataclass(frozen=True)
class NewKpi:
    """A KPI name typed in the objective's KPI cell that the library does not hold yet."""

    name: str


class ObjectivesTreeModel(QAbstractItemModel):
    editable = True  # False on a read-only plan: no cell opens an editor (ui.read_only)

    def __init__(self, commit: Commit | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.objectives: list[ObjectiveRead] = []
        self.results: dict[int, list[KeyResultRead]] = {}
        self.overview: ObjectivesOverview = EMPTY
        self.formats = Formats()
        self._rows: dict[int, int] = {}  # objective id → row
        self._bold: QFont | None = None

    # -- content ---------------------------------------------------------------------------
    def set_content(
        self,
        objectives: Sequence[ObjectiveRead],
        results: Mapping[int, Sequence[KeyResultRead]],
        overview: ObjectivesOverview,
        formats: Formats,
    ) -> None:
        """Show these rows: only the rows that came, went or changed are told to the view."""
        old_reviews, old_formats = self.overview, self.formats
        self.overview, self.formats = overview, formats
        new = list(objectives)
        everything = old_formats != formats or old_reviews.kpis != overview.kpis
        self._sync(QModelIndex(), self.objectives, new, lambda o: self._adopt(o, results))
        for row, objective in enumerate(new):
            parent = self.index(row, 0)
            fresh = list(results.get(objective.id, ()))
            self._sync(parent, self.results[objective.id], fresh, None)
            changed = (
                self.objectives[row] != objective
                or old_reviews.reviews.get(objective.id) != overview.reviews.get(objective.id)
                or everything
            )
            self.objectives[row] = objective
            if changed:
                self._changed(QModelIndex(), row)
            for child, result in enumerate(fresh):
                before = self.results[objective.id][child]
                measured_changed = old_reviews.results.get(result.id) != overview.results.get(
                    result.id
                )
                self.results[objective.id][child] = result
                if before != result or measured_changed or everything:
                    self._changed(parent, child)

    def _adopt(self, objective: ObjectiveRead, results: Mapping[int, Sequence[Any]]) -> None:
        self.results[objective.id] = list(results.get(objective.id, ()))

    def _sync(
        self,
        parent: QModelIndex,
        old: list[Any],
        new: list[Any],
        adopt: Callable[[Any], None] | None,
    ) -> None:
        """Make `old` (the list shown under `parent`) hold the ids of `new`, row by row."""
        matcher = SequenceMatcher(a=[r.id for r in old], b=[r.id for r in new], autojunk=False)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(parent, i1, i2 - 1)
                if adopt is not None:
                    for gone in old[i1:i2]:
                        self.results.pop(gone.id, None)
                del old[i1:i2]
                self._reindex()
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(parent, i1, i1 + (j2 - j1) - 1)
                old[i1:i1] = new[j1:j2]
                if adopt is not None:
                    for came in new[j1:j2]:
                        adopt(came)
                self._reindex()
                self.endInsertRows()

    def _reindex(self) -> None:
        self._rows = {objective.id: row for row, objective in enumerate(self.objectives)}

    def _changed(self, parent: QModelIndex, row: int) -> None:
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, last, parent))

    # -- finding rows ----------------------------------------------------------------------
    def items(self) -> list[ObjectiveRead]:
        """The objectives shown, in order."""
        return list(self.objectives)

    def kind(self, index: Index) -> str:
        return RESULT if index.internalId() else OBJECTIVE

    def item(self, index: Index) -> Any:
        """The objective or key result shown at `index`."""
        owner = index.internalId()
        if owner:
            return self.results[owner][index.row()]
        return self.objectives[index.row()]

    def objective_of(self, index: Index) -> ObjectiveRead:
        """The objective of a row (itself, or the one a key result is under)."""
        owner = index.internalId()
        return self.objectives[self._rows[owner] if owner else index.row()]

    def index_of(self, kind: str, item_id: int, column: int = STATEMENT) -> QModelIndex:
        """The index showing `item_id` (invalid when not shown)."""
        if kind == OBJECTIVE:
            row = self._rows.get(item_id)
            return QModelIndex() if row is None else self.index(row, column)
        for objective_id, results in self.results.items():
            for row, result in enumerate(results):
                if result.id == item_id:
                    return self.index(row, column, self.index(self._rows[objective_id], 0))
        return QModelIndex()

    def review(self, objective_id: int) -> ObjectiveReview:
        return self.overview.reviews.get(objective_id, NO_REVIEW)

    def measured(self, result_id: int) -> Measured:
        return self.overview.results.get(result_id, Measured())

    # -- Qt overrides ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, self.objectives[parent.row()].id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        owner = index.internalId() if index.isValid() else 0
        if not owner:
            return QModelIndex()
        return self.createIndex(self._rows[owner], 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.objectives)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self.results.get(self.objectives[parent.row()].id, ()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(cells.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return cells.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and self._commit
            and self.editable
            and index.column() in EDITABLE[self.kind(index)]
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, item, column = self.kind(index), self.item(index), index.column()
        if role == KIND_ROLE:
            return kind
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and kind == OBJECTIVE and column == STATEMENT:
            return self._bold_font()
        if kind == OBJECTIVE:
            return self._objective_data(item, column, role)
        return self._result_data(item, column, role)

    def _objective_data(self, objective: ObjectiveRead, column: int, role: int) -> Any:
        review = self.review(objective.id)
        kpi = self.overview.kpis.get(objective.kpi_id) if objective.kpi_id else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.objective_text(objective, column, review, kpi, self.formats)
        if role == REVIEW_ROLE:
            return review
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATEMENT:
                return objective.statement
            if column == PROGRESS:
                return cells.progress_tooltip(objective, review, kpi, self.formats)
            if column == SMART:
                return cells.smart_tooltip(review)
        if role == Qt.ItemDataRole.EditRole:
            return cells.objective_value(objective, column)
        return None

    def _result_data(self, result: KeyResultRead, column: int, role: int) -> Any:
        measured = self.measured(result.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return cells.result_text(result, column, measured, self.formats)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATEMENT:
            return result.statement
        if role == Qt.ItemDataRole.EditRole:
            return cells.result_value(result, column)
        return None

    def _bold_font(self) -> QFont:
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._commit is None:
            return False
        kind, item = self.kind(index), self.item(index)
        if kind == OBJECTIVE and isinstance(value, NewKpi):
            return self._commit("new_kpi", item.id, {"name": value.name})
        changes = cells.changes_for(kind == OBJECTIVE, index.column(), value)
        if not changes:
            return False
        return self._commit(kind, item.id, changes)
