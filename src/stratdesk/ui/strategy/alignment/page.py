"""The Alignment page: where the chain from strategy to results breaks, and the chain itself.

Two tabs: the findings of the alignment checks (`domain.alignment`), each with a button that
opens the item in its own page, selected; and the traceability tree, objective by objective
(strategy, roadmap, mix actions, campaigns, KPIs), whose rows open their item the same way
(Enter or a double-click). Both follow the document's `AlignmentState`, read again only when a
change touches what they show.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.budget import Dimension
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.campaigns.budget_view import BudgetView
from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.alignment.findings import (
    GO,
    ITEM,
    ITEM_ROLE,
    FindingsModel,
    GoButtonDelegate,
    findings_tree,
)
from stratdesk.ui.strategy.alignment.navigation import focus
from stratdesk.ui.strategy.alignment.state import alignment_state
from stratdesk.ui.strategy.alignment.trace import NAME, TraceFilter, TraceModel
from stratdesk.ui.style import TABLE_POINT_SIZE, secondary_label, sized_font
from stratdesk.ui.widgets.page_header import PageHeader

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

FINDINGS_TAB, TRACE_TAB, BUDGET_TAB = 0, 1, 2


class AlignmentView(PageView):
    """Findings (Enter: go to the item) and the traceability tree (Ctrl+F: filter)."""

    # The page follows its `AlignmentState`, which listens to the changes itself.
    kinds: frozenset[str] = frozenset()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.state = alignment_state(document)
        self.header = PageHeader(
            self.tr("Alignment"),
            self.tr(
                "Where the chain from strategy to results breaks: actions with no objective, "
                "objectives with no KPI, target segments no campaign reaches… Each finding "
                "opens the place to fix it."
            ),
            [],
        )
        self.summary = secondary_label("", 13)
        self.findings_model = FindingsModel(self)
        self.findings = findings_tree(self.findings_model, self)
        self.go_delegate = GoButtonDelegate(self.findings)
        self.findings.setItemDelegateForColumn(GO, self.go_delegate)
        self.go_delegate.clicked.connect(self.open_item)
        self.findings.activated.connect(self.open_item)
        self.trace_model = TraceModel(self)
        self.trace_filter = TraceFilter(self)
        self.trace_filter.setSourceModel(self.trace_model)
        self.trace = self._trace_tree()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: a word of an item (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setFont(sized_font(self.search, 12))
        self.search.textChanged.connect(self._filter)
        self.open_only = QCheckBox(self.tr("Open objectives only"))
        self.open_only.setFont(sized_font(self.open_only, 12))
        self.open_only.toggled.connect(self._open_only)
        find = QAction(self.tr("Filter the tree"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFont(sized_font(self.tabs.tabBar(), 13, bold=True))
        findings_tab = QWidget()
        box = QVBoxLayout(findings_tab)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.findings, 1)
        trace_tab = QWidget()
        box = QVBoxLayout(trace_tab)
        box.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.open_only)
        box.addLayout(bar)
        box.addWidget(self.trace, 1)
        self.tabs.addTab(findings_tab, self.tr("Findings"))
        self.tabs.addTab(trace_tab, self.tr("Traceability"))
        self.budget = BudgetView()
        self.budget.set_dimension(Dimension.OBJECTIVE)
        self.tabs.addTab(self.budget, self.tr("Budget allocation"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._collapsed: set[tuple[Any, ...]] = set()
        self.shown_reads = -1
        self.state.updated.connect(self._on_updated)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The item column takes a third of a small screen, 340 px at most."""
        super().resizeEvent(event)
        self.findings.setColumnWidth(ITEM, min(340, max(180, (self.width() - 48) // 3)))

    def _trace_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("alignmentTrace")
        tree.setModel(self.trace_filter)
        tree.setFont(sized_font(tree, TABLE_POINT_SIZE))
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        tree.setAccessibleName(self.tr("Traceability"))
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(NAME, tree.header().ResizeMode.Stretch)
        for column, width in ((1, 330), (2, 120), (3, 120)):
            tree.setColumnWidth(column, width)
        tree.activated.connect(self.open_item)
        tree.collapsed.connect(lambda i: self._collapsed.add(self._key(i)))
        tree.expanded.connect(lambda i: self._collapsed.discard(self._key(i)))
        return tree

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.state.ensure()
        self._show()

    def apply_changes(self, changes: ChangeSet) -> bool:
        return True  # the state reads again and tells `updated`

    def _on_updated(self) -> None:
        if self.isVisible():
            self._show()
        else:
            self.stale = True

    def _show(self) -> None:
        data = self.state.data
        if data is None or self.shown_reads == self.state.reads:
            return
        self.shown_reads = self.state.reads
        found = self.state.findings
        self.findings_model.show_findings(found)
        for row in range(self.findings_model.rowCount()):
            self.findings.setFirstColumnSpanned(row, QModelIndex(), True)
        self.findings.expandAll()
        if found:
            text = self.tr("{n} findings: each one says what to fix; “Go to” opens it.")
            self.summary.setText(text.format(n=len(found)))
        elif not data.objectives:
            self.summary.setText(
                self.tr(
                    "No objective yet: the chain starts with them. Set the plan's objectives on "
                    "the Objectives page, then link actions, campaigns and KPIs to them."
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "Nothing to fix: every action serves an objective, every objective is "
                    "measured, every target segment is reached."
                )
            )
        self.tabs.setTabText(FINDINGS_TAB, self.tr("Findings ({n})").format(n=len(found)))
        self.trace_model.show_data(data, ui_language())
        objectives = {o.id: o.statement for o in data.objectives}
        segments = {s.id: s.name for s in data.segments}
        self.budget.set_summary(data.budget(), objectives, segments, data.plan.currency)
        self._restore_expansion()

    def _key(self, index: QModelIndex) -> tuple[Any, ...]:
        return tuple(index.data(ITEM_ROLE) or (index.data(),))

    def _restore_expansion(self) -> None:
        """Every row open, but those the person closed (by their item, or title)."""
        self.trace.expandAll()
        if not self._collapsed:
            return
        model = self.trace_filter
        rows = [model.index(r, NAME) for r in range(model.rowCount())]
        while rows:
            index = rows.pop()
            if self._key(index) in self._collapsed:
                self.trace.collapse(index)
            rows += [model.index(r, NAME, index) for r in range(model.rowCount(index))]

    def _filter(self, text: str) -> None:
        self.trace_filter.setFilterFixedString(text)
        self.trace.expandAll() if text else self._restore_expansion()

    def _open_only(self, value: bool) -> None:
        self.trace_filter.set_open_only(value)
        self._restore_expansion()

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(TRACE_TAB)
        self.search.setFocus()
        self.search.selectAll()

    # -- going to an item ------------------------------------------------------------------
    def open_item(self, index: QModelIndex) -> bool:
        """Open the item of a finding or a tree row in its own page, selected."""
        target = index.data(ITEM_ROLE)
        if not target:
            return False
        item_type, item_id, key = target
        return focus(self, item_type, item_id, key)

    def screenshot_states(self) -> Iterator[str]:
        self.tabs.setCurrentIndex(TRACE_TAB)
        yield "traceability"
        self.tabs.setCurrentIndex(BUDGET_TAB)
        yield "budget"
        self.tabs.setCurrentIndex(FINDINGS_TAB)
