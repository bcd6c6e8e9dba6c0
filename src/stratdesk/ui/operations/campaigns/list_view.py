"""The list view: every campaign in a sortable table, filtered by channel, objective,
segment and status. Enter or a double-click opens the editor, Delete deletes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.campaign_calendar import NONE, CampaignFilter
from stratdesk.domain.enums import Channel, WorkStatus
from stratdesk.domain.labels import enum_choices
from stratdesk.ui.operations.campaigns.list_model import (
    NAME,
    OBJECTIVE,
    START,
    WIDTHS,
    CampaignFilterProxy,
    CampaignTableModel,
)
from stratdesk.ui.style import secondary_label
from stratdesk.ui.widgets.flow_layout import FlowLayout
from stratdesk.ui.widgets.tables import list_table

NAME_CHARS = 36


def _short(text: str, limit: int = NAME_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class CampaignTable(QTableView):
    """Enter opens the current campaign, Delete deletes it (the page decides)."""

    open_requested = Signal(int)
    delete_requested = Signal(int)

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        proxy = self.model()
        assert isinstance(proxy, CampaignFilterProxy)
        source = proxy.mapToSource(index)
        model = proxy.sourceModel()
        assert isinstance(model, CampaignTableModel)
        return int(model.item(source.row()).id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.current_id()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.open_requested.emit(current)
            return
        if event.key() == Qt.Key.Key_Delete and current is not None:
            self.delete_requested.emit(current)
            return
        super().keyPressEvent(event)


class CampaignListView(QWidget):
    current_changed = Signal(object)  # campaign id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CampaignTableModel(self)
        self.proxy = CampaignFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.channel_combo = self._combo(self.tr("Channel"))
        self.objective_combo = self._combo(self.tr("Objective"))
        self.segment_combo = self._combo(self.tr("Segment"))
        self.status_combo = self._combo(self.tr("Status"))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = secondary_label("", 12)
        self.table = self._make_table()
        bar = QWidget()
        flow = FlowLayout(bar, spacing=8, line_spacing=6)
        for combo in (self.channel_combo, self.objective_combo, self.segment_combo):
            flow.addWidget(combo)
        flow.addWidget(self.status_combo)
        flow.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self._fill(self.channel_combo, self.tr("All channels"), enum_choices(Channel))
        self._fill(self.status_combo, self.tr("All statuses"), enum_choices(WorkStatus))
        self.set_names({}, {})
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._filter_changed)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)

    def _make_table(self) -> CampaignTable:
        table = CampaignTable()
        list_table(table, self.proxy, WIDTHS, START)
        header = table.horizontalHeader()
        # The name keeps its width; the objective, a sentence, takes what is left.
        header.setSectionResizeMode(OBJECTIVE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        table.setAccessibleName(self.tr("Campaigns"))
        table.doubleClicked.connect(self._double_clicked)
        table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.current_changed.emit(table.current_id())
        )
        return table

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return self.channel_combo, self.objective_combo, self.segment_combo, self.status_combo

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: Any) -> None:
        blocker = QSignalBlocker(combo)
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for value, label in choices:
            combo.addItem(label, value)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        del blocker

    def set_names(self, objectives: Mapping[int, str], segments: Mapping[int, str]) -> None:
        """The plan's objectives and segments, for the filters (what is chosen stays)."""
        self._fill(
            self.objective_combo,
            self.tr("All objectives"),
            [(NONE, self.tr("No objective")), *((i, _short(t)) for i, t in objectives.items())],
        )
        self._fill(
            self.segment_combo,
            self.tr("All segments"),
            [(NONE, self.tr("No segment")), *((i, _short(t)) for i, t in segments.items())],
        )
        self._filter_changed()

    def current_filter(self) -> CampaignFilter:
        return CampaignFilter(
            channel=self.channel_combo.currentData(),
            objective=self.objective_combo.currentData(),
            segment=self.segment_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def set_filter(self, wanted: CampaignFilter) -> None:
        values = (wanted.channel, wanted.objective, wanted.segment, wanted.status)
        for combo, value in zip(self._combos(), values, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def clear_filters(self) -> None:
        self.set_filter(CampaignFilter())

    def _filter_changed(self) -> None:
        wanted = self.current_filter()
        self.proxy.set_filter(wanted)
        self.clear_button.setEnabled(wanted.active)
        self._count()

    def _count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.proxy.wanted.active and total == 1:
            text = self.tr("Showing {shown} of 1 campaign.")
        elif self.proxy.wanted.active:
            text = self.tr("Showing {shown} of {total} campaigns.")
        elif total == 1:
            text = self.tr("1 campaign.")
        else:
            text = self.tr("{total} campaigns. Click a column title to sort.")
        self.count_label.setText(text.format(shown=shown, total=total))

    def _double_clicked(self, index: QModelIndex) -> None:
        current = self.table.current_id()
        if index.isValid() and current is not None:
            self.table.open_requested.emit(current)

    def select_id(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True
