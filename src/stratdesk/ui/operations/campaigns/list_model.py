"""The campaign list: a table model over the loaded campaigns (ids + row cache) and the proxy
that sorts it by the stored values and filters it by channel, objective, segment and status.

Rows are kept in load order; the proxy sorts. `upsert` and `remove` change single rows, so a
change to one campaign redraws one row, even among thousands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from stratdesk.domain.campaign_calendar import CampaignFilter, matches
from stratdesk.domain.enums import Channel, WorkStatus
from stratdesk.domain.labels import enum_label
from stratdesk.i18n.formatting import format_day, money_text
from stratdesk.ui.language import ui_language

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, CHANNEL, START, END, PLANNED, ACTUAL, STATUS, OBJECTIVE, SEGMENT = range(9)
CHANNEL_ORDER = {channel: n for n, channel in enumerate(Channel)}
STATUS_ORDER = {status: n for n, status in enumerate(WorkStatus)}
translate = QCoreApplication.translate


def headers() -> list[str]:
    return [
        translate("CampaignTableModel", "Campaign"),
        translate("CampaignTableModel", "Channel"),
        translate("CampaignTableModel", "Start"),
        translate("CampaignTableModel", "End"),
        translate("CampaignTableModel", "Planned"),
        translate("CampaignTableModel", "Actual"),
        translate("CampaignTableModel", "Status"),
        translate("CampaignTableModel", "Objective"),
        translate("CampaignTableModel", "Segment"),
    ]


WIDTHS = (250, 150, 120, 120, 120, 130, 110, 220, 150)


class CampaignTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._row_of: dict[int, int] = {}
        self._keys: dict[int, tuple[Any, tuple[Any, ...]]] = {}  # id → (row seen, its keys)
        self.objectives: Mapping[int, str] = {}
        self.segments: Mapping[int, str] = {}
        self.currency = "EUR"
        self._headers = headers()

    # --- rows ------------------------------------------------------------------------------
    def set_context(
        self, objectives: Mapping[int, str], segments: Mapping[int, str], currency: str
    ) -> None:
        self.objectives, self.segments, self.currency = objectives, segments, currency

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._keys = {}  # the objectives' and segments' names may have changed too
        self._rows = list(rows)
        self._row_of = {item.id: n for n, item in enumerate(self._rows)}
        self.endResetModel()

    def upsert(self, items: Iterable[Any]) -> None:
        last = self.columnCount() - 1
        for item in items:
            row = self._row_of.get(item.id)
            if row is None:
                row = len(self._rows)
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.append(item)
                self._row_of[item.id] = row
                self.endInsertRows()
            elif self._rows[row] != item:
                self._rows[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def remove(self, ids: Iterable[int]) -> None:
        for item_id in ids:
            row = self._row_of.get(item_id)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._row_of = {item.id: n for n, item in enumerate(self._rows)}

    def item(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        return self._row_of.get(item_id, -1)

    # --- Qt --------------------------------------------------------------------------------
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
        if role == SORT_ROLE:  # first: sorting thousands of rows asks this most
            return self._sort_keys(index.row())[index.column()]
        if not index.isValid():
            return None
        campaign, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(campaign, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == NAME:
                return QColor(campaign.colour)
            if column == ACTUAL and _over(campaign):
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(campaign, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PLANNED, ACTUAL):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == ACTUAL and _over(campaign):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, campaign: Any, column: int) -> str:
        language = ui_language()
        if column == NAME:
            return " ".join(campaign.name.split())
        if column == CHANNEL:
            return enum_label(campaign.channel)
        if column == START:
            return format_day(campaign.start, language)
        if column == END:
            return format_day(campaign.end, language)
        if column == PLANNED:
            return money_text(campaign.budget_planned_cents, self.currency, language)
        if column == ACTUAL:
            return money_text(campaign.budget_actual_cents, self.currency, language)
        if column == STATUS:
            return enum_label(campaign.status)
        if column == OBJECTIVE:
            return " ".join(self.objectives.get(campaign.objective_id, "—").split())
        return self.segments.get(campaign.segment_id, "—")

    def _sort_keys(self, row: int) -> tuple[Any, ...]:
        """Every column's sort key of a row, worked out once (until the row changes)."""
        campaign = self._rows[row]
        keys = self._keys.get(campaign.id)
        if keys is None or keys[0] is not campaign:
            keys = (campaign, tuple(self._sort_key(campaign, c) for c in range(len(self._headers))))
            self._keys[campaign.id] = keys
        return keys[1]

    def _sort_key(self, campaign: Any, column: int) -> Any:
        if column == CHANNEL:
            return CHANNEL_ORDER[campaign.channel]
        if column == START:
            return campaign.start.toordinal()
        if column == END:
            return campaign.end.toordinal()
        if column == PLANNED:
            return campaign.budget_planned_cents
        if column == ACTUAL:
            return campaign.budget_actual_cents
        if column == STATUS:
            return STATUS_ORDER[campaign.status]
        return self._display(campaign, column).casefold()

    def _tooltip(self, campaign: Any, column: int) -> str | None:
        if column == ACTUAL and _over(campaign):
            excess = campaign.budget_actual_cents - campaign.budget_planned_cents
            return translate("CampaignTableModel", "Over the planned budget by {amount}").format(
                amount=money_text(excess, self.currency, ui_language())
            )
        if column == NAME and campaign.notes:
            return campaign.notes
        if column == OBJECTIVE and campaign.objective_id in self.objectives:
            return self.objectives[campaign.objective_id]
        return None


def _over(campaign: Any) -> bool:
    return bool(campaign.budget_actual_cents > campaign.budget_planned_cents)


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], object]) -> None:
    """Change what `proxy` filters on (`change()`) and filter again: with Qt's
    begin/endFilterChange where it has them (6.9+: invalidateFilter is deprecated there)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:  # pragma: no cover - PySide6 before 6.9
        change()
        proxy.invalidateFilter()


class CampaignFilterProxy(QSortFilterProxyModel):
    """Sorts by the stored values (dates as dates, money as cents); filters with the domain's
    `CampaignFilter`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.wanted = CampaignFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter(self, wanted: CampaignFilter) -> None:
        if wanted != self.wanted:
            refilter(self, lambda: setattr(self, "wanted", wanted))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CampaignTableModel)
        return matches(model.item(source_row), self.wanted)
