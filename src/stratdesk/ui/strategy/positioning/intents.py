"""What a person asks of the Positioning page, as undo commands (one step each).

A drag of a map point is one step (it never merges); arrow-key nudges of one point within
a typing burst (a few seconds) merge into one step, like typing in a field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import MapAxisOrientation
from stratdesk.domain.labels import enum_label
from stratdesk.ui.commands.targeting import DragCommand, SavePositioningCommand, SetAxisCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class PositioningIntents(PageIntents):
    """Positioning statements, the map's axes and its points."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        services = document.services
        self.positioning = services.positioning
        self.axes = services.map_axes
        self.points = services.map_points

    # -- statements ------------------------------------------------------------------------
    def save_field(self, segment_id: int, field: str, text: str) -> bool:
        """One field of a segment's positioning (the first one written creates it)."""
        command = SavePositioningCommand(
            self.runner,
            self.positioning,
            segment_id,
            {field: text},
            translate("PositioningIntents", "Edit positioning"),
            origin=self,
            clock=self.clock,
        )
        return self.push(command)

    def write(self, segment_id: int, target: str) -> bool:
        """Start a segment's positioning, its target taken from the segment's name."""
        command = SavePositioningCommand(
            self.runner,
            self.positioning,
            segment_id,
            {"target": target},
            translate("PositioningIntents", "Write positioning"),
            origin=self,
        )
        return self.push(command)

    def clear(self, positioning_id: int) -> bool:
        text = translate("PositioningIntents", "Clear positioning")
        return self.delete_row(self.positioning, positioning_id, text)

    # -- the map ---------------------------------------------------------------------------
    def set_axis(self, orientation: MapAxisOrientation, field: str, text: str) -> bool:
        """An axis's name, low or high label (typing in one field merges)."""
        command = SetAxisCommand(
            self.runner,
            self.axes,
            self.plan_id,
            orientation,
            {field: text},
            enum_label(orientation),
            translate("PositioningIntents", "Edit map axis"),
            origin=self,
            clock=self.clock,
        )
        return self.push(command)

    def add_point(self, data: dict[str, Any]) -> int | None:
        text = translate("PositioningIntents", "Add map point")
        return self.create_row(self.points, self.plan_id, data, text)

    def edit_point(self, point_id: int, changes: dict[str, Any]) -> bool:
        text = translate("PositioningIntents", "Edit map point")
        return self.update_row(self.points, point_id, changes, text)

    def drag_point(self, point_id: int, x: float, y: float) -> bool:
        """A drag that ended: one undo step of its own."""
        command = DragCommand(
            self.runner,
            self.points,
            point_id,
            {"x": x, "y": y},
            translate("PositioningIntents", "Move map point"),
            origin=self,
        )
        return self.push(command)

    def nudge_point(self, point_id: int, x: float, y: float) -> bool:
        """An arrow key's step; a run of them on one point is one undo step."""
        text = translate("PositioningIntents", "Nudge map point")
        return self.update_row(self.points, point_id, {"x": x, "y": y}, text)

    def delete_point(self, point_id: int) -> bool:
        text = translate("PositioningIntents", "Remove map point")
        return self.delete_row(self.points, point_id, text)
