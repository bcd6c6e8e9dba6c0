"""The Positioning page: a positioning statement per targeted segment, previewed in the
plan's language, and the perceptual map of the brand among its competitors.

The statements and the map load apart: a change of a map point redraws the map alone, a
change of a statement the statements alone. Every request is one undo command pushed by
`PositioningIntents`; the map never writes (a drag asks, on release).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget, QVBoxLayout, QWidget

from stratdesk.charts.perceptual_data import map_data
from stratdesk.charts.perceptual_map import PerceptualMapView
from stratdesk.domain.perceptual_map import free_spot
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.language import ui_language
from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.positioning.data import MAP_KINDS, STATEMENT_KINDS, MapState, Statements
from stratdesk.ui.strategy.positioning.intents import PositioningIntents
from stratdesk.ui.strategy.positioning.map_panel import MapPanel
from stratdesk.ui.strategy.positioning.statements_tab import TARGETS, StatementsTab
from stratdesk.ui.style import sized_font
from stratdesk.ui.widgets.page_header import PageHeader
from stratdesk.ui.widgets.side_panel import SidePanelSplitter

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

STATEMENTS_TAB, MAP_TAB = 0, 1
PANEL_WIDTH = 380


class PositioningView(PageView):
    kinds = STATEMENT_KINDS | MAP_KINDS

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.intents = PositioningIntents(document)
        self.statements = Statements()
        self.map_state = MapState()
        self.current_id: int | None = None
        self.header = PageHeader(
            self.tr("Positioning"),
            self.tr(
                "How each targeted segment should see the client: a positioning statement "
                "written in the plan's language, and a perceptual map placing the brand "
                "among its competitors."
            ),
            [],
        )
        self.statements_tab = StatementsTab()
        self.form = self.statements_tab.form
        self._make_map_actions()
        self.map = PerceptualMapView()
        self.map_panel = MapPanel(self.map_actions)
        self.map_splitter = SidePanelSplitter(
            "perceptual_map", self.map, self.map_panel, PANEL_WIDTH
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFont(sized_font(self.tabs.tabBar(), 13, bold=True))
        self.tabs.addTab(self.statements_tab, self.tr("Positioning statements"))
        self.tabs.addTab(self.map_splitter, self.tr("Perceptual map"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._connect()
        self.guard_edits(*self._statement_and_map_edits())
        self.refresh()

    def _statement_and_map_edits(self) -> list[QWidget | QAction]:
        """What changes a statement or the map (off on a read-only plan); choosing a segment
        or a point, reading the map and its readout stay."""
        form, panel = self.form, self.map_panel
        return [
            self.statements_tab.board,
            *form.edits.values(),
            form.write_button,
            form.clear_button,
            self.map,
            *self.map_actions,
            *panel.axis_edits.values(),
            panel.label_edit,
            panel.x_spin,
            panel.y_spin,
            panel.competitor_combo,
        ]

    def _make_map_actions(self) -> None:
        self.add_own_action = QAction(self.tr("Add our brand"), self)
        self.add_own_action.triggered.connect(self.add_own_brand)
        self.add_competitor_action = QAction(self.tr("Add a competitor"), self)
        self.competitor_menu = QMenu(self)
        self.add_competitor_action.setMenu(self.competitor_menu)
        self.add_free_action = QAction(self.tr("Add a free label"), self)
        self.add_free_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_free_action.triggered.connect(self.add_free_label)
        self.remove_action = QAction(self.tr("Remove point"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.triggered.connect(self.remove_current_point)
        self.map_actions = [
            self.add_own_action,
            self.add_competitor_action,
            self.add_free_action,
            self.remove_action,
        ]
        for action in self.map_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if not action.shortcut().isEmpty():
                key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{action.text()} ({key})")

    def _connect(self) -> None:
        board = self.statements_tab.board
        board.current_changed.connect(self.choose)
        board.edit_requested.connect(lambda _id: self.form.edits["target"].setFocus())
        self.form.save_requested.connect(self.save_field)
        self.form.write_requested.connect(self.write)
        self.form.clear_requested.connect(self.intents.clear)
        self.map.point_selected.connect(self._on_point_selected)
        self.map.move_requested.connect(self.drag_point)
        self.map.nudge_requested.connect(self.intents.nudge_point)
        self.map.delete_requested.connect(self.intents.delete_point)
        self.map_panel.point_chosen.connect(self.map.select)
        self.map_panel.point_edited.connect(self.edit_point)
        self.map_panel.axis_edited.connect(self.intents.set_axis)
        self.map_splitter.addAction(self.add_free_action)
        self.map.plot.addAction(self.remove_action)

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._show_statements()
        self._show_map()

    def apply_changes(self, changes: ChangeSet) -> bool:
        """Reload only the half of the page the change is about."""
        if changes.kinds <= MAP_KINDS:
            self._show_map()
            return True
        if changes.kinds <= STATEMENT_KINDS - {"client"} and "plan" not in changes.kinds:
            self._show_statements()
            return True
        return False

    def _show_statements(self) -> None:
        services, plan_id = self.document.services, self.document.plan_id
        self.statements = Statements.load(services, plan_id)
        self.statements_tab.show_statements(self.statements)
        self.form.set_context(self.document.client.name, str(self.document.plan.language))
        ids = [s.id for s in self.statements.segments]
        if self.current_id not in ids:
            self.current_id = ids[0] if ids else None
        if self.current_id is not None:
            self.statements_tab.board.view(TARGETS).select_id(self.current_id)
        self._show_current()

    def _show_current(self) -> None:
        segment = self.statements.segment(self.current_id)
        positioning = (
            self.statements.positioning.get(self.current_id)
            if segment is not None and self.current_id is not None
            else None
        )
        self.form.show_segment(segment, positioning)

    def _show_map(self) -> None:
        services, plan_id = self.document.services, self.document.plan_id
        self.map_state = MapState.load(services, plan_id)
        data = map_data(self.map_state.points, self.map_state.axes, ui_language())
        self.map.set_data(data, self.map.selected)
        self.map_panel.show_map(data, list(self.map_state.points), list(self.map_state.competitors))
        self.map_panel.show_point(self.map_state.point(self.map.selected))
        self.add_own_action.setEnabled(not self.map_state.has_own_brand())
        self._fill_competitor_menu()
        self.remove_action.setEnabled(self.map.selected is not None)

    def _fill_competitor_menu(self) -> None:
        self.competitor_menu.clear()
        off_map = self.map_state.competitors_off_map()
        for competitor in off_map:
            entry = self.competitor_menu.addAction(competitor.name)
            entry.triggered.connect(lambda _c=False, c=competitor: self.add_competitor(c))
        if not off_map:
            none = self.competitor_menu.addAction(
                self.tr("Every competitor of the Environment page is on the map")
                if self.map_state.competitors
                else self.tr("No competitors yet: add them on the Environment page")
            )
            none.setEnabled(False)

    def choose(self, segment_id: int | None) -> None:
        if segment_id is None or segment_id == self.current_id:
            return
        self.current_id = segment_id
        self._show_current()

    # -- statements → intents --------------------------------------------------------------
    def save_field(self, segment_id: int, field: str, text: str) -> None:
        if not self.intents.save_field(segment_id, field, text) and self.intents.last_error:
            self.form.show_error(self.intents.last_error)

    def write(self, segment_id: int) -> bool:
        """Start the positioning with the segment's name as its target; type the need next."""
        segment = self.statements.segment(segment_id)
        if segment is None or not self.intents.write(segment_id, segment.name):
            return False
        self.form.edits["need"].setFocus()
        return True

    # -- the map → intents -----------------------------------------------------------------
    def _on_point_selected(self, point_id: int | None) -> None:
        self.map_panel.show_point(self.map_state.point(point_id))
        self.remove_action.setEnabled(point_id is not None)

    def _add_point(self, data: dict[str, Any]) -> int | None:
        x, y = free_spot((p.x, p.y) for p in self.map_state.points)
        point_id = self.intents.add_point({"x": x, "y": y, **data})
        if point_id is not None:
            self.map.select(point_id)
            self.map.plot.setFocus()
        return point_id

    def add_own_brand(self) -> int | None:
        return self._add_point({"label": self.document.client.name, "own_brand": True})

    def add_competitor(self, competitor: Any) -> int | None:
        return self._add_point({"label": competitor.name, "competitor_id": competitor.id})

    def add_free_label(self) -> int | None:
        """A point named "New point", its label ready to be typed in the panel."""
        point_id = self._add_point({"label": self.tr("New point")})
        if point_id is not None:
            self.map_panel.label_edit.setFocus()
            self.map_panel.label_edit.selectAll()
        return point_id

    def remove_current_point(self) -> bool:
        point_id = self.map.selected
        return point_id is not None and self.intents.delete_point(point_id)

    def drag_point(self, point_id: int, x: float, y: float) -> None:
        if not self.intents.drag_point(point_id, x, y):
            self._show_map()  # refused: the point goes back where it is stored

    def edit_point(self, point_id: int, changes: dict[str, Any]) -> None:
        if not self.intents.edit_point(point_id, changes) and self.intents.last_error:
            self.map_panel.show_point(self.map_state.point(point_id))
            self.map_panel.show_error(self.intents.last_error)
