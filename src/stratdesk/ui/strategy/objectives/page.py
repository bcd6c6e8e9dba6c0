"""The Objectives page: objectives and their key results in a tree, their progress from the
measuring KPI and their SMART check; the selected objective's details below.

Data flows one way: each change reloads the rows (the KPI series only when measurements or
targets changed), the model tells the tree which rows changed, and every request is one undo
command pushed by `ObjectivesIntents`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMenu, QSplitter, QStyle, QTreeView, QVBoxLayout, QWidget

from stratdesk.services.changes import ChangeSet
from stratdesk.services.objective_review import ObjectiveReviewer
from stratdesk.ui.language import ui_language
from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.objectives.actions import ObjectivesActions
from stratdesk.ui.strategy.objectives.cells import STATEMENT, Formats
from stratdesk.ui.strategy.objectives.details import ObjectiveDetails
from stratdesk.ui.strategy.objectives.intents import OBJECTIVE, ObjectivesIntents
from stratdesk.ui.strategy.objectives.model import ObjectivesTreeModel
from stratdesk.ui.strategy.objectives.requests import ObjectivesRequests
from stratdesk.ui.strategy.objectives.tree import objectives_tree
from stratdesk.ui.widgets.page_header import PageHeader
from stratdesk.ui.widgets.side_panel import PanelScrollArea

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

DETAILS_SHARE = 0.38


class ObjectivesView(ObjectivesRequests, PageView):
    """Add objective (Ctrl+N), add key result (Ctrl+K), KPI from objective (Ctrl+Shift+K),
    move up/down (Alt+Up/Down), delete (Del): each one undo step."""

    kinds = frozenset(
        {"objective", "key_result", "kpi", "kpi_measurement", "kpi_target"}
        | {"segment", "mix_action", "plan"}
    )

    def __init__(
        self,
        document: PlanDocument,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(document, parent)
        self._today = today
        self.intents = ObjectivesIntents(document)
        self.reviewer = ObjectiveReviewer(document.services)
        self.model = ObjectivesTreeModel(self._commit, self)
        self.page_actions = ObjectivesActions(self)
        self.header = PageHeader(
            self.tr("Objectives"),
            self.tr(
                "SMART objectives over the plan's years, each measured by a KPI of the library: "
                "from which baseline to which target, by when, how far it has come, and the key "
                "results that get there."
            ),
            self.page_actions.header_actions(),
        )
        self.empty_hint = self.page_actions.empty_hint()
        self.tree: QTreeView = objectives_tree(self.model, self._kpi_choices, self._years, self)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        # Enter edits the current cell (Qt's item views only tell it as "activated"); the
        # editors keep the Enter that closes them, so it never opens them again.
        self.tree.activated.connect(self._edit_activated)
        self.details = ObjectiveDetails()
        self.details.edit_requested.connect(self._edit_from_details)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        # The details scroll rather than force their height on a small screen.
        self.details_area = PanelScrollArea(self.details)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details_area)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.splitter, 1)
        self._collapsed: set[int] = set()
        self._auto_details = True
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_details_now)
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_auto_details", False))
        self.tree.collapsed.connect(lambda i: self._collapsed.add(self.model.item(i).id))
        self.tree.expanded.connect(lambda i: self._collapsed.discard(self.model.item(i).id))
        self.tree.selectionModel().selectionChanged.connect(self._update_state)
        self.tree.selectionModel().currentChanged.connect(self._update_state)
        self.guard_edits(
            *self.page_actions.menu_actions(),
            self.tree,
            self.details.owner_edit,
            self.details.status_combo,
        )
        self.refresh()

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._load(None)

    def apply_changes(self, changes: ChangeSet) -> bool:
        """Read the rows again (the KPI series only for the KPIs that changed): the model
        redraws the rows that differ and leaves the others, the selection and the editor."""
        self._load(changes)
        return True

    def _load(self, changes: ChangeSet | None) -> None:
        services, plan_id = self.document.services, self.document.plan_id
        objectives = services.objectives.list(plan_id)
        results = services.key_results.by_objective(plan_id)
        flat = [result for group in results.values() for result in group]
        overview = self.reviewer.overview(plan_id, objectives, flat, changes, self._today())
        formats = Formats(self.document.plan.currency, ui_language())
        self.model.set_content(objectives, results, overview, formats)
        for row, objective in enumerate(self.model.objectives):
            if objective.id not in self._collapsed:
                self.tree.expand(self.model.index(row, 0))
        if not self.current_index().isValid() and self.model.rowCount():
            # Something chosen from the start: the details below are never empty for nothing.
            first = self.model.index(0, STATEMENT)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            flags |= QItemSelectionModel.SelectionFlag.Rows
            self.tree.selectionModel().setCurrentIndex(first, flags)
        self._update_state()

    def _fit_details(self) -> None:
        """Fit the details once the layouts have settled (their texts may just have changed)."""
        self._fit_timer.start()

    def _fit_details_now(self) -> None:
        """Give the details the height their lines need at this width (at most 38 % of the
        page), until the person drags the divider: then it stays where they put it."""
        total = self.splitter.height()
        if not self._auto_details or self.details_area.isHidden() or total < 200:
            return
        # The splitter's width: the panel's own may not follow it yet.
        bar = self.details_area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.splitter.width() - bar
        need = self.details.heightForWidth(width) if self.details.hasHeightForWidth() else -1
        need = max(need, self.details.minimumSizeHint().height()) + 2
        need = min(need, int(total * DETAILS_SHARE))
        if self.splitter.sizes()[1] != need:
            self.splitter.setSizes([total - need, need])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_details()

    def _update_state(self, *_args: Any) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty_hint.setVisible(not has_rows)
        self.details_area.setVisible(has_rows)
        current = self.current_objective()
        self.page_actions.update(current is not None, bool(self.selected()))
        review = self.model.review(current.id) if current is not None else None
        self.details.show_objective(current, review, self.model.formats)
        self._fit_details()

    def _kpi_choices(self) -> list[tuple[int, str]]:
        return [(kpi.id, kpi.name) for kpi in self.model.overview.kpis.values()]

    def _years(self) -> tuple[int, int]:
        plan = self.document.plan
        return plan.start_year, plan.end_year

    # -- rows ------------------------------------------------------------------------------
    def current_index(self) -> QModelIndex:
        return self.tree.currentIndex()

    def current_objective(self) -> Any:
        index = self.current_index()
        return self.model.objective_of(index) if index.isValid() else None

    def selected(self) -> list[tuple[str, int]]:
        """(kind, id) of the selected rows, in the tree's order."""
        rows = self.tree.selectionModel().selectedRows()
        return [(self.model.kind(i), self.model.item(i).id) for i in rows]

    def selected_ids(self) -> list[int]:
        """The selected objectives' ids."""
        return [item_id for kind, item_id in self.selected() if kind == OBJECTIVE]

    def select(self, kind: str, item_id: int, *, edit: bool = False) -> bool:
        index = self.model.index_of(kind, item_id, STATEMENT)
        if not index.isValid():
            return False
        if index.parent().isValid():
            self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if edit:
            self.tree.setFocus()
            self.tree.edit(index)
        return True

    def select_id(self, item_id: int, *, edit: bool = False) -> None:
        self.select(OBJECTIVE, item_id, edit=edit)

    def _edit_activated(self, index: QModelIndex) -> None:
        if self.tree.state() != QTreeView.State.EditingState:
            self.tree.edit(index)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.page_actions.menu_actions())
        menu.popup(self.tree.viewport().mapToGlobal(position))
