"""The budget table: one row per month, channel (and mix P), objective or segment, planned
against actual for the campaigns, the mix actions and both, and a totals row at the bottom.

Where actual exceeds planned the difference says so in words, with a warning icon, not by
colour alone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from stratdesk.domain.budget import Amounts, BudgetRow, Dimension
from stratdesk.domain.enums import Channel, MixP
from stratdesk.domain.labels import enum_label
from stratdesk.i18n.formatting import money_text, period_label
from stratdesk.ui.language import ui_language

Index = QModelIndex | QPersistentModelIndex
GROUP, PLANNED, ACTUAL, DIFFERENCE = 0, 1, 2, 3
translate = QCoreApplication.translate


def row_labeller(
    dimension: Dimension, objectives: Mapping[int, str], segments: Mapping[int, str]
) -> Callable[[Hashable], str]:
    """How the rows of `dimension` are named (months, channels, mix Ps, objectives…)."""
    language = ui_language()

    def label(key: Hashable) -> str:
        if dimension == Dimension.MONTH:
            if isinstance(key, dt.date):
                return period_label(key, "month", language)
            return translate("BudgetTableModel", "No date")
        if dimension == Dimension.CHANNEL:
            if isinstance(key, MixP):
                return translate("BudgetTableModel", "Mix: {p}").format(p=enum_label(key))
            return enum_label(key) if isinstance(key, Channel) else "—"
        if dimension == Dimension.P:
            return enum_label(key) if isinstance(key, MixP) else "—"
        names = objectives if dimension == Dimension.OBJECTIVE else segments
        if key is None:
            if dimension == Dimension.OBJECTIVE:
                return translate("BudgetTableModel", "No objective")
            return translate("BudgetTableModel", "No segment")
        return " ".join(names.get(key, "—").split())  # type: ignore[call-overload]

    return label


def headers() -> list[str]:
    return [
        "",  # set by the dimension
        translate("BudgetTableModel", "Planned"),
        translate("BudgetTableModel", "Actual"),
        translate("BudgetTableModel", "Difference"),
        translate("BudgetTableModel", "Campaigns planned"),
        translate("BudgetTableModel", "Campaigns actual"),
        translate("BudgetTableModel", "Mix planned"),
        translate("BudgetTableModel", "Mix actual"),
    ]


def group_title(dimension: Dimension) -> str:
    return {
        Dimension.MONTH: translate("BudgetTableModel", "Month"),
        Dimension.CHANNEL: translate("BudgetTableModel", "Channel or P"),
        Dimension.OBJECTIVE: translate("BudgetTableModel", "Objective"),
        Dimension.SEGMENT: translate("BudgetTableModel", "Segment"),
        Dimension.P: translate("BudgetTableModel", "P of the mix"),
    }[dimension]


class BudgetTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._amounts: list[Amounts] = []
        self._headers = headers()
        self.currency = "EUR"

    def set_rows(
        self,
        rows: Sequence[BudgetRow],
        total: Amounts,
        label: Callable[[Hashable], str],
        dimension: Dimension,
        currency: str,
    ) -> None:
        self.beginResetModel()
        self.currency = currency
        self._headers[GROUP] = group_title(dimension)
        self._labels = [label(row.key) for row in rows] + [translate("BudgetTableModel", "Total")]
        self._amounts = [row.amounts for row in rows] + [total]
        self.endResetModel()

    def label(self, row: int) -> str:
        return self._labels[row]

    def amounts(self, row: int) -> Amounts:
        return self._amounts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

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
        row, column = index.row(), index.column()
        amounts = self._amounts[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(row) if column == GROUP else self._money(amounts, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != GROUP:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.DecorationRole and column == DIFFERENCE and amounts.over:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole and column == GROUP:
            return self._labels[row]
        total_row = row == len(self._labels) - 1
        if role == Qt.ItemDataRole.FontRole and (total_row or _over(amounts, column)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _label(self, row: int) -> str:
        return self._labels[row]

    def _money(self, amounts: Amounts, column: int) -> str:
        language = ui_language()
        if column == DIFFERENCE:
            if amounts.over:
                return translate("BudgetTableModel", "Over by {amount}").format(
                    amount=money_text(-amounts.remaining, self.currency, language)
                )
            return translate("BudgetTableModel", "{amount} left").format(
                amount=money_text(amounts.remaining, self.currency, language)
            )
        cents = (
            amounts.planned,
            amounts.actual,
            0,
            amounts.campaign_planned,
            amounts.campaign_actual,
            amounts.mix_planned,
            amounts.mix_actual,
        )[column - 1]
        return money_text(cents, self.currency, language)


def _over(amounts: Amounts, column: int) -> bool:
    return column == DIFFERENCE and amounts.over
