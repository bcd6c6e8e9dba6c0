"""Undoable changes of campaigns that the generic entity commands do not cover.

- `DatesCommand`: new dates (and lane) of one row from a drag or a key; unlike typing it never
  merges with the next one, so two drags are two undo steps.
- `SetCampaignKpisCommand`: the KPIs a campaign moves, replaced as a whole; undo puts the
  previous list back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from stratdesk.ui.commands.base import ServiceCommand
from stratdesk.ui.commands.entity import UpdateCommand
from stratdesk.ui.commands.runner import CommandRunner


class DatesCommand(UpdateCommand):
    """An update committed when a drag ends: one step per drag, never merged."""

    def id(self) -> int:
        return -1  # Qt's "do not merge"


class CampaignKpis(Protocol):
    def kpi_ids(self, campaign_id: int) -> list[int]: ...
    def set_kpis(
        self, campaign_id: int, kpi_ids: Sequence[int], *, origin: object = None
    ) -> list[int]: ...


class SetCampaignKpisCommand(ServiceCommand):
    """Makes `kpi_ids` the KPIs a campaign moves (a no-op when they already are)."""

    def __init__(
        self,
        runner: CommandRunner,
        service: CampaignKpis,
        campaign_id: int,
        kpi_ids: Sequence[int],
        text: str,
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.campaign_id = campaign_id
        self._new = list(dict.fromkeys(kpi_ids))
        self._old: list[int] = []

    def _first(self) -> bool:
        current = self._service.kpi_ids(self.campaign_id)
        if set(current) == set(self._new):
            return False
        self._old = self._service.set_kpis(self.campaign_id, self._new, origin=self.origin)
        return True

    def _redo(self) -> Any:
        self._service.set_kpis(self.campaign_id, self._new, origin=self.origin)

    def _undo(self) -> Any:
        self._service.set_kpis(self.campaign_id, self._old, origin=self.origin)
