"""The Experiments page: test and learn. A list of experiments, filtered by decision and by
campaign, beside a panel holding one experiment: hypothesis, campaign, metric, dates,
variants and their results, decision and the lesson learned. Every edit is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.campaign_calendar import NONE
from stratdesk.domain.enums import ExperimentDecision
from stratdesk.domain.errors import NotFound
from stratdesk.domain.experiments import ExperimentFilter, next_variant_name
from stratdesk.domain.labels import enum_choices
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.operations.campaigns.editor_form import elide
from stratdesk.ui.operations.experiments.editor import ExperimentEditor
from stratdesk.ui.operations.experiments.intents import ExperimentIntents
from stratdesk.ui.operations.experiments.list_model import (
    DATES,
    NAME,
    WIDTHS,
    ExperimentFilterProxy,
    ExperimentTableModel,
)
from stratdesk.ui.page import PageView
from stratdesk.ui.style import secondary_label, sized_font
from stratdesk.ui.widgets.flow_layout import FlowLayout
from stratdesk.ui.widgets.page_header import PageHeader
from stratdesk.ui.widgets.side_panel import SidePanelSplitter
from stratdesk.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


class ExperimentsPageView(PageView):
    kinds = frozenset({"experiment", "experiment_variant", "campaign", "plan"})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.intents = ExperimentIntents(document)
        self.service = document.services.experiments
        self.campaigns: dict[int, str] = {}
        self.model = ExperimentTableModel(self)
        self.proxy = ExperimentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.add_action = QAction(self.tr("Add experiment"), self)
        self.add_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.New), QKeySequence(Qt.Key.Key_Insert)]
        )
        self.add_action.triggered.connect(self.add_experiment)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_current)
        for action in (self.add_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Delete works in the list only: in the panel's fields it deletes text.
        self.addAction(self.add_action)
        self.header = PageHeader(
            self.tr("Experiments"),
            self.tr(
                "Test and learn: each experiment states a hypothesis, the metric that decides "
                "it, its variants and their results, what was decided and what it taught."
            ),
            [self.add_action, self.delete_action],
        )
        self.decision_combo = self._combo(self.tr("Decision"))
        self.campaign_combo = self._combo(self.tr("Campaign"))
        self.decision_combo.addItem(self.tr("All decisions"), None)
        for decision, label in enum_choices(ExperimentDecision):
            self.decision_combo.addItem(label, decision)
        self.count_label = secondary_label("", 12)
        self.empty_hint = QLabel(
            self.tr(
                "No experiments yet. <a href='add'>Add the first one</a> (Ctrl+N): what do you "
                "believe, and how will you know?"
            )
        )
        self.empty_hint.setFont(sized_font(self.empty_hint, 13))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.linkActivated.connect(self._add_first)
        self.table = self._make_table()
        self.editor = ExperimentEditor(self._variants, self.intents.edit_variant)
        self.editor.add_escape(self.table.setFocus)
        self.splitter = SidePanelSplitter("experiments", self._list_area(), self.editor, 400, 0.45)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self._connect()
        self.guard_edits(self.add_action, self.delete_action, *self.editor.edit_controls())
        self.refresh()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)
        return combo

    def _make_table(self) -> QTableView:
        table = QTableView()
        list_table(table, self.proxy, WIDTHS, DATES)
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr("Experiments"))
        table.addAction(self.delete_action)
        edit = QAction(self.tr("Edit the experiment"), table)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self._edit_current)
        table.addAction(edit)
        table.doubleClicked.connect(lambda _index: self._edit_current())
        return table

    def _edit_current(self) -> None:
        """Enter or a double-click in the list: the keyboard goes to the panel's first field."""
        if self.current_id() is not None:
            self.editor.name_edit.setFocus()
            self.editor.name_edit.selectAll()

    def _list_area(self) -> QWidget:
        area = QWidget()
        filters = QWidget()
        flow = FlowLayout(filters, spacing=8, line_spacing=6)  # two lines on a narrow screen
        flow.addWidget(self.decision_combo)
        flow.addWidget(self.campaign_combo)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        return area

    def _connect(self) -> None:
        for combo in (self.decision_combo, self.campaign_combo):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.edit_requested.connect(self._edit)
        self.editor.delete_requested.connect(self.intents.delete)
        variants = self.editor.variants
        variants.add_requested.connect(self.add_variant)
        variants.delete_requested.connect(self.intents.delete_variant)
        variants.reorder_requested.connect(self._reorder)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._count)

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        plan_id, plan = self.document.plan_id, self.document.plan
        current = self.current_id()
        campaigns = self.document.services.campaigns.list(plan_id)
        self.campaigns = {c.id: c.name for c in campaigns}
        self.model.set_rows(self.service.list(plan_id), self.campaigns)
        self._fill_campaign_filter()
        self.editor.set_campaigns(self.campaigns)
        self.editor.set_years((plan.start_year, plan.end_year))
        if current is None or not self.select_experiment(current):
            self._select_first()
        self._count()

    def apply_changes(self, changes: ChangeSet) -> bool:
        """An experiment edited, or its variants, redraw in place; anything else reloads."""
        if not changes.kinds <= {"experiment", "experiment_variant"}:
            return False
        ids = changes.ids_of("experiment")
        if "experiment" in changes.kinds and not ids:
            return False
        try:
            fresh = [self.service.get(item_id) for item_id in ids]
        except NotFound:
            return False  # deleted: the list loses a row
        if not all(self.model.replace(item) for item in fresh):
            return False  # added: the list gains one
        self._show(self.current_id())
        return True

    def _fill_campaign_filter(self) -> None:
        combo = self.campaign_combo
        blocker = QSignalBlocker(combo)
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All campaigns"), None)
        combo.addItem(self.tr("No campaign"), NONE)
        for item_id, name in self.campaigns.items():
            combo.addItem(elide(name, 36), item_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        del blocker
        self._filter_changed()

    def _filter_changed(self) -> None:
        self.proxy.set_filter(
            ExperimentFilter(self.decision_combo.currentData(), self.campaign_combo.currentData())
        )
        self._count()

    def set_filter(self, wanted: ExperimentFilter) -> None:
        self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(wanted.decision)))
        self.campaign_combo.setCurrentIndex(max(0, self.campaign_combo.findData(wanted.campaign)))

    def _count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.empty_hint.setVisible(total == 0)
        self.count_label.setVisible(total > 0)
        if self.proxy.wanted.active and total == 1:
            text = self.tr("Showing {shown} of 1 experiment.")
        elif self.proxy.wanted.active:
            text = self.tr("Showing {shown} of {total} experiments.")
        elif total == 1:
            text = self.tr("1 experiment.")
        else:
            text = self.tr("{total} experiments. Click a column title to sort.")
        self.count_label.setText(text.format(shown=shown, total=total))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(self.model.item(self.proxy.mapToSource(index).row()).id)

    def select_experiment(self, item_id: int) -> bool:
        """Choose `item_id` in the list (the filters are cleared if they hide it)."""
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            self.set_filter(ExperimentFilter())
            index = self.proxy.mapFromSource(self.model.index(row, NAME))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._show(item_id)
        return True

    def _select_first(self) -> None:
        """The first experiment shown is chosen, so that the panel shows one at once."""
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, NAME))
        self._show(self.current_id())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_id())

    def _show(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id) if item_id is not None else -1
        self.editor.show_experiment(self.model.item(row) if row >= 0 else None)
        self.delete_action.setEnabled(row >= 0)  # kept off on a read-only plan

    def _variants(self) -> list[Any]:
        experiment = self.editor.experiment if hasattr(self, "editor") else None
        if experiment is None:
            return []
        try:
            return self.document.services.experiment_variants.list(experiment.id)
        except NotFound:
            return []

    # -- requests --------------------------------------------------------------------------
    def _add_first(self, _link: str) -> None:
        if not self.document.read_only:  # the hint's link is no control to switch off
            self.add_experiment()

    def add_experiment(self) -> int | None:
        campaign = self.campaign_combo.currentData()
        item_id = self.intents.add(campaign if isinstance(campaign, int) else None)
        if item_id is not None:
            self.select_experiment(item_id)
            self.editor.name_edit.setFocus()
            self.editor.name_edit.selectAll()
        return item_id

    def delete_current(self) -> bool:
        item_id = self.current_id()
        return item_id is not None and self.intents.delete(item_id)

    def add_variant(self) -> int | None:
        experiment = self.editor.experiment
        if experiment is None:
            return None
        names = [v.name for v in self.editor.variants.model.items()]
        name = next_variant_name(names, self.tr("Variant {n}"))
        variant_id = self.intents.add_variant(experiment.id, name)
        if variant_id is not None:
            self.editor.variants.select(variant_id, edit=True)
        return variant_id

    def _reorder(self, ordered_ids: list[int]) -> None:
        experiment = self.editor.experiment
        row = self.editor.variants.current_row()
        moved = self.editor.variants.model.item(row).id if row >= 0 else None
        if experiment is None or not self.intents.reorder_variants(experiment.id, ordered_ids):
            return
        if moved is not None:
            self.editor.variants.select(moved)

    def _edit(self, item_id: int, changes: dict[str, Any]) -> None:
        if not self.intents.edit(item_id, changes) and self.intents.last_error:
            self._show(item_id)  # what is stored, and why the change was refused
            self.editor.show_error(self.intents.last_error)
