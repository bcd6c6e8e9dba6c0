"""The KPIs page: dashboard tiles, the selected KPI's chart, targets and measurements, the
KPI library and the combined view. Every edit is an undo command; the page redraws when
KPIs, targets, measurements, objectives or campaigns change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.services.changes import ChangeSet
from stratdesk.services.kpi_series import KpiSeries, KpiSummary, summarize
from stratdesk.services.kpi_series_reader import KpiSeriesReader, merge_changes
from stratdesk.ui.operations.kpis.combined import CombinedView
from stratdesk.ui.operations.kpis.deleting import (
    confirm_delete,
    deleted_text,
    needs_confirmation,
)
from stratdesk.ui.operations.kpis.detail import KpiDetailView
from stratdesk.ui.operations.kpis.dialogs import DialogsMixin
from stratdesk.ui.operations.kpis.intents import KpiIntents
from stratdesk.ui.operations.kpis.library import KpiLibraryModel, KpiLibraryView
from stratdesk.ui.operations.kpis.tile_strip import TileStrip
from stratdesk.ui.operations.kpis.tiles import KpiTilesModel
from stratdesk.ui.page import PageView
from stratdesk.ui.style import secondary_label
from stratdesk.ui.widgets.page_header import PageHeader

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

DASHBOARD, LIBRARY, COMBINED = range(3)


class KpiPageView(DialogsMixin, PageView):
    """The operations workspace's KPI page."""

    kinds = frozenset({"kpi", "kpi_target", "kpi_measurement", "objective", "campaign", "plan"})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.intents = KpiIntents(document)
        self.reader = KpiSeriesReader(document.services.context)
        self.series: dict[int, KpiSeries] = {}
        self.current_kpi_id: int | None = None
        # Many commits in a row (a trajectory, an undo of one) redraw once, after the last.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.redraw_pending)
        self._combined_stale = True
        self._pending: ChangeSet | None = None  # what arrived since the last redraw
        self._summaries: dict[int, tuple[KpiSeries, KpiSummary]] = {}
        self._tile_rows: int | None = None  # rows of tiles shown (0: folded away)
        self.delete_box: QWidget | None = None  # the question before deleting a large KPI
        self._build_actions()
        self.header = PageHeader(
            self.tr("KPIs"),
            self.tr("Is the plan working? Each KPI against its target, with its trend and status."),
            [self.add_action, self.delete_action, self.import_action],
        )
        self.tiles_model = KpiTilesModel(self.detail_money, self)
        self.tiles = self._make_tiles()
        self.empty_hint = secondary_label(
            self.tr(
                "No KPIs yet. Add your first KPI (Ctrl+N) and link it to the objective it "
                "measures; then set its targets and enter or import its measurements."
            ),
            15,
        )
        # What the hint says to do, as a button that does it.
        self.add_first_button = QPushButton(self.tr("Add the first KPI"))
        self.add_first_button.setMinimumHeight(40)
        self.add_first_button.clicked.connect(self.add_kpi)
        self.detail = KpiDetailView(document, self.intents)
        self.library = KpiLibraryView(KpiLibraryModel(document, self.intents.edit_definition, self))
        self.combined = CombinedView()
        dashboard = QSplitter(Qt.Orientation.Vertical)
        dashboard.setChildrenCollapsible(False)
        dashboard.addWidget(self.tiles)
        dashboard.addWidget(self.detail)
        dashboard.setCollapsible(0, True)  # the tiles fold away; the chart always stays
        # Show or hide the tiles (a short screen hides them when the chart needs the room).
        self.tiles_button = QToolButton()
        self.tiles_button.setText(self.tr("Tiles"))
        self.tiles_button.setCheckable(True)
        self.tiles_button.setChecked(True)
        self.tiles_button.setToolTip(
            self.tr("Show or hide the KPI tiles (hidden, the chart gets their room)")
        )
        self.tiles_button.toggled.connect(self._on_tiles_button)
        self.splitter = dashboard
        dashboard.installEventFilter(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.library, self.tr("KPI library"))
        self.tabs.addTab(self.combined, self.tr("Combined view"))
        self.tabs.setCornerWidget(self.tiles_button, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.add_first_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tabs, 1)
        self.library.kpi_selected.connect(self.select_kpi)
        self.detail.targets.generate_action.triggered.connect(self.open_trajectory_dialog)
        self.detail.measurements.add_action.triggered.connect(self.open_measurement_dialog)
        targets, measurements = self.detail.targets, self.detail.measurements
        self.guard_edits(
            self.add_action,
            self.add_first_button,
            self.delete_action,
            self.import_action,
            self.library.table,
            targets.table,
            targets.generate_action,
            targets.add_action,
            targets.delete_action,
            measurements.table,
            measurements.add_action,
            measurements.delete_action,
        )
        self.refresh()

    def _build_actions(self) -> None:
        self.add_action = QAction(self.tr("Add KPI"), self)
        self.add_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.New)])
        self.add_action.triggered.connect(self.add_kpi)
        self.delete_action = QAction(self.tr("Delete KPI"), self)
        self.delete_action.triggered.connect(self.delete_current)
        self.import_action = QAction(self.tr("Import…"), self)
        # Not `connect(self.open_import_dialog)`: `triggered(bool)` would arrive as the path.
        self.import_action.triggered.connect(lambda: self.open_import_dialog())
        self.addActions([self.add_action])

    def _make_tiles(self) -> TileStrip:
        tiles = TileStrip(self.tiles_model)
        tiles.setAccessibleName(self.tr("KPI dashboard"))
        tiles.selectionModel().currentChanged.connect(self._on_current_tile)
        return tiles

    def _on_current_tile(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.select_kpi(self.tiles_model.summary(current.row()).kpi.id)

    def sizeHint(self) -> QSize:
        return QSize(1100, 800)

    def detail_money(self) -> tuple[str, str]:
        return self.detail.money()

    # -- refreshing ----------------------------------------------------------------------
    def apply_changes(self, changes: ChangeSet) -> bool:
        """Collect what arrived and redraw once, after the last of a burst of commits.

        After changes to measurements or targets only, only the KPIs they touched are read
        again (see `KpiSeriesReader`): typing one value reads one KPI, not the whole plan.
        """
        self._pending = merge_changes(self._pending, changes)
        self._refresh_timer.start()
        return True

    def refresh_pending(self) -> bool:
        """Whether a redraw is scheduled (changes arrived; the page redraws once for them)."""
        return self._refresh_timer.isActive()

    def refresh(self) -> None:
        """Redraw tiles, library, detail and combined view, reading every KPI again."""
        self._pending = None
        self._redraw(None)

    def redraw_pending(self) -> None:
        """Redraw now for the changes that arrived (the timer does it after a burst)."""
        changes, self._pending = self._pending, None
        self._redraw(changes)

    def _redraw(self, changes: ChangeSet | None) -> None:
        """Redraw from the series: all of them read again, or those `changes` touched."""
        self._refresh_timer.stop()
        plan_id = self.document.plan_id
        everything = self.reader.plan_series(plan_id, changes)
        self.series = {s.kpi.id: s for s in everything}
        if changes is None or not changes.kinds <= {"kpi_measurement", "kpi_target"}:
            self.library.model.refresh()  # with the objectives each KPI measures
        self.tiles_model.set_summaries([self._summary(s) for s in everything])
        self._summaries = {k: v for k, v in self._summaries.items() if k in self.series}
        if self.current_kpi_id not in self.series:
            self.current_kpi_id = everything[0].kpi.id if everything else None
        self._show_current()
        self._combined_stale = True
        if self.tabs.currentIndex() == COMBINED:
            self._on_tab_changed(COMBINED)
        has_kpis = bool(everything)
        self.empty_hint.setVisible(not has_kpis)
        self.add_first_button.setVisible(not has_kpis)
        self.tabs.setVisible(has_kpis)  # nothing to show yet: the hint says what to do
        self.import_action.setEnabled(has_kpis)
        self.delete_action.setEnabled(self.current_kpi_id is not None)
        self._fit_tiles(len(everything))

    def _fit_tiles(self, count: int) -> None:
        """Give the tiles the rows they have room for (see `TileStrip`) once the selected KPI
        has its least height; only when that changes (a dragged splitter stays where it is)."""
        room = (
            self.splitter.height()
            - self.detail.minimumSizeHint().height()
            - self.splitter.handleWidth()
        )
        width = self.splitter.width()  # the strip's, once the splitter has laid it out
        rows = self.tiles.rows_for(count, room, width) if self.tiles_button.isChecked() else 0
        if rows == self._tile_rows:
            return
        self._tile_rows = rows
        self.tiles.set_rows(max(rows, 1))
        height = self.tiles.height_for(rows, count, width)
        self.splitter.setSizes([height, max(self.splitter.height() - height, 0)])

    def _on_tiles_button(self) -> None:
        self._tile_rows = None
        self._fit_tiles(len(self.series))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The splitter's own resize (it comes after the page's): fit the tiles to its height.
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._tile_rows = None
            self._fit_tiles(len(self.series))
        return super().eventFilter(watched, event)

    def _summary(self, series: KpiSeries) -> KpiSummary:
        """The tile of `series`, computed again only when its series was read again."""
        kept = self._summaries.get(series.kpi.id)
        if kept is None or kept[0] is not series:
            kept = (series, summarize(series))
            self._summaries[series.kpi.id] = kept
        return kept[1]

    def _on_tab_changed(self, index: int) -> None:
        if index == COMBINED and self._combined_stale:
            self.combined.set_series(list(self.series.values()))
            self._combined_stale = False

    # -- the selected KPI ----------------------------------------------------------------
    def select_kpi(self, kpi_id: int) -> None:
        if kpi_id not in self.series or kpi_id == self.current_kpi_id:
            return
        self.current_kpi_id = kpi_id
        self._show_current()

    def _show_current(self) -> None:
        series = self.series.get(self.current_kpi_id) if self.current_kpi_id else None
        row = self.tiles_model.row_of(series.kpi.id) if series else -1
        if row >= 0 and self.tiles.currentIndex().row() != row:
            self.tiles.selectionModel().setCurrentIndex(
                self.tiles_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        if series is not None:
            self.library.select_id(series.kpi.id)
        measured = self.library.model.objectives_of(series.kpi.id) if series else ()
        objective = measured[0] if measured else ""
        if series is None or series is not self.detail.series or objective != self.detail.objective:
            self.detail.show_series(series, objective)
        self.delete_action.setEnabled(series is not None)

    # -- requests → the page's intents ----------------------------------------------------
    def add_kpi(self) -> int | None:
        """Add a KPI named "New KPI", select it and start editing its name in the library."""
        kpi_id = self.intents.add_kpi()
        if kpi_id is None:
            return None
        self.refresh()
        self.current_kpi_id = kpi_id
        self._show_current()
        self.tabs.setCurrentIndex(LIBRARY)
        self.library.select_id(kpi_id, edit=True)
        return kpi_id

    def delete_current(self) -> bool:
        """Delete the selected KPI with its targets and measurements (undo brings all back),
        saying what went; a large one is asked about first (see `deleting`): False then."""
        series = self.series.get(self.current_kpi_id) if self.current_kpi_id else None
        if series is None:
            return False
        objectives = len(self.library.model.objectives_of(series.kpi.id))
        if needs_confirmation(series):
            self.delete_box = confirm_delete(
                self, series, objectives, lambda: self._delete(series, objectives)
            )
            return False
        return self._delete(series, objectives)

    def _delete(self, series: KpiSeries, objectives: int) -> bool:
        if not self.intents.delete_kpi(series.kpi.id):
            return False
        self.document.notice.emit(deleted_text(series, objectives))
        return True
