"""The traceability tree: for each objective, the TOWS strategy and SWOT items it came from,
its roadmap initiatives, the mix actions and campaigns that serve it (planned and actual
budgets), and the KPIs that measure it with their status.

A `QStandardItemModel` (a few thousand rows at most) under a filter proxy: the text filter
keeps the rows that match and their parents; "open objectives only" hides the closed ones.
Each row carries its item (table, id) in `ITEM_ROLE`, for the jump to its page.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from stratdesk.domain.alignment_facts import CLOSED
from stratdesk.domain.enums import WorkStatus
from stratdesk.domain.kpi_status import KpiStatus, status_text
from stratdesk.domain.labels import enum_label
from stratdesk.i18n.formatting.dates import format_day
from stratdesk.i18n.formatting.money import money_text
from stratdesk.i18n.formatting.numbers import format_value
from stratdesk.services.alignment import AlignmentData
from stratdesk.ui.strategy.alignment.findings import ITEM_ROLE

CLOSED_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, DETAIL, PLANNED, ACTUAL = range(4)


def _row(
    name: str,
    target: tuple[str, int | None, str] | None,
    detail: str = "",
    planned: str = "",
    actual: str = "",
) -> list[QStandardItem]:
    cells = [QStandardItem(text) for text in (name, detail, planned, actual)]
    for cell in cells:
        cell.setEditable(False)
        cell.setToolTip(cell.text())
        if target is not None:
            cell.setData(target, ITEM_ROLE)
    for cell in cells[PLANNED:]:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cells


def _group(title: str, count: int | None) -> list[QStandardItem]:
    cells = _row(title if count is None else f"{title} ({count})", None)
    font = cells[NAME].font()
    font.setItalic(True)
    cells[NAME].setFont(font)
    return cells


class TraceModel(QStandardItemModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AlignmentPage", "Item"),
                QCoreApplication.translate("AlignmentPage", "Status"),
                QCoreApplication.translate("AlignmentPage", "Planned"),
                QCoreApplication.translate("AlignmentPage", "Actual"),
            ]
        )

    def show_data(self, data: AlignmentData, language: str) -> None:
        self.removeRows(0, self.rowCount())
        currency = data.plan.currency
        money = lambda cents: money_text(cents, currency, language)  # noqa: E731
        strategies = {s.id: s for s in data.strategies}
        for objective in data.objectives:
            summary = data.summary(objective.kpi_id)
            status = enum_label(objective.status)
            if summary is not None and summary.status != KpiStatus.NO_DATA:
                status = f"{status} · {status_text(summary.status)}"
            actions = [a for a in data.actions if a.objective_id == objective.id]
            campaigns = [c for c in data.campaigns if c.objective_id == objective.id]
            planned = sum(a.budget_planned_cents for a in actions)
            planned += sum(c.budget_planned_cents for c in campaigns)
            actual = sum(a.budget_actual_cents for a in actions)
            actual += sum(c.budget_actual_cents for c in campaigns)
            top = _row(
                objective.statement,
                ("objective", objective.id, ""),
                status,
                money(planned),
                money(actual),
            )
            bold = top[NAME].font()
            bold.setBold(True)
            top[NAME].setFont(bold)
            top[NAME].setData(objective.status in CLOSED, CLOSED_ROLE)
            head = top[NAME]
            strategy = strategies.get(objective.tows_strategy_id or -1)
            if strategy is not None:
                links = [data.swot[i] for i in strategy.swot_item_ids if i in data.swot]
                group = _group(QCoreApplication.translate("AlignmentPage", "Strategy"), None)
                tows = _row(strategy.text, ("tows_strategy", strategy.id, ""), strategy.kind.value)
                for item in links:
                    tows[NAME].appendRow(
                        _row(item.text, ("swot_item", item.id, ""), enum_label(item.quadrant))
                    )
                group[NAME].appendRow(tows)
                head.appendRow(group)
            initiatives = [i for i in data.initiatives if i.objective_id == objective.id]
            if initiatives:
                group = _group(
                    QCoreApplication.translate("AlignmentPage", "Roadmap"), len(initiatives)
                )
                for i in initiatives:
                    when = format_day(i.start, language)
                    if i.end != i.start:  # a milestone is one day
                        when = f"{when} – {format_day(i.end, language)}"
                    detail = f"{enum_label(i.status)} · {when}"
                    group[NAME].appendRow(_row(i.title, ("roadmap_item", i.id, ""), detail))
                head.appendRow(group)
            if actions:
                group = _group(
                    QCoreApplication.translate("AlignmentPage", "Mix actions"), len(actions)
                )
                for a in actions:
                    detail = f"{enum_label(a.p)} · {enum_label(a.column)}"
                    cells = _row(
                        a.title,
                        ("mix_action", a.id, ""),
                        detail,
                        money(a.budget_planned_cents),
                        money(a.budget_actual_cents),
                    )
                    group[NAME].appendRow(cells)
                head.appendRow(group)
            live = [c for c in campaigns if c.status != WorkStatus.CANCELLED]
            if campaigns:
                group = _group(QCoreApplication.translate("AlignmentPage", "Campaigns"), len(live))
                for c in campaigns:
                    detail = f"{enum_label(c.channel)} · {enum_label(c.status)}"
                    cells = _row(
                        c.name,
                        ("campaign", c.id, ""),
                        detail,
                        money(c.budget_planned_cents),
                        money(c.budget_actual_cents),
                    )
                    group[NAME].appendRow(cells)
                head.appendRow(group)
            kpi_ids = [objective.kpi_id] if objective.kpi_id is not None else []
            kpi_ids += [
                r.kpi_id
                for r in data.key_results
                if r.objective_id == objective.id and r.kpi_id is not None
            ]
            kpi_ids = list(dict.fromkeys(k for k in kpi_ids if k in data.kpis))
            if kpi_ids:
                group = _group(QCoreApplication.translate("AlignmentPage", "KPIs"), len(kpi_ids))
                for kpi_id in kpi_ids:
                    kpi = data.kpis[kpi_id]
                    kpi_summary = data.summaries.get(kpi_id)
                    detail = status_text(kpi_summary.status) if kpi_summary else ""
                    if kpi_summary is not None and kpi_summary.latest_value is not None:
                        value = format_value(
                            kpi_summary.latest_value, str(kpi.unit), currency, language
                        )
                        detail = f"{detail} · {value}"
                    group[NAME].appendRow(_row(kpi.name, ("kpi", kpi_id, ""), detail))
                head.appendRow(group)
            self.invisibleRootItem().appendRow(top)


class TraceFilter(QSortFilterProxyModel):
    """Rows whose text matches (and their parents); closed objectives only when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.open_only = False

    def set_open_only(self, value: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # 6.9+: invalidateFilter is deprecated there
            self.beginFilterChange()
            self.open_only = value
            self.endFilterChange()
        else:
            self.open_only = value
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.open_only:
            top = self.sourceModel().index(source_row, NAME, source_parent)
            while top.parent().isValid():
                top = top.parent()
            if top.data(CLOSED_ROLE):
                return False
        return super().filterAcceptsRow(source_row, source_parent)
