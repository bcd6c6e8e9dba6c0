"""The experiments list: a table model (ids + row cache) and the proxy that sorts it by stored
values and filters it by decision and campaign."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from stratdesk.domain.enums import ExperimentDecision
from stratdesk.domain.experiments import ExperimentFilter, experiment_matches
from stratdesk.domain.labels import enum_label
from stratdesk.i18n.formatting import format_date, format_day
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.campaigns.list_model import refilter

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, CAMPAIGN, DECISION, DATES = range(4)
WIDTHS = (220, 160, 110, 190)
DECISION_ORDER = {decision: n for n, decision in enumerate(ExperimentDecision)}
translate = QCoreApplication.translate


class ExperimentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.campaigns: Mapping[int, str] = {}
        self._headers = [
            translate("ExperimentTableModel", "Experiment"),
            translate("ExperimentTableModel", "Campaign"),
            translate("ExperimentTableModel", "Decision"),
            translate("ExperimentTableModel", "Dates"),
        ]

    def set_rows(self, rows: Iterable[Any], campaigns: Mapping[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.campaigns = campaigns
        self.endResetModel()

    def replace(self, item: Any) -> bool:
        """Show new values of a row already shown; False when it is not."""
        row = self.row_of(item.id)
        if row < 0:
            return False
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def item(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        return next((n for n, item in enumerate(self._rows) if item.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        experiment, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(experiment, column)
        if role == SORT_ROLE:
            if column == DECISION:
                return DECISION_ORDER[experiment.decision]
            if column == DATES:
                day = experiment.start or experiment.end
                return day.toordinal() if day is not None else 10**7  # undated last
            return self._display(experiment, column).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return experiment.hypothesis
        if role == Qt.ItemDataRole.ToolTipRole and column == CAMPAIGN:
            return self.campaigns.get(experiment.campaign_id)
        return None

    def _display(self, experiment: Any, column: int) -> str:
        if column == NAME:
            return " ".join(experiment.name.split())
        if column == CAMPAIGN:
            return " ".join(self.campaigns.get(experiment.campaign_id, "—").split())
        if column == DECISION:
            return enum_label(experiment.decision)
        return dates_text(experiment.start, experiment.end)


def dates_text(start: dt.date | None, end: dt.date | None) -> str:
    """ "4 May 2026 – 31 May 2026", one of them, or "" for an undated experiment."""
    language = ui_language()
    if start is not None and end is not None and start != end and start.year == end.year:
        # One year, written once: "4 May – 31 May 2026".
        return f"{format_date(start, language, 'd MMM')} – {format_day(end, language)}"
    days = [format_day(day, language) for day in (start, end) if day is not None]
    return days[0] if start == end and days else " – ".join(days)


class ExperimentFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.wanted = ExperimentFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter(self, wanted: ExperimentFilter) -> None:
        if wanted != self.wanted:
            refilter(self, lambda: setattr(self, "wanted", wanted))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ExperimentTableModel)
        return experiment_matches(model.item(source_row), self.wanted)
