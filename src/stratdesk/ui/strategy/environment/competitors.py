"""The competitors grid: sortable, edited in place (the service validates every value)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
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
from stratdesk.ui.commands import CreateCommand, DeleteCommand, UpdateCommand
from stratdesk.ui.commands.strategy import CallCreateCommand
from stratdesk.ui.strategy.environment.bar import ActionBar
from stratdesk.ui.strategy.environment.competitor_model import (
    SORT_ROLE,
    CompetitorsModel,
    SourceFieldDelegate,
)
from stratdesk.ui.style import secondary_label
from stratdesk.ui.widgets.tables import editable_table

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

NAME_COLUMN = 0


class CompetitorsPanel(QWidget):
    """The grid with Add, Delete and Send to SWOT; clicking a header sorts by it."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.service = document.services.competitors
        self.model = CompetitorsModel(document, self._commit, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.add_action = QAction(self.tr("Add competitor"), self)
        self.add_action.setShortcuts([QKeySequence.StandardKey.New, QKeySequence("Insert")])
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
        row = self.model.row_of(competitor_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, NAME_COLUMN))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if edit:
            self.table.setFocus()
            self.table.edit(index)

    # -- intents → undo commands -----------------------------------------------------------
    def add_competitor(self) -> int | None:
        runner = self.document.runner
        command = CreateCommand(
            runner,
            self.service,
            self.document.plan_id,
            {"name": self.tr("New competitor")},
            self.tr("Add competitor"),
        )
        if not runner.push(command):
            return None
        assert command.item_id is not None
        self.select_id(command.item_id, edit=True)
        return command.item_id

    def delete_selected(self) -> bool:
        competitor_id = self.selected_id()
        if competitor_id is None:
            return False
        runner = self.document.runner
        return runner.push(
            DeleteCommand(runner, self.service, competitor_id, self.tr("Delete competitor"))
        )

    def send_to_swot(self, quadrant: SwotQuadrant) -> int | None:
        """Its weaknesses as an opportunity, or its strengths as a threat (link kept)."""
        competitor_id = self.selected_id()
        if competitor_id is None:
            return None
        competitor = self.service.get(competitor_id)
        threat = quadrant == SwotQuadrant.THREAT
        insight = (competitor.strengths if threat else competitor.weaknesses) or competitor.offer
        text = (
            self.tr("{name}: {insight}").format(name=competitor.name, insight=insight)
            if insight
            else competitor.name
        )
        swot = self.document.services.swot
        runner = self.document.runner
        command = CallCreateCommand(
            runner,
            swot,
            lambda: swot.add_from_competitor(competitor_id, quadrant, text),
            self.tr("Send competitor to SWOT as threat")
            if threat
            else self.tr("Send competitor to SWOT as opportunity"),
        )
        return command.item_id if runner.push(command) else None

    def _commit(self, competitor_id: int, field: str, value: Any) -> bool:
        runner = self.document.runner
        return runner.push(
            UpdateCommand(
                runner, self.service, competitor_id, {field: value}, self.tr("Edit competitor")
            )
        )
