"""The Roadmap page's dialogs and lanes: an initiative's editor (Enter, a double-click, a new
initiative), the theme lanes, and the way to the Objectives page (where objective lanes come
from). Each opens window-modal and returns at once; what is confirmed is one undo step."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from stratdesk.domain.roadmap import THEME
from stratdesk.ui.strategy.roadmap.bars import lane_title
from stratdesk.ui.strategy.roadmap.item_dialog import RoadmapItemDialog
from stratdesk.ui.strategy.roadmap.lanes_dialog import LanesDialog

if TYPE_CHECKING:
    from stratdesk.services.roadmap_board import RoadmapBoard
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.strategy.roadmap.bars import RoadmapWords
    from stratdesk.ui.strategy.roadmap.intents import RoadmapIntents
    from stratdesk.ui.widgets.timeline import TimelineView

translate = QCoreApplication.translate


class RoadmapDialogs:
    """Mixed into `RoadmapView`, which gives the attributes below."""

    document: PlanDocument
    intents: RoadmapIntents
    view: TimelineView
    board: RoadmapBoard | None
    words: RoadmapWords
    item_dialog: RoadmapItemDialog | None
    lanes_dialog: LanesDialog | None

    if TYPE_CHECKING:

        def theme_lanes(self) -> list[tuple[int, str]]: ...
        def items_in(self, key: Any) -> int: ...

    def edit_current(self) -> RoadmapItemDialog | None:
        current = self.view.current_bar()
        return self.open_editor(current) if current is not None else None

    def open_editor(self, bar_id: Hashable) -> RoadmapItemDialog | None:
        """The edit dialog of an initiative (window-modal, the event loop runs on); none on a
        read-only plan (the bar's tooltip says what it holds)."""
        board, bar = self.board, self.view.bar(bar_id)
        if board is None or bar is None or self.document.read_only:
            return None
        initiative = bar.data
        lanes = [(lane.key, lane_title(lane)) for lane in board.lanes]
        objectives = [(x.objective.id, lane_title(x)) for x in board.lanes if x.objective]
        served = self.words.serving(initiative.serving)
        note = translate("RoadmapView", "Its objective is served by {what}.")
        note = note.format(what=served) if served else ""

        def submit(changes: dict[str, Any]) -> str:
            return "" if self.intents.edit(bar_id, changes) else self.intents.last_error  # type: ignore[arg-type]

        years = (board.first_day.year, board.last_day.year)
        dialog = RoadmapItemDialog(
            initiative.item,
            lanes,
            objectives,
            years,
            submit,
            note,
            self,  # type: ignore[arg-type]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "item_dialog", None))
        self.item_dialog = dialog
        dialog.open()
        return dialog

    def open_lanes(self, current: int | None = None) -> LanesDialog:
        if self.lanes_dialog is None:
            dialog = LanesDialog(
                self.intents,
                self.theme_lanes,
                lambda i: self.items_in((THEME, i)),
                self,  # type: ignore[arg-type]
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda *_: setattr(self, "lanes_dialog", None))
            self.lanes_dialog = dialog
        if current is not None:
            self.lanes_dialog.select(current)
        self.lanes_dialog.open()
        return self.lanes_dialog

    def add_lane(self) -> int | None:
        return self.open_lanes().add()

    def _lane_activated(self, key: Hashable) -> None:
        kind, ident = cast(tuple[str, int], key)
        if kind == THEME and not self.document.read_only:  # the theme lanes' editor
            self.open_lanes(ident)
        elif kind == "objective":
            self.go_to_objectives()

    def go_to_objectives(self) -> None:
        """Show the Objectives page (the objectives' lanes are set there)."""
        widget: QWidget | None = self  # type: ignore[assignment]
        while widget is not None and not hasattr(widget, "show_workspace"):
            widget = widget.parentWidget()
        if widget is not None:
            widget.show_workspace("strategy", "objectives")
