"""What a person asks of the roadmap, turned into undo commands (one step each).

A drag, a keyboard step or an edit dialog's OK is one `StepUpdateCommand` (never merged with
the next, however quick); creating by drag is one `CreateCommand`; lanes are added, renamed,
reordered and deleted one step each (deleting a theme lane takes its items, undo brings them
back with their ids).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.roadmap import LaneKey, lane_fields
from stratdesk.ui.commands import ReorderCommand
from stratdesk.ui.commands.objectives import StepUpdateCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class RoadmapIntents(PageIntents):
    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.service = document.services.roadmap
        self.lanes = document.services.roadmap_lanes

    # -- initiatives -----------------------------------------------------------------------
    def add(
        self,
        lane: LaneKey,
        start: dt.date,
        end: dt.date,
        *,
        milestone: bool = False,
        title: str | None = None,
    ) -> int | None:
        """A new initiative (or milestone) in `lane` over these days; its id, or None."""
        if milestone:
            default = translate("RoadmapView", "New milestone")
            text = translate("RoadmapView", "Add milestone")
        else:
            default = translate("RoadmapView", "New initiative")
            text = translate("RoadmapView", "Add initiative")
        data = {
            "title": title or default,
            "start": start,
            "end": start if milestone else end,
            "milestone": milestone,
            **lane_fields(lane),
        }
        return self.create_row(self.service, self.plan_id, data, text)

    def move(
        self, item_id: int, lane: LaneKey, start: dt.date, end: dt.date, *, moved_lane: bool
    ) -> bool:
        """New dates (and, when `moved_lane`, a new lane) for an item: one step."""
        changes: dict[str, Any] = {"start": start, "end": end}
        if moved_lane:
            changes |= lane_fields(lane)
        return self.update(item_id, changes, translate("RoadmapView", "Move initiative"))

    def resize(self, item_id: int, start: dt.date, end: dt.date) -> bool:
        text = translate("RoadmapView", "Change initiative dates")
        return self.update(item_id, {"start": start, "end": end}, text)

    def edit(self, item_id: int, changes: dict[str, Any]) -> bool:
        return self.update(item_id, changes, translate("RoadmapView", "Edit initiative"))

    def update(
        self, item_id: int, changes: dict[str, Any], text: str, *, service: Any = None
    ) -> bool:
        """One step that never merges with the next (see the module)."""
        command = StepUpdateCommand(
            self.runner, service or self.service, item_id, changes, text, origin=self
        )
        return self.push(command)

    def delete(self, item_id: int) -> bool:
        return self.delete_row(self.service, item_id, translate("RoadmapView", "Delete initiative"))

    # -- theme lanes -----------------------------------------------------------------------
    def add_lane(self, name: str) -> int | None:
        text = translate("RoadmapView", "Add lane")
        return self.create_row(self.lanes, self.plan_id, {"name": name}, text)

    def rename_lane(self, lane_id: int, name: str) -> bool:
        text = translate("RoadmapView", "Rename lane")
        return self.update(lane_id, {"name": name}, text, service=self.lanes)

    def reorder_lanes(self, ordered_ids: list[int]) -> bool:
        text = translate("RoadmapView", "Move lane")
        command = ReorderCommand(
            self.runner, self.lanes, self.plan_id, ordered_ids, text, origin=self
        )
        return self.push(command)

    def delete_lane(self, lane_id: int) -> bool:
        """The lane and its items, one step (undo brings them all back, same ids)."""
        return self.delete_row(self.lanes, lane_id, translate("RoadmapView", "Delete lane"))
