"""The budget summary: planned against actual by month, channel, objective or segment, the
campaigns' and the mix actions' budgets together, as a bar chart and a table with totals, and
a warning (icon and words) where actual spending exceeds the plan.

The chart (pyqtgraph) is built the first time the view is shown, so that opening the page
does not pay for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.budget import BudgetSummary, Dimension, budget_series
from stratdesk.i18n.formatting import money_text
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.campaigns.budget_model import BudgetTableModel, row_labeller
from stratdesk.ui.style import TABLE_POINT_SIZE, secondary_label, sized_font

NAMED_OVERSPENDS = 3  # the warning names this many, then counts the rest


class BudgetView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: BudgetSummary | None = None
        self._names: tuple[Mapping[int, str], Mapping[int, str]] = ({}, {})
        self.currency = "EUR"
        self.dimension_combo = QComboBox()
        self.dimension_combo.setAccessibleName(self.tr("Group the budget by"))
        for dimension, text in (
            (Dimension.MONTH, self.tr("By month")),
            (Dimension.CHANNEL, self.tr("By channel")),
            (Dimension.OBJECTIVE, self.tr("By objective")),
            (Dimension.SEGMENT, self.tr("By segment")),
            (Dimension.P, self.tr("By P of the mix")),
        ):
            self.dimension_combo.addItem(text, dimension)
        self.dimension_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.total_label = QLabel()
        self.total_label.setFont(sized_font(self.total_label, 13, bold=True))
        self.total_label.setWordWrap(True)
        self.rule_label = secondary_label(
            self.tr(
                "Campaign budgets, planned and actual alike, are spread over the months a "
                "campaign runs in proportion to its days there; mix actions count in the month "
                "they are due, undated ones under “No date”."
            ),
            11,
        )
        self.warning = self._make_warning()
        self.model = BudgetTableModel(self)
        self.table = self._make_table()
        self.chart: Any = None
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart_holder = QWidget()
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.addWidget(self.table)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 300])
        top = QHBoxLayout()
        top.addWidget(self.dimension_combo)
        top.addWidget(self.total_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.splitter, 1)

    def _make_warning(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel()
        size = self.fontMetrics().height() + 6
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warning_text = QLabel()
        self.warning_text.setWordWrap(True)
        self.warning_text.setFont(sized_font(self.warning_text, 12))
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(icon)
        row.addWidget(self.warning_text, 1)
        frame.hide()
        return frame

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setFont(sized_font(table, TABLE_POINT_SIZE))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setFont(sized_font(header, TABLE_POINT_SIZE, bold=True))
        header.setHighlightSections(False)
        # Every column as wide as what it holds (a long objective stops at the maximum, its
        # whole text in the tooltip); the table scrolls sideways on a small screen.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        header.setMaximumSectionSize(340)
        header.setStretchLastSection(True)
        table.setAccessibleName(self.tr("Budget table"))
        table.setMinimumHeight(50)
        return table

    # --- data ------------------------------------------------------------------------------
    def dimension(self) -> Dimension:
        return Dimension(self.dimension_combo.currentData())

    def set_dimension(self, dimension: Dimension) -> None:
        self.dimension_combo.setCurrentIndex(self.dimension_combo.findData(dimension))

    def set_summary(
        self,
        summary: BudgetSummary,
        objectives: Mapping[int, str],
        segments: Mapping[int, str],
        currency: str,
    ) -> None:
        self.summary, self._names, self.currency = summary, (objectives, segments), currency
        self._show()

    def _show(self) -> None:
        summary = self.summary
        if summary is None:
            return
        dimension = self.dimension()
        label = row_labeller(dimension, *self._names)
        rows = summary.rows[dimension]
        self.model.set_rows(rows, summary.total, label, dimension, self.currency)
        language = ui_language()
        total = summary.total
        self.total_label.setText(
            self.tr("Planned {planned} · actual {actual} · {left}").format(
                planned=money_text(total.planned, self.currency, language),
                actual=money_text(total.actual, self.currency, language),
                left=self.model.data(self.model.index(len(rows), 3)),
            )
        )
        self._warn(summary, language)
        if self.chart is not None:
            self.chart.set_series(budget_series(rows, label))

    def _warn(self, summary: BudgetSummary, language: str) -> None:
        over = summary.overspent
        self.warning.setVisible(bool(over))
        if not over:
            return
        named = [
            self.tr("{name} (over by {amount})").format(
                name=" ".join(item.name.split()),
                amount=money_text(item.excess_cents, self.currency, language),
            )
            for item in over[:NAMED_OVERSPENDS]
        ]
        # A middle dot, not a semicolon: it needs no language's spacing rules.
        text = self.tr("Actual spending exceeds the plan: {items}.").format(items=" · ".join(named))
        if len(over) > NAMED_OVERSPENDS:
            text += " " + self.tr("And {count} more.").format(count=len(over) - NAMED_OVERSPENDS)
        self.warning_text.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        if self.chart is None:
            from stratdesk.charts.budget_chart import BudgetChartView

            self.chart = BudgetChartView(language=ui_language())
            holder = self.chart_holder.layout()
            assert holder is not None
            holder.addWidget(self.chart)
            self._show()
        super().showEvent(event)
