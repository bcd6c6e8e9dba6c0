"""The competitors grid: sortable, edited in place (the service validates every value)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import SwotQuadrant
from stratdesk.ui.strategy.environment.bar import ActionBar
from stratdesk.ui.strategy.environment.competitor_model import (
    SORT_ROLE,
    CompetitorsModel,
    SourceFieldDelegate,
)
from stratdesk.ui.strategy.environment.intents import EnvironmentIntents
from stratdesk.ui.style import secondary_label
from stratdesk.ui.widgets.tables import editable_table, select_item

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

NAME_COLUMN = 0


class CompetitorsPanel(QWidget):
    """The grid with Add, Delete and Send to SWOT; clicking a header sorts by it."""

    def __init__(
        self, document: PlanDocument, intents: EnvironmentIntents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.intents = intents
        self.model = CompetitorsModel(document, intents.edit_competitor, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.add_action = QAction(self.tr("Add competitor"), self)
        self.add_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.New), QKeySequence("Insert")]
        )
        self.add_action.triggered.connect(self.add_competitor)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.opportunity_action = QAction(self.tr("Weaknesses → SWOT opportunity"), self)
        self.opportunity_action.triggered.connect(
            lambda: self.send_to_swot(SwotQuadrant.OPPORTUNITY)
        )
        self.threat_action = QAction(self.tr("Strengths → SWOT threat"), self)
        self.threat_action.triggered.connect(lambda: self.send_to_swot(SwotQuadrant.THREAT))
        actions = [self.add_action, self.delete_action, self.opportunity_action, self.threat_action]
        self.table.addActions(actions)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Delete only while the grid has the focus (the key edits text elsewhere); Add works
        # anywhere on the tab (a hidden tab's shortcuts are inactive).
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bar = ActionBar(
            self.tr("Double-click a cell to edit it; click a column title to sort."), actions
        )
        self.empty_hint = secondary_label(
            self.tr(
                "No competitors yet. Add the three to five brands the client's customers "
                "compare it with (Ctrl+N)."
            ),
            14,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_state)

    def _make_table(self) -> QTableView:
        table = editable_table(
            self.proxy,
            SourceFieldDelegate(),
            self.model.columns,
            self.tr("Competitors"),
            stretch=(1, 3, 4),  # the sentences share what is left
            multi_select=False,
            fit_rows=True,
        )
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # plan order
        table.setSortingEnabled(True)
        return table

    def show_data(self) -> None:
        self.model.refresh()
        self._update_state()

    def _update_state(self) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        selected = self.selected_id() is not None
        for action in (self.delete_action, self.opportunity_action, self.threat_action):
            action.setEnabled(selected)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.item(self.proxy.mapToSource(rows[0]).row()).id

    def select_id(self, competitor_id: int, *, edit: bool = False) -> None:
        select_item(self.table, self.model, competitor_id, NAME_COLUMN, edit=edit)

    # -- requests → the page's intents ----------------------------------------------------
    def add_competitor(self) -> int | None:
        """Add "New competitor" and start typing its name."""
        competitor_id = self.intents.add_competitor()
        if competitor_id is not None:
            self.select_id(competitor_id, edit=True)
        return competitor_id

    def delete_selected(self) -> bool:
        competitor_id = self.selected_id()
        return competitor_id is not None and self.intents.delete_competitor(competitor_id)

    def send_to_swot(self, quadrant: SwotQuadrant) -> int | None:
        """Its weaknesses as an opportunity, or its strengths as a threat (link kept)."""
        competitor_id = self.selected_id()
        if competitor_id is None:
            return None
        return self.intents.send_competitor_to_swot(competitor_id, quadrant)
