"""The dashboard's tiles: one per KPI, with its latest value, target, trend and status.

The model holds the summaries (read models from `services.kpi_series`) and writes every text
a tile shows, so that the painter, the tooltip and a screen reader say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt

from stratdesk.domain.kpi_status import status_text
from stratdesk.i18n.formatting import format_change, format_value, period_label
from stratdesk.services.kpi_series import KpiSummary
from stratdesk.ui.language import ui_language

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
TEXTS_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class TileTexts:
    """Everything a tile writes, already formatted."""

    name: str
    value: str
    target: str
    status: str
    change: str

    def sentence(self) -> str:
        parts = [self.name, self.value, self.target, self.status, self.change]
        return " — ".join(part for part in parts if part)


class KpiTilesModel(QAbstractListModel):
    """One row per KPI, in the plan's order. `plan()` gives its (currency, language)."""

    def __init__(self, plan: Callable[[], tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._rows: list[KpiSummary] = []
        self._texts: list[TileTexts] = []

    def set_summaries(self, summaries: Sequence[KpiSummary]) -> None:
        """Show these summaries; same KPIs in the same order only repaint (selection stays)."""
        new = list(summaries)
        same_rows = [s.kpi.id for s in new] == [s.kpi.id for s in self._rows]
        if not same_rows:
            self.beginResetModel()
        # A summary that is the very same object as before keeps its texts (no reformatting).
        known = {id(old): text for old, text in zip(self._rows, self._texts, strict=True)}
        self._rows = new
        self._texts = [known.get(id(s)) or self._make_texts(s) for s in new]
        if same_rows:
            if new:
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
        else:
            self.endResetModel()

    def summary(self, row: int) -> KpiSummary:
        return self._rows[row]

    def texts(self, row: int) -> TileTexts:
        return self._texts[row]

    def row_of(self, kpi_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.kpi.id == kpi_id), -1)

    def _make_texts(self, summary: KpiSummary) -> TileTexts:
        currency, language = self._plan()
        unit = summary.kpi.unit
        if summary.latest_value is None:
            value = QCoreApplication.translate("KpiTiles", "No measurement yet")
        else:
            value = format_value(summary.latest_value, unit, currency, language)
        if summary.target is None or summary.target_period is None:
            target = QCoreApplication.translate("KpiTiles", "No target for this period")
        else:
            target = QCoreApplication.translate("KpiTiles", "Target {value} ({period})").format(
                value=format_value(summary.target, unit, currency, language),
                period=period_label(summary.target_period, summary.kpi.period, ui_language()),
            )
            expected = summary.expected
            if summary.partial and expected is not None and expected != summary.target:
                # The period is not over: its sum is judged against the target pro rata.
                target += " · " + QCoreApplication.translate("KpiTiles", "{value} pro rata").format(
                    value=format_value(expected, unit, currency, language)
                )
        change = format_change(summary.change, unit, currency, language)
        status = status_text(summary.status)
        if summary.partial and summary.latest_value is not None:
            status = QCoreApplication.translate("KpiTiles", "{status} so far").format(status=status)
        return TileTexts(summary.kpi.name, value, target, status, change)

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row].name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[row].sentence()
        if role == SUMMARY_ROLE:
            return self._rows[row]
        if role == TEXTS_ROLE:
            return self._texts[row]
        if role == ID_ROLE:
            return self._rows[row].kpi.id
        return None
