"""The score grid as a table model: a weight row, then one row per segment; one column per
criterion, family by family, each family followed by its total (0–100).

The model holds ids and a copy of the loaded data; it never writes. Edits go to
`commit_weight(criterion_id, value)` and `commit_score(segment_id, criterion_id, value)`.
A refresh with the same rows and columns only redraws; another shape resets the model.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from stratdesk.charts.ge_data import TARGETING_MARKS, total_text
from stratdesk.domain.enums import CriterionKind, Targeting
from stratdesk.domain.labels import enum_label
from stratdesk.domain.scoring import SCORE_MAX, problem_text
from stratdesk.i18n.formatting import format_number
from stratdesk.ui.language import ui_language
from stratdesk.ui.strategy.targeting.data import FAMILIES, TargetingData

Index = QModelIndex | QPersistentModelIndex
WEIGHT_ROW = 0
KIND_ROLE = Qt.ItemDataRole.UserRole + 30  # "weight", "score" or "total"
HEADER_CHARS, HEADER_LINES = 11, 3


def header_text(name: str) -> str:
    """A criterion's name on up to three short lines (the tooltip has it whole)."""
    lines = textwrap.wrap(name, HEADER_CHARS, break_long_words=True) or [""]
    if len(lines) > HEADER_LINES:
        lines = [*lines[: HEADER_LINES - 1], lines[HEADER_LINES - 1][: HEADER_CHARS - 1] + "…"]
    return "\n".join(lines)


@dataclass(frozen=True)
class GridColumn:
    """A criterion's column (`criterion_id`) or a family's total (`criterion_id` None)."""

    kind: CriterionKind
    criterion_id: int | None = None


# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class ScoreGridModel(QAbstractTableModel):
    def __init__(
        self,
        commit_weight: Callable[[int, Any], bool],
        commit_score: Callable[[int, int, Any], bool],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._commit_weight = commit_weight
        self._commit_score = commit_score
        self.data_ = TargetingData()
        self.columns: list[GridColumn] = []
        self.editable = True  # False on a read-only plan: no cell opens an editor

    # -- loading ---------------------------------------------------------------------------
    def set_data(self, data: TargetingData) -> None:
        columns = [
            column
            for kind in FAMILIES
            for column in (
                *(GridColumn(kind, c.id) for c in data.family(kind)),
                GridColumn(kind),
            )
        ]
        same_shape = columns == self.columns and [s.id for s in data.segments] == [
            s.id for s in self.data_.segments
        ]
        if same_shape:
            old, self.data_ = self.data_, data
            if old != data and self.rowCount():
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns) - 1)
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.data_, self.columns = data, columns
        self.endResetModel()

    # -- what is where ---------------------------------------------------------------------
    def segment_at(self, row: int) -> Any | None:
        return self.data_.segments[row - 1] if 1 <= row <= len(self.data_.segments) else None

    def row_of(self, segment_id: int) -> int:
        ids = [s.id for s in self.data_.segments]
        return ids.index(segment_id) + 1 if segment_id in ids else -1

    def column_of(self, criterion_id: int) -> int:
        ids = [c.criterion_id for c in self.columns]
        return ids.index(criterion_id) if criterion_id in ids else -1

    def criterion_at(self, column: int) -> Any | None:
        if not 0 <= column < len(self.columns):
            return None
        return self.data_.criterion(self.columns[column].criterion_id)

    def cell_kind(self, index: Index) -> str:
        if not index.isValid() or self.columns[index.column()].criterion_id is None:
            return "total"
        return "weight" if index.row() == WEIGHT_ROW else "score"

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.data_.segments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == WEIGHT_ROW:
                return translate("ScoreGridModel", "Weight")
            segment = self.segment_at(section)
            if segment is not None:
                return f"{TARGETING_MARKS[Targeting(segment.targeting)]} {segment.name}"
        if role == Qt.ItemDataRole.ToolTipRole and section != WEIGHT_ROW:
            segment = self.segment_at(section)
            if segment is not None:
                return f"{segment.name}: {enum_label(Targeting(segment.targeting))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "ScoreGridModel", "How much each criterion counts in its family's total (0 to 100)."
            )
        return None

    def _column_header(self, section: int, role: int) -> Any:
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        criterion = self.criterion_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if criterion is not None:
                return header_text(criterion.name)
            return (
                translate("ScoreGridModel", "Attractiveness\n(0–100)")
                if column.kind == CriterionKind.ATTRACTIVENESS
                else translate("ScoreGridModel", "Strength\n(0–100)")
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if criterion is not None:
                return translate(
                    "ScoreGridModel", "{name}: a criterion of {family}, weight {weight}"
                ).format(
                    name=criterion.name,
                    family=enum_label(column.kind).lower(),
                    weight=format_number(criterion.weight, ui_language(), 1),
                )
            return translate(
                "ScoreGridModel", "{family}: the weighted mean of the scores, from 0 to 100"
            ).format(family=enum_label(column.kind))
        if role == Qt.ItemDataRole.FontRole and criterion is None:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind = self.cell_kind(index)
        if role == KIND_ROLE:
            return kind
        if kind == "weight":
            return self._weight_data(index, role)
        if kind == "score":
            return self._score_data(index, role)
        return self._total_data(index, role)

    def _weight_data(self, index: Index, role: int) -> Any:
        criterion = self.criterion_at(index.column())
        if criterion is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_number(
                criterion.weight, ui_language(), 0 if criterion.weight.is_integer() else 1
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and criterion.weight == 0:
            return translate("ScoreGridModel", "Weighs 0: kept on the grid, left out of the total.")
        return None

    def _score_data(self, index: Index, role: int) -> Any:
        segment, criterion = self.segment_at(index.row()), self.criterion_at(index.column())
        if segment is None or criterion is None:
            return None
        score = self.data_.scores.get((segment.id, criterion.id))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if score is None else str(score)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and criterion.weight == 0:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if score is None:
                return translate(
                    "ScoreGridModel", "{segment} on {criterion}: not scored (type 0 to 10)"
                ).format(segment=segment.name, criterion=criterion.name)
            return translate(
                "ScoreGridModel", "{segment} on {criterion}: {score} out of {most}"
            ).format(segment=segment.name, criterion=criterion.name, score=score, most=SCORE_MAX)
        return None

    def _total_data(self, index: Index, role: int) -> Any:
        column = self.columns[index.column()]
        segment = self.segment_at(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().color(QPalette.ColorRole.AlternateBase)
        if segment is None:  # the weight row under a total
            return None
        total = self.data_.totals[segment.id].of(column.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return total_text(total, ui_language())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if total.problem is not None:
                return problem_text(column.kind, total.problem)
            if total.partial:
                return translate(
                    "ScoreGridModel",
                    "Over {scored} of {counted} criteria: the others are not scored.",
                ).format(scored=total.scored, counted=total.counted)
            return translate("ScoreGridModel", "{family} of {segment}: {total} out of 100").format(
                family=enum_label(column.kind),
                segment=segment.name,
                total=total_text(total, ui_language()),
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and self.cell_kind(index) in ("weight", "score"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        kind = self.cell_kind(index)
        criterion = self.criterion_at(index.column())
        if kind == "weight" and criterion is not None:
            return self._commit_weight(criterion.id, value)
        segment = self.segment_at(index.row())
        if kind == "score" and criterion is not None and segment is not None:
            return self._commit_score(segment.id, criterion.id, value)
        return False
