"""Porter's five forces: a rating (1–5) and notes per force, and the chart that shows them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratdesk.charts.porter import PorterChart
from stratdesk.charts.porter_data import average_pressure, porter_bars
from stratdesk.domain.enums import PorterForce
from stratdesk.domain.labels import enum_choices, force_ratings
from stratdesk.ui.strategy.environment.bar import ActionBar
from stratdesk.ui.strategy.environment.intents import EnvironmentIntents
from stratdesk.ui.style import TABLE_POINT_SIZE, secondary_label, sized_font
from stratdesk.ui.widgets.side_panel import SidePanelSplitter

Index = QModelIndex | QPersistentModelIndex
ForceCommit = Callable[[PorterForce, str, Any], bool]
FORCE, RATING, NOTES = range(3)
ORDER = list(PorterForce)
CHART_MIN_SIZE = (320, 240)
CHART_WIDTH = 640  # at most, at first (a wide screen's chart)
CHART_SHARE = 0.45
FORCE_WIDTH, RATING_WIDTH = 150, 100  # the forces' names wrap; the notes get the rest


class ForcesModel(QAbstractTableModel):
    """Five rows, one per force, whether it is rated yet or not."""

    def __init__(self, commit: ForceCommit | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._labels = dict(enum_choices(PorterForce))
        self._rating_labels = dict(force_ratings())
        self._rows: list[tuple[int | None, str]] = [(None, "") for _ in ORDER]

    def set_ratings(self, ratings: Iterable[Any]) -> None:
        by_force = {PorterForce(r.force): (r.rating, r.notes) for r in ratings}
        for row, force in enumerate(ORDER):
            value = by_force.get(force, (None, ""))
            if value != self._rows[row]:
                self._rows[row] = value
                self.dataChanged.emit(self.index(row, RATING), self.index(row, NOTES))

    def force(self, row: int) -> PorterForce:
        return ORDER[row]

    def rating(self, force: PorterForce) -> tuple[int | None, str]:
        return self._rows[ORDER.index(force)]

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ORDER)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            translate = QCoreApplication.translate
            return (
                translate("ForcesModel", "Force"),
                translate("ForcesModel", "Rating"),
                translate("ForcesModel", "Notes"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rating, notes = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FORCE:
                return self._labels[ORDER[index.row()]]
            if column == RATING:
                if rating is None:
                    return QCoreApplication.translate("ForcesModel", "Not rated")
                return self._rating_labels[rating]
            return notes
        if role == Qt.ItemDataRole.EditRole:
            return (None, rating, notes)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTES and notes:
            return notes
        return None

    editable = True  # False on a read-only plan

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() != FORCE
            and self._commit is not None
            and self.editable
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._commit is None:
            return False
        if index.column() == FORCE:
            return False
        field = "rating" if index.column() == RATING else "notes"
        return self._commit(ORDER[index.row()], field, value)


class ForcesDelegate(QStyledItemDelegate):
    """A choice of 1–5 (in words) for the rating, a line for the notes."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == RATING:
            combo = QComboBox(parent)
            for value, label in force_ratings():
                combo.addItem(label, value)
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value if value is not None else 3), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


class ForcesPanel(QWidget):
    """The table of the five forces beside their chart."""

    def __init__(self, intents: EnvironmentIntents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intents = intents
        self.model = ForcesModel(self.set_force, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ForcesDelegate(self.table))
        self.table.setFont(sized_font(self.table, TABLE_POINT_SIZE))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setFont(sized_font(header, TABLE_POINT_SIZE, bold=True))
        self.table.setColumnWidth(FORCE, FORCE_WIDTH)
        self.table.setColumnWidth(RATING, RATING_WIDTH)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Porter's five forces"))
        self.chart = PorterChart()
        # Smaller than the chart asks for: its boxes still read at this size, and the tab
        # then fits a 600-pixel-high window beside the table.
        self.chart.setMinimumSize(*CHART_MIN_SIZE)
        self.average_label = secondary_label("", 13)
        self.bar = ActionBar(
            self.tr(
                "How strongly each force weighs on the client's profits, from 1 (very weak) "
                "to 5 (very strong). Double-click a rating or a note to change it."
            ),
            [],
        )
        chart_box = QWidget()
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(8, 0, 0, 0)
        chart_column.addWidget(self.chart, 1)
        chart_column.addWidget(self.average_label)
        # The chart beside the table, about half the width: the person drags the divider
        # to favour one or the other (or folds the chart away to type notes).
        self.splitter = SidePanelSplitter(
            "forces", self.table, chart_box, CHART_WIDTH, share=CHART_SHARE, scroll=False
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

    def show_data(self, ratings: list[Any]) -> None:
        self.model.set_ratings(ratings)
        bars = porter_bars(ratings, dict(enum_choices(PorterForce)))
        self.chart.set_bars(bars)
        average = average_pressure(bars)
        self.average_label.setText(
            self.tr("Average pressure: {value} out of 5").format(
                value=QLocale().toString(average, "f", 1)
            )
            if average is not None
            else self.tr("No force rated yet: double-click a rating to start.")
        )

    def set_force(self, force: PorterForce, field: str, value: Any) -> bool:
        """One undo step: the force's rating or notes (typing in the notes merges)."""
        return self.intents.rate_force(force, field, value)
