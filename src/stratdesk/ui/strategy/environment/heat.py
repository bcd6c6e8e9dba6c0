"""The compact heat view: how many PESTEL factors fall in each impact × likelihood cell.

Every cell shows its count as a number (colour only repeats it); clicking a cell filters
the PESTEL board to its factors, clicking it again shows them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from stratdesk.domain.labels import signed
from stratdesk.i18n.formatting import count_text
from stratdesk.ui.style import sized_font

Index = QModelIndex | QPersistentModelIndex

IMPACTS = (-2, -1, 0, 1, 2)  # columns, left to right
LIKELIHOODS = (5, 4, 3, 2, 1)  # rows, the most likely on top
CELL_SIZE = 36  # a count in large type fits; the whole grid fits a narrow side panel
NEGATIVE, NEUTRAL, POSITIVE = QColor("#d32f2f"), QColor("#8a8f98"), QColor("#2e7d32")


class HeatModel(QAbstractTableModel):
    """5 × 5 counts: rows are likelihood 5…1, columns impact −2…+2."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counts: Counter[tuple[int, int]] = Counter()

    def set_factors(self, factors: Iterable[Any]) -> None:
        counts = Counter((f.impact, f.likelihood) for f in factors)
        if counts != self._counts:
            self._counts = counts
            self.dataChanged.emit(self.index(0, 0), self.index(len(LIKELIHOODS) - 1, 4))

    def cell(self, index: Index) -> tuple[int, int]:
        """(impact, likelihood) of a cell."""
        return IMPACTS[index.column()], LIKELIHOODS[index.row()]

    def index_of(self, impact: int, likelihood: int) -> QModelIndex:
        return self.index(LIKELIHOODS.index(likelihood), IMPACTS.index(impact))

    def count(self, impact: int, likelihood: int) -> int:
        return self._counts.get((impact, likelihood), 0)

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LIKELIHOODS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(IMPACTS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        impact, likelihood = self.cell(index)
        count = self.count(impact, likelihood)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and count:
            colour = QColor(NEGATIVE if impact < 0 else POSITIVE if impact > 0 else NEUTRAL)
            # Stronger with more factors and a larger impact, light enough for black text.
            colour.setAlphaF(min(0.15 + 0.1 * count + 0.08 * abs(impact), 0.6))
            return colour
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            translate = QCoreApplication.translate
            factors = count_text(
                count, translate("HeatModel", "1 factor"), translate("HeatModel", "{n} factors")
            )
            return translate(
                "HeatModel", "{factors} with impact {impact} and likelihood {likelihood}"
            ).format(factors=factors, impact=signed(impact), likelihood=likelihood)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        translate = QCoreApplication.translate
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return signed(IMPACTS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("HeatModel", "Impact {impact}").format(
                    impact=signed(IMPACTS[section])
                )
        else:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(LIKELIHOODS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("HeatModel", "Likelihood {n}").format(n=LIKELIHOODS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HeatView(QTableView):
    """The grid; `cell_chosen(impact, likelihood)` on a click, Enter or Space."""

    cell_chosen = Signal(int, int)

    def __init__(self, model: HeatModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.heat_model = model
        self.setFont(sized_font(self, 13, bold=True))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(CELL_SIZE)
            header.setHighlightSections(True)
            header.setFont(sized_font(header, 11))
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clicked.connect(self._choose)
        width = self.verticalHeader().sizeHint().width() + CELL_SIZE * len(IMPACTS) + 4
        height = self.horizontalHeader().sizeHint().height() + CELL_SIZE * len(LIKELIHOODS) + 4
        self.setFixedSize(width, height)
        self.setAccessibleName(
            QCoreApplication.translate("HeatView", "Factors by impact and likelihood")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Not `activated`: some desktops activate on a single click, which would toggle twice.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cell_chosen.emit(*self.heat_model.cell(index))

    def show_filter(self, cell: tuple[int, int] | None) -> None:
        """Select the filtering cell (or nothing)."""
        if cell is None:
            self.clearSelection()
        else:
            self.setCurrentIndex(self.heat_model.index_of(*cell))
