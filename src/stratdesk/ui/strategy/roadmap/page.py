"""The Roadmap page: the plan's years as a timeline, one lane per objective and per theme.

Data flows one way: the page reads the board (`RoadmapService.board`) and feeds the shared
timeline view; the view emits what the person asks (create, move, resize, edit, delete) and
`RoadmapIntents` turns each into one undo command. A change to a few initiatives updates
only their bars (`apply_changes`); anything else (lanes, objectives) reads the board again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from stratdesk.domain.errors import NotFound
from stratdesk.domain.roadmap import NO_LANE, LaneKey, lane_of, new_item_span
from stratdesk.services.changes import ChangeSet
from stratdesk.services.roadmap_board import RoadmapBoard
from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.roadmap.actions import RoadmapActions
from stratdesk.ui.strategy.roadmap.bars import RoadmapWords, to_bar, to_lane
from stratdesk.ui.strategy.roadmap.dialogs import RoadmapDialogs
from stratdesk.ui.strategy.roadmap.intents import RoadmapIntents
from stratdesk.ui.strategy.roadmap.menu import roadmap_menu
from stratdesk.ui.strategy.roadmap.toolbar import RoadmapToolbar
from stratdesk.ui.widgets.page_header import PageHeader
from stratdesk.ui.widgets.timeline import TimelineView, Zoom

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

LANE_SHARE, LANE_MIN, LANE_MAX = 0.2, 170, 320


class RoadmapView(RoadmapDialogs, PageView):
    """The timeline of initiatives: add (Ctrl+N), milestone (Ctrl+M), theme lanes (Ctrl+L),
    edit (Enter), delete (Del); drags and arrow keys move and resize, one undo step each."""

    kinds = frozenset(
        {"roadmap_item", "roadmap_lane", "objective", "plan"} | {"mix_action", "campaign"}
    )

    def __init__(
        self,
        document: PlanDocument,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(document, parent)
        self._today = today
        self.intents = RoadmapIntents(document)
        self.words = RoadmapWords(self)
        self.board: RoadmapBoard | None = None
        self.lanes_dialog = None
        self.item_dialog = None
        self.page_actions = RoadmapActions(self)
        self.header = PageHeader(
            self.tr("Roadmap"),
            self.tr(
                "The route to the objectives over the plan's years: one lane per objective and "
                "lanes of your own for themes, initiatives as bars and milestones as diamonds."
            ),
            self.page_actions.header_actions(),
        )
        self.toolbar = RoadmapToolbar()
        self.view = TimelineView(zoom=Zoom.YEAR)
        self.view.set_lane_changes_allowed(True)
        self.view.setAccessibleName(self.tr("Roadmap"))
        self.empty_hint = self.page_actions.empty_hint()
        self._connect()
        actions = self.page_actions
        # The timeline then only selects, opens nothing that writes, zooms and scrolls.
        self.guard_edits(
            self.view,
            actions.add,
            actions.add_milestone,
            actions.lanes,
            actions.edit,
            actions.delete,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        self._scrolled_once = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._scrolled_once:
            # Once laid out: today in the middle (else the plan's start), the first lane on top.
            self._scrolled_once = True
            QTimer.singleShot(0, self._first_view)

    def _first_view(self) -> None:
        board, today = self.board, self._today()
        if board is not None:
            inside = board.first_day <= today <= board.last_day
            self.view.scroll_to_date(today if inside else board.first_day)
        self.view.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lane titles (objectives are sentences) get a fifth of the page, within limits."""
        super().resizeEvent(event)
        width = self.width() * LANE_SHARE
        self.view.set_lane_header_width(round(max(LANE_MIN, min(LANE_MAX, width))))

    def _connect(self) -> None:
        view = self.view
        view.create_requested.connect(self.create_item)
        view.move_requested.connect(self.move_item)
        view.resize_requested.connect(self.intents.resize)
        view.edit_requested.connect(self.open_editor)
        view.delete_requested.connect(self.intents.delete)
        view.current_changed.connect(lambda _bar: self._update_state())
        view.zoom_changed.connect(self.toolbar.show_zoom)
        view.lane_activated.connect(self._lane_activated)
        view.context_menu_requested.connect(self._context_menu)
        self.toolbar.zoom_chosen.connect(view.set_zoom)
        self.toolbar.today_requested.connect(view.scroll_to_today)
        self.toolbar.show_zoom(view.zoom())

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        board = self.intents.service.board(self.document.plan_id)
        self.board = board
        lanes = [to_lane(lane, self.words) for lane in board.lanes]
        bars = [to_bar(initiative) for initiative in board.initiatives]
        self.view.set_content(lanes, bars, board.first_day, board.last_day)
        self.view.set_today(self._today())
        if self.lanes_dialog is not None:
            self.lanes_dialog.set_lanes(self.theme_lanes())
        self._update_state()

    def apply_changes(self, changes: ChangeSet) -> bool:
        """Initiatives added, moved, edited or deleted: only their bars change. Lanes, the
        objectives or what serves them: the board is read again."""
        ids = changes.ids_of("roadmap_item")
        if self.board is None or changes.kinds != {"roadmap_item"} or not ids:
            return False
        shown = self.board.lane_keys()
        updated, removed = [], []
        for item_id in sorted(ids):
            try:
                item = self.intents.service.get(item_id)
            except NotFound:
                removed.append(item_id)
                continue
            if lane_of(item.lane_id, item.objective_id) not in shown:
                return False  # "No lane" must appear (or the item's lane is new)
            updated.append(self.board.place(item))
        self.view.remove_bars(removed)
        self.view.update_bars([to_bar(initiative) for initiative in updated])
        if NO_LANE in shown and not self._lane_used(NO_LANE):
            return False  # the last item left "No lane": the lane goes
        self._update_state()
        return True

    def _lane_used(self, key: LaneKey) -> bool:
        scene = self.view.timeline_scene
        return any(item.bar.lane == key for item in scene.bar_items.values())

    def _update_state(self) -> None:
        has_lanes = bool(self.board and self.board.lanes)
        self.empty_hint.setVisible(not has_lanes)
        self.view.setVisible(has_lanes)
        self.toolbar.hint.setVisible(has_lanes)
        self.page_actions.update(has_lanes, self.view.current_bar() is not None)

    def theme_lanes(self) -> list[tuple[int, str]]:
        board = self.board
        return [(x.theme.id, x.theme.name) for x in board.lanes if x.theme] if board else []

    def items_in(self, key: LaneKey) -> int:
        scene = self.view.timeline_scene
        return sum(1 for item in scene.bar_items.values() if item.bar.lane == key)

    # -- requests → intents ----------------------------------------------------------------
    def create_item(
        self, lane: Hashable, start: dt.date, end: dt.date, milestone: bool = False
    ) -> int | None:
        """A new initiative over a dragged span; it is selected and its editor opens."""
        item_id = self.intents.add(lane, start, end, milestone=milestone)  # type: ignore[arg-type]
        if item_id is not None:
            self.view.select_bar(item_id)
            self.open_editor(item_id)
        return item_id

    def add_here(
        self, milestone: bool = False, lane: LaneKey | None = None, day: dt.date | None = None
    ) -> int | None:
        """Ctrl+N / Ctrl+M: in the current bar's lane (else the first), at today when it is
        in view (else the first day in view)."""
        if self.board is None or not self.board.lanes:
            return None
        current = (
            self.view.bar(self.view.current_bar()) if self.view.current_bar() is not None else None
        )
        chosen: Hashable = lane or (current.lane if current else self.board.lanes[0].key)
        if day is None:
            first, last = self.view.visible_dates()
            today = self._today()
            day = today if first <= today <= last else first
        start, end = new_item_span(
            day, self.view.zoom(), self.board.first_day, self.board.last_day, milestone
        )
        return self.create_item(chosen, start, end, milestone)

    def move_item(self, bar_id: Hashable, lane: Hashable, start: dt.date, end: dt.date) -> bool:
        bar = self.view.bar(bar_id)
        moved_lane = bar is not None and bar.lane != lane
        return self.intents.move(bar_id, lane, start, end, moved_lane=moved_lane)  # type: ignore[arg-type]

    def delete_current(self) -> bool:
        current = self.view.current_bar()
        return current is not None and self.intents.delete(current)  # type: ignore[arg-type]

    def _context_menu(self, bar_id: Any, lane: Any, day: Any, position: QPoint) -> None:
        roadmap_menu(self, bar_id, lane, day).popup(position)
