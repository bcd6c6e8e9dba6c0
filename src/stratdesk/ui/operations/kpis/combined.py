"""The combined view: ticked KPIs overlaid on one chart, each as a % of its own target."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from stratdesk.charts.kpi_combined import KpiCombinedChart, PercentLine
from stratdesk.domain.enums import KpiDirection
from stratdesk.services.kpi_series import KpiSeries

DEFAULT_TICKED = 6  # more lines than this on one chart are hard to tell apart
LIST_WIDTH = 250


class CombinedView(QWidget):
    """A checklist of KPIs beside the combined chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = QListWidget()
        self.checklist.setFixedWidth(LIST_WIDTH)
        self.checklist.setAccessibleName(self.tr("KPIs to compare"))
        self.chart = KpiCombinedChart(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.checklist)
        layout.addWidget(self.chart, 1)
        self._series: dict[int, KpiSeries] = {}
        self._ticked: set[int] | None = None  # None: not chosen yet, tick the first few
        self.checklist.itemChanged.connect(self._on_item_changed)

    def set_series(self, series: Sequence[KpiSeries]) -> None:
        """The plan's KPIs: keep what the person ticked, redraw the ticked ones."""
        self._series = {s.kpi.id: s for s in series}
        if self._ticked is None:
            self._ticked = {s.kpi.id for s in list(series)[:DEFAULT_TICKED]}
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for s in series:
            item = QListWidgetItem(s.kpi.name)
            item.setData(Qt.ItemDataRole.UserRole, s.kpi.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = s.kpi.id in self._ticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)
        self._draw()

    def set_ticked(self, kpi_ids: set[int]) -> None:
        """Tick exactly these KPIs, then redraw once."""
        self.checklist.blockSignals(True)
        for row in range(self.checklist.count()):
            item = self.checklist.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in kpi_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.checklist.blockSignals(False)
        self._ticked = set(self.ticked())
        self._draw()

    def ticked(self) -> list[int]:
        return [
            self.checklist.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.checklist.count())
            if self.checklist.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._ticked = set(self.ticked())
        self._draw()

    def _draw(self) -> None:
        lines = []
        for kpi_id in self.ticked():
            series = self._series[kpi_id]
            x, y = series.period_percents()  # one point per period, as the Targets table
            name = series.kpi.name
            if series.kpi.direction == KpiDirection.LOWER_IS_BETTER:
                # Above 100 % is worse for these: say so where the line is named.
                name = self.tr("{name} (lower is better)").format(name=name)
            lines.append(PercentLine(name, x, y))
        self.chart.set_lines(lines)
