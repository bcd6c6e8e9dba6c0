"""Undo commands for the objectives page's own needs (the generic ones are in `entity`).

- `LinkCreatedCommand`: set a row's link field to the id a `CreateCommand` of the same
  macro just made (an objective measured by the KPI created from it). In a `MacroCommand`
  after the create, the two are one undo step: undo unlinks, then deletes the new row; redo
  restores it with the same id, then links it again.
- `StepUpdateCommand`: an update that is always its own undo step (a roadmap drag).
"""

from __future__ import annotations

from typing import Any

from stratdesk.ui.commands.base import EntityServiceLike, ServiceCommand
from stratdesk.ui.commands.entity import CreateCommand, UpdateCommand
from stratdesk.ui.commands.runner import CommandRunner


class LinkCreatedCommand(ServiceCommand):
    """`service.update(item_id, {field: created.item_id})`; undo puts the old value back."""

    def __init__(
        self,
        runner: CommandRunner,
        service: EntityServiceLike,
        item_id: int,
        field: str,
        created: CreateCommand,
        text: str = "",
        *,
        origin: object = None,
    ) -> None:
        super().__init__(runner, text, origin=origin)
        self._service = service
        self.item_id = item_id
        self._field = field
        self._created = created
        self._old: Any = None

    def _first(self) -> None:
        self._old = getattr(self._service.get(self.item_id), self._field)
        self._redo()

    def _redo(self) -> None:
        value = self._created.item_id
        self._service.update(self.item_id, {self._field: value}, origin=self.origin)

    def _undo(self) -> None:
        self._service.update(self.item_id, {self._field: self._old}, origin=self.origin)


class StepUpdateCommand(UpdateCommand):
    """An `UpdateCommand` that never merges: a drag, a keyboard step or a dialog's OK is its
    own undo step, however soon the next one comes (typing bursts merge; these do not)."""

    def id(self) -> int:
        return -1
