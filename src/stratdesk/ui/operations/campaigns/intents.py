"""What a person asks of the campaign calendar, turned into undo commands (one step each).

A drag (move, resize, create) is one command pushed when the drag ends; an edit in the side
panel is one command per field (typing in one field merges into one step).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.enums import Channel
from stratdesk.ui.commands.campaigns import DatesCommand, SetCampaignKpisCommand
from stratdesk.ui.intents import PageIntents

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


class CampaignIntents(PageIntents):
    """Add, move, resize, edit and delete campaigns, and set the KPIs they move."""

    def __init__(self, document: PlanDocument) -> None:
        super().__init__(document)
        self.service = document.services.campaigns

    def add(
        self, start: dt.date, end: dt.date, channel: Channel | None = None, name: str = ""
    ) -> int | None:
        """A campaign over `start`..`end` (a placeholder name unless given); its id."""
        data: dict[str, Any] = {
            "name": name or translate("CampaignIntents", "New campaign"),
            "start": start,
            "end": end,
        }
        if channel is not None:
            data["channel"] = channel
        text = translate("CampaignIntents", "Add campaign")
        return self.create_row(self.service, self.plan_id, data, text)

    def move(self, item_id: int, start: dt.date, end: dt.date) -> bool:
        text = translate("CampaignIntents", "Move campaign")
        return self._dates(item_id, {"start": start, "end": end}, text)

    def resize(self, item_id: int, start: dt.date, end: dt.date) -> bool:
        text = translate("CampaignIntents", "Change the campaign's dates")
        return self._dates(item_id, {"start": start, "end": end}, text)

    def move_to_channel(self, item_id: int, channel: Channel, start: dt.date, end: dt.date) -> bool:
        """A bar dragged to another channel's lane (and maybe other dates)."""
        changes = {"channel": channel, "start": start, "end": end}
        return self._dates(item_id, changes, translate("CampaignIntents", "Move campaign"))

    def _dates(self, item_id: int, changes: dict[str, Any], text: str) -> bool:
        command = DatesCommand(self.runner, self.service, item_id, changes, text, origin=self)
        return self.push(command)

    def edit(self, item_id: int, changes: dict[str, Any]) -> bool:
        """Some fields of one campaign (typing in one field merges into one step)."""
        text = translate("CampaignIntents", "Edit campaign")
        return self.update_row(self.service, item_id, changes, text)

    def delete(self, item_id: int) -> bool:
        text = translate("CampaignIntents", "Delete campaign")
        return self.delete_row(self.service, item_id, text)

    def set_kpis(self, item_id: int, kpi_ids: Sequence[int]) -> bool:
        """The KPIs the campaign moves, replaced as one step."""
        text = translate("CampaignIntents", "Change the KPIs a campaign moves")
        command = SetCampaignKpisCommand(
            self.runner, self.service, item_id, kpi_ids, text, origin=self
        )
        return self.push(command)
